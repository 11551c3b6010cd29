import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonReport } from '../../src/report/types.js';
import { runAction, type ActionRun } from '../support/action-runner.js';
import { startFakeGitHub, type FakeGitHub, type FakeToken } from '../support/fake-github.js';
import { TestRepo } from '../support/git-repo.js';
import { startModelServer, type ScriptedModelServer } from '../support/model-server.js';
import { mergeGroupEvent, pullRequestEvent, pushEvent } from '../support/webhook-payloads.js';

const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));
const read = (path: string) => readFileSync(`${demo}${path}`, 'utf8');
const support = () => read('base/prompts/support.prompt.yml');
const withoutWarranty = () => support().replace(/ *Warranty claims need .*\n/, '');
const OWNER = 'acme';
const REPO = 'support-bot';
const PR = 7;
const READ_ONLY: Record<string, FakeToken> = {
  ghs_read_only: { login: 'github-actions[bot]', type: 'Bot', permissions: { pull_requests: 'read', checks: 'read', issues: 'read', contents: 'read', metadata: 'read' } },
};

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

/** A repository with the demo prompts on main and a PR branch, a shallow checkout of its head, and the fake GitHub serving the PR. */
class PullRequestScenario {
  readonly origin = new TestRepo();
  base!: { ref: string; sha: string };
  head!: { ref: string; sha: string };
  workspace!: TestRepo;
  github!: FakeGitHub;

  async open(change: (repo: TestRepo) => void, opts: { tokens?: Record<string, FakeToken>; fork?: boolean; main?: (repo: TestRepo) => void } = {}): Promise<this> {
    cleanup.push(() => this.origin.cleanup());
    this.origin.copy(`${demo}base`);
    opts.main?.(this.origin);
    this.origin.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    this.base = { ref: 'main', sha: this.origin.commit('Acme support prompts') };
    this.origin.branch('prompt-tuning');
    change(this.origin);
    this.head = { ref: 'prompt-tuning', sha: this.origin.commit('tune prompts') };
    this.checkout();
    this.github = await startFakeGitHub({
      owner: OWNER,
      repo: REPO,
      gitDir: this.origin.dir,
      pulls: [{ number: PR, baseRef: 'main', baseSha: this.base.sha, headRef: 'prompt-tuning', headSha: this.head.sha, ...(opts.fork ? { headRepoFullName: 'fork-owner/support-bot' } : {}) }],
      roles: { maintainer: 'admin', triager: 'triage', writer: 'write' },
      ...(opts.tokens ? { tokens: opts.tokens } : {}),
    });
    cleanup.push(() => this.github.close());
    return this;
  }

  /** A new commit on the PR branch (a push after the last evaluation). */
  push(change: (repo: TestRepo) => void): void {
    change(this.origin);
    this.head = { ref: 'prompt-tuning', sha: this.origin.commit('another change') };
    this.checkout();
    this.github.setPull({ number: PR, baseRef: 'main', baseSha: this.base.sha, headRef: 'prompt-tuning', headSha: this.head.sha, labels: this.github.labels(PR) });
  }

  /** What actions/checkout leaves: a depth-1 clone of the head commit. */
  private checkout(): void {
    this.workspace = this.origin.shallowClone('prompt-tuning');
    const ws = this.workspace;
    cleanup.push(() => ws.cleanup());
  }

  run(action: 'opened' | 'synchronize' | 'labeled' | 'unlabeled' | 'reopened', extra: { sender?: string; label?: string; token?: string; inputs?: Record<string, string>; env?: Record<string, string>; fork?: boolean } = {}): Promise<ActionRun> {
    const payload = pullRequestEvent(action, {
      owner: OWNER,
      repo: REPO,
      number: PR,
      base: this.base,
      head: this.head,
      labels: this.github.labels(PR),
      sender: extra.sender,
      label: extra.label,
      fork: extra.fork,
    });
    return runAction({
      eventName: 'pull_request',
      payload,
      workspace: this.workspace.dir,
      apiUrl: this.github.url,
      inputs: { ...(extra.token ? { 'github-token': extra.token } : {}), ...extra.inputs },
      env: { ...modelEnv(), ...extra.env },
    });
  }

  comment() {
    const mine = this.github.comments.filter((c) => c.body.includes('<!-- promptgate:sticky'));
    expect(mine).toHaveLength(1);
    return mine[0]!;
  }

  writes(method: string, pathPart: string): number {
    return this.github.requests.filter((r) => r.method === method && r.path.includes(pathPart)).length;
  }
}

/** The model server's endpoints, without GITHUB_TOKEN: the Action passes its own token to GitHub Models. */
function modelEnv(): Record<string, string> {
  const env = { ...models.env() };
  delete env.GITHUB_TOKEN;
  return env;
}

const removeWarranty = (repo: TestRepo) => repo.write({ 'prompts/support.prompt.yml': withoutWarranty() });

describe('the bundled Action (dist/index.js) on pull_request', () => {
  it('blocks a regression: failing step, failing check with annotations, one sticky comment, outputs and job summary', async () => {
    const s = await new PullRequestScenario().open(removeWarranty);
    const r = await s.run('opened');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::promptgate: regression: 1 test regressed/);
    expect(r.outputs).toMatchObject({ verdict: 'regression', overridden: 'false' });
    expect((r.report as { verdict: string }).verdict).toBe('regression');
    expect(r.outputs['report-path']).toMatch(/promptgate\/report\.json$/);
    expect(r.outputs['html-path']).toMatch(/promptgate\/report\.html$/);
    expect(r.html).toContain(`"verdict":"regression"`);
    expect(r.summary).toContain('[this workflow run](https://github.com/acme/support-bot/actions/runs/4242)');
    const comment = s.comment();
    expect(comment.body).toMatch(/^<!-- promptgate:sticky "prompts\/eval" -->\n### ❌ promptgate: regression/);
    expect(comment.body).toContain('<!-- promptgate:state v1 ');
    expect(r.outputs['comment-url']).toBe(comment.html_url);
    const [check] = s.github.checkRuns;
    expect(check).toMatchObject({ name: 'promptgate', head_sha: s.head.sha, status: 'completed', conclusion: 'failure' });
    expect(check!.output.annotations).toEqual([
      expect.objectContaining({ path: 'prompts/support.prompt.yml', annotation_level: 'failure', title: expect.stringContaining('Regressed: Support reply (prompts/support)') }),
    ]);
    expect(r.summary).toContain('promptgate: regression');
    expect(s.github.unknownRoutes).toEqual([]);
  });

  it('passes an improvement with a successful check', async () => {
    const s = await new PullRequestScenario().open((repo) => repo.write({ 'prompts/classify.prompt.yml': read('pr/prompts/classify.prompt.yml') }));
    const r = await s.run('opened');
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(s.github.checkRuns[0]!.conclusion).toBe('success');
    expect(s.comment().body).toMatch(/✅ promptgate: pass/);
  });

  it('skips a PR that changes no prompt, with zero model calls', async () => {
    const s = await new PullRequestScenario().open((repo) => repo.write({ 'README.md': '# Acme\n\nDocs only.\n' }));
    const r = await s.run('opened');
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('skipped');
    expect(models.callCount()).toBe(0);
    expect(s.github.checkRuns[0]!.conclusion).toBe('success');
  });

  it('edits the same comment on the next push and on a re-run, never posting a second one', async () => {
    const s = await new PullRequestScenario().open(removeWarranty);
    await s.run('opened');
    s.push((repo) => repo.write({ 'prompts/classify.prompt.yml': read('pr/prompts/classify.prompt.yml') }));
    const second = await s.run('synchronize');
    expect(second.code).toBe(1);
    expect(s.writes('POST', '/comments')).toBe(1);
    expect(s.writes('PATCH', '/issues/comments/')).toBe(1);
    expect(s.comment().body).toContain('Fixed tests');
    models.reset();
    const rerun = await s.run('synchronize');
    expect(rerun.outputs.verdict).toBe('regression');
    // The Action trusts no state it cannot authenticate, and its cache lives in the job's
    // RUNNER_TEMP: a re-run evaluates again, and edits the one comment in place.
    expect(models.callCount()).toBeGreaterThan(0);
    expect(s.writes('POST', '/comments')).toBe(1);
    expect(s.comment().body).toContain('Fixed tests');
  });

  it('finds its own comment past 250 others and never edits a copy of its marker posted by someone else', async () => {
    const s = await new PullRequestScenario().open(removeWarranty);
    for (let i = 0; i < 250; i++) s.github.addComment(PR, `review note ${i}`, { login: 'reviewer', type: 'User' });
    s.github.addComment(PR, '<!-- promptgate:sticky "prompts/eval" -->\nfake result: pass', { login: 'mallory', type: 'User' });
    await s.run('opened');
    s.push((repo) => repo.write({ 'prompts/classify.prompt.yml': read('pr/prompts/classify.prompt.yml') }));
    await s.run('synchronize');
    const ours = s.github.comments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(s.github.comments.find((c) => c.user.login === 'mallory')!.body).toContain('fake result: pass');
    expect(s.writes('PATCH', '/issues/comments/')).toBe(1);
    expect(s.github.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues/7/comments')).length).toBeGreaterThanOrEqual(3);
  });

  it('skips a PR touching 3,000 files but no prompt quickly and with zero model calls', async () => {
    const s = await new PullRequestScenario().open((repo) =>
      repo.write(Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`docs/page-${i}.md`, `# Page ${i}\n`]))),
    );
    const r = await s.run('opened');
    expect(r.outputs.verdict).toBe('skipped');
    expect(models.callCount()).toBe(0);
  });

  it('accepts a regression labelled by an admin, bound to the head, on a fresh evaluation of that head', async () => {
    const s = await new PullRequestScenario().open(removeWarranty);
    await s.run('opened');
    models.reset();
    s.github.addLabel(PR, 'accept-prompt-regression', 'maintainer');
    const r = await s.run('labeled', { sender: 'maintainer', label: 'accept-prompt-regression' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'regression', overridden: 'true' });
    // The comment's state grants nothing in the Action (no secret outlives a run): the labeled head is evaluated again.
    expect(models.callCount()).toBeGreaterThan(0);
    expect(s.github.permissionLookups).toContain('maintainer');
    expect(s.comment().body).toMatch(/Accepted by <code>@\u200b?maintainer<\/code> \(admin\) at <code>[0-9a-f]{7}<\/code>/);
    expect(s.github.checkRuns.at(-1)!.conclusion).toBe('success');
  });

  it('ignores the label when a triage user adds it, and says so', async () => {
    const s = await new PullRequestScenario().open(removeWarranty);
    s.github.addLabel(PR, 'accept-prompt-regression', 'triager');
    const r = await s.run('labeled', { sender: 'triager', label: 'accept-prompt-regression' });
    expect(r.code).toBe(1);
    expect(r.outputs.overridden).toBe('false');
    expect(s.comment().body).toMatch(/added by <code>@\u200b?triager<\/code> \(triage\) was ignored/);
  });

  it('blocks again after a push that follows the acceptance, saying the acceptance is stale', async () => {
    const s = await new PullRequestScenario().open(removeWarranty);
    s.github.addLabel(PR, 'accept-prompt-regression', 'maintainer');
    expect((await s.run('labeled', { sender: 'maintainer', label: 'accept-prompt-regression' })).code).toBe(0);
    s.push((repo) => repo.write({ 'prompts/support.prompt.yml': withoutWarranty().replace('Be friendly.', 'Be friendly and brief.') }));
    const r = await s.run('synchronize');
    expect(r.code).toBe(1);
    expect(r.outputs.overridden).toBe('false');
    // The Action takes no acceptance from its comment's (unsigned) state: the label found on the PR is simply not for this head.
    expect(s.comment().body).toMatch(/acceptance by <code>@\u200b?maintainer<\/code> is stale/);
  });

  it('degrades on a fork PR with a read-only token: verdict computed, job summary and annotations, the missing permission named', async () => {
    const s = await new PullRequestScenario().open(removeWarranty, { tokens: READ_ONLY, fork: true });
    const r = await s.run('opened', { token: 'ghs_read_only', fork: true });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('regression');
    expect(s.github.comments).toEqual([]);
    expect(s.github.checkRuns).toEqual([]);
    expect(r.stdout).toMatch(/::warning title=promptgate could not publish to the pull request::.*`pull-requests: write`/);
    expect(r.stdout).toMatch(/::warning .*`checks: write`/);
    expect(r.stdout).toMatch(/::error title=Regressed%3A Support reply \(prompts\/support\).*,file=prompts\/support.prompt.yml,line=\d+/);
    expect(r.summary).toContain('promptgate: regression');
    expect(r.summary).toContain('pull-requests: write');
  });

  it('fails the check at the line of a malformed prompt file and still reports the rest', async () => {
    const s = await new PullRequestScenario().open((repo) =>
      repo.write({ 'prompts/support.prompt.yml': support().replace('  temperature: 0\n', '  temperature: [0\n'), 'prompts/classify.prompt.yml': read('pr/prompts/classify.prompt.yml') }),
    );
    const r = await s.run('opened');
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('error');
    const check = s.github.checkRuns[0]!;
    expect(check.conclusion).toBe('failure');
    expect(check.output.annotations[0]).toMatchObject({ path: 'prompts/support.prompt.yml', annotation_level: 'failure' });
    expect(check.output.annotations[0]!.start_line).toBeGreaterThan(1);
    expect(s.comment().body).toContain('Fixed tests');
  });

  it('calls a provider outage inconclusive and says it is not a regression', async () => {
    const s = await new PullRequestScenario().open(removeWarranty);
    models.setFaults([{ kind: '500' }]);
    const r = await s.run('opened');
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('inconclusive');
    expect(r.stdout).toMatch(/::error::promptgate: inconclusive — a model provider failed, so this is an outage, not a regression/);
    expect(s.comment().body).toMatch(/⚠️ promptgate: inconclusive — provider outage/);
  });

  it('skips with the reason when a prompt needs a provider key the workflow does not have', async () => {
    const s = await new PullRequestScenario().open(
      (repo) => repo.write({ 'prompts/support.prompt.yml': withoutWarranty().replace('model: openai/gpt-4o-mini', 'model: anthropic:claude-haiku-4-5') }),
      // The base branch allows the model; only its key is missing.
      { main: (repo) => repo.write({ 'promptgate.yml': read('base/promptgate.yml').replace('  judge:', '  models: ["anthropic:*"]\n  judge:') }) },
    );
    const env = modelEnv();
    const r = await runAction({
      eventName: 'pull_request',
      payload: pullRequestEvent('opened', { owner: OWNER, repo: REPO, number: PR, base: s.base, head: s.head }),
      workspace: s.workspace.dir,
      apiUrl: s.github.url,
      env: { ...env, ANTHROPIC_API_KEY: '' },
    });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('skipped');
    const report = r.report as ComparisonReport;
    expect(report.summary).toContain('set ANTHROPIC_API_KEY');
    expect(report.changedPrompts.map((p: { id: string }) => p.id)).toEqual(['prompts/support']);
    expect(s.comment().body).toMatch(/⏭️ promptgate: skipped — not evaluated/);
    expect(models.callCount()).toBe(0);
  });
});

describe('the bundled Action on other events', () => {
  it('reports on the merge group head SHA and gates it unless the PR behind it was accepted', async () => {
    const s = await new PullRequestScenario().open(removeWarranty);
    s.origin.checkout('main');
    s.origin.git('checkout', '--quiet', '-b', `gh-readonly-queue/main/pr-${PR}-${s.base.sha}`);
    s.origin.git('merge', '--quiet', '--no-ff', '-m', `Merge pull request #${PR}`, 'prompt-tuning');
    const groupSha = s.origin.git('rev-parse', 'HEAD').trim();
    const workspace = s.origin.shallowClone(`gh-readonly-queue/main/pr-${PR}-${s.base.sha}`);
    cleanup.push(() => workspace.cleanup());
    const payload = mergeGroupEvent({ owner: OWNER, repo: REPO, base: s.base, headSha: groupSha, pullNumber: PR });
    const gated = await runAction({ eventName: 'merge_group', payload, workspace: workspace.dir, apiUrl: s.github.url, env: modelEnv() });
    expect(gated.code).toBe(1);
    expect(gated.outputs.verdict).toBe('regression');
    expect(s.github.checkRuns.at(-1)).toMatchObject({ head_sha: groupSha, conclusion: 'failure' });

    s.github.addLabel(PR, 'accept-prompt-regression', 'maintainer');
    expect((await s.run('labeled', { sender: 'maintainer', label: 'accept-prompt-regression' })).code).toBe(0);
    const accepted = await runAction({ eventName: 'merge_group', payload, workspace: workspace.dir, apiUrl: s.github.url, env: modelEnv() });
    expect(accepted.code).toBe(0);
    expect(accepted.outputs.overridden).toBe('true');
    expect(s.github.checkRuns.at(-1)).toMatchObject({ head_sha: groupSha, conclusion: 'success' });
    expect(s.github.unknownRoutes).toEqual([]);
  });

  it('evaluates a push and reports to the job summary', async () => {
    const s = await new PullRequestScenario().open(removeWarranty);
    const payload = pushEvent({ owner: OWNER, repo: REPO, ref: 'refs/heads/prompt-tuning', before: s.base.sha, after: s.head.sha });
    const r = await runAction({ eventName: 'push', payload, workspace: s.workspace.dir, apiUrl: s.github.url, env: modelEnv() });
    expect(r.outputs.verdict).toBe('regression');
    expect(r.summary).toMatch(/### ❌ promptgate: regression/);
    expect(s.github.comments).toEqual([]);
  });
});
