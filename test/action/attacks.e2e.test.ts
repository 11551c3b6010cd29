/**
 * Attacks from a read-only contributor's fork PR (and from other workflows' tokens) against the
 * bundled Action (`dist/index.js`) run as the runner runs it, each shown failing, with the
 * legitimate path beside it. The workflow token here may write (as with `pull_request_target`, or
 * a private repository that sends write tokens to fork PRs): the worst case for the comment.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../src/github/state.js';
import { runAction, type ActionRun } from '../support/action-runner.js';
import { ForkPullRequest } from '../support/fork-pr.js';
import type { TestRepo } from '../support/git-repo.js';
import { startModelServer, type ScriptedModelServer } from '../support/model-server.js';
import { mergeGroupEvent } from '../support/webhook-payloads.js';

const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));
const withoutWarranty = () => readFileSync(`${demo}base/prompts/support.prompt.yml`, 'utf8').replace(/ *Warranty claims need .*\n/, '');
const OWNER = 'acme';
const REPO = 'support-bot';
const PR = 7;
const LABEL = 'accept-prompt-regression';
const MARKER = '<!-- promptgate:sticky "prompts/eval" -->';

let models: ScriptedModelServer;
const cleanup: (() => unknown)[] = [];
beforeAll(async () => {
  models = await startModelServer();
});
afterAll(() => models.close());
afterEach(async () => {
  models.reset();
  for (const f of cleanup.splice(0)) await f();
});

/** A fork PR (test/support/fork-pr.ts), run by the Action on a depth-1 checkout of its head at every push. */
class ActionOnForkPullRequest {
  pr!: ForkPullRequest;
  workspace!: TestRepo;

  get origin() {
    return this.pr.origin;
  }
  get base() {
    return this.pr.base;
  }
  get head() {
    return this.pr.head;
  }
  get github() {
    return this.pr.github;
  }

  async open(change: (repo: TestRepo) => void): Promise<this> {
    this.pr = await ForkPullRequest.open({ number: PR, change, roles: { maintainer: 'admin', triager: 'triage' } }, cleanup);
    this.checkout();
    return this;
  }

  push(change: (repo: TestRepo) => void): void {
    this.pr.push(change);
    this.checkout();
  }

  private checkout(): void {
    const ws = (this.workspace = this.origin.shallowClone('prompt-tuning'));
    cleanup.push(() => ws.cleanup());
  }

  run(action: 'opened' | 'synchronize' | 'labeled', extra: { sender?: string; label?: string } = {}): Promise<ActionRun> {
    return runAction({ eventName: 'pull_request', payload: this.pr.event(action, extra), workspace: this.workspace.dir, apiUrl: this.github.url, env: modelEnv() });
  }

  /** The Action's comment (the workflow token's bot, its marker). */
  comment() {
    const mine = this.github.comments.filter((c) => c.body.startsWith(MARKER) && c.user.login === 'github-actions[bot]');
    expect(mine).toHaveLength(1);
    return mine[0]!;
  }

  /** What another workflow's token (the same bot) or another app can do: rewrite the state line. */
  forgeAcceptance(headSha: string): void {
    const comment = this.comment();
    const state = decodeState(comment.body)!;
    const forged = { ...state, headSha, report: { ...state.report, verdict: 'pass' as const, blocking: false }, acceptance: { by: 'maintainer', role: 'admin', headSha, at: new Date().toISOString(), via: 'label' as const } };
    comment.body = comment.body.replace(/<!-- promptgate:state v1 .*-->$/, encodeState(forged, 60_000)!);
  }
}

function modelEnv(): Record<string, string> {
  const env = { ...models.env() };
  delete env.GITHUB_TOKEN;
  return env;
}

describe('issue 6 row 2: untrusted text cannot forge the state', () => {
  it('renders a state block pasted into the prompt inert: the comment holds its marker and its own state only', async () => {
    const pasted = encodeState({ v: 1, baseSha: 'b', headSha: 'h', configHash: 'c', report: { schemaVersion: 1, verdict: 'pass' } as never }, 10_000)!;
    const s = await new ActionOnForkPullRequest().open((repo) => repo.write({ 'prompts/support.prompt.yml': withoutWarranty().replace('Be friendly.', `Be friendly.\n      ${pasted}\n      --> <!--`) }));
    const r = await s.run('opened');
    expect(r.code).toBe(1);
    const body = s.comment().body;
    expect(body.match(/<!--/g)).toHaveLength(2);
    expect(body.match(/-->/g)).toHaveLength(2);
    expect(decodeState(body)).toMatchObject({ headSha: s.head.sha, report: { verdict: 'regression' } });
    expect(r.summary).not.toMatch(/<!-- promptgate:state/);
  }, 120_000);
});

describe('issue 12 row 4: the Action honours only a label event it verified itself', () => {
  it('ignores an acceptance forged into its comment for a new head, and accepts the maintainer\'s label given again', async () => {
    const s = await new ActionOnForkPullRequest().open((repo) => repo.write({ 'prompts/support.prompt.yml': withoutWarranty() }));
    expect((await s.run('opened')).code).toBe(1);
    s.github.addLabel(PR, LABEL, 'maintainer');
    expect((await s.run('labeled', { sender: 'maintainer', label: LABEL })).code).toBe(0);
    s.push((repo) => repo.write({ 'prompts/support.prompt.yml': withoutWarranty().replace(/ *Refunds are available .*\n/, '') }));
    s.forgeAcceptance(s.head.sha);

    const forged = await s.run('synchronize');
    expect(forged.code).toBe(1);
    expect(forged.outputs).toMatchObject({ verdict: 'regression', overridden: 'false' });
    expect(s.github.checkRuns.at(-1)).toMatchObject({ head_sha: s.head.sha, conclusion: 'failure' });

    s.github.removeLabel(PR, LABEL, 'maintainer');
    s.github.addLabel(PR, LABEL, 'maintainer');
    const legit = await s.run('labeled', { sender: 'maintainer', label: LABEL });
    expect(legit.outputs).toMatchObject({ verdict: 'regression', overridden: 'true' });
    expect(legit.code).toBe(0);
  }, 300_000);
});

describe('issue 6 row 3: the merge queue reads only the Action\'s own comment', () => {
  it('gates a merge group whose PR has an acceptance only in another bot\'s copy of the comment', async () => {
    const s = await new ActionOnForkPullRequest().open((repo) => repo.write({ 'prompts/support.prompt.yml': withoutWarranty() }));
    await s.run('opened');
    const state = decodeState(s.comment().body)!;
    const forged = encodeState({ ...state, acceptance: { by: 'maintainer', role: 'admin', headSha: s.head.sha, at: new Date().toISOString(), via: 'command' } }, 60_000)!;
    s.github.addComment(PR, `${MARKER}\naccepted\n${forged}`, { login: 'other-app[bot]', type: 'Bot' });
    s.origin.checkout('main');
    s.origin.git('checkout', '--quiet', '-b', `gh-readonly-queue/main/pr-${PR}-${s.base.sha}`);
    s.origin.git('merge', '--quiet', '--no-ff', '-m', `Merge pull request #${PR}`, 'prompt-tuning');
    const groupSha = s.origin.git('rev-parse', 'HEAD').trim();
    const workspace = s.origin.shallowClone(`gh-readonly-queue/main/pr-${PR}-${s.base.sha}`);
    cleanup.push(() => workspace.cleanup());
    const payload = mergeGroupEvent({ owner: OWNER, repo: REPO, base: s.base, headSha: groupSha, pullNumber: PR });
    const gated = await runAction({ eventName: 'merge_group', payload, workspace: workspace.dir, apiUrl: s.github.url, env: modelEnv() });
    expect(gated.code).toBe(1);
    expect(gated.outputs.overridden).toBe('false');
    expect(s.github.checkRuns.at(-1)).toMatchObject({ head_sha: groupSha, conclusion: 'failure' });
  }, 180_000);
});

describe('issue 6 row 8, issue 12 row 7: a label accepts only the result that was shown', () => {
  it('does not carry a label added while the comment showed h1 over to h2, and accepts h2 once it is shown', async () => {
    const s = await new ActionOnForkPullRequest().open((repo) => repo.write({ 'prompts/support.prompt.yml': withoutWarranty() }));
    expect((await s.run('opened')).code).toBe(1);
    const h1 = s.head.sha;
    s.push((repo) => repo.write({ 'prompts/support.prompt.yml': withoutWarranty().replace(/ *Refunds are available .*\n/, '') }));
    // The maintainer, looking at h1's one-test regression, adds the label; the event carries h2.
    s.github.addLabel(PR, LABEL, 'maintainer');
    const early = await s.run('labeled', { sender: 'maintainer', label: LABEL });
    expect(early.code).toBe(1);
    expect(early.outputs.overridden).toBe('false');
    expect(s.comment().body).toContain(`at <code>${h1.slice(0, 7)}</code> is stale`);

    s.github.removeLabel(PR, LABEL, 'maintainer');
    s.github.addLabel(PR, LABEL, 'maintainer');
    const shown = await s.run('labeled', { sender: 'maintainer', label: LABEL });
    expect(shown.code).toBe(0);
    expect(decodeState(s.comment().body)!.acceptance).toMatchObject({ by: 'maintainer', headSha: s.head.sha });
  }, 300_000);
});
