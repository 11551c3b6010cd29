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
    expect(err.format()).toMatch(/^fixtures\/config\/unknown-key\.yml:5:3: `gate`: unknown key `alhpa`/);
  });

  it('points a wrongly typed value at the value and says what was expected', () => {
    const err = errorOf('wrong-type.yml');
    expect(err.location).toMatchObject({ line: 6, column: 13 });
    expect(err.message).toMatch(/^`tests\.0\.repeat`: .*number/);
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
});
