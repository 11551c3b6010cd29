/** Every assertion type promptgate knows. Deterministic ones also exist as `not-<type>`. */
export const DETERMINISTIC_TYPES = [
  'equals',
  'contains',
  'icontains',
  'contains-any',
  'contains-all',
  'starts-with',
  'ends-with',
  'regex',
  'is-json',
  'json-schema',
  'max-length',
  'max-tokens',
  'latency',
  'cost',
] as const;

export const MODEL_GRADED_TYPES = [
  'similar',
  'llm-rubric',
  /** A GitHub Models `llm` evaluator: a judge prompt whose answer is one of `choices`. */
  'llm-choice',
  'github/similarity',
  'github/coherence',
  'github/fluency',
  'github/relevance',
  'github/groundedness',
] as const;

export const CUSTOM_TYPES = ['javascript'] as const;

/**
 * Types only a prompt file produces, never promptgate.yml: a GitHub Models `uses:` evaluator
 * promptgate does not know (gh models scores it 0 and carries on).
 */
export const FORMAT_ONLY_TYPES = ['unknown-evaluator'] as const;

export type DeterministicType = (typeof DETERMINISTIC_TYPES)[number];
export type ModelGradedType = (typeof MODEL_GRADED_TYPES)[number];
/** The types promptgate.yml may name. */
export type ConfigAssertionType = DeterministicType | ModelGradedType | (typeof CUSTOM_TYPES)[number];
export type AssertionType = ConfigAssertionType | (typeof FORMAT_ONLY_TYPES)[number];

/** A choice of a GitHub Models `llm` evaluator: the judge's answer and the score it earns. */
export interface LlmChoice {
  choice: string;
  score: number;
}

/** One assertion, normalised from any prompt format or from `promptgate.yml`. */
export interface AssertionSpec {
  type: AssertionType;
  /** `not-contains` is `{ type: 'contains', negate: true }`. Only deterministic types negate. */
  negate: boolean;
  /** Expected value; its shape depends on the type (string, string[], number, JSON Schema, rubric text). */
  value?: unknown;
  /** Share of the test's score; defaults to 1. */
  weight: number;
  /** Minimum score for this assertion to pass (model-graded and similarity types). */
  threshold?: number;
  /**
   * Compare case-insensitively. GitHub Models `string` evaluators `contains`, `startsWith` and
   * `endsWith` lower-case both sides (`equals` does not), so those map here with `ignoreCase: true`.
   */
  ignoreCase?: boolean;
  /** Compare the expected text as written, untrimmed, with the trimmed output (GitHub Models `string` evaluators, as gh models compares). */
  verbatim?: boolean;
  /** Display name, e.g. a GitHub Models evaluator's `name`. */
  name?: string;
  /** Judge model for model-graded assertions; falls back to `providers.judge`, then the prompt's model. */
  judge?: string;
  /** `llm-choice`: the judge's prompt (with `{{input}}`, `{{completion}}`, `{{expected}}`, vars) and system prompt. */
  judgePrompt?: string;
  judgeSystemPrompt?: string;
  choices?: LlmChoice[];
  /** `javascript`: path of the module (relative to the config file) and the export to call. */
  file?: string;
  exportName?: string;
}
