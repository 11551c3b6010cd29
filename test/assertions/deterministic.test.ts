import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateAssertions } from '../../src/assertions/evaluate.js';
import type { AssertionSpec } from '../../src/prompts/assertion-spec.js';
import { UserError } from '../../src/util/errors.js';
import { FIXTURES, makeContext, spec } from '../support/assertion-context.js';

const REFUND = 'We offer refunds within 30 days of purchase. Contact support@example.com.';

async function run(s: AssertionSpec, output = REFUND, extra: Parameters<typeof makeContext>[0] = {}) {
  const { results } = await evaluateAssertions([s], makeContext({ output, ...extra }));
  return results[0]!;
}

const not = (s: AssertionSpec): AssertionSpec => ({ ...s, negate: true });

describe('text assertions', () => {
  const cases: [string, AssertionSpec, string, string][] = [
    // [what, spec, an output that passes, an output that fails]
    ['equals compares trimmed text exactly', spec('equals', 'Yes'), '  Yes\n', 'yes'],
    ['contains is case-sensitive', spec('contains', '30 days'), REFUND, 'We offer refunds within 30 Days.'],
    ['icontains ignores case', spec('icontains', '30 DAYS'), REFUND, 'We offer refunds within a month.'],
    ['contains-any needs one of the strings', spec('contains-any', ['a month', '30 days']), REFUND, 'No refunds.'],
    ['contains-all needs every string', spec('contains-all', ['30 days', 'support@']), REFUND, 'Refunds within 30 days.'],
    ['starts-with ignores leading whitespace', spec('starts-with', 'We offer'), `\n ${REFUND}`, 'Sorry, we offer nothing.'],
    ['ends-with ignores trailing whitespace', spec('ends-with', 'example.com.'), `${REFUND}\n`, 'Contact us.'],
    ['regex searches the output', spec('regex', '\\d+ days'), REFUND, 'within a month'],
    ['regex accepts /pattern/flags', spec('regex', '/REFUNDS?/i'), REFUND, 'no money back'],
  ];

  for (const [what, s, good, bad] of cases) {
    it(`${what}, and its not- form inverts it`, async () => {
      expect(await run(s, good)).toMatchObject({ pass: true, score: 1 });
      expect(await run(s, bad)).toMatchObject({ pass: false, score: 0 });
      expect(await run(not(s), good)).toMatchObject({ pass: false, score: 0, type: `not-${s.type}` });
      expect(await run(not(s), bad)).toMatchObject({ pass: true, score: 1 });
    });
  }

  it('explains a missing substring with the start of the output', async () => {
    const result = await run(spec('contains', '30 days'), 'We offer refunds within a month of purchase, no questions asked, for every product.');
    expect(result.reason).toBe(
      'expected output to contain "30 days"; it did not (output starts: "We offer refunds within a month of purchase, no questions a…")',
    );
  });

  it('says where a forbidden substring was found', async () => {
    const result = await run(not(spec('contains', 'refund')), REFUND);
    expect(result.reason).toBe('expected output not to contain "refund"; it did (at character 10)');
  });

  it('names the missing strings of contains-all and the string found by contains-any', async () => {
    expect((await run(spec('contains-all', ['30 days', 'receipt', 'store credit']))).reason).toMatch(
      /^expected output to contain all of \["30 days", "receipt", "store credit"\]; it lacked "receipt", "store credit"/,
    );
    expect((await run(spec('contains-any', ['a month', '30 days']))).reason).toBe(
      'expected output to contain any of ["a month", "30 days"]; it contained "30 days"',
    );
  });

  it('reports an empty output as empty', async () => {
    expect((await run(spec('contains', 'x'), '')).reason).toBe('expected output to contain "x"; it did not (output was empty)');
  });

  it('fills {{vars}} and {{expected}} into string values', async () => {
    const ctx = { vars: { days: '30' }, expected: 'We offer refunds' };
    expect(await run(spec('contains', '{{days}} days'), REFUND, ctx)).toMatchObject({ pass: true, reason: expect.stringContaining('"30 days"') });
    expect(await run(spec('starts-with', '{{expected}}'), REFUND, ctx)).toMatchObject({ pass: true });
  });

  it('compares ignoring case when the spec says so, as GitHub Models string evaluators do', async () => {
    const output = 'Refunds Within 30 DAYS.';
    expect(await run(spec('contains', 'within 30 days', { ignoreCase: true }), output)).toMatchObject({
      pass: true,
      reason: 'expected output to contain "within 30 days" (ignoring case); it did (at character 9)',
    });
    expect(await run(spec('starts-with', 'refunds', { ignoreCase: true }), output)).toMatchObject({ pass: true });
    expect(await run(spec('ends-with', '30 days.', { ignoreCase: true }), output)).toMatchObject({ pass: true });
    expect(await run(spec('regex', 'days', { ignoreCase: true }), output)).toMatchObject({ pass: true });
    expect(await run(spec('starts-with', 'refunds'), output)).toMatchObject({ pass: false });
  });

  it('runs a catastrophic-backtracking pattern in linear time on the longest text it searches', async () => {
    // A backtracking engine takes about 2^n steps here: n = 99,999 would never finish.
    const result = await run(spec('regex', '^(a+)+$'), `${'a'.repeat(99_999)}!`);
    expect(result).toMatchObject({ pass: false });
    expect(await run(spec('regex', '/^(A+)+!$/i'), `${'a'.repeat(99_999)}!`)).toMatchObject({ pass: true });
  });

  it('refuses to search an output over the length cap, as an error naming the cap', async () => {
    const err = await run(spec('regex', '^(a+)+$'), 'a'.repeat(100_001)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe('regex assertion "^(a+)+$" cannot search this output: the text is 100,001 characters; patterns search at most 100,000');
  });

  it('checks JSON Schema patterns in linear time too', async () => {
    const schema = { type: 'object', properties: { code: { type: 'string', pattern: '^(a+)+$' } }, patternProperties: { '^(x+)+$': { type: 'number' } } };
    const result = await run(spec('json-schema', schema), JSON.stringify({ code: `${'a'.repeat(50_000)}!`, [`${'x'.repeat(50_000)}!`]: 'text' }));
    expect(result).toMatchObject({ pass: false });
    expect(result.reason).toMatch(/\/code must match pattern "\^\(a\+\)\+\$"/);
    expect(await run(spec('json-schema', schema), JSON.stringify({ code: 'aaa', xx: 2 }))).toMatchObject({ pass: true });
    expect(await run(spec('json-schema', schema), JSON.stringify({ code: 'aaa', xx: 'two' }))).toMatchObject({ pass: false });
  });

  it('shows the matched text for a regex', async () => {
    expect((await run(spec('regex', '\\d+ days'))).reason).toBe('expected output to match /\\d+ days/; it did (matched "30 days")');
  });
});

describe('JSON assertions', () => {
  const schema = JSON.parse(readFileSync(join(FIXTURES, 'schemas/refund-answer.json'), 'utf8')) as Record<string, unknown>;

  it('is-json accepts JSON and rejects prose', async () => {
    expect(await run(spec('is-json'), '{"refund_days": 30}')).toMatchObject({ pass: true, reason: 'expected output to be valid JSON; it was' });
    const bad = await run(spec('is-json'), 'Sure! {"refund_days": 30}');
    expect(bad.pass).toBe(false);
    expect(bad.reason).toMatch(/^expected output to be valid JSON; it was not \(.*output starts: "Sure! /);
    expect(await run(not(spec('is-json')), 'plain text')).toMatchObject({ pass: true });
  });

  it('is-json accepts output fenced in ```json and says so', async () => {
    const result = await run(spec('is-json'), '```json\n{"refund_days": 30}\n```');
    expect(result).toMatchObject({ pass: true, reason: 'expected output to be valid JSON; it was (inside a ``` code fence, which is accepted)' });
  });

  it('is-json rejects a fence with prose around it', async () => {
    expect(await run(spec('is-json'), 'Here you go:\n```json\n{"a": 1}\n```')).toMatchObject({ pass: false });
  });

  it('json-schema validates types, required keys and formats', async () => {
    const good = '{"refund_days": 30, "contact": "support@example.com", "updated": "2025-01-31"}';
    expect(await run(spec('json-schema', schema), good)).toMatchObject({ pass: true, score: 1 });

    const bad = await run(spec('json-schema', schema), '{"refund_days": 30.5, "contact": "not an email", "updated": "31/01/2025"}');
    expect(bad.pass).toBe(false);
    expect(bad.reason).toContain('/refund_days must be integer');
    expect(bad.reason).toContain('/contact must match format "email"');
    expect(bad.reason).toContain('/updated must match format "date"');
  });

  it('json-schema reports missing keys and non-JSON output', async () => {
    expect((await run(spec('json-schema', schema), '{"refund_days": 30}')).reason).toContain("(root) must have required property 'contact'");
    expect((await run(spec('json-schema', schema), 'thirty days')).reason).toMatch(/^expected output to be JSON matching the schema; it is not JSON/);
  });

  it('json-schema understands draft 2020-12 schemas', async () => {
    const s2020 = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'array', prefixItems: [{ type: 'string' }], items: false };
    expect(await run(spec('json-schema', s2020), '["a"]')).toMatchObject({ pass: true });
    expect(await run(spec('json-schema', s2020), '["a", "b"]')).toMatchObject({ pass: false });
  });

  it('not-json-schema passes when the output does not match', async () => {
    expect(await run(not(spec('json-schema', schema)), '{"refund_days": "30"}')).toMatchObject({ pass: true });
  });
});

describe('budget assertions', () => {
  it('max-length counts characters, an emoji once', async () => {
    expect(await run(spec('max-length', 3), '👍👍👍')).toMatchObject({ pass: true, reason: 'expected output to be at most 3 characters; it was 3' });
    expect(await run(spec('max-length', 3), 'four')).toMatchObject({ pass: false });
    expect(await run(not(spec('max-length', 3)), 'four')).toMatchObject({ pass: true });
  });

  it('max-tokens uses reported usage when there is some', async () => {
    const result = await run(spec('max-tokens', 10), REFUND, { usage: { inputTokens: 50, outputTokens: 12 } });
    expect(result).toMatchObject({ pass: false, reason: 'expected output to be at most 10 tokens; it was 12 (as reported by the provider)' });
  });

  it('max-tokens counts with o200k_base when usage is missing', async () => {
    const result = await run(spec('max-tokens', 5), 'Hello world');
    expect(result).toMatchObject({ pass: true, reason: 'expected output to be at most 5 tokens; it was 2 (counted with o200k_base)' });
    expect(await run(not(spec('max-tokens', 1)), 'Hello world')).toMatchObject({ pass: true });
  });

  it('latency passes at or under the budget', async () => {
    expect(await run(spec('latency', 120), REFUND, { latencyMs: 120 })).toMatchObject({ pass: true });
    expect(await run(spec('latency', 100), REFUND, { latencyMs: 120.4 })).toMatchObject({
      pass: false,
      reason: 'expected latency to be at most 100 ms; it was 120 ms',
    });
    expect(await run(not(spec('latency', 100)), REFUND, { latencyMs: 120 })).toMatchObject({ pass: true });
  });

  it('cost passes at or under the budget', async () => {
    expect(await run(spec('cost', 0.001), REFUND, { costUsd: 0.0004 })).toMatchObject({ pass: true, reason: 'expected cost to be at most $0.001; it was $0.000400' });
    expect(await run(spec('cost', 0.001), REFUND, { costUsd: 0.02 })).toMatchObject({ pass: false, reason: 'expected cost to be at most $0.001; it was $0.0200' });
    expect(await run(not(spec('cost', 0.001)), REFUND, { costUsd: 0.02 })).toMatchObject({ pass: true });
  });

  it('cost fails either way when the model has no price', async () => {
    const result = await run(spec('cost', 1), REFUND, { model: 'ollama:llama3' });
    expect(result).toMatchObject({ pass: false, score: 0, reason: 'expected cost to be at most $1; cost unknown for model ollama:llama3' });
    expect(await run(not(spec('cost', 1)), REFUND, { model: 'ollama:llama3' })).toMatchObject({ pass: false });
  });
});
