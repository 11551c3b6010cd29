import { describe, expect, it } from 'vitest';
import { describeAssertion, evaluateAssertions } from '../../src/assertions/evaluate.js';
import { makeContext, spec } from '../support/assertion-context.js';

const OUTPUT = 'We offer refunds within 30 days.';

describe('evaluateAssertions', () => {
  it('passes with score 1 and says so when there are no assertions', async () => {
    expect(await evaluateAssertions([], makeContext({ output: OUTPUT }))).toEqual({ pass: true, score: 1, results: [], reason: 'no assertions' });
  });

  it('scores the weighted mean and passes only when every assertion passes', async () => {
    const outcome = await evaluateAssertions(
      [spec('contains', '30 days', { weight: 3 }), spec('contains', 'receipt', { weight: 1 })],
      makeContext({ output: OUTPUT }),
    );
    expect(outcome.pass).toBe(false);
    expect(outcome.score).toBeCloseTo(0.75);
    expect(outcome.results.map((r) => [r.name, r.pass, r.weight])).toEqual([
      ['contains "30 days"', true, 3],
      ['contains "receipt"', false, 1],
    ]);
  });

  it('treats weight 0 as report-only: shown, but neither scored nor gating', async () => {
    const outcome = await evaluateAssertions(
      [spec('contains', '30 days'), spec('contains', 'receipt', { weight: 0 })],
      makeContext({ output: OUTPUT }),
    );
    expect(outcome).toMatchObject({ pass: true, score: 1 });
    expect(outcome.results[1]).toMatchObject({ pass: false, weight: 0 });
  });

  it('keeps results in the order of the specs', async () => {
    const outcome = await evaluateAssertions([spec('is-json'), spec('max-length', 100), spec('regex', 'days')], makeContext({ output: OUTPUT }));
    expect(outcome.results.map((r) => r.type)).toEqual(['is-json', 'max-length', 'regex']);
  });
});

describe('describeAssertion', () => {
  it('gives short labels for reports', () => {
    expect(describeAssertion(spec('contains', '30 days'))).toBe('contains "30 days"');
    expect(describeAssertion(spec('regex', 'x', { negate: true }))).toBe('not-regex /x/');
    expect(describeAssertion(spec('regex', '/refund/i'))).toBe('regex /refund/i');
    expect(describeAssertion(spec('llm-rubric', 'polite'))).toBe('llm-rubric: polite');
    expect(describeAssertion(spec('contains-any', ['a', 'b']))).toBe('contains-any ["a", "b"]');
    expect(describeAssertion(spec('latency', 2000))).toBe('latency ≤ 2000 ms');
    expect(describeAssertion(spec('is-json'))).toBe('is-json');
    expect(describeAssertion(spec('github/coherence'))).toBe('github/coherence');
    expect(describeAssertion(spec('javascript', undefined, { file: 'checks/tone.mjs', exportName: 'tone' }))).toBe('javascript checks/tone.mjs#tone');
    expect(describeAssertion(spec('llm-choice', undefined, { choices: [{ choice: 'yes', score: 1 }, { choice: 'no', score: 0 }] }))).toBe('llm-choice (yes/no)');
  });

  it('prefers the name the user gave', () => {
    expect(describeAssertion(spec('github/fluency', undefined, { name: 'fluent' }))).toBe('fluent');
  });

  it('shortens long rubrics', () => {
    expect(describeAssertion(spec('llm-rubric', 'answers politely, mentions the 30-day refund window and offers a next step'))).toBe(
      'llm-rubric: answers politely, mentions the 30-day r…',
    );
  });
});
