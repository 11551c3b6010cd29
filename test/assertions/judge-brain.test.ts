import { describe, expect, it } from 'vitest';
import { githubJudgeSystemPrompt } from '../../src/assertions/github-builtins.js';
import { RUBRIC_SYSTEM_PROMPT } from '../../src/assertions/model-graded.js';
import { answerJudge } from '../support/judge-brain.js';

const rubricRequest = (rubric: string, output: string) => [
  { role: 'system' as const, content: RUBRIC_SYSTEM_PROMPT },
  { role: 'user' as const, content: `<rubric>\n${rubric}\n</rubric>\n\n<output>\n${output}\n</output>` },
];

describe('judge brain of the scripted model server', () => {
  it('leaves ordinary chat requests to the scripted answers', () => {
    expect(answerJudge([{ role: 'system', content: 'You are a support agent.' }, { role: 'user', content: 'Refund?' }])).toBeUndefined();
  });

  it('checks JSON, brevity and declining in rubrics', () => {
    expect(JSON.parse(answerJudge(rubricRequest('returns JSON', '```json\n{"a": 1}\n```'))!)).toMatchObject({ pass: true });
    expect(JSON.parse(answerJudge(rubricRequest('is brief', 'word '.repeat(41)))!)).toMatchObject({ pass: false, score: 0 });
    expect(JSON.parse(answerJudge(rubricRequest('admits not knowing', "I don't know. The context does not say."))!)).toMatchObject({ pass: true });
  });

  it('answers built-in ratings with the rating alone, as the rubric asks', () => {
    const answer = answerJudge([
      { role: 'system', content: githubJudgeSystemPrompt('fluency') },
      { role: 'user', content: '<answer>\nRefunds take 30 days.\n</answer>' },
    ]);
    expect(answer).toBe('5');
  });

  it('leaves user-defined judge prompts to the ordinary scripted answers', () => {
    expect(answerJudge([{ role: 'user', content: 'Polite? Answer yes or no.' }])).toBeUndefined();
  });
});
