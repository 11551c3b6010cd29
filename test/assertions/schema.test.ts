import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assertionSchema } from '../../src/assertions/schema.js';

function issues(input: unknown): { path: PropertyKey[]; message: string }[] {
  const result = assertionSchema.safeParse(input);
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((i) => ({ path: i.path, message: i.message }));
}

describe('assertion schema: accepted forms', () => {
  it('reads the shorthand form with options', () => {
    expect(assertionSchema.parse({ contains: '30 days', weight: 2 })).toEqual({ type: 'contains', negate: false, value: '30 days', weight: 2 });
  });

  it('reads the long form with every common option', () => {
    expect(
      assertionSchema.parse({ type: 'not-contains', value: 'x', weight: 2, name: 'no x' }),
    ).toEqual({ type: 'contains', negate: true, value: 'x', weight: 2, name: 'no x' });
    expect(assertionSchema.parse({ type: 'llm-rubric', value: 'is polite', threshold: 0.8, judge: 'github:openai/gpt-4o' })).toEqual({
      type: 'llm-rubric',
      negate: false,
      value: 'is polite',
      weight: 1,
      threshold: 0.8,
      judge: 'github:openai/gpt-4o',
    });
  });

  it('reads negated shorthand', () => {
    expect(assertionSchema.parse({ 'not-icontains': 'sorry' })).toMatchObject({ type: 'icontains', negate: true, value: 'sorry' });
  });

  it('reads types that take no value, written empty or true', () => {
    expect(assertionSchema.parse({ 'is-json': null })).toEqual({ type: 'is-json', negate: false, weight: 1 });
    expect(assertionSchema.parse({ 'github/fluency': true, threshold: 0.75 })).toEqual({ type: 'github/fluency', negate: false, weight: 1, threshold: 0.75 });
    expect(assertionSchema.parse({ type: 'is-json' })).toEqual({ type: 'is-json', negate: false, weight: 1 });
  });

  it('turns a YAML number into text for string types', () => {
    expect(assertionSchema.parse({ contains: 30 })).toMatchObject({ value: '30' });
    expect(assertionSchema.parse({ type: 'contains-any', value: [30, 'thirty'] })).toMatchObject({ value: ['30', 'thirty'] });
  });

  it('reads javascript with a file and an export', () => {
    expect(assertionSchema.parse({ javascript: './checks/tone.mjs', export: 'tone', threshold: 0.7 })).toEqual({
      type: 'javascript',
      negate: false,
      weight: 1,
      file: './checks/tone.mjs',
      exportName: 'tone',
      threshold: 0.7,
    });
  });

  it('reads llm-choice with its judge prompt, system prompt and choices', () => {
    const choices = [
      { choice: 'yes', score: 1 },
      { choice: 'no', score: 0 },
    ];
    expect(assertionSchema.parse({ 'llm-choice': 'Is {{completion}} polite?', systemPrompt: 'Be strict.', choices })).toEqual({
      type: 'llm-choice',
      negate: false,
      weight: 1,
      judgePrompt: 'Is {{completion}} polite?',
      judgeSystemPrompt: 'Be strict.',
      choices,
    });
  });

  it('keeps a JSON Schema value as an object', () => {
    const schema = { type: 'object', properties: { a: { type: 'string', format: 'email' } } };
    expect(assertionSchema.parse({ 'json-schema': schema })).toMatchObject({ type: 'json-schema', value: schema });
  });

  it('reads budgets as numbers', () => {
    expect(assertionSchema.parse({ latency: 2500 })).toMatchObject({ type: 'latency', value: 2500 });
    expect(assertionSchema.parse({ cost: 0.002 })).toMatchObject({ type: 'cost', value: 0.002 });
    expect(assertionSchema.parse({ 'max-tokens': 200 })).toMatchObject({ type: 'max-tokens', value: 200 });
  });
});

describe('assertion schema: rejected input', () => {
  it('names the regex that does not compile', () => {
    expect(issues({ regex: '(unclosed' })).toEqual([{ path: ['regex'], message: 'invalid regular expression /(unclosed/: missing closing ): `(unclosed`' }]);
    expect(issues({ type: 'regex', value: '[z-a]' })[0]).toMatchObject({ path: ['value'], message: expect.stringContaining('/[z-a]/') });
  });

  it('says a pattern RE2 cannot run in linear time (lookaround, backreference) or a too long one is refused', () => {
    expect(issues({ regex: '(?=refund)\\w+' })[0]!.message).toMatch(/unsupported Perl syntax.*patterns run on RE2, in linear time: lookarounds and backreferences are not supported/);
    expect(issues({ regex: '(a)\\1' })[0]!.message).toMatch(/lookarounds and backreferences are not supported/);
    expect(issues({ regex: 'x'.repeat(1001) })[0]!.message).toBe('the pattern is 1,001 characters; at most 1,000 are allowed');
    expect(assertionSchema.parse({ regex: '/(?<amount>\\d+) days/i' })).toMatchObject({ type: 'regex' });
  });

  it('rejects not- on model-graded and custom types', () => {
    expect(issues({ type: 'not-llm-rubric', value: 'polite' })[0]).toMatchObject({
      path: ['type'],
      message: expect.stringMatching(/^"not-llm-rubric" is not allowed: not- applies only to deterministic assertions/),
    });
    expect(issues({ 'not-similar': 'x' })[0]!.message).toMatch(/^"not-similar" is not allowed/);
  });

  it('rejects unknown types and keys with the list of known ones, and a did-you-mean for a near miss', () => {
    expect(issues({ type: 'containz', value: 'x' })[0]!.message).toMatch(/^unknown assertion type "containz" \(did you mean "contains"\?\); known types: equals, contains,/);
    expect(issues({ contians: 'x' })[0]!.message).toMatch(/^unknown key "contians" \(did you mean "contains"\?\) in assertion/);
    expect(issues({ zzzzzzzz: 'x' })[0]!.message).toMatch(/^unknown key "zzzzzzzz" in assertion/);
  });

  it('checks value shapes per type', () => {
    expect(issues({ 'contains-any': 'a' })).toEqual([{ path: ['contains-any'], message: 'expected a list of strings' }]);
    expect(issues({ 'contains-all': [] })).toEqual([{ path: ['contains-all'], message: 'give at least one string' }]);
    expect(issues({ 'max-length': 2.5 })).toEqual([{ path: ['max-length'], message: 'expected a whole number of characters' }]);
    expect(issues({ 'max-length': -1 })[0]!.message).toBe('expected a positive number of characters');
    expect(issues({ type: 'latency', value: 'fast' })).toEqual([{ path: ['value'], message: 'expected a latency budget in milliseconds' }]);
    expect(issues({ cost: -0.5 })[0]!.message).toBe('expected a cost in USD of 0 or more');
    expect(issues({ 'json-schema': 'schema.json' })[0]!.message).toBe('expected a JSON Schema object');
    expect(issues({ 'json-schema': { type: 'objekt' } })[0]!.message).toMatch(/^invalid JSON Schema: /);
    expect(issues({ 'llm-rubric': '' })[0]!.message).toBe('must not be empty');
    expect(issues({ 'is-json': 'yes' })[0]!.message).toMatch(/takes no value/);
  });

  it('requires a value in the long form', () => {
    expect(issues({ type: 'contains' })).toEqual([{ path: ['value'], message: 'contains needs a value: text the output must contain' }]);
  });

  it('rejects an assertion without a type, or with two', () => {
    expect(issues({ weight: 2 })[0]!.message).toMatch(/^assertion has no type/);
    expect(issues({ contains: 'a', regex: 'b' })).toEqual([
      { path: ['regex'], message: 'one assertion per list item: found both "contains" and "regex"; split them into two items' },
    ]);
    expect(issues({ type: 'contains', contains: 'a' })[0]!.message).toBe('write either "type: contains" or the shorthand "contains: …", not both');
  });

  it('rejects options that do not apply to the type', () => {
    expect(issues({ contains: 'a', threshold: 0.5 })[0]).toMatchObject({ path: ['threshold'], message: expect.stringMatching(/has no effect on contains/) });
    expect(issues({ contains: 'a', judge: 'github:openai/gpt-4o' })[0]!.message).toBe('"judge" applies only to model-graded assertions, not contains');
    expect(issues({ 'llm-rubric': 'x', export: 'f' })[0]!.path).toEqual(['export']);
    expect(issues({ 'llm-choice': 'Is it polite?' })[0]).toMatchObject({ path: ['choices'] });
    expect(issues({ contains: 'a', value: 'b' })[0]!.path).toEqual(['value']);
  });

  it('rejects out-of-range weights and thresholds', () => {
    expect(issues({ 'llm-rubric': 'x', threshold: 1.5 })[0]!.message).toBe('threshold must be from 0 to 1');
    expect(issues({ contains: 'x', weight: -1 })[0]!.message).toBe('weight must be 0 or more');
  });

  it('rejects a non-mapping with an example of the right shape', () => {
    expect(issues('contains 30 days')[0]!.message).toMatch(/^an assertion is a mapping, e.g. \{ contains: "30 days" \}/);
  });
});

describe('assertion schema: JSON Schema export', () => {
  const json = z.toJSONSchema(assertionSchema, { io: 'input' }) as {
    type: string;
    properties: Record<string, { description?: string; default?: unknown }>;
    additionalProperties: boolean;
  };

  it('describes both forms as one object of optional keys', () => {
    expect(json.type).toBe('object');
    expect(json.additionalProperties).toBe(false);
    expect(Object.keys(json.properties)).toEqual(expect.arrayContaining(['type', 'value', 'weight', 'contains', 'not-contains', 'llm-rubric', 'github/groundedness', 'javascript']));
    expect(json.properties['not-llm-rubric']).toBeUndefined();
    expect(json.properties.weight?.default).toBe(1);
    expect(json.properties['contains-any']?.description).toBe('strings; the output must contain at least one');
  });

  it('validates a real config fragment with ajv', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const validate = new Ajv2020({ strict: false }).compile(json);
    expect(validate({ contains: '30 days', weight: 2 })).toBe(true);
    expect(validate({ type: 'llm-rubric', value: 'polite', threshold: 0.8 })).toBe(true);
    expect(validate({ 'is-json': null })).toBe(true);
    expect(validate({ contians: 'x' })).toBe(false);
  });
});
