import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeState } from '../../src/github/state.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { TestRepo } from '../support/git-repo.js';
import { startModelServer, type ScriptedModelServer } from '../support/model-server.js';
import { checkRunRerequestedEvent, issueCommentEvent, mergeGroupEvent, pullRequestEvent } from '../support/webhook-payloads.js';
import { APP_TOKENS, BOT_LOGIN, startApp, type RunningApp } from '../support/app-harness.js';

const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));
const read = (path: string) => readFileSync(`${demo}${path}`, 'utf8');
const withoutWarranty = () => read('base/prompts/support.prompt.yml').replace(/ *Warranty claims need .*\n/, '');
const removeWarranty = (repo: TestRepo) => repo.write({ 'prompts/support.prompt.yml': withoutWarranty() });
const OWNER = 'acme';
const REPO = 'support-bot';
const PR = 7;
const LABEL = 'accept-prompt-regression';
const MARKER = '<!-- promptgate:sticky "github-app" -->';

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

/** The demo repository with a PR branch, the fake GitHub serving it, and the App running against both. */
class Scenario {
  readonly origin = new TestRepo();
  base!: { ref: string; sha: string };
  head!: { ref: string; sha: string };
  github!: FakeGitHub;
  app!: RunningApp;

  async open(change: (repo: TestRepo) => void, setupBase?: (repo: TestRepo) => void): Promise<this> {
    cleanup.push(() => this.origin.cleanup());
    this.origin.copy(`${demo}base`);
    setupBase?.(this.origin);
    this.base = { ref: 'main', sha: this.origin.commit('Acme support prompts') };
    this.origin.branch('prompt-tuning');
    change(this.origin);
    this.head = { ref: 'prompt-tuning', sha: this.origin.commit('tune prompts') };
    this.github = await startFakeGitHub({
      owner: OWNER,
      repo: REPO,
      gitDir: this.origin.dir,
      pulls: [{ number: PR, baseRef: 'main', baseSha: this.base.sha, headRef: 'prompt-tuning', headSha: this.head.sha }],
      roles: { maintainer: 'admin', triager: 'triage', reader: 'read', writer: 'write' },
      tokens: APP_TOKENS,
    });
    cleanup.push(() => this.github.close());
    await this.start();
    return this;
  }

  /** Starts (or restarts) the App: a new instance with nothing in memory and a fresh work directory. */
  async start(): Promise<void> {
    this.app = await startApp({ githubUrl: this.github.url, env: models.env() });
    const app = this.app;
    cleanup.push(() => app.close());
  }

  push(change: (repo: TestRepo) => void): void {
    change(this.origin);
    this.head = { ref: 'prompt-tuning', sha: this.origin.commit('another change') };
    this.github.setPull({ number: PR, baseRef: 'main', baseSha: this.base.sha, headRef: 'prompt-tuning', headSha: this.head.sha, labels: this.github.labels(PR) });
  }

  pullRequest(action: 'opened' | 'synchronize' | 'labeled' | 'unlabeled', extra: { sender?: string; label?: string } = {}) {
    return this.app.send('pull_request', pullRequestEvent(action, { owner: OWNER, repo: REPO, number: PR, base: this.base, head: this.head, labels: this.github.labels(PR), ...extra }));
  }

  comment(body: string, sender: string) {
    const c = this.github.addComment(PR, body, { login: sender, type: 'User' });
    return this.app.send('issue_comment', issueCommentEvent({ owner: OWNER, repo: REPO, number: PR, body, sender, commentId: c.id, createdAt: c.created_at }));
  }

  /** The App's one sticky comment. */
  sticky() {
    const mine = this.github.comments.filter((c) => c.body.includes(MARKER));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.user.login).toBe(BOT_LOGIN);
    return mine[0]!;
  }

  checksFor(sha: string) {
    return this.github.checkRuns.filter((r) => r.head_sha === sha);
  }

  writes(method: string, pathPart: string): number {
    return this.github.requests.filter((r) => r.method === method && r.path.includes(pathPart)).length;
  }
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('the GitHub App on pull requests', () => {
  it('answers a push with an in-progress check within a second, then fails it on a regression and posts one comment', async () => {
    const s = await new Scenario().open(removeWarranty);
    const sent = performance.now();
    const delivery = await s.pullRequest('opened');
    expect(delivery.status).toBe(200);
    await until(() => s.github.checkRuns.length === 1);
    expect(performance.now() - sent).toBeLessThan(1000);
    expect(s.github.checkRuns[0]!.history[0]).toMatchObject({ status: 'in_progress', conclusion: null });

    await s.app.idle();
    const [check] = s.github.checkRuns;
    expect(check).toMatchObject({ name: 'promptgate', head_sha: s.head.sha, status: 'completed', conclusion: 'failure' });
    expect(check!.output.title).toMatch(/^regression: 1 test regressed/);
    expect(check!.output.annotations).toEqual([expect.objectContaining({ path: 'prompts/support.prompt.yml', annotation_level: 'failure' })]);
    const comment = s.sticky();
    expect(comment.body).toMatch(/^<!-- promptgate:sticky "github-app" -->\n### ❌ promptgate: regression/);
    expect(decodeState(comment.body)).toMatchObject({ headSha: s.head.sha, baseSha: s.base.sha });
    expect(s.github.unknownRoutes).toEqual([]);
  });

  it('accepts the regression when an admin adds the label (zero model calls), ignores a triage user, and blocks again after a push', async () => {
    const s = await new Scenario().open(removeWarranty);
    await s.pullRequest('opened');
    await s.app.idle();
    models.reset();

    s.github.addLabel(PR, LABEL, 'triager');
    await s.pullRequest('labeled', { sender: 'triager', label: LABEL });
    await s.app.idle();
    expect(s.github.checkRuns.at(-1)!.conclusion).toBe('failure');
    expect(s.sticky().body).toMatch(/added by <code>@\u200b?triager<\/code> \(triage\) was ignored/);

    s.github.removeLabel(PR, LABEL, 'triager');
    await s.pullRequest('unlabeled', { sender: 'triager', label: LABEL });
    s.github.addLabel(PR, LABEL, 'maintainer');
    await s.pullRequest('labeled', { sender: 'maintainer', label: LABEL });
    await s.app.idle();
    expect(models.callCount()).toBe(0);
    expect(s.github.permissionLookups).toEqual(['triager', 'maintainer']);
    expect(s.github.checkRuns.at(-1)).toMatchObject({ head_sha: s.head.sha, conclusion: 'success' });
    expect(s.github.checkRuns.at(-1)!.output.title).toMatch(/^regression \(accepted\)/);
    expect(s.sticky().body).toMatch(/Accepted by <code>@\u200b?maintainer<\/code> \(admin\) at <code>[0-9a-f]{7}<\/code>/);

    s.github.removeLabel(PR, LABEL, 'maintainer');
    await s.pullRequest('unlabeled', { sender: 'maintainer', label: LABEL });
    await s.app.idle();
    expect(s.github.checkRuns.at(-1)!.conclusion).toBe('failure');

    s.github.addLabel(PR, LABEL, 'maintainer');
    await s.pullRequest('labeled', { sender: 'maintainer', label: LABEL });
    await s.app.idle();
    expect(s.github.checkRuns.at(-1)!.conclusion).toBe('success');
    s.push((repo) => repo.write({ 'prompts/support.prompt.yml': withoutWarranty().replace('Be friendly.', 'Be friendly and brief.') }));
    await s.pullRequest('synchronize');
    await s.app.idle();
    expect(s.checksFor(s.head.sha).at(-1)!.conclusion).toBe('failure');
    expect(s.sticky().body).toMatch(/acceptance by <code>@\u200b?maintainer<\/code> at <code>[0-9a-f]{7}<\/code> is stale/);
    expect(s.github.unknownRoutes).toEqual([]);
  });

  it('ignores a label that is not the override label', async () => {
    const s = await new Scenario().open(removeWarranty);
    await s.pullRequest('opened');
    await s.app.idle();
    const before = s.github.requests.filter((r) => r.method !== 'GET').length;
    s.github.addLabel(PR, 'documentation', 'maintainer');
    await s.pullRequest('labeled', { sender: 'maintainer', label: 'documentation' });
    await s.app.idle();
    expect(s.github.requests.filter((r) => r.method !== 'GET').length).toBe(before);
  });

  it('refuses /promptgate accept from a read-only user politely and changes nothing', async () => {
    const s = await new Scenario().open(removeWarranty);
    await s.pullRequest('opened');
    await s.app.idle();
    const stickyBefore = s.sticky().body;
    const checksBefore = s.github.checkRuns.length;

    await s.comment('/promptgate accept the old wording was wrong', 'reader');
    await s.app.idle();
    const reply = s.github.comments.at(-1)!;
    expect(reply.user.login).toBe(BOT_LOGIN);
    expect(reply.body).toMatch(/^Sorry @reader, `\/promptgate accept` needs the write, maintain or admin role on this repository \(yours is read\)\. Nothing was changed/);
    expect(s.github.checkRuns).toHaveLength(checksBefore);
    expect(s.sticky().body).toBe(stickyBefore);
    expect(s.github.unknownRoutes).toEqual([]);
  });

  it('accepts with /promptgate accept <reason> from a writer, recording the reason, with zero model calls', async () => {
    const s = await new Scenario().open(removeWarranty);
    await s.pullRequest('opened');
    await s.app.idle();
    models.reset();
    await s.comment('/promptgate accept warranty claims moved to the returns bot', 'writer');
    await s.app.idle();
    expect(models.callCount()).toBe(0);
    expect(s.github.checkRuns.at(-1)).toMatchObject({ head_sha: s.head.sha, conclusion: 'success' });
    const body = s.sticky().body;
    expect(body).toMatch(/Accepted by <code>@\u200b?writer<\/code> \(write\)/);
    expect(body).toContain('Reason: warranty claims moved to the returns bot');
    expect(decodeState(body)!.acceptance).toMatchObject({ by: 'writer', headSha: s.head.sha, via: 'command', reason: 'warranty claims moved to the returns bot' });
    expect(s.github.labels(PR)).toEqual([]);
  });

  it('answers /promptgate help and re-runs on /promptgate rerun without reusing the recorded result', async () => {
    const s = await new Scenario().open(removeWarranty);
    await s.pullRequest('opened');
    await s.app.idle();
    await s.comment('/promptgate help', 'reader');
    await s.app.idle();
    expect(s.github.comments.at(-1)!.body).toContain('`/promptgate accept <reason>`');

    models.reset();
    await s.comment('/promptgate rerun', 'maintainer');
    await s.app.idle();
    expect(s.github.checkRuns).toHaveLength(2);
    expect(s.github.checkRuns[1]!.history.map((h) => h.status)).toEqual(['in_progress', 'completed']);
    expect(s.github.checkRuns[1]!.conclusion).toBe('failure');
    s.sticky(); // edited, never duplicated
  });

  it('re-runs when the check run is re-requested from the Checks tab', async () => {
    const s = await new Scenario().open(removeWarranty);
    await s.pullRequest('opened');
    await s.app.idle();
    const pulls = [{ number: PR, base: s.base, head: s.head }];
    await s.app.send('check_run', checkRunRerequestedEvent({ owner: OWNER, repo: REPO, checkRunId: s.github.checkRuns[0]!.id, name: 'promptgate', headSha: s.head.sha, pulls }));
    await s.app.idle();
    expect(s.checksFor(s.head.sha)).toHaveLength(2);
    expect(s.github.checkRuns[1]!.conclusion).toBe('failure');
  });

  it('rejects a webhook with a forged signature with 401 and does nothing', async () => {
    const s = await new Scenario().open(removeWarranty);
    const payload = pullRequestEvent('opened', { owner: OWNER, repo: REPO, number: PR, base: s.base, head: s.head });
    const r = await s.app.send('pull_request', payload, { secret: 'not-the-secret' });
    expect(r.status).toBe(401);
    await s.app.idle();
    expect(s.github.requests).toEqual([]);
    expect(models.callCount()).toBe(0);
  });

  it('reports only the newest head after two rapid pushes', async () => {
    const s = await new Scenario().open(removeWarranty);
    models.setLatency(150);
    const first = s.head.sha;
    await s.pullRequest('opened');
    s.push((repo) => repo.write({ 'prompts/classify.prompt.yml': read('pr/prompts/classify.prompt.yml') }));
    await s.pullRequest('synchronize');
    await s.app.idle();

    expect(s.checksFor(first)).toHaveLength(1);
    expect(s.checksFor(first)[0]).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
    expect(s.checksFor(first)[0]!.output.title).toBe('Superseded by a newer push');
    expect(s.checksFor(s.head.sha)).toEqual([expect.objectContaining({ status: 'completed', conclusion: 'failure' })]);
    expect(s.writes('POST', `/issues/${PR}/comments`)).toBe(1);
    expect(s.writes('PATCH', '/issues/comments/')).toBe(0);
    expect(decodeState(s.sticky().body)!.headSha).toBe(s.head.sha);
    expect(s.github.unknownRoutes).toEqual([]);
  });

  it('loses nothing across a restart: a new instance reuses the recorded result for the label', async () => {
    const s = await new Scenario().open(removeWarranty);
    await s.pullRequest('opened');
    await s.app.close();
    models.reset();

    await s.start();
    s.github.addLabel(PR, LABEL, 'maintainer');
    await s.pullRequest('labeled', { sender: 'maintainer', label: LABEL });
    await s.app.idle();
    expect(models.callCount()).toBe(0);
    expect(s.github.checkRuns.at(-1)).toMatchObject({ head_sha: s.head.sha, conclusion: 'success' });
    expect(s.writes('POST', `/issues/${PR}/comments`)).toBe(1);
  });

  it('trusts the base branch config: a PR cannot switch the gate off', async () => {
    const s = await new Scenario().open((repo) => {
      removeWarranty(repo);
      repo.write({ 'promptgate.yml': read('base/promptgate.yml').replace('failOn: regression', 'failOn: never') });
    });
    await s.pullRequest('opened');
    await s.app.idle();
    expect(s.github.checkRuns[0]!.conclusion).toBe('failure');
    expect(decodeState(s.sticky().body)!.report.gate.failOn).toBe('regression');
  });

  it('runs custom JavaScript assertions from the base branch, never the PR head', async () => {
    const config = read('base/promptgate.yml').replace(
      'tests:\n',
      'tests:\n  - prompt: prompts/support\n    description: mentions refunds\n    vars:\n      question: How many days do I have to ask for a refund?\n    assert:\n      - javascript: checks/refund.mjs\n',
    );
    const s = await new Scenario().open(
      (repo) => repo.write({ 'checks/refund.mjs': 'export default () => { throw new Error("head code ran"); };\n', 'prompts/support.prompt.yml': withoutWarranty() }),
      (repo) => repo.write({ 'promptgate.yml': config, 'checks/refund.mjs': 'export default (output) => /refund|30 days/i.test(output);\n' }),
    );
    await s.pullRequest('opened');
    await s.app.idle();
    const state = decodeState(s.sticky().body)!;
    const custom = state.report.tests.find((t) => t.description === 'mentions refunds');
    expect(custom?.head?.reason ?? '').not.toContain('head code ran');
    expect(custom?.head?.outcome).toBe('passed');
  });
});

describe('the GitHub App on merge groups', () => {
  it('reports on the merge group head SHA, gated until the PR behind it is accepted', async () => {
    const s = await new Scenario().open(removeWarranty);
    await s.pullRequest('opened');
    await s.app.idle();
    s.origin.checkout('main');
    s.origin.git('checkout', '--quiet', '-b', `gh-readonly-queue/main/pr-${PR}-${s.base.sha}`);
    s.origin.git('merge', '--quiet', '--no-ff', '-m', `Merge pull request #${PR}`, 'prompt-tuning');
    const groupSha = s.origin.git('rev-parse', 'HEAD').trim();
    const payload = mergeGroupEvent({ owner: OWNER, repo: REPO, base: s.base, headSha: groupSha, pullNumber: PR });

    await s.app.send('merge_group', payload);
    await s.app.idle();
    expect(s.checksFor(groupSha)).toEqual([expect.objectContaining({ status: 'completed', conclusion: 'failure' })]);
    expect(s.checksFor(groupSha)[0]!.history[0]!.status).toBe('in_progress');

    s.github.addLabel(PR, LABEL, 'maintainer');
    await s.pullRequest('labeled', { sender: 'maintainer', label: LABEL });
    await s.app.idle();
    await s.app.send('merge_group', payload);
    await s.app.idle();
    expect(s.checksFor(groupSha).at(-1)).toMatchObject({ conclusion: 'success' });
    expect(s.checksFor(groupSha).at(-1)!.output.summary).toMatch(new RegExp(`#\u200b?${PR} by @\u200b?maintainer`));
    expect(s.github.unknownRoutes).toEqual([]);
  });
});

describe('the App service', () => {
  it('answers GET /healthz with 200 JSON', async () => {
    const s = await new Scenario().open(removeWarranty);
    const r = await s.app.get('/healthz');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'ok', evaluations: { pending: 0, running: 0 } });
  });
});
