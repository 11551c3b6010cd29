import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as parse } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { startModelServer, type RecordedCall, type ScriptedModelServer } from '../support/model-server.js';
import { answer } from '../support/scripted-answers.js';

/**
 * The nine prompt files of github/gh-models' examples/ directory (the tenth, evals_action.yml,
 * is their example workflow), run as `promptgate eval FILE --json`
 * against the scripted model server. Every verdict is checked against gh models' rules, restated
 * here from its Go source (cmd/eval/eval.go, pkg/prompt/prompt.go) and applied to the very
 * answers the run got: the model's answer from the JSON, the judge's recomputed from the
 * judge request the server recorded.
 */
const EXAMPLES = fileURLToPath(new URL('../../fixtures/gh-models-examples', import.meta.url));
const FILES = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yml') && f !== 'evals_action.yml');

interface GhFile {
  evaluators?: { name: string; string?: Record<string, string>; llm?: unknown; uses?: string }[];
}
interface Result {
  testCase: Record<string, string>;
  modelResponse: string;
  evaluationResults: { evaluatorName: string; score: number; passed: boolean }[] | null;
}

let server: ScriptedModelServer;
beforeAll(async () => {
  server = await startModelServer();
});
afterAll(() => server.close());

/** gh models' TemplateString: every `{{key}}` of the row replaced by its value. */
function ghTemplate(text: string, row: Record<string, string>): string {
  return Object.entries(row).reduce((out, [key, value]) => out.replaceAll(`{{${key}}}`, value), text);
}

/** gh models' runStringEvaluator. */
function ghString(check: Record<string, string>, row: Record<string, string>, response: string): number {
  const lower = response.toLowerCase();
  if (check.equals) return response === ghTemplate(check.equals, row) ? 1 : 0;
  if (check.contains) return lower.includes(ghTemplate(check.contains, row).toLowerCase()) ? 1 : 0;
  if (check.startsWith) return lower.startsWith(ghTemplate(check.startsWith, row).toLowerCase()) ? 1 : 0;
  return lower.endsWith(ghTemplate(check.endsWith!, row).toLowerCase()) ? 1 : 0;
}

/** gh models' runLLMEvaluator with a built-in's choices "1".."5", on the judge answer to the recorded request. */
function ghBuiltin(metric: string, row: Record<string, string>, response: string, calls: RecordedCall[]): number {
  const request = calls.find(
    (c) =>
      c.messages?.[0]?.content.startsWith(`You rate an AI assistant's answer for ${metric} `) &&
      c.messages[1]?.content.includes(`<answer>\n${response}\n</answer>`) &&
      (row.input === undefined || metric === 'fluency' || c.messages[1].content.includes(`\n${row.input}\n`)),
  );
  expect(request, `a ${metric} judge request`).toBeDefined();
  expect(request).toMatchObject({ model: 'openai/gpt-4o', path: '/inference/chat/completions' });
  expect(request!.temperature).toBeUndefined();
  const text = answer({ messages: request!.messages! }).trim().toLowerCase();
  const index = ['1', '2', '3', '4', '5'].findIndex((choice) => text.includes(choice));
  return index < 0 ? 0 : index / 4;
}

describe('the gh-models examples, run as promptgate eval FILE', () => {
  it('are nine prompt files, as in github/gh-models', () => {
    expect(FILES).toHaveLength(9);
  });

  it.each(FILES)('%s: same per-evaluator pass/fail, scores and exit code as gh models eval', async (name) => {
    server.reset();
    const r = await runCli(['eval', name, '--json', '--no-cache'], { cwd: EXAMPLES, env: server.env() });
    const out = JSON.parse(r.stdout) as { name: string; description: string; model: string; testResults: Result[] | null; summary: Record<string, number> };
    const file = parse(readFileSync(join(EXAMPLES, name), 'utf8')) as GhFile & { name?: string; description?: string; model?: string };
    expect(out).toMatchObject({ name: file.name ?? '', description: file.description ?? '', model: file.model ?? '' });

    const calls = server.calls();
    let failed = 0;
    for (const test of out.testResults ?? []) {
      const expected = (file.evaluators ?? []).map((e) => {
        const score = e.string ? ghString(e.string, test.testCase, test.modelResponse) : ghBuiltin(e.uses!.slice('github/'.length), test.testCase, test.modelResponse, calls);
        return { evaluatorName: e.name, score, passed: score > 0 };
      });
      expect(test.evaluationResults ?? []).toEqual(expected.map((e) => expect.objectContaining(e)));
      if (expected.some((e) => !e.passed)) failed++;
    }
    const total = out.testResults?.length ?? 0;
    expect(out.summary).toEqual({ totalTests: total, passedTests: total - failed, failedTests: failed, passRate: total ? ((total - failed) / total) * 100 : 100 });
    // gh models eval: exit 1 when a test failed, else 0.
    expect(r.code).toBe(failed > 0 ? 1 : 0);
    expect(r.stderr).not.toMatch(/error|note:/);
  });

  it('cover both outcomes: some files pass and some fail, some evaluators pass and some fail', async () => {
    server.reset();
    const codes = await Promise.all(['json_schema_prompt.yml', 'test_builtins.yml'].map((f) => runCli(['eval', f, '--json', '--no-cache'], { cwd: EXAMPLES, env: server.env() })));
    expect(codes.map((c) => c.code)).toEqual([0, 1]);
    const builtins = JSON.parse(codes[1]!.stdout) as { testResults: Result[] };
    const passed = builtins.testResults[0]!.evaluationResults!.map((e) => e.passed);
    expect(passed).toContain(true);
    expect(passed).toContain(false);
  });

  it('print the human table with the prompt file name: and exit as gh models eval does', async () => {
    const r = await runCli(['eval', 'failing_test_prompt.yml'], { cwd: EXAMPLES, env: server.env() });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Failing Evaluation Test (failing_test_prompt)');
    expect(r.stdout).toMatch(/✗ Failing Evaluation Test \(failing_test_prompt\) › t-[0-9a-f]{8} .*failing_test_prompt\.yml:\d+/);
    expect(r.stdout).toContain('contains-impossible: expected output to contain "this-text-will-never-appear-in-any-response"');
  });
});

describe('where a file hits a documented difference from gh models eval, the output says so', () => {
  const PROMPT = 'model: openai/gpt-4o-mini\nmessages:\n  - role: user\n    content: "How long do refunds take?"\n';
  function files(contents: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'promptgate-gh-diff-'));
    for (const [name, text] of Object.entries(contents)) writeFileSync(join(dir, name), text);
    return dir;
  }

  it('a jsonSchema written as YAML, which gh refuses and promptgate reads', async () => {
    const dir = files({ 'schema.prompt.yml': `${PROMPT}responseFormat: json_schema\njsonSchema:\n  name: answer\n  schema: { type: object }\n` });
    const r = await runCli(['eval', 'schema.prompt.yml'], { cwd: dir, env: server.env() });
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^note: schema\.prompt\.yml:6: jsonSchema is written as YAML; gh models eval refuses the file .* exits 1, promptgate reads it \(see "Differences from gh models eval"/m);
  });

  it('a file that does not load: gh stops with exit 1, promptgate runs the others and exits 2', async () => {
    const dir = files({ 'broken.prompt.yml': `${PROMPT}evaluators:\n  - name: empty\n    string: { containz: x }\n`, 'fine.prompt.yml': PROMPT });
    const r = await runCli(['eval', 'broken.prompt.yml', 'fine.prompt.yml'], { cwd: dir, env: server.env() });
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: broken\.prompt\.yml:\d+:\d+: evaluators\[0\]\.string has no check: unknown key "containz" \(did you mean "contains"\?\)/m);
    expect(r.stderr).toMatch(/^note: gh models eval exits 1 when it cannot read a prompt file; promptgate reports each such file with its line, runs the others and exits 2/m);
    expect(r.stdout).toMatch(/fine\s/);
  });

  it('a misspelt top-level key, ignored by both, is named with a "did you mean" rather than silently meaning no tests', async () => {
    const dir = files({ 'typo.prompt.yml': `${PROMPT}testdat:\n  - question: refunds\n` });
    const r = await runCli(['eval', 'typo.prompt.yml'], { cwd: dir, env: server.env() });
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^note: typo\.prompt\.yml:5: unknown key "testdat" \(did you mean "testData"\?\) is ignored, as gh models eval ignores it/m);
  });
});


describe('--json prints each testCase as gh models prints the row', () => {
  it('in testData order, top to bottom, whatever ids the rows hash to', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promptgate-gh-order-'));
    const rows = ['first', 'second', 'third', 'fourth', 'fifth'];
    writeFileSync(join(dir, 'order.prompt.yml'), `model: openai/gpt-4o-mini\nmessages:\n  - role: user\n    content: "{{q}}"\ntestData:\n${rows.map((q) => `  - q: ${q}\n`).join('')}`);
    const r = await runCli(['eval', 'order.prompt.yml', '--json', '--no-cache'], { cwd: dir, env: server.env() });
    rmSync(dir, { recursive: true, force: true });
    const out = JSON.parse(r.stdout) as { testResults: { testCase: { q: string } }[] };
    expect(out.testResults.map((t) => t.testCase.q)).toEqual(rows);
  });


  it('with its YAML types: numbers, booleans, lists and null stay themselves, while the prompt gets their %v text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promptgate-gh-row-'));
    writeFileSync(
      join(dir, 'typed.prompt.yml'),
      'model: openai/gpt-4o-mini\nmessages:\n  - role: system\n    content: Refunds take 30 days.\n  - role: user\n    content: "{{q}} ({{n}} {{l}} {{z}})"\ntestData:\n  - q: How long do refunds take?\n    n: 2.50\n    ok: true\n    l: [a, 1]\n    z: null\n',
    );
    server.reset();
    const r = await runCli(['eval', 'typed.prompt.yml', '--json', '--no-cache'], { cwd: dir, env: server.env() });
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { testResults: { testCase: unknown }[] };
    expect(out.testResults[0]!.testCase).toEqual({ q: 'How long do refunds take?', n: 2.5, ok: true, l: ['a', 1], z: null });
    expect(server.calls()[0]!.messages!.at(-1)!.content).toBe('How long do refunds take? (2.5 [a 1] <nil>)');
  });
});

describe('the model request is the one gh models sends', () => {
  it("passes jsonSchema's description on with its name and schema", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promptgate-gh-schema-'));
    const schema = { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'] };
    writeFileSync(
      join(dir, 'schema.prompt.yml'),
      `model: openai/gpt-4o-mini\nresponseFormat: json_schema\njsonSchema: '${JSON.stringify({ name: 'reply', description: 'The answer to the question', schema })}'\nmessages:\n  - role: user\n    content: "{{q}}"\ntestData:\n  - q: How long do refunds take?\n`,
    );
    server.reset();
    const r = await runCli(['eval', 'schema.prompt.yml', '--json', '--no-cache'], { cwd: dir, env: server.env() });
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(0);
    expect(server.calls()[0]!.responseFormat).toEqual({ type: 'json_schema', name: 'reply', description: 'The answer to the question', schema });
  });
});
