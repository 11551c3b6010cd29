import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { comparisonReportSchema } from '../../src/report/types.js';
import { runCli } from '../support/cli.js';
import { TestRepo } from '../support/git-repo.js';
import { startModelServer, type ScriptedModelServer } from '../support/model-server.js';

const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));
const packageVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

let server: ScriptedModelServer;
const repos: TestRepo[] = [];
beforeAll(async () => {
  server = await startModelServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.reset();
  for (const r of repos.splice(0)) r.cleanup();
});

function repo(): TestRepo {
  const r = new TestRepo();
  repos.push(r);
  return r;
}

/** The demo: main holds fixtures/demo/base, branch prompt-tuning adds fixtures/demo/pr. */
function demoRepo(): TestRepo {
  const r = repo().copy(`${demo}base`);
  r.commit('base');
  r.branch('prompt-tuning').copy(`${demo}pr`).commit(readFileSync(`${demo}pr.message`, 'utf8'));
  return r;
}

describe('help and version', () => {
  it('every command takes --help and prints its own usage, exit 0', async () => {
    for (const command of ['eval', 'compare', 'sample', 'merge']) {
      const r = await runCli([command, '--help'], { cwd: demo });
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^promptgate ${command} `));
      expect(r.stderr).toBe('');
    }
    const help = await runCli(['help', 'compare'], { cwd: demo });
    expect(help.stdout.split('\n')[0]).toMatch(/^promptgate compare --base REF/);
    expect(help.stdout).not.toContain('promptgate eval');
  });

  it('--version, -v and version print the package version', async () => {
    for (const flag of ['--version', '-v', 'version']) {
      const r = await runCli([flag], { cwd: demo });
      expect(r).toMatchObject({ code: 0, stdout: `${packageVersion}\n` });
    }
  });

  it('an unknown flag is a usage error that points at --help', async () => {
    const r = await runCli(['compare', '--bsae', 'main'], { cwd: demo });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: Unknown option '--bsae' \(did you mean "--base"\?\)$/m);
    expect(r.stderr).toContain('promptgate compare --help');
    const positional = await runCli(['eval', '--adversarail'], { cwd: demo });
    expect(positional.stderr).toMatch(/^error: Unknown option '--adversarail' \(did you mean "--adversarial"\?\)$/m);
    const command = await runCli(['evl'], { cwd: demo });
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/^error: unknown command "evl" \(did you mean "eval"\?\)$/m);
  });

  it('documents every option each command accepts in the README\'s CLI section', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const cli = readme.slice(readme.indexOf('\n## CLI\n'), readme.indexOf('\n## Differences from'));
    for (const command of ['eval', 'compare', 'sample', 'merge']) {
      const usage = (await runCli([command, '--help'], { cwd: demo })).stdout.split('\n\n')[0]!;
      const synopsis = cli.slice(cli.indexOf(`npx promptgate ${command} `)).split('\nnpx promptgate ')[0]!;
      for (const flag of new Set(usage.match(/--[a-z][a-z-]*/g))) {
        if (flag === '--help') continue;
        expect(synopsis, `README's synopsis of ${command} lists ${flag}`).toContain(flag);
      }
    }
  });
});

describe('promptgate compare from the command line', () => {
  it('shows the demo\'s hand-written regression first, and each probe with the attack it sent', async () => {
    const r = demoRepo();
    const out = await runCli(['compare', '--base', 'main', '--no-cache'], { cwd: r.dir, env: server.env() });
    expect(out.code).toBe(1);
    const own = out.stdout.indexOf('Regressed tests (1)');
    const probes = out.stdout.indexOf('Regressed built-in probes (10)');
    expect(own).toBeGreaterThan(0);
    expect(probes).toBeGreaterThan(own);
    expect(out.stdout.slice(own, probes)).toMatch(/✗ Support reply \(prompts\/support\) › What does a warranty claim .* prompts\/support\.prompt\.yml:\d+/);
    expect(out.stdout.slice(probes)).toMatch(/✗ Support reply \(prompts\/support\) › prompt injection: [\w-]+\n\s+sent: /);
    expect(out.stdout).not.toContain('see report.json');
  });

  it('writes report.json or the Markdown to standard output for -, and nothing else there', async () => {
    const r = demoRepo();
    const json = await runCli(['compare', '--base', 'main', '--json', '-'], { cwd: r.dir, env: server.env() });
    expect(JSON.parse(json.stdout)).toMatchObject({ verdict: 'regression' });
    // What promptgate writes is what its schema reads back (the comment's state block).
    expect(comparisonReportSchema.safeParse(JSON.parse(json.stdout)).error).toBeUndefined();
    const markdown = await runCli(['compare', '--base', 'main', '--markdown', '-'], { cwd: r.dir, env: server.env() });
    expect(markdown.stdout).toMatch(/^### .*promptgate: regression/);
    expect(markdown.stdout).not.toContain('prompt            score');
  });

  it('calls a missing key a configuration problem that names the variable, as the Action does', async () => {
    const r = demoRepo();
    const env = { ...server.env() };
    delete env.GITHUB_TOKEN;
    const out = await runCli(['compare', '--base', 'main'], { cwd: r.dir, env });
    expect(out.code).toBe(2);
    expect(out.stdout).toMatch(/skipped/);
    expect(out.stderr).toMatch(/^error: Not evaluated: no provider credentials\. .*set GITHUB_TOKEN/m);
    expect(out.stderr).not.toMatch(/outage/);
    expect(server.callCount()).toBe(0);
  });

  it("names a missing key a .prompt.yml judge needs, though the prompt's own model has one", async () => {
    const prompt = (system: string) =>
      `model: openai:gpt-4o-mini\nmessages:\n  - role: system\n    content: ${system}\n  - role: user\n    content: "{{q}}"\ntestData:\n  - q: How long do refunds take?\nevaluators:\n  - name: judged\n    llm:\n      modelId: openai/gpt-4o-mini\n      prompt: "{{completion}}: yes or no?"\n      choices: [{choice: "yes", score: 1}]\n`;
    const r = repo().write({ 'refunds.prompt.yml': prompt('Refunds take 30 days.') });
    r.commit('base');
    r.branch('edit').write({ 'refunds.prompt.yml': prompt('Refunds take 14 days.') }).commit('edit');
    const env = { ...server.env() };
    delete env.GITHUB_TOKEN;
    const out = await runCli(['compare', '--base', 'main'], { cwd: r.dir, env });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^error: Not evaluated: no provider credentials\. .*github:openai\/gpt-4o-mini.*set GITHUB_TOKEN/m);
    expect(server.callCount()).toBe(0);
  });

  it('reports a broken promptgate.yml at head as an error at its line, with no prompt deleted', async () => {
    const r = repo().copy(`${demo}base`);
    r.commit('base');
    r.branch('pr').write({ 'promptgate.yml': 'prompts: [prompts/*.prompt.yml]\ngate:\n  failOn: sometimes\n' }).commit('break the config');
    const out = await runCli(['compare', '--base', 'main', '--json', 'report.json'], { cwd: r.dir, env: server.env() });
    expect(out.code).toBe(2);
    const report = JSON.parse(readFileSync(`${r.dir}/report.json`, 'utf8')) as { verdict: string; changedPrompts: { status: string }[]; errors: { file: string; line: number }[] };
    expect(report.verdict).toBe('error');
    expect(comparisonReportSchema.safeParse(report).error).toBeUndefined();
    expect(report.changedPrompts.filter((p) => p.status === 'deleted')).toEqual([]);
    expect(report.errors).toContainEqual(expect.objectContaining({ file: 'promptgate.yml', line: 3 }));
    expect(out.stdout).toMatch(/promptgate\.yml:3:\d+: gate\.failOn must be one of/);
  });

  it('refuses a --config that names no file at base or head, or one outside the repository, instead of judging by defaults', async () => {
    const r = demoRepo();
    const typo = await runCli(['compare', '--base', 'main', '--config', 'promptgate.yaml'], { cwd: r.dir, env: server.env() });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^error: config file not found: promptgate\.yaml is at neither base main nor head HEAD\n  → check the path/m);
    const outside = await runCli(['merge', 'reports', '--config', '../promptgate.yml'], { cwd: r.dir, env: server.env() });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^error: --config \.\.\/promptgate\.yml is outside the repository/m);
    expect(`${typo.stderr}${outside.stderr}`).not.toContain(r.dir);
    expect(server.callCount()).toBe(0);
    // A config only the head adds is the repository's first: judged as README says, not refused.
    r.write({ 'ci/promptgate.yml': readFileSync(`${demo}base/promptgate.yml`, 'utf8') }).commit('move the config under ci/');
    const added = await runCli(['compare', '--base', 'main', '--config', 'ci/promptgate.yml', '--json', 'report.json'], { cwd: r.dir, env: server.env() });
    expect(added.stderr).not.toMatch(/config file not found/);
  });

  it('refuses, before any model call, a report path that is a directory or lies under a file', async () => {
    const r = demoRepo();
    r.write({ 'out/keep': '', notes: '' });
    const dir = await runCli(['compare', '--base', 'main', '--json', 'out'], { cwd: r.dir, env: server.env() });
    expect(dir.code).toBe(2);
    expect(dir.stderr).toBe('error: --json out is a directory, not a file to write\n  → name a file, e.g. --json out/report.json\n');
    const underFile = await runCli(['eval', '--json', 'notes/results.json'], { cwd: r.dir, env: server.env() });
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).toMatch(/^error: cannot write notes\/results\.json \(ENOTDIR\)\n/);
    const empty = await runCli(['compare', '--base', 'main', '--markdown='], { cwd: r.dir, env: server.env() });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('error: --markdown needs a file name\n  → e.g. --markdown report.md, or --markdown - for standard output\n');
    expect(server.callCount()).toBe(0);
  });

  it('says what is wrong with git in words: an unknown base, no origin, no commits', async () => {
    const r = demoRepo();
    const unknown = await runCli(['compare', '--base', 'mian'], { cwd: r.dir, env: server.env() });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^error: "mian" is not a branch, tag or commit in this repository, and there is no remote "origin" to fetch it from/m);
    expect(unknown.stderr).not.toMatch(/git -c failed/);

    const clone = r.shallowClone('prompt-tuning');
    repos.push(clone);
    const missing = await runCli(['compare', '--base', 'no-such-branch'], { cwd: clone.dir, env: server.env() });
    expect(missing.stderr).toMatch(/^error: "no-such-branch" is not a branch, tag or commit here or on origin/m);

    const empty = repo();
    const none = await runCli(['compare', '--base', 'main'], { cwd: empty.dir, env: server.env() });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^error: this repository has no commits yet/m);
  });
});

describe('per-prompt errors', () => {
  it('a missing template variable and an unknown provider are reported at file:line, and the rest still runs', async () => {
    const r = repo().copy(`${demo}base`);
    r.write({
      'prompts/typo.md': 'Answer {{question}} for {{customer}}.\n',
      'prompts/acme.prompt.yml': 'model: acme:gpt-9\nmessages:\n  - role: user\n    content: "{{q}}"\ntestData:\n  - q: hi\n',
      'promptgate.yml': readFileSync(`${demo}base/promptgate.yml`, 'utf8')
        .replace('  - prompts/*.prompt.yml\n', '  - prompts/*.prompt.yml\n  - prompts/typo.md\n')
        .replace('tests:\n', 'tests:\n  - prompt: prompts/typo\n    vars: { question: Refund? }\n    assert: [{ contains: refund }]\n'),
    });
    const out = await runCli(['eval', '--json', 'r.json'], { cwd: r.dir, env: server.env() });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^error: prompts\/typo\.md: prompt prompts\/typo\.md uses the variable "customer", but the test does not set it: test `c-[0-9a-f]{8}` \(promptgate\.yml\)/m);
    expect(out.stderr).toMatch(/^error: prompts\/acme\.prompt\.yml:1: unknown model provider "acme" in "acme:gpt-9"/m);
    const report = JSON.parse(readFileSync(`${r.dir}/r.json`, 'utf8')) as { prompts: { id: string }[]; summary: { tests: number } };
    expect(report.prompts.map((p) => p.id)).toEqual(['answer', 'prompts/classify', 'prompts/support']);
    expect(report.summary.tests).toBeGreaterThan(0);
  });
});

describe('installing from the repository', () => {
  it('needs no dependencies: the committed dist/ runs alone, as `npm i -D github:OWNER/promptgate` installs it', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies?: object; bin: Record<string, string>; scripts: Record<string, string> };
    // Nothing to install (no engine warnings from dependencies) and nothing to build on install.
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.scripts.prepare).toBeUndefined();
    expect(pkg.bin.promptgate).toBe('dist/cli.js');
    const r = repo();
    cpSync(fileURLToPath(new URL('../../dist', import.meta.url)), join(r.dir, 'node_modules/promptgate/dist'), { recursive: true });
    cpSync(fileURLToPath(new URL('../../package.json', import.meta.url)), join(r.dir, 'node_modules/promptgate/package.json'));
    r.copy(`${demo}base`);
    const out = await runCli(['eval', 'prompts/support.prompt.yml', '--json'], { cwd: r.dir, env: server.env(), cli: join(r.dir, 'node_modules/promptgate/dist/cli.js') });
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ name: 'Support reply', summary: { totalTests: 4, passedTests: 4 } });
  });
});

/**
 * The oldest Node the README and `engines` name (20.12: `util.styleText`). CI sets
 * CLI_OLDEST_NODE to that binary, from the `node` package of the npm registry (.ci/run).
 */
const OLDEST_NODE = process.env.CLI_OLDEST_NODE;
describe.skipIf(!OLDEST_NODE)(`on the oldest Node named in package.json's engines (${OLDEST_NODE ?? 'CLI_OLDEST_NODE unset'})`, () => {
  it('evaluates and compares the demo, as on the current Node', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } };
    const r = demoRepo();
    const version = await runCli(['--version'], { cwd: r.dir, node: OLDEST_NODE });
    expect(version.code).toBe(0);
    const evaluated = await runCli(['eval', 'prompts/support.prompt.yml', '--json'], { cwd: r.dir, env: server.env(), node: OLDEST_NODE });
    expect(evaluated.stderr).not.toMatch(/TypeError|SyntaxError|is not a function/);
    expect(JSON.parse(evaluated.stdout)).toMatchObject({ name: 'Support reply' });
    const compared = await runCli(['compare', '--base', 'main'], { cwd: r.dir, env: server.env(), node: OLDEST_NODE });
    expect(compared.stderr).not.toMatch(/TypeError|SyntaxError|is not a function/);
    expect(compared.code).toBe(1);
    expect(compared.stdout).toMatch(/regression/);
    const running = execFileSync(OLDEST_NODE!, ['--version'], { encoding: 'utf8' }).trim();
    expect(`>=${running.slice(1)}`).toBe(pkg.engines.node);
  });
});

