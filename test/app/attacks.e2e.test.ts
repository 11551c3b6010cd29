/**
 * Attacks from a read-only contributor's fork PR (and from other apps on the repository) against
 * the bundled App run as a process (`node dist/app.js`), each shown failing, with the legitimate
 * path beside it. README.md "Security model" lists the rule each one checks.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../src/github/state.js';
import { ForkPullRequest } from '../support/fork-pr.js';
import type { TestRepo } from '../support/git-repo.js';
import { startModelServer, type ScriptedModelServer } from '../support/model-server.js';
import { checkRunRerequestedEvent, issueCommentEvent, mergeGroupEvent } from '../support/webhook-payloads.js';
import { APP_TOKENS } from '../support/app-harness.js';
import { peakRssMb, runAppUntilExit, startAppProcess, waitFor, type AppProcess } from '../support/app-process.js';

const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));
const read = (path: string) => readFileSync(`${demo}${path}`, 'utf8');
const withoutWarranty = () => read('base/prompts/support.prompt.yml').replace(/ *Warranty claims need .*\n/, '');
const removeWarranty = (repo: TestRepo) => repo.write({ 'prompts/support.prompt.yml': withoutWarranty() });
const OWNER = 'acme';
const REPO = 'support-bot';
const PR = 7;
const BOT = 'promptgate-test[bot]';
const MARKER = '<!-- promptgate:sticky "github-app" -->';
const LABEL = 'accept-prompt-regression';

let models: ScriptedModelServer;
const cleanup: (() => unknown)[] = [];
beforeAll(async () => {
  models = await startModelServer();
});
afterAll(() => models.close());
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
  models.reset();
});

/** A fork PR (test/support/fork-pr.ts) and `node dist/app.js` running against its fake GitHub. */
class AppOnForkPullRequest {
  pr!: ForkPullRequest;
  app!: AppProcess;

  get origin() {
    return this.pr.origin;
  }
  get base() {
    return this.pr.base;
  }
  set base(base: { ref: string; sha: string }) {
    this.pr.base = base;
  }
  get head() {
    return this.pr.head;
  }
  get github() {
    return this.pr.github;
  }

  async open(change: (repo: TestRepo) => void, extraPulls: number[] = []): Promise<this> {
    const roles = { maintainer: 'admin', triager: 'triage', reader: 'read', writer: 'write' } as const;
    this.pr = await ForkPullRequest.open({ number: PR, change, extraPulls, roles, tokens: APP_TOKENS }, cleanup);
    this.app = await startAppProcess({ githubUrl: this.github.url, env: models.env() });
    cleanup.push(() => this.app.stop());
    return this;
  }

  push(change: (repo: TestRepo) => void): void {
    this.pr.push(change);
  }

  pullRequest(action: 'opened' | 'synchronize' | 'labeled' | 'unlabeled' | 'edited', extra: { sender?: string; label?: string; number?: number; previousBase?: { ref: string; sha: string } } = {}, delivery?: string) {
    return this.app.send('pull_request', this.pr.event(action, extra), { delivery });
  }

  comment(body: string, sender: string, delivery?: string) {
    const c = this.github.addComment(PR, body, { login: sender, type: 'User' });
    return this.app.send('issue_comment', issueCommentEvent({ owner: OWNER, repo: REPO, number: PR, body, sender, commentId: c.id, createdAt: c.created_at }), { delivery });
  }

  /** Waits until `count` check runs on `sha` are completed; returns the last. */
  async completed(sha: string, count = 1) {
    const done = () => this.github.checkRuns.filter((r) => r.head_sha === sha && r.status === 'completed');
    await waitFor(() => done().length >= count, this.app.logs);
    return done().at(-1)!;
  }

  sticky() {
    const mine = this.github.comments.filter((c) => c.body.includes(MARKER) && c.user.login === BOT);
    expect(mine).toHaveLength(1);
    return mine[0]!;
  }

  writes(): number {
    return this.github.requests.filter((r) => r.method !== 'GET').length;
  }
}

describe('issue 6 row 2, issue 12 row 4: forged state and acceptances', () => {
  it('never reads a state block pasted into the prompt diff: the comment holds exactly its marker and its own state, last', async () => {
    const forged = encodeState({ v: 1, baseSha: 'b', headSha: 'h', configHash: 'c', report: { schemaVersion: 1, verdict: 'pass' } as never, acceptance: { by: 'maintainer', role: 'admin', headSha: 'h', at: '2026-01-01T00:00:00Z' } }, 10_000)!;
    const s = await new AppOnForkPullRequest().open((repo) =>
      repo.write({ 'prompts/support.prompt.yml': withoutWarranty().replace('Be friendly.', `Be friendly.\n      ${forged}\n      --> <!-- end`) }),
    );
    expect(await s.pullRequest('opened')).toBe(200);
    expect((await s.completed(s.head.sha)).conclusion).toBe('failure');
    const body = s.sticky().body;
    expect(body.match(/<!--/g)).toHaveLength(2);
    expect(body.match(/-->/g)).toHaveLength(2);
    expect(body.startsWith(MARKER)).toBe(true);
    expect(decodeState(body)).toMatchObject({ headSha: s.head.sha, report: { verdict: 'regression' } });
    // A label event reuses the recorded result: ours, not the pasted one.
    s.github.addLabel(PR, LABEL, 'triager');
    await s.pullRequest('labeled', { sender: 'triager', label: LABEL });
    expect((await s.completed(s.head.sha, 2)).output.title).toMatch(/^regression/);
  }, 180_000);

  it('ignores an edit of its comment by another app or token: an unsigned acceptance and a forged pass grant nothing', async () => {
    const s = await new AppOnForkPullRequest().open(removeWarranty);
    await s.pullRequest('opened');
    expect((await s.completed(s.head.sha)).conclusion).toBe('failure');
    const comment = s.github.comments.find((c) => c.body.includes(MARKER))!;
    const real = decodeState(comment.body)!;
    const forgedState = { ...real, report: { ...real.report, verdict: 'pass' as const, blocking: false }, acceptance: { by: 'maintainer', role: 'admin', headSha: s.head.sha, at: new Date().toISOString(), via: 'command' as const } };
    // Editing keeps the author: the comment is still the App's, only its state line changed.
    comment.body = comment.body.replace(/<!-- promptgate:state v1 .*-->$/, encodeState(forgedState, 60_000)!);

    s.github.addLabel(PR, LABEL, 'triager');
    await s.pullRequest('labeled', { sender: 'triager', label: LABEL });
    const afterLabel = await s.completed(s.head.sha, 2);
    expect(afterLabel.conclusion).toBe('failure');
    expect(afterLabel.output.title).toMatch(/^regression/);
    await s.app.send('check_run', checkRunRerequestedEvent({ owner: OWNER, repo: REPO, checkRunId: afterLabel.id, name: 'promptgate', headSha: s.head.sha, pulls: [{ number: PR, base: s.base, head: s.head }] }));
    expect((await s.completed(s.head.sha, 3)).conclusion).toBe('failure');
    expect(decodeState(s.sticky().body)!.acceptance).toBeUndefined();

    // The legitimate path: a maintainer's label, verified by the App itself.
    s.github.addLabel(PR, LABEL, 'maintainer');
    await s.pullRequest('labeled', { sender: 'maintainer', label: LABEL });
    expect((await s.completed(s.head.sha, 4)).conclusion).toBe('success');
  }, 240_000);
});

describe('issue 6 row 3: the merge queue reads only its own comment', () => {
  it('gates a merge group despite an acceptance in another bot\'s comment with its marker, and passes once a writer accepts', async () => {
    const s = await new AppOnForkPullRequest().open(removeWarranty);
    await s.pullRequest('opened');
    await s.completed(s.head.sha);
    const real = decodeState(s.sticky().body)!;
    const forged = encodeState({ ...real, acceptance: { by: 'maintainer', role: 'admin', headSha: s.head.sha, at: new Date().toISOString(), via: 'command' } }, 60_000)!;
    s.github.addComment(PR, `${MARKER}\nall good\n${forged}`, { login: 'other-app[bot]', type: 'Bot' });

    s.origin.checkout('main');
    s.origin.git('checkout', '--quiet', '-b', `gh-readonly-queue/main/pr-${PR}-${s.base.sha}`);
    s.origin.git('merge', '--quiet', '--no-ff', '-m', `Merge pull request #${PR}`, 'prompt-tuning');
    const groupSha = s.origin.git('rev-parse', 'HEAD').trim();
    const payload = mergeGroupEvent({ owner: OWNER, repo: REPO, base: s.base, headSha: groupSha, pullNumber: PR });
    await s.app.send('merge_group', payload);
    const gated = await s.completed(groupSha);
    expect(gated.conclusion).toBe('failure');
    expect(gated.output.summary).toMatch(/has no acceptance for its current head/);

    await s.comment('/promptgate accept warranty claims moved to the returns bot', 'writer');
    await s.completed(s.head.sha, 2);
    await s.app.send('merge_group', payload);
    expect((await s.completed(groupSha, 2)).conclusion).toBe('success');
  }, 240_000);
});

describe('issue 6 row 8, issue 12 row 7: an acceptance binds to the head whose result was shown', () => {
  it('applies an accept given while a newer push is unreported to the shown head only, and ignores a replayed delivery', async () => {
    const s = await new AppOnForkPullRequest().open(removeWarranty);
    await s.pullRequest('opened');
    const h1 = s.head.sha;
    await s.completed(h1);
    // The author pushes h2 (three more regressions); its evaluation has not been reported yet.
    s.push((repo) => repo.write({ 'prompts/support.prompt.yml': withoutWarranty().replace(/ *Refunds are available .*\n/, '').replace(/ *Orders can be cancelled .*\n/, '') }));
    const h2 = s.head.sha;
    const accept = s.github.addComment(PR, '/promptgate accept the warranty line moved', { login: 'writer', type: 'User' });
    const delivery = issueCommentEvent({ owner: OWNER, repo: REPO, number: PR, body: accept.body, sender: 'writer', commentId: accept.id, createdAt: accept.created_at });
    expect(await s.app.send('issue_comment', delivery, { delivery: 'accept-delivery-1' })).toBe(200);
    const onH2 = await s.completed(h2);
    expect(onH2.conclusion).toBe('failure');
    expect(s.sticky().body).toMatch(/acceptance by <code>@\u200b?writer<\/code> at <code>[0-9a-f]{7}<\/code> is stale/);
    expect(decodeState(s.sticky().body)!.headSha).toBe(h2);
    expect(decodeState(s.sticky().body)!.acceptance).toBeUndefined();

    const before = s.writes();
    expect(await s.app.send('issue_comment', delivery, { delivery: 'accept-delivery-1' })).toBe(200);
    await waitFor(() => s.app.logs().includes('delivery already handled'), s.app.logs);
    expect(s.writes()).toBe(before);
    // A restarted App has forgotten the delivery id; the replayed acceptance still binds to what
    // was shown when it was given (h1), and the comment has changed since: it accepts nothing.
    await s.app.stop();
    s.app = await startAppProcess({ githubUrl: s.github.url, env: models.env() });
    cleanup.push(() => s.app.stop());
    expect(await s.app.send('issue_comment', delivery, { delivery: 'accept-delivery-1' })).toBe(200);
    expect((await s.completed(h2, 2)).conclusion).toBe('failure');
    expect(decodeState(s.sticky().body)!.acceptance).toBeUndefined();

    // Accepting what is shown now (h2) holds.
    await s.comment('/promptgate accept all four moved to the returns bot', 'writer');
    expect((await s.completed(h2, 3)).conclusion).toBe('success');
    expect(decodeState(s.sticky().body)!.acceptance).toMatchObject({ by: 'writer', headSha: h2 });
  }, 360_000);
});

describe('issue 6 row 9: the webhook body is capped before it is buffered', () => {
  it('refuses a 400 MB unsigned POST with 413 without buffering it, and keeps serving', async () => {
    const s = await new AppOnForkPullRequest().open(removeWarranty);
    const baseline = peakRssMb(s.app.pid);
    const status = await postHuge(`${s.app.url}/api/github/webhooks`, 400);
    expect(status).toBe(413);
    expect(peakRssMb(s.app.pid) - baseline).toBeLessThan(100);
    expect((await fetch(`${s.app.url}/healthz`)).status).toBe(200);
    expect(await s.pullRequest('opened')).toBe(200);
    expect((await s.completed(s.head.sha)).conclusion).toBe('failure');
  }, 180_000);
});

describe('issue 12 row 11: replies to commands from users without the role', () => {
  it('answers 20 commands from a read-only user once, and still checks another PR', async () => {
    const s = await new AppOnForkPullRequest().open(removeWarranty, [8]);
    for (let i = 0; i < 20; i++) expect(await s.comment(i % 2 ? '/promptgate help' : '/promptgate accept please', 'reader')).toBe(200);
    const replies = s.github.comments.filter((c) => c.user.login === BOT);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.body).toMatch(/^Sorry @reader/);
    await s.pullRequest('opened', { number: 8 });
    expect((await s.completed(s.head.sha)).conclusion).toBe('failure');
    expect(s.github.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/issues/${PR}/comments`))).toHaveLength(1);
  }, 180_000);
});

describe('a retargeted pull request', () => {
  it('is evaluated again against its new base when its base branch changes', async () => {
    const s = await new AppOnForkPullRequest().open(removeWarranty);
    await s.pullRequest('opened');
    await s.completed(s.head.sha);
    s.origin.checkout('main');
    s.origin.branch('release');
    s.origin.write({ 'README.md': 'release branch\n' });
    const previous = s.base;
    s.base = { ref: 'release', sha: s.origin.commit('release notes') };
    s.github.setPull({ number: PR, baseRef: 'release', baseSha: s.base.sha, headRef: 'prompt-tuning', headSha: s.head.sha, headRepoFullName: 'fork-owner/support-bot' });
    await s.pullRequest('edited', { previousBase: previous });
    await s.completed(s.head.sha, 2);
    expect(decodeState(s.sticky().body)!.baseSha).toBe(s.base.sha);
  }, 180_000);
});

describe('issue 12 item 10: the App refuses to start unsafely', () => {
  it('names PRIVATE_KEY when it is not a key, and refuses to run in production without WEBHOOK_SECRET', async () => {
    const badKey = await runAppUntilExit({ APP_ID: '1', PRIVATE_KEY: 'notakey', WEBHOOK_SECRET: 's', NODE_ENV: 'production' });
    expect(badKey.code).toBe(1);
    expect(badKey.output).toMatch(/PRIVATE_KEY is not a PEM private key/);
    expect(badKey.output).not.toMatch(/\n\s+at /);
    const noSecret = await runAppUntilExit({ APP_ID: '1', NODE_ENV: 'production' });
    expect(noSecret.code).toBe(1);
    expect(noSecret.output).toMatch(/WEBHOOK_SECRET is not set/);
  }, 60_000);
});

/** Streams `mb` megabytes of junk (never held in memory) as an unsigned webhook; resolves with the status, or 0 if the server hung up first. */
function postHuge(url: string, mb: number): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-github-event': 'pull_request', 'x-github-delivery': 'huge' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let sent = 0;
    const write = () => {
      while (sent < mb) {
        sent++;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}
