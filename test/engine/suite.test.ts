import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../../src/config/load.js';
import { loadSuite } from '../../src/engine/suite.js';
import { DirectorySource } from '../../src/source/fs.js';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../src/util/errors.js';

const demo = fileURLToPath(new URL('../../fixtures/demo/base', import.meta.url));
const demoConfig = () => parseConfig('promptgate.yml', readFileSync(`${demo}/promptgate.yml`, 'utf8'));

describe('loading a suite', () => {
  it('reads the prompts the config selects, with flags, models and config tests attached', async () => {
    const suite = await loadSuite(new DirectorySource(demo), demoConfig());
    expect(suite.errors).toEqual([]);
    expect(suite.prompts.map((p) => [p.prompt.id, p.prompt.format, p.modelId, p.tests.length])).toEqual([
      // Own tests plus the built-in probes: 12 injection attacks (10 without a context variable), and
      // the not-in-context probe for the grounded prompt.
      ['answer', 'prompty', 'github:openai/gpt-4o-mini', 2 + 12 + 1],
      ['prompts/classify', 'github-models', 'github:openai/gpt-4o-mini', 4 + 10],
      ['prompts/support', 'github-models', 'github:openai/gpt-4o-mini', 4 + 10],
    ]);
    const answer = suite.prompts[0]!;
    expect(answer.prompt.meta).toMatchObject({ grounded: true, maxInputTokens: 2000 });
    expect(answer.tests.filter((t) => !t.category).map((t) => t.source?.file)).toEqual(['promptgate.yml', 'promptgate.yml']);
    expect(answer.tests.filter((t) => t.category?.startsWith('adversarial/'))).toHaveLength(12);
  });

  it('orders prompts and tests deterministically, each prompt\'s own tests before its built-in probes', async () => {
    const a = await loadSuite(new DirectorySource(demo), demoConfig());
    const b = await loadSuite(new DirectorySource(demo), demoConfig());
    const ids = (s: typeof a) => s.prompts.flatMap((p) => p.tests.map((t) => `${p.prompt.id}#${t.id}`));
    expect(ids(a)).toEqual(ids(b));
    for (const { tests } of a.prompts) {
      const own = tests.filter((t) => !t.category).map((t) => t.id);
      const probes = tests.filter((t) => t.category).map((t) => t.id);
      expect(tests.map((t) => t.id)).toEqual([...own, ...probes]);
      expect(own).toEqual([...own].sort());
      expect(probes).toEqual([...probes].sort());
    }
    expect(a.prompts.some((p) => p.tests.some((t) => t.category?.startsWith('adversarial/') && t.attack))).toBe(true);
  });

  it('leaves the injection probes out when asked to (promptgate eval)', async () => {
    const suite = await loadSuite(new DirectorySource(demo), demoConfig(), { probes: false });
    expect(suite.prompts.flatMap((p) => p.tests).filter((t) => t.category?.startsWith('adversarial/'))).toEqual([]);
  });

  it('finds every *.prompt.yml without a config', async () => {
    const suite = await loadSuite(new DirectorySource(demo), defaultConfig());
    expect(suite.prompts.map((p) => p.prompt.id)).toEqual(['prompts/classify', 'prompts/support']);
  });

  it('rejects a test that names a prompt that does not exist, listing the ones that do', async () => {
    const loaded = parseConfig('promptgate.yml', 'tests:\n  - prompt: nope\n    vars: {}\n');
    await expect(loadSuite(new DirectorySource(demo), loaded)).rejects.toThrow(ConfigError);
    await expect(loadSuite(new DirectorySource(demo), loaded)).rejects.toThrow(/no prompt `nope`/);
  });

  it('rejects a config test that takes an id its prompt already has, at its index, and numbers repeated generated ids', async () => {
    const test = (extra: string) => `  - prompt: prompts/support\n    vars: { question: Where is my order? }\n${extra}`;
    const taken = parseConfig('promptgate.yml', `prompts: ['prompts/*.prompt.yml']\ntests:\n${test('    id: order\n')}${test('    id: order\n    assert: [{ contains: order }]\n')}`);
    await expect(loadSuite(new DirectorySource(demo), taken)).rejects.toThrow('`tests.1.id`: prompt `prompts/support` already has a test `order`');
    // The same inputs with other assertions: two tests, numbered as gh models numbers repeated rows.
    const repeated = parseConfig('promptgate.yml', `prompts: ['prompts/*.prompt.yml']\ntests:\n${test('')}${test('    assert: [{ contains: order }]\n')}${test('    assert: [{ contains: track }]\n')}`);
    const suite = await loadSuite(new DirectorySource(demo), repeated, { probes: false });
    const ids = suite.prompts.find((p) => p.prompt.id === 'prompts/support')!.tests.filter((t) => t.source?.file === 'promptgate.yml').map((t) => t.id);
    expect(ids).toHaveLength(3);
    expect(ids.map((id) => id.replace(/^c-[0-9a-f]{8}/, 'c-…')).sort()).toEqual(['c-…', 'c-…-2', 'c-…-3']);
    expect(new Set(ids.map((id) => id.slice(0, 10))).size).toBe(1);
  });

  it('refuses a prompt file by its size before reading it, and stops at the prompt file cap', async () => {
    const big = 'x'.repeat(300 * 1024);
    const reads: string[] = [];
    const source = {
      label: 'head 1234567',
      listFiles: async () => ['a.prompt.yml', 'b.prompt.yml'],
      sizeOf: async (path: string) => (path === 'a.prompt.yml' ? big.length : 10),
      readFile: async (path: string) => {
        reads.push(path);
        return path === 'a.prompt.yml' ? big : 'messages:\n  - role: user\n    content: hi\nmodel: openai/gpt-4o-mini\n';
      },
    };
    const suite = await loadSuite(source, defaultConfig());
    expect(suite.errors.map((e) => e.format())).toEqual([expect.stringMatching(/^a\.prompt\.yml:1:1: the file is 300 KiB; prompt files may be at most 256 KiB/)]);
    expect(reads).toEqual(['b.prompt.yml']);
    await expect(loadSuite(source, defaultConfig(), { maxPromptFiles: { count: 1, limitName: 'limits.promptFiles' } })).rejects.toThrow(
      /head 1234567 has 2 prompt files; limits\.promptFiles allows 1/,
    );
  });

  it('refuses a partial or ${file:} target by its size before reading it', async () => {
    const big = 'x'.repeat(300 * 1024);
    const files: Record<string, string> = {
      'p/a.prompt': 'Hi {{> big}}',
      'p/_big.prompt': big,
      'p/b.prompty': '---\ninputs:\n  - name: q\n    default: ${file:big.txt}\n---\nuser:\n{{q}}\n',
      'p/big.txt': big,
    };
    const reads: string[] = [];
    const source = {
      label: 'head 1234567',
      listFiles: async () => Object.keys(files),
      sizeOf: async (path: string) => files[path]?.length,
      readFile: async (path: string) => (reads.push(path), files[path]),
    };
    const suite = await loadSuite(source, parseConfig('promptgate.yml', 'prompts: ["p/*.prompt", "p/*.prompty"]\nproviders:\n  default: openai:gpt-4o-mini\n'));
    expect(suite.errors.map((e) => e.format())).toEqual([
      expect.stringMatching(/^p\/_big\.prompt:1:1: the file is 300 KiB; prompt files may be at most 256 KiB/),
      expect.stringMatching(/^p\/big\.txt:1:1: the file is 300 KiB; prompt files may be at most 256 KiB/),
    ]);
    expect(reads.sort()).toEqual(['p/a.prompt', 'p/b.prompty']);
  });

  it('counts the files prompts link to with the prompt files against the cap', async () => {
    const files: Record<string, string> = { 'a.prompt': '{{> one}} {{> two}}', 'b.prompt': '{{> one}}', '_one.prompt': '1', '_two.prompt': '2' };
    const source = {
      label: 'head 1234567',
      listFiles: async () => Object.keys(files),
      sizeOf: async (path: string) => files[path]?.length,
      readFile: async (path: string) => files[path],
    };
    const config = parseConfig('promptgate.yml', 'prompts: ["*.prompt"]\nproviders:\n  default: openai:gpt-4o-mini\n');
    // Two prompt files and two partials, each partial counted once however many prompts use it.
    expect((await loadSuite(source, config, { maxPromptFiles: { count: 4, limitName: 'limits.promptFiles' } })).errors).toEqual([]);
    await expect(loadSuite(source, config, { maxPromptFiles: { count: 3, limitName: 'limits.promptFiles' } })).rejects.toThrow(
      expect.objectContaining({ name: 'LimitError', message: 'head 1234567 has more prompt files and files they link to (partials, ${file:} targets) than limits.promptFiles allows' }),
    );
  });
});

describe('prompt files gh models eval reads by name', () => {
  const examples = fileURLToPath(new URL('../../fixtures/gh-models-examples', import.meta.url));

  it('reads a *.yml listed by its exact path in promptgate.yml, but not one a glob matches', async () => {
    const named = await loadSuite(new DirectorySource(examples), parseConfig('promptgate.yml', 'prompts: [sample_prompt.yml]\n'));
    expect(named.prompts.map((p) => [p.prompt.id, p.prompt.name, p.tests.filter((t) => !t.category).length])).toEqual([['sample_prompt', 'Sample Evaluation', 2]]);
    const globbed = await loadSuite(new DirectorySource(examples), parseConfig('promptgate.yml', 'prompts: ["*.yml"]\n'));
    expect(globbed.prompts).toEqual([]);
  });
});

describe('a prompt that does not load', () => {
  const project = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'promptgate-suite-'));
    mkdirSync(join(dir, 'prompts'));
    writeFileSync(join(dir, 'prompts/broken.prompt'), 'Hello {{name}}\n{{#if vip}}\nWelcome back.\n');
    writeFileSync(join(dir, 'prompts/signed.prompt'), 'Hello {{name}}\n{{> signature}}\n');
    writeFileSync(join(dir, 'prompts/_signature.prompt'), '-- the {{team}} team\n');
    writeFileSync(
      join(dir, 'promptgate.yml'),
      [
        'prompts: [{path: prompts/broken.prompt, id: p}, prompts/*.prompt]',
        'providers: {default: "openai:gpt-4o-mini"}',
        'tests:',
        '  - {prompt: p, id: greets, vars: {name: Ann}, assert: [{contains: Ann}]}',
        '  - {prompt: prompts/broken.prompt, vars: {name: Bo}, assert: [{contains: Bo}]}',
        '  - {prompt: prompts/signed, vars: {name: Cy, team: infra}, assert: [{contains: Cy}]}',
      ].join('\n'),
    );
    return dir;
  };

  it('is reported as itself, and the tests that name it are listed as not run, not as a config error', async () => {
    const dir = project();
    try {
      const source = new DirectorySource(dir);
      const suite = await loadSuite(source, parseConfig('promptgate.yml', readFileSync(join(dir, 'promptgate.yml'), 'utf8')));
      expect(suite.errors.map((e) => [e.location?.file, e.location?.line, e.message])).toEqual([
        ['prompts/broken.prompt', 4, expect.stringMatching(/^the Dotprompt library cannot render this file: Parse error on line 4/)],
      ]);
      expect(suite.notRun).toEqual([
        { test: 'tests.0 (greets)', prompt: 'p', file: 'prompts/broken.prompt', reason: 'prompt did not load' },
        { test: 'tests.1', prompt: 'prompts/broken.prompt', file: 'prompts/broken.prompt', reason: 'prompt did not load' },
      ]);
      // The partial is read through the same source, and is no prompt of its own.
      expect(suite.prompts.map((p) => [p.prompt.id, p.prompt.template?.partials])).toEqual([['prompts/signed', { signature: '-- the {{team}} team\n' }]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a .prompt.yml whose llm evaluator names a judge no provider serves', () => {
  it('is an error at the modelId line, found when the file is read, and the other prompts load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promptgate-suite-'));
    try {
      const evaluator = (modelId: string) =>
        `model: openai/gpt-4o\nmessages:\n  - role: user\n    content: "{{q}}"\ntestData:\n  - q: hi\nevaluators:\n  - name: judged\n    llm:\n      modelId: ${modelId}\n      prompt: "{{completion}}: yes or no?"\n      choices: [{choice: "yes", score: 1}]\n`;
      writeFileSync(join(dir, 'bare.prompt.yml'), evaluator('gpt-4o'));
      writeFileSync(join(dir, 'acme.prompt.yml'), evaluator('acme:judge-1'));
      writeFileSync(join(dir, 'fine.prompt.yml'), evaluator('openai/gpt-4o-mini'));
      const suite = await loadSuite(new DirectorySource(dir), defaultConfig());
      expect(suite.errors.map((e) => [e.location?.file, e.location?.line, e.message])).toEqual([
        ['acme.prompt.yml', 10, 'unknown model provider "acme" in "acme:judge-1": the judge model of evaluator "judged"'],
        ['bare.prompt.yml', 10, 'model id "gpt-4o" has no provider prefix: the judge model of evaluator "judged"'],
      ]);
      expect(suite.prompts.map((p) => p.prompt.id)).toEqual(['fine']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
