/**
 * Attacks from a read-only fork PR on how a change is judged, through the bundled Action run as
 * the runner runs it: each shows the attack failing, and the maintainer's own way (a change to
 * config or tests merged into the base branch) still working.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import type { ComparisonReport } from '../../src/report/types.js';
import { LocalGitChanges } from '../../src/source/local-git.js';
import { runAction, type ActionRun } from '../support/action-runner.js';
import type { FakeToken } from '../support/fake-github.js';
import { ForkPullRequest } from '../support/fork-pr.js';
import type { TestRepo } from '../support/git-repo.js';
import { startModelServer, type ScriptedModelServer } from '../support/model-server.js';

const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));
const read = (path: string) => readFileSync(`${demo}${path}`, 'utf8');
const support = () => read('base/prompts/support.prompt.yml');
const config = () => read('base/promptgate.yml');
const withoutWarranty = () => support().replace(/ *Warranty claims need .*\n/, '');
const WARRANTY_ROW = '  - question: What does a warranty claim for a damaged product need?\n    expected: photo\n';
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
  for (const f of cleanup.splice(0).reverse()) await f();
});

/**
 * A fork PR (test/support/fork-pr.ts) with `change` (after `main` changes on main, if any, and
 * `later` ones after it branched), and a shallow checkout of its head for the Action.
 */
async function forkPr(change: (repo: TestRepo) => void | Promise<void>, opts: { main?: (repo: TestRepo) => void; later?: (repo: TestRepo) => void } = {}) {
  const pr = await ForkPullRequest.open({ number: PR, change, setupBase: opts.main, later: opts.later, headRef: 'fork-change', tokens: READ_ONLY }, cleanup);
  const origin = pr.origin;
  // The Action fetches the base commit by its SHA into its depth-1 checkout.
  origin.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
  const workspace = origin.shallowClone('fork-change');
  cleanup.push(() => workspace.cleanup());
  const { github } = pr;
  const run = (env: Record<string, string> = {}): Promise<ActionRun> =>
    runAction({
      eventName: 'pull_request',
      payload: pr.event('opened'),
      workspace: workspace.dir,
      apiUrl: github.url,
      inputs: { 'github-token': 'ghs_read_only' },
      env: { ...modelEnv(), ...env },
    });
  return { origin, run };
}

function modelEnv(): Record<string, string> {
  const env = { ...models.env() };
  delete env.GITHUB_TOKEN;
  return env;
}

const reportOf = (r: ActionRun) => r.report as ComparisonReport;
const regress = (repo: TestRepo): void => void repo.write({ 'prompts/support.prompt.yml': withoutWarranty() });
const warrantyTest = (report: ComparisonReport) => report.tests.find((t) => t.promptId === 'prompts/support' && t.description?.includes('warranty'));

/** An HTTP server that records what reaches it: where a head would send keys. */
async function listener(): Promise<{ url: string; requests: { path: string; authorization: string }[]; close(): Promise<void> }> {
  const requests: { path: string; authorization: string }[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    requests.push({ path: req.url ?? '', authorization: String(req.headers.authorization ?? '') });
    res.writeHead(500).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, requests, close: () => new Promise((r) => server.close(() => r())) };
}

describe('issue 6 row 4: the gate, providers, endpoints and apiKeyEnv come from the base branch', () => {
  it('ignores a head config that switches the gate off and sends keys to its own server, and says it takes effect after merge', async () => {
    const evil = await listener();
    cleanup.push(() => evil.close());
    const headConfig = config()
      .replace('  failOn: regression', '  failOn: never')
      .replace('providers:\n  default: github:openai/gpt-4o-mini', `providers:\n  default: evil:gpt-4o-mini\n  endpoints:\n    evil: {baseUrl: "${evil.url}/v1", apiKeyEnv: OPENAI_API_KEY}`);
    const pr = await forkPr((repo) => {
      regress(repo);
      repo.write({ 'promptgate.yml': headConfig, 'prompts/support.prompt.yml': withoutWarranty().replace('model: openai/gpt-4o-mini', 'model: evil:gpt-4o-mini') });
    });
    const r = await pr.run();
    expect(r.code).toBe(1);
    const report = reportOf(r);
    // Its own endpoint is unknown to the trusted config: the prompt is refused, nothing is sent.
    expect(report.verdict).toBe('error');
    expect(report.summary).toMatch(/prompts\/support\.prompt\.yml:3: unknown model provider "evil"/);
    expect(evil.requests).toEqual([]);
    expect(report.gate.failOn).toBe('regression');
    expect(report.notes.join('\n')).toMatch(/promptgate\.yml changes `providers`, `gate` at head: that takes effect after merge/);
  });

  it('keeps judging by the base gate when the head sets failOn: never, and honours failOn: never once a maintainer merges it', async () => {
    const attack = await forkPr((repo) => {
      regress(repo);
      repo.write({ 'promptgate.yml': config().replace('  failOn: regression', '  failOn: never') });
    });
    const blocked = await attack.run();
    expect(blocked.code).toBe(1);
    expect(reportOf(blocked)).toMatchObject({ verdict: 'regression', blocking: true, gate: { failOn: 'regression' } });

    const merged = await forkPr(regress, { main: (repo) => void repo.write({ 'promptgate.yml': config().replace('  failOn: regression', '  failOn: never') }) });
    const reportOnly = await merged.run();
    expect(reportOnly.code).toBe(0);
    expect(reportOf(reportOnly)).toMatchObject({ verdict: 'regression', blocking: false, gate: { failOn: 'never' } });
  }, 120_000);
});

describe('issue 6 row 5: the set of tests comes from the base branch', () => {
  it('keeps a test the head deletes in force, ignores adversarial: off at head, and runs the tests the head adds as new', async () => {
    const pr = await forkPr((repo) => {
      repo.write({
        'prompts/support.prompt.yml': withoutWarranty().replace(WARRANTY_ROW, '  - question: Do you ship abroad?\n    expected: business days\n'),
        'promptgate.yml': `${config()}\nadversarial: {enabled: false}\n`,
      });
    });
    const r = await pr.run();
    expect(r.code).toBe(1);
    const report = reportOf(r);
    expect(report.verdict).toBe('regression');
    expect(warrantyTest(report)).toMatchObject({ change: 'regressed', headChange: 'removed' });
    expect(report.tests.find((t) => t.description === 'Do you ship abroad?')?.change).toBe('new');
    expect(report.tests.some((t) => t.category?.startsWith('adversarial/'))).toBe(true);
    expect(report.notes.join('\n')).toMatch(/tests the head removes or changes stay in force until merge/);
  });

  it('runs the tests the head\'s promptgate.yml adds as new at the base\'s repeat, and never the code one of them names', async () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'promptgate-marker-')), 'ran');
    cleanup.push(() => rmSync(dirname(marker), { recursive: true, force: true }));
    const added = [
      '  - prompt: prompts/support\n    description: added at head\n    repeat: 40\n    vars: { question: "Can I return a product?" }\n    assert:\n      - contains: days\n',
      '  - prompt: prompts/support\n    description: added with code\n    vars: { question: "Where is my order?" }\n    assert:\n      - javascript: checks/pass.mjs\n',
    ].join('');
    const pr = await forkPr((repo) => {
      repo.write({
        'promptgate.yml': config().replace('tests:\n', `tests:\n${added}`),
        'checks/pass.mjs': `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport default () => true;\n`,
      });
    });
    const r = await pr.run();
    const report = reportOf(r);
    expect(report.tests.find((t) => t.description === 'added at head')).toMatchObject({ change: 'new', base: null, head: { samples: 1 } });
    expect(report.tests.some((t) => t.description === 'added with code')).toBe(false);
    expect(report.notes.join('\n')).toContain('promptgate.yml adds 1 test at head: they run as new');
    expect(report.notes.join('\n')).toContain('adds 1 test with a `javascript` assertion at head: code from the head never runs');
    expect(existsSync(marker)).toBe(false);
    expect(r.code).toBe(0);
  });

  it('judges a head that deletes a prompt the base config has tests for as a removal, not a config error', async () => {
    const pr = await forkPr((repo) => void repo.remove('prompts/answer.prompty'));
    const r = await pr.run();
    expect(r.code).toBe(1);
    expect(reportOf(r)).toMatchObject({ verdict: 'regression', blocking: true, errors: [], changedPrompts: [expect.objectContaining({ id: 'answer', status: 'deleted' })] });
  });

  it('keeps a weakened test (its expected answer emptied of meaning) in force as at base', async () => {
    const pr = await forkPr((repo) => void repo.write({ 'prompts/support.prompt.yml': withoutWarranty().replace('    expected: photo\n', '    expected: " "\n') }));
    const r = await pr.run();
    expect(r.code).toBe(1);
    expect(warrantyTest(reportOf(r))).toMatchObject({ change: 'regressed', headChange: 'changed' });
  });
});

describe('issue 6 row 7: per-PR caps', () => {
  const manyRows = (n: number) => Array.from({ length: n }, (_, i) => `  - question: Question number ${i}?\n    expected: days\n`).join('');
  const withRows = (n: number) => (repo: TestRepo): void => void repo.write({ 'prompts/support.prompt.yml': support().replace('evaluators:', `${manyRows(n)}evaluators:`) });

  it('stops a head that adds tests past limits.tests with an error naming the cap, before any model call', async () => {
    const pr = await forkPr(withRows(1001));
    const r = await pr.run();
    expect(r.code).toBe(1);
    const report = reportOf(r);
    expect(report.verdict).toBe('error');
    expect(report.summary).toMatch(/limits\.tests allows 1000/);
    expect(models.callCount()).toBe(0);
  });

  it('stops at limits.modelCalls with an error naming it, and runs once a maintainer raises the cap on main', async () => {
    const capped = (calls: number) => (repo: TestRepo): void => void repo.write({ 'promptgate.yml': `${config()}\nlimits: {modelCalls: ${calls}}\n` });
    const over = await forkPr(withRows(20), { main: capped(30) });
    const r = await over.run();
    expect(reportOf(r)).toMatchObject({ verdict: 'error', blocking: true });
    expect(reportOf(r).summary).toMatch(/needs \d+ model calls; limits\.modelCalls allows 30/);
    expect(models.callCount()).toBe(0);

    const raised = await forkPr(withRows(20), { main: capped(500) });
    const ok = await raised.run();
    expect(reportOf(ok).verdict).toBe('pass');
    expect(models.callCount()).toBeGreaterThan(0);
  }, 120_000);
});

describe('issue 12 row 1: answers never come from files the head controls', () => {
  it('ignores a committed .promptgate/cache made against a stub model that always passes', async () => {
    const stub = await alwaysPassingModel();
    cleanup.push(() => stub.close());
    let poisoned: ComparisonReport | undefined;
    const pr = await forkPr(async (repo) => {
      regress(repo);
      repo.commit('regress');
      // The attacker's laptop: a comparison against the stub fills .promptgate/cache, committed with the PR.
      poisoned = (await compare({ source: new LocalGitChanges(repo.dir), root: repo.dir, base: 'main', head: 'HEAD', env: stub.env })).report;
    });
    expect(poisoned).toMatchObject({ verdict: 'pass' });
    expect(pr.origin.git('ls-tree', '-r', '--name-only', 'fork-change', '.promptgate/cache')).toMatch(/\.pack/);
    const r = await pr.run();
    expect(reportOf(r).verdict).toBe('regression');
    expect(reportOf(r).stats.cachedSamples).toBe(0);
    expect(models.callCount()).toBeGreaterThan(0);
  }, 120_000);
});

/** A model server that answers every chat request with text every demo test looks for. */
async function alwaysPassingModel(): Promise<{ url: string; env: Record<string, string>; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const content = 'billing: 30 days, 3 to 5 business days, free of charge, a photo. 1.4 kg. I don\'t know.';
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: 'stub',
          object: 'chat.completion',
          created: 0,
          model: 'stub',
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const env = { PROMPTGATE_MODELS_URL: `${url}/inference`, GITHUB_TOKEN: 'stub', OPENAI_BASE_URL: `${url}/v1`, OPENAI_API_KEY: 'stub' };
  return { url, env, close: () => new Promise((r) => server.close(() => r())) };
}

describe('issue 12 rows 2 and 3: what the base evaluated, the head cannot make disappear', () => {
  const comments = Array.from({ length: 40 }, (_, i) => `# note ${i}: wording reviewed\n`).join('');

  it('follows a prompt renamed past git rename detection (40 comment lines added) and still calls its regression', async () => {
    const pr = await forkPr((repo) => {
      repo.remove('prompts/support.prompt.yml');
      repo.write({ 'prompts/helpdesk.prompt.yml': comments + withoutWarranty() });
    });
    const r = await pr.run();
    expect(r.code).toBe(1);
    const report = reportOf(r);
    expect(report.changedPrompts).toEqual([expect.objectContaining({ id: 'prompts/helpdesk', status: 'renamed', previousPath: 'prompts/support.prompt.yml' })]);
    expect(report.verdict).toBe('regression');
    expect(report.tests.find((t) => t.description?.includes('warranty'))?.change).toBe('regressed');
  });

  it('blocks a deleted prompt until a maintainer accepts its removal', async () => {
    const r = await (await forkPr((repo) => void repo.remove('prompts/support.prompt.yml'))).run();
    expect(r.code).toBe(1);
    expect(reportOf(r)).toMatchObject({ verdict: 'regression', blocking: true });
    expect(reportOf(r).summary).toMatch(/removed \(a removal needs acceptance\)/);
  });

  const zeroConfig = (repo: TestRepo): void => void repo.remove('promptgate.yml', 'prompts/answer.prompty');
  it.each([
    ['into a dot directory', (repo: TestRepo) => void repo.remove('prompts/support.prompt.yml').write({ '.drafts/support.prompt.yml': withoutWarranty() }), /\.drafts\/support\.prompt\.yml has its name/],
    ['to an upper-case .prompt.YML', (repo: TestRepo) => void repo.remove('prompts/support.prompt.yml').write({ 'prompts/support.prompt.YML': withoutWarranty() }), /prompts\/support\.prompt\.YML has its name/],
    [
      'behind a submodule that replaces prompts/',
      (repo: TestRepo) => {
        const target = repo.git('rev-parse', 'HEAD').trim();
        repo.git('rm', '-r', '--quiet', 'prompts');
        repo.git('update-index', '--add', '--cacheinfo', `160000,${target},prompts`);
      },
      /no longer an evaluated prompt/,
    ],
  ])('blocks a zero-config prompt moved out of the glob %s instead of passing', async (_how, move, note) => {
    const r = await (await forkPr(move, { main: zeroConfig })).run();
    expect(r.code).toBe(1);
    const report = reportOf(r);
    expect(report.verdict).toBe('regression');
    expect(report.tests.filter((t) => t.promptId === 'prompts/support').every((t) => t.change === 'removed')).toBe(true);
    expect(report.notes.join('\n')).toMatch(note);
  });
});

describe('issue 12 row 5: tests are matched by what they are', () => {
  it('still calls a regressed test regressed when the head adds an unused variable to its row', async () => {
    const pr = await forkPr((repo) => void repo.write({ 'prompts/support.prompt.yml': withoutWarranty().replace('    expected: photo\n', '    expected: photo\n    tone: formal\n') }));
    const r = await pr.run();
    expect(r.code).toBe(1);
    const report = reportOf(r);
    expect(warrantyTest(report)?.change).toBe('regressed');
    expect(report.tests.filter((t) => t.change === 'new')).toEqual([]);
  });
});

describe('issue 12 row 6: the trusted config is the base branch tip, not the merge base', () => {
  it('judges a PR branched off an old report-only config by the gate main has now', async () => {
    const reportOnly = (repo: TestRepo): void => void repo.write({ 'promptgate.yml': config().replace('  failOn: regression', '  failOn: never') });
    const pr = await forkPr(regress, { main: reportOnly, later: (repo) => void repo.write({ 'promptgate.yml': config() }) });
    const r = await pr.run();
    expect(r.code).toBe(1);
    expect(reportOf(r)).toMatchObject({ verdict: 'regression', blocking: true, gate: { failOn: 'regression' } });
  });
});

describe('issue 12 row 12: models and token limits come from the base branch', () => {
  const o1 = (maxTokens: number) => (repo: TestRepo): void =>
    void repo.write({ 'prompts/support.prompt.yml': support().replace('model: openai/gpt-4o-mini', 'model: openai/o1').replace('maxTokens: 120', `maxTokens: ${maxTokens}`) });

  it('refuses a head that switches to openai/o1 with maxTokens 100000, before any call; allows o1 once main lists it', async () => {
    const r = await (await forkPr(o1(100_000))).run();
    expect(r.code).toBe(1);
    expect(reportOf(r)).toMatchObject({ verdict: 'error', blocking: true });
    expect(reportOf(r).summary).toMatch(/prompts\/support\.prompt\.yml: prompt `prompts\/support`: model `github:openai\/o1` is not one the base branch uses or allows/);
    expect(models.callCount()).toBe(0);

    const tooLong = await (await forkPr(o1(100_000), { main: (repo) => void repo.write({ 'promptgate.yml': config().replace('  judge:', '  models: [github:openai/o1]\n  judge:') }) })).run();
    expect(reportOf(tooLong).summary).toMatch(/asks for maxTokens 100000; limits\.maxTokens allows 16384/);
    expect(models.callCount()).toBe(0);

    const allowed = await (await forkPr(o1(120), { main: (repo) => void repo.write({ 'promptgate.yml': config().replace('  judge:', '  models: [github:openai/o1]\n  judge:') }) })).run();
    expect(reportOf(allowed).verdict).not.toBe('error');
    expect(models.calls().some((c) => c.model === 'openai/o1')).toBe(true);
  }, 150_000);

  it('never calls a head-chosen ollama model or an Azure deployment path', async () => {
    const ollama = await (await forkPr((repo) => void repo.write({ 'prompts/support.prompt.yml': support().replace('model: openai/gpt-4o-mini', 'model: ollama:llama3') }))).run();
    expect(reportOf(ollama).summary).toMatch(/model `ollama:llama3` is not one the base branch uses or allows/);
    const azure = await (await forkPr((repo) => void repo.write({ 'prompts/support.prompt.yml': support().replace('model: openai/gpt-4o-mini', 'model: "azure:../../admin?x="') }))).run();
    expect(reportOf(azure)).toMatchObject({ verdict: 'error' });
    expect(reportOf(azure).summary).toMatch(/is not an Azure deployment name/);
    expect(models.callCount()).toBe(0);
  }, 120_000);
});
