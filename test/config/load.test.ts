import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/config/json-schema.js';
import { parseConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/util/errors.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/config/${name}`, import.meta.url), 'utf8');

function errorOf(name: string): ConfigError {
  try {
    parseConfig(`fixtures/config/${name}`, fixture(name));
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`${name} parsed without error`);
}

describe('promptgate.yml', () => {
  it('reports an alias bomb as a config error at the alias that nests others, not a bare ReferenceError', () => {
    const err = errorOf('alias-bomb.yml');
    expect(err.format()).toMatch(/^fixtures\/config\/alias-bomb\.yml:6:10: YAML aliases expand too far: \*b copies a value that holds aliases itself/);
    expect(err.hint).toMatch(/nest fewer aliases/);
  });

  it('reads a full config with shorthand and long-form assertions and fills defaults', () => {
    const { config, hash } = parseConfig('promptgate.yml', fixture('valid.yml'));
    expect(config.prompts).toHaveLength(2);
    expect(config.providers.fallback).toEqual(['anthropic:claude-haiku-4-5']);
    expect(config.tests[0]!.vars).toEqual({ question: 'Refund?', attempts: '3' });
    expect(config.tests[0]!.assert.map((a) => [a.type, a.negate, a.weight])).toEqual([
      ['contains', false, 1],
      ['icontains', true, 2],
    ]);
    expect(config.gate.overrideLabel).toBe('accept-prompt-regression');
    expect(config.providers.concurrency).toBe(8);
    expect(config.cache).toEqual({ enabled: true, dir: '.promptgate/cache' });
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('points an unknown key at its line and column and names it', () => {
    const err = errorOf('unknown-key.yml');
    expect(err.message).toContain('unknown key `alhpa`');
    expect(err.location).toMatchObject({ file: 'fixtures/config/unknown-key.yml', line: 5, column: 3 });
    expect(err.format()).toMatch(/^fixtures\/config\/unknown-key\.yml:5:3: gate: unknown key `alhpa`/);
  });

  it('points a wrongly typed value at the value and says what was expected', () => {
    const err = errorOf('wrong-type.yml');
    expect(err.location).toMatchObject({ line: 6, column: 13 });
    expect(err.message).toMatch(/^tests\[0\]\.repeat must be .*number/);
  });

  it('lists the allowed values of an enum', () => {
    const err = errorOf('bad-enum.yml');
    expect(err.location).toMatchObject({ line: 2, column: 11 });
    expect(err.message).toContain('"regression"');
    expect(err.message).toContain('"any-failure"');
  });

  it('reports YAML syntax errors at their position with a hint', () => {
    const err = errorOf('bad-yaml.yml');
    expect(err.message).toMatch(/^invalid YAML/);
    expect(err.location?.line).toBe(3);
    expect(err.hint).toMatch(/indentation/);
  });

  it('treats an empty file as an empty config', () => {
    expect(parseConfig('promptgate.yml', '').config.tests).toEqual([]);
  });

  it('keeps schema/promptgate.schema.json in step with the zod schema', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/promptgate.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(configJsonSchema());
    expect(Object.keys(committed.properties)).toEqual(
      expect.arrayContaining(['prompts', 'providers', 'tests', 'gate', 'budgets', 'repeat', 'cache']),
    );
  });

  it('refuses an endpoint key variable of GitHub, the runner or the App, at its line', () => {
    for (const name of ['GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'RUNNER_TEMP', 'GH_TOKEN', 'WEBHOOK_SECRET']) {
      const text = `providers:\n  endpoints:\n    gateway:\n      baseUrl: http://127.0.0.1:8000/v1\n      apiKeyEnv: ${name}\n`;
      expect(() => parseConfig('promptgate.yml', text)).toThrow(/^providers\.endpoints\.gateway\.apiKeyEnv: names a variable of GitHub, the runner or promptgate itself/);
    }
    const ok = parseConfig('promptgate.yml', 'providers:\n  endpoints:\n    gateway: {baseUrl: "http://127.0.0.1:8000/v1", apiKeyEnv: GATEWAY_KEY}\n');
    expect(ok.config.providers.endpoints.gateway!.apiKeyEnv).toBe('GATEWAY_KEY');
  });

  it('fills the per-PR limits with documented defaults that the config can raise', () => {
    expect(parseConfig('promptgate.yml', '').config.limits).toEqual({ tests: 1000, modelCalls: 5000, promptFiles: 300, maxTokens: 16384 });
    expect(parseConfig('promptgate.yml', 'limits: {modelCalls: 20000}\n').config.limits.modelCalls).toBe(20000);
  });
});

describe('promptgate.yml schema problems', () => {
  it('are all reported, in file order, each at its line, with a "did you mean" for a near miss', () => {
    let error: ConfigError | undefined;
    try {
      parseConfig('promptgate.yml', 'gate:\n  alhpa: 0.1\ntests:\n  - prompt: a\n    vars: {}\n    assert:\n      - containz: x\nrepeet: 2\n');
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error?.location).toEqual({ file: 'promptgate.yml', line: 2, column: 3 });
    const lines = error!.format().split('\n');
    expect(lines[0]).toBe('promptgate.yml:2:3: gate: unknown key `alhpa` (did you mean "alpha"?)');
    expect(lines[1]).toMatch(/^ {2}promptgate\.yml:7:9: tests\[0\]\.assert\[0\]: unknown key "containz" \(did you mean "contains"\?\) in assertion/);
    expect(lines).toContain('  promptgate.yml:8:1: the file: unknown key `repeet` (did you mean "repeat"?)');
    expect(error!.message).not.toMatch(/more problem/);
  });
});
