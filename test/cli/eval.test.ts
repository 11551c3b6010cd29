import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parsePromptFile } from '../../src/prompts/formats/parse.js';
import { countMessageTokens } from '../../src/prompts/tokens.js';
import { runCli } from '../support/cli.js';
import { startModelServer, type ScriptedModelServer } from '../support/model-server.js';

const demoBase = fileURLToPath(new URL('../../fixtures/demo/base', import.meta.url));
let server: ScriptedModelServer;
const dirs: string[] = [];

beforeAll(async () => {
  server = await startModelServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.reset();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-eval-'));
  dirs.push(dir);
  cpSync(demoBase, dir, { recursive: true });
  return dir;
}

describe('promptgate eval (the bundled CLI)', () => {
  it('prints a table, writes JSON results and exits 1 when tests fail', async () => {
    const dir = project();
    const r = await runCli(['eval', '--json', 'out/results.json'], { cwd: dir, env: server.env() });
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack traces
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/prompt\s+version\s+model\s+tokens\s+tests\s+pass\s+score\s+status/);
    expect(r.stdout).toContain('Ticket triage (prompts/classify)');
    expect(r.stdout).toMatch(/✗ Ticket triage \(prompts\/classify\) › t-[0-9a-f]{8}/);
    const text = readFileSync(join(dir, 'out/results.json'), 'utf8');
    const json = JSON.parse(text);
    // Written in pieces, but exactly what JSON.stringify writes, key order included.
    expect(text).toBe(`${JSON.stringify(json, null, 2)}\n`);
    expect(Object.keys(json)).toEqual(['schemaVersion', 'kind', 'config', 'durationMs', 'summary', 'prompts', 'tests', 'errors', 'notRun']);
    expect(json.schemaVersion).toBe(1);
    // 10 own tests and the grounding probe of the grounded prompt; no injection probes in eval.
    expect(json.summary).toMatchObject({ tests: 11, passed: 9, failed: 2, errored: 0 });
    expect(json.prompts.find((p: { id: string }) => p.id === 'prompts/classify')).toMatchObject({ name: 'Ticket triage' });
  });

  it('runs the built-in injection probes only when asked, after the prompt\'s own tests', async () => {
    const dir = project();
    const r = await runCli(['eval', '--adversarial', '--prompt', 'prompts/support', '--json', '-'], { cwd: dir, env: server.env() });
    const json = JSON.parse(r.stdout);
    const ids: string[] = json.tests.map((t: { testId: string }) => t.testId);
    expect(ids.filter((id) => id.startsWith('adv-'))).toHaveLength(10);
    expect(ids.findIndex((id) => id.startsWith('adv-'))).toBe(4);
  });

  it('prints the failing tests you wrote before the failing probes, each probe with the attack it sent', async () => {
    const dir = project();
    cpSync(fileURLToPath(new URL('../../fixtures/demo/pr', import.meta.url)), dir, { recursive: true });
    const r = await runCli(['eval', '--adversarial', '--prompt', 'prompts/support'], { cwd: dir, env: server.env() });
    expect(r.code).toBe(1);
    const probes = r.stdout.indexOf('Failed built-in probes');
    expect(probes).toBeGreaterThan(0);
    expect(r.stdout.slice(0, probes)).toMatch(/✗ Support reply \(prompts\/support\) › t-[0-9a-f]{8} “What does a warranty claim/);
    expect(r.stdout.slice(probes)).toMatch(/✗ Support reply \(prompts\/support\) › adv-[\w-]+ “prompt injection: [\w-]+”\n {4}sent: +\S/);
  });

  it('exits 0 when every selected test passes, and a cached re-run makes zero model calls', async () => {
    const dir = project();
    const first = await runCli(['eval', '--prompt', 'prompts/support'], { cwd: dir, env: server.env() });
    expect(first.code).toBe(0);
    expect(server.callCount()).toBe(4); // its 4 own tests
    server.reset();
    const second = await runCli(['eval', '--prompt', 'prompts/support'], { cwd: dir, env: server.env() });
    expect(second.code).toBe(0);
    expect(server.callCount()).toBe(0);
    expect(second.stdout).toMatch(/4 cached/);
  });

  it('runs every *.prompt.yml with its own tests when there is no config (zero-config)', async () => {
    const dir = project();
    rmSync(join(dir, 'promptgate.yml'));
    const r = await runCli(['eval', '--json', 'r.json'], { cwd: dir, env: server.env() });
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(json.prompts.map((p: { id: string }) => p.id)).toEqual(['prompts/classify', 'prompts/support']);
    expect(r.code).toBe(1);
  });

  it('exits 2 with file:line:column and a hint for a malformed config, without a stack trace', async () => {
    const dir = project();
    writeFileSync(join(dir, 'promptgate.yml'), 'gate:\n  failOn: sometimes\n');
    const r = await runCli(['eval'], { cwd: dir, env: server.env() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: promptgate\.yml:2:11: gate\.failOn must be one of /m);
    expect(r.stderr).toContain('→');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(server.callCount()).toBe(0);
  });

  it('exits 2 for an unknown flag and for a missing config file', async () => {
    const dir = project();
    expect((await runCli(['eval', '--bogus'], { cwd: dir })).code).toBe(2);
    const missing = await runCli(['eval', '--config', 'nope.yml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('config file not found: nope.yml');
  });

  it('refuses a --prompt that names no prompt, naming the nearest and the ones there are, in eval and sample alike', async () => {
    const dir = project();
    const typo = await runCli(['eval', '--prompt', 'prompts/support', '--prompt', 'prompts/suport'], { cwd: dir, env: server.env() });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('error: --prompt prompts/suport names no prompt (did you mean "prompts/support"?)\n  → give a prompt\'s id or path: answer, prompts/classify, prompts/support\n');
    const sample = await runCli(['sample', '--prompt', 'nothing'], { cwd: dir, env: server.env() });
    expect(sample.code).toBe(2);
    expect(sample.stderr).toMatch(/^error: --prompt nothing names no prompt\n/);
    expect(server.callCount()).toBe(0);
  });

  it('names directories as the user can, never by their host path: no prompts here, a file outside, no repository', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'promptgate-empty-'));
    dirs.push(empty);
    const runs = [
      await runCli(['eval'], { cwd: empty, env: server.env() }),
      await runCli(['sample'], { cwd: empty, env: server.env() }),
      await runCli(['eval', relative(empty, join(project(), 'prompts', 'support.prompt.yml'))], { cwd: empty, env: server.env() }),
      await runCli(['compare', '--base', 'main'], { cwd: empty, env: server.env() }),
    ];
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2]);
    expect(runs[0]!.stderr).toMatch(/^error: no prompts found under the current directory\n/);
    expect(runs[3]!.stderr).toMatch(/^error: the current directory is not inside a git repository\n/);
    for (const r of runs) expect(r.stderr).not.toContain(tmpdir());
  });

  it('exits 2 naming a directory given as FILE, the current one included, as gh models eval refuses one', async () => {
    const dir = project();
    for (const arg of ['.', 'prompts', './prompts/']) {
      const r = await runCli(['eval', arg], { cwd: dir, env: server.env() });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^error: ${arg.replace(/\./g, '\\.')} is a directory, not a prompt file\n  → name the prompt files in it`, 'm'));
    }
    expect(server.callCount()).toBe(0);
  });

  it('exits 3 and counts nothing as failed when the provider is down', async () => {
    const dir = project();
    server.setFaults([{ kind: '500' }]);
    const r = await runCli(['eval', '--prompt', 'prompts/support', '--json', 'r.json'], {
      cwd: dir,
      env: server.env(),
    });
    expect(r.code).toBe(3);
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(json.summary).toMatchObject({ tests: 4, passed: 0, failed: 0, errored: 4 });
    expect(r.stdout).toMatch(/Provider errors/);
    expect(r.stdout).toMatch(/github:openai\/gpt-4o-mini: server/);
    // Where promptgate differs from gh models eval on purpose, it says so.
    expect(r.stderr).toMatch(/note: 4 tests errored because a model provider failed; gh models eval stops .* exits 3/);
  });

  it('bills GitHub Models calls to the organisation named by --org, through its inference endpoint', async () => {
    const dir = project();
    const r = await runCli(['eval', '--org', 'acme-labs', '--prompt', 'prompts/support'], { cwd: dir, env: server.env() });
    expect(r.code).toBe(0);
    const paths = new Set(server.calls().map((c) => c.path));
    expect([...paths]).toEqual(['/orgs/acme-labs/inference/chat/completions']);
  });

  it('refuses an --org that is not an organisation name before any call, since it goes into the URL', async () => {
    const dir = project();
    for (const org of ['../../v1', 'acme/labs', 'acme?x=1', '-acme', 'a'.repeat(40)]) {
      const r = await runCli(['eval', `--org=${org}`, '--prompt', 'prompts/support'], { cwd: dir, env: server.env() });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--org: ".*" is not a GitHub organisation name/);
    }
    expect(server.callCount()).toBe(0);
  });

  it('treats a missing key as a configuration problem naming the variable, before any call', async () => {
    const dir = project();
    const env = { ...server.env() };
    delete env.GITHUB_TOKEN;
    const r = await runCli(['eval', '--prompt', 'prompts/support'], { cwd: dir, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: no provider credentials: github:openai\/gpt-4o-mini: not configured: set GITHUB_TOKEN/m);
    expect(server.callCount()).toBe(0);
  });

  it("names a missing key an llm evaluator's judge needs, though the prompt's own model has one", async () => {
    const dir = project();
    writeFileSync(
      join(dir, 'judged.prompt.yml'),
      'model: openai:gpt-4o-mini\nmessages:\n  - role: user\n    content: "{{q}}"\ntestData:\n  - q: hi\nevaluators:\n  - name: j\n    llm:\n      modelId: openai/gpt-4o-mini\n      prompt: "{{completion}}: yes or no?"\n      choices: [{choice: "yes", score: 1}]\n',
    );
    const env = { ...server.env() };
    delete env.GITHUB_TOKEN;
    const r = await runCli(['eval', 'judged.prompt.yml'], { cwd: dir, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: no provider credentials: github:openai\/gpt-4o-mini: not configured: set GITHUB_TOKEN/m);
    expect(r.stderr).not.toMatch(/provider failed/);
    expect(server.callCount()).toBe(0);
  });

  it('needs no key for a prompt file without tests, which calls nothing (exit 0, as gh models eval)', async () => {
    const dir = project();
    writeFileSync(join(dir, 'untested.prompt.yml'), 'name: Untested\nmodel: openai/gpt-4o-mini\nmessages:\n  - role: user\n    content: Hello {{who}}\n');
    const env = { ...server.env() };
    delete env.GITHUB_TOKEN;
    const r = await runCli(['eval', 'untested.prompt.yml'], { cwd: dir, env });
    expect(r.stderr).not.toContain('no provider credentials');
    expect(r.code).toBe(0);
    expect(server.callCount()).toBe(0);
  });

  it('exports a sample of the user\'s own tests\' outputs as CSV for human review, spread over the prompts', async () => {
    const dir = project();
    const r = await runCli(['sample', '--size', '20', '--out', 'review.csv'], { cwd: dir, env: server.env() });
    expect(r.code).toBe(0);
    const lines = readFileSync(join(dir, 'review.csv'), 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('"prompt","prompt_version","test","description","model","input","output","passed","score","reviewer_verdict","reviewer_notes"');
    // The 10 tests the user wrote, none of the probes.
    expect(lines).toHaveLength(11);
    expect(lines.slice(1, 4).map((l) => l.split(',')[0])).toEqual(['"answer"', '"prompts/classify"', '"prompts/support"']);
    expect(lines.some((l) => /"(adv-|probe-)/.test(l))).toBe(false);
  });

  it('says why there is nothing to sample instead of writing a bare header', async () => {
    const dir = project();
    writeFileSync(join(dir, 'promptgate.yml'), 'prompts: [prompts/answer.prompty]\n');
    const r = await runCli(['sample'], { cwd: dir, env: server.env() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error: nothing to sample: none of the 1 prompt has tests of its own');
    const env = { ...server.env() };
    delete env.GITHUB_TOKEN;
    const keyless = await runCli(['sample'], { cwd: project(), env });
    expect(keyless.code).toBe(2);
    expect(keyless.stderr).toContain('set GITHUB_TOKEN');
  });

  it('counts prompt tokens in the bundled token worker exactly as in-process counting does', async () => {
    const dir = project();
    const r = await runCli(['eval', '--prompt', 'prompts/support', '--json', 'r.json', '--no-cache'], { cwd: dir, env: server.env() });
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    const prompt = await parsePromptFile('prompts/support.prompt.yml', readFileSync(join(dir, 'prompts/support.prompt.yml'), 'utf8'));
    expect(json.prompts[0].tokens).toEqual(await countMessageTokens(prompt.messages, 'github:openai/gpt-4o-mini'));
  });
  it('does not follow a symbolic link out of the repository, and sends nothing of its target to a model', async () => {
    const dir = project();
    const secrets = mkdtempSync(join(tmpdir(), 'promptgate-secrets-'));
    dirs.push(secrets);
    writeFileSync(join(secrets, 'id.prompt.yml'), 'messages:\n  - role: user\n    content: "PRIVATE-KEY-7f3a"\n');
    symlinkSync(join(secrets, 'id.prompt.yml'), join(dir, 'prompts/stolen.prompt.yml'));
    const r = await runCli(['eval'], { cwd: dir, env: server.env() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/prompts\/stolen\.prompt\.yml: .*symbolic link to a file outside the repository/);
    expect(r.stderr + r.stdout).not.toContain(secrets);
    expect(JSON.stringify(server.calls())).not.toContain('PRIVATE-KEY-7f3a');
  });
});
