import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { startModelServer, type ScriptedModelServer } from '../support/model-server.js';

/** The Prompty runtime's own test prompts (fixtures/formats/prompty-runtime, MIT, see SOURCE.md there). */
const FIXTURES = fileURLToPath(new URL('../../fixtures/formats/prompty-runtime', import.meta.url));
const FILES = readdirSync(FIXTURES).filter((f) => f.endsWith('.prompty'));

const THREAD = JSON.stringify([
  { role: 'user', content: 'My name is Ann.' },
  { role: 'assistant', content: 'Hello Ann!' },
]);

/** One smoke test per file: the variables the file leaves to the test, and a check that can fail. */
const TESTS: Record<string, { vars?: Record<string, string>; assert: unknown[] }> = {
  tools_function: { vars: { question: 'What is the current weather in Paris?' }, assert: [{ contains: '"name":"get_current_weather"' }] },
  anthropic_tools: { assert: [{ contains: '"name":"get_weather"' }] },
  anthropic_agent: { assert: [{ contains: '"name":"get_weather"' }] },
  threaded: { vars: { conversation: THREAD }, assert: [{ regex: '\\S' }] },
  shorthand_threaded: { vars: { question: 'Who am I?' }, assert: [{ regex: '\\S' }] },
};

let server: ScriptedModelServer;
let dir: string;
let run: Awaited<ReturnType<typeof runCli>>;
beforeAll(async () => {
  server = await startModelServer();
  dir = mkdtempSync(join(tmpdir(), 'promptgate-prompty-'));
  cpSync(FIXTURES, join(dir, 'prompts'), { recursive: true });
  const tests = FILES.map((file) => {
    const name = file.replace(/\.prompty$/, '');
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    const own = TESTS[name] ?? { vars: text.includes('{{question}}') && !/default: What/.test(text) && name !== 'file_ref' ? { question: 'What can you help with?' } : undefined, assert: [{ regex: '\\S' }] };
    return { prompt: `prompts/${name}`, id: name, vars: own.vars ?? {}, assert: own.assert };
  });
  writeFileSync(
    join(dir, 'promptgate.yml'),
    JSON.stringify({ prompts: ['prompts/*.prompty'], providers: { default: 'openai:gpt-4o-mini' }, adversarial: { enabled: false }, tests }),
  );
  run = await runCli(['eval', '--json', 'r.json', '--no-cache'], { cwd: dir, env: server.env() });
}, 120_000);
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The messages the model received for one prompt (its system text identifies it). */
function sent(systemText: string): { role: string; content: string }[] {
  const call = server.calls().find((c) => c.messages?.some((m) => m.content.includes(systemText)));
  return call?.messages ?? [];
}

describe("the Prompty runtime's 24 test prompts", () => {
  it('all load and run, each test passing against the scripted model', () => {
    expect(FILES).toHaveLength(24);
    expect(run.stderr).not.toMatch(/error:/);
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(json.errors).toEqual([]);
    expect(json.summary).toMatchObject({ tests: 24, passed: 24, failed: 0, errored: 0 });
    expect(run.code).toBe(0);
  });

  it('fill unset variables from input defaults, in list, mapping and ${file:} form', () => {
    expect(sent('You are helping Jane Doe')).toContainEqual({ role: 'user', content: 'What is the meaning of life?' });
    expect(sent('concise technical writer')).toContainEqual({ role: 'user', content: 'Write a one-paragraph summary of Python.' });
    expect(server.calls().some((c) => c.messages?.some((m) => m.content === 'What is AI?'))).toBe(true);
  });

  it('put a thread input where the template uses it, the history in order', () => {
    expect(sent('You are a helpful assistant.').length).toBeGreaterThan(0);
    const threaded = server.calls().find((c) => c.messages?.some((m) => m.content === 'My name is Ann.'));
    expect(threaded?.messages).toEqual([
      { role: 'system', content: 'You are a helpful assistant.' },
      { role: 'user', content: 'My name is Ann.' },
      { role: 'assistant', content: 'Hello Ann!' },
      { role: 'user', content: 'Hello' },
    ]);
  });

  it('run each model on the provider its file names, defaulting to the configured one', () => {
    const byModel = new Set(server.calls().map((c) => `${c.kind}:${c.model}`));
    expect(byModel).toEqual(new Set(['messages:claude-sonnet-4-5-20250929', 'chat:gpt-4', 'chat:gpt-4o-mini']));
  });
});
