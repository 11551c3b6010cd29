import { describe, expect, it } from 'vitest';
import { evaluateAssertions } from '../../src/assertions/evaluate.js';
import { firstChoiceIn, parseRubricVerdict } from '../../src/assertions/judge-answer.js';
import type { JudgeCall } from '../../src/assertions/types.js';
import type { AssertionSpec } from '../../src/prompts/assertion-spec.js';
import { ProviderError } from '../../src/providers/types.js';
import { UserError } from '../../src/util/errors.js';
import { makeContext, spec } from '../support/assertion-context.js';

const JUDGE = 'github:openai/gpt-4o';

describe('reading a rubric verdict', () => {
  it('reads plain, fenced and chatty JSON answers', () => {
    expect(parseRubricVerdict('{"pass": true, "score": 0.9, "reason": "Polite."}', JUDGE)).toEqual({ pass: true, score: 0.9, reason: 'Polite.' });
    expect(parseRubricVerdict('```json\n{"pass": false, "score": 0.2, "reason": "Rude {really}."}\n```', JUDGE)).toEqual({
      pass: false,
      score: 0.2,
      reason: 'Rude {really}.',
    });
    expect(parseRubricVerdict('Here is my verdict: {"reason": "ok", "pass": "true", "score": "1"} Hope this helps!', JUDGE)).toEqual({
      pass: true,
      score: 1,
      reason: 'ok',
    });
  });

  it('fills in a missing score from pass, and a missing pass from the score', () => {
    expect(parseRubricVerdict('{"pass": true}', JUDGE)).toEqual({ pass: true, score: 1, reason: 'the judge gave no reason' });
    expect(parseRubricVerdict('{"score": 0.3, "reason": "weak"}', JUDGE)).toMatchObject({ pass: false, score: 0.3 });
  });

  it('clamps scores outside 0..1', () => {
    expect(parseRubricVerdict('{"pass": true, "score": 7}', JUDGE).score).toBe(1);
  });

  it('throws a malformed ProviderError naming the judge for an answer without a verdict', () => {
    const read = () => parseRubricVerdict('The output is polite, so it passes.', JUDGE);
    expect(read).toThrow(ProviderError);
    expect(read).toThrow(/^judge answer is not a \{"pass","score","reason"\} verdict: "The output is polite, so it passes\."$/);
    try {
      read();
    } catch (err) {
      expect(err).toMatchObject({ kind: 'malformed', modelId: JUDGE });
    }
  });
});

describe('matching a judge answer to choices, as gh models eval does', () => {
  const choices = [
    { choice: '1', score: 0 },
    { choice: '5', score: 1 },
    { choice: '10', score: 2 },
  ];

  it('takes the first choice in list order that the answer contains anywhere, ignoring case', () => {
    expect(firstChoiceIn(' YES. ', [{ choice: 'no', score: 0 }, { choice: 'yes', score: 1 }])?.choice).toBe('yes');
    // "10" contains "1", and "1" is listed first: gh models picks it, and so does promptgate.
    expect(firstChoiceIn('I pick 10', choices)?.choice).toBe('1');
    expect(firstChoiceIn('Not 1; final answer 5', choices)?.choice).toBe('1');
    expect(firstChoiceIn('Rating: 5/5', choices)?.choice).toBe('5');
    // Case is ignored as Go's strings.ToLower ignores it: "İYİ" lowers to "iyi", not to a dotted "i̇yi̇".
    expect(firstChoiceIn('İYİ', [{ choice: 'kötü', score: 0 }, { choice: 'iyi', score: 1 }])?.choice).toBe('iyi');
  });

  it('finds nothing in an answer that contains no choice', () => {
    expect(firstChoiceIn('four', choices)).toBeUndefined();
  });
});

describe('model-graded assertions with a scripted judge function', () => {
  const answering = (text: string): JudgeCall => () => Promise.resolve(text);
  const run = async (s: AssertionSpec, judgeText: string, extra: Parameters<typeof makeContext>[0] = {}) =>
    (await evaluateAssertions([s], makeContext({ output: 'Refunds take 30 days.', judge: answering(judgeText), ...extra }))).results[0]!;
  const choices = [
    { choice: 'excellent', score: 4 },
    { choice: 'fine', score: 2 },
    { choice: 'poor', score: 0 },
  ];
  const choice = (extra: Partial<AssertionSpec> = {}) => spec('llm-choice', undefined, { judgePrompt: 'Rate {{completion}}', choices, ...extra });

  it('llm-choice reports the choice score as given and passes above 0, as gh models eval does', async () => {
    expect(await run(choice(), 'fine')).toMatchObject({ pass: true, rawScore: 2, reason: 'judge chose "fine" (score 2)' });
    expect(await run(choice(), 'Thinking it over: poor')).toMatchObject({ pass: false, score: 0 });
    // "excellent" is listed first, so a reasoning judge that mentions it picks it.
    expect(await run(choice(), 'Not excellent, just fine')).toMatchObject({ pass: true, rawScore: 4 });
  });

  it('llm-choice with a threshold compares the choice score', async () => {
    expect(await run(choice({ threshold: 0.75, choices: [{ choice: 'fine', score: 0.5 }] }), 'fine')).toMatchObject({ pass: false, score: 0.5 });
    expect(await run(choice({ threshold: 0.75 }), 'Excellent')).toMatchObject({ pass: true });
  });

  it('llm-choice scores an answer that picks no choice 0 and fails it (not errored)', async () => {
    const result = await run(choice(), 'I would rather not say');
    expect(result).toMatchObject({ pass: false, score: 0 });
    expect(result.reason).toContain('matched none of the choices excellent, fine, poor');
  });

  it('llm-rubric errors on an unparseable judge answer instead of failing the test', async () => {
    await expect(run(spec('llm-rubric', 'polite'), 'Looks good to me!')).rejects.toBeInstanceOf(ProviderError);
  });

  it('github/* score a rating as gh models does: 1 → 0 … 5 → 1, any score above 0 passes', async () => {
    expect(await run(spec('github/fluency'), '2')).toMatchObject({ pass: true, score: 0.25 });
    expect(await run(spec('github/fluency'), '1')).toMatchObject({ pass: false, score: 0 });
    expect(await run(spec('github/fluency'), 'Rating: 4/5')).toMatchObject({ pass: true, score: 0.75 });
    // The first of 1..5 found anywhere wins, so a digit in reasoning can decide (hence the rubric asks for the digit alone).
    expect(await run(spec('github/fluency'), 'It has 3 sentences; I give it 5')).toMatchObject({ pass: true, score: 0.5 });
    expect(await run(spec('github/fluency'), 'Very fluent.')).toMatchObject({ pass: false, score: 0 });
  });

  it('github/* ask the judge gh models uses, openai/gpt-4o, without sampling parameters', async () => {
    const seen: Parameters<JudgeCall>[0][] = [];
    const judge: JudgeCall = (req) => {
      seen.push(req);
      return Promise.resolve('5');
    };
    await evaluateAssertions([spec('github/coherence')], makeContext({ output: 'x', judge }));
    expect(seen).toEqual([expect.objectContaining({ model: 'github:openai/gpt-4o', params: {} })]);
    expect(seen[0]!.system).toMatch(/Reply with the rating alone/);
  });

  it('github/similarity without a reference sends {{expected}} as written, as gh models does', async () => {
    let sent = '';
    const judge: JudgeCall = ({ prompt }) => {
      sent = prompt;
      return Promise.resolve('3');
    };
    expect((await evaluateAssertions([spec('github/similarity')], makeContext({ output: 'x', judge }))).results[0]).toMatchObject({ pass: true, score: 0.5 });
    expect(sent).toContain('<reference>\n{{expected}}\n</reference>');
    expect(sent).toContain('<question>\n{{input}}\n</question>');
  });

  it('github/groundedness takes expected as the context, as gh models eval does', async () => {
    let sent = '';
    const judge: JudgeCall = ({ prompt }) => {
      sent = prompt;
      return Promise.resolve('4');
    };
    await evaluateAssertions([spec('github/groundedness')], makeContext({ output: 'x', expected: 'Refunds: 30 days.', judge }));
    expect(sent).toMatch(/^<context>\nRefunds: 30 days\.\n<\/context>/);
  });

  it('similar rejects embeddings of the wrong shape as malformed', async () => {
    const embed = () => Promise.resolve([[1, 0]]);
    await expect(
      evaluateAssertions([spec('similar', 'x')], makeContext({ output: 'y', embed })),
    ).rejects.toMatchObject({ name: 'ProviderError', kind: 'malformed' });
  });
});
