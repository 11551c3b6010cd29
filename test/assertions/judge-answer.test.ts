import { describe, expect, it } from 'vitest';
import { evaluateAssertions } from '../../src/assertions/evaluate.js';
import { matchChoice, parseRating, parseRubricVerdict } from '../../src/assertions/judge-answer.js';
import type { AssertionSpec, JudgeCall } from '../../src/assertions/types.js';
import { ProviderError } from '../../src/providers/types.js';
import { UserError } from '../../src/util/errors.js';
import { makeContext, spec } from './make-context.js';

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

describe('reading a 1–5 rating', () => {
  it('takes the rating on the last line, not numbers in the reasoning', () => {
    expect(parseRating("Let's think step by step: 1 claim, 2 facts, all from the context.\n4", JUDGE)).toBe(4);
    expect(parseRating('Explanation: mostly fluent.\nScore: **3**', JUDGE)).toBe(3);
    expect(parseRating('5/5', JUDGE)).toBe(5);
    expect(parseRating('The answer is clear, so my score: 2, since it misses details.', JUDGE)).toBe(2);
  });

  it('throws a malformed ProviderError when there is no rating', () => {
    expect(() => parseRating('It is quite good.', JUDGE)).toThrow(ProviderError);
    expect(() => parseRating('Rating: 7', JUDGE)).toThrow(/no 1–5 rating/);
  });
});

describe('matching a judge answer to choices', () => {
  const choices = [
    { choice: '1', score: 0 },
    { choice: '5', score: 1 },
    { choice: '10', score: 2 },
  ];

  it('prefers an exact answer, ignoring case, quotes and a full stop', () => {
    expect(matchChoice(' "YES". ', [{ choice: 'no', score: 0 }, { choice: 'yes', score: 1 }])?.choice).toBe('yes');
  });

  it('otherwise takes the choice mentioned last, as a whole word', () => {
    expect(matchChoice('Between 1 and 5 I pick 10', choices)?.choice).toBe('10');
    expect(matchChoice('Not 1; final answer 5', choices)?.choice).toBe('5');
    expect(matchChoice('15 points', choices)).toBeUndefined();
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

  it('llm-choice normalises by the best score and passes above 0, as gh models eval does', async () => {
    expect(await run(choice(), 'fine')).toMatchObject({ pass: true, score: 0.5, reason: 'judge chose "fine" (score 2 of 4)' });
    expect(await run(choice(), 'Thinking it over: poor')).toMatchObject({ pass: false, score: 0 });
  });

  it('llm-choice with a threshold compares the normalised score', async () => {
    expect(await run(choice({ threshold: 0.75 }), 'fine')).toMatchObject({ pass: false, score: 0.5 });
    expect(await run(choice({ threshold: 0.75 }), 'Excellent')).toMatchObject({ pass: true, score: 1 });
  });

  it('llm-choice treats an answer that picks no choice as a malformed judge response', async () => {
    await expect(run(choice(), 'I would rather not say')).rejects.toMatchObject({ name: 'ProviderError', kind: 'malformed' });
  });

  it('llm-rubric errors on an unparseable judge answer instead of failing the test', async () => {
    await expect(run(spec('llm-rubric', 'polite'), 'Looks good to me!')).rejects.toBeInstanceOf(ProviderError);
  });

  it('github/* errors on a judge answer without a rating', async () => {
    await expect(run(spec('github/fluency'), 'Very fluent.')).rejects.toMatchObject({ kind: 'malformed' });
  });

  it('github/similarity without a reference answer is a UserError', async () => {
    await expect(run(spec('github/similarity'), '3')).rejects.toBeInstanceOf(UserError);
  });

  it('github/groundedness takes expected as the context when vars.context is missing, as gh models eval does', async () => {
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
