import { checkJavascript } from './custom.js';
import { DETERMINISTIC_HANDLERS } from './deterministic.js';
import { checkGithubBuiltin, checkUnknownEvaluator } from './github-builtins.js';
import { checkLlmChoice, checkLlmRubric, checkSimilar } from './model-graded.js';
import type { AssertionHandler } from './types.js';
import type { AssertionType } from '../prompts/assertion-spec.js';

/** Every assertion type and the handler that evaluates it. */
export const ASSERTION_HANDLERS: Record<AssertionType, AssertionHandler> = {
  ...DETERMINISTIC_HANDLERS,
  similar: checkSimilar,
  'llm-rubric': checkLlmRubric,
  'llm-choice': checkLlmChoice,
  'github/similarity': checkGithubBuiltin,
  'github/coherence': checkGithubBuiltin,
  'github/fluency': checkGithubBuiltin,
  'github/relevance': checkGithubBuiltin,
  'github/groundedness': checkGithubBuiltin,
  javascript: checkJavascript,
  'unknown-evaluator': checkUnknownEvaluator,
};
