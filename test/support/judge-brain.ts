import type { PromptMessage } from '../../src/prompts/model.js';

/**
 * How the scripted model server answers judge requests (llm-rubric, GitHub built-in
 * evaluators, llm-choice). Returns undefined for requests that are not judge requests.
 */
export function answerJudge(_messages: PromptMessage[]): string | undefined {
  return undefined;
}
