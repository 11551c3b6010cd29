import type { AssertionSpec } from '../prompts/assertion-spec.js';
import type { ModelParams, Prompt } from '../prompts/model.js';
import type { TokenUsage } from '../providers/types.js';

/** The result of one assertion on one output. */
export interface AssertionResult {
  type: string;
  name: string;
  pass: boolean;
  /** In [0, 1]. */
  score: number;
  weight: number;
  /** One line a reviewer can read: what was expected and what was seen. */
  reason: string;
  /** The evaluator's own score when it is not on 0..1 (a GitHub Models `llm` choice may score 5). */
  rawScore?: number;
}

/** A judge call used by model-graded assertions; the engine binds it to the resilient provider stack. */
export type JudgeCall = (req: {
  model?: string;
  system?: string;
  prompt: string;
  /**
   * Sampling parameters; default temperature 0, so verdicts cache well. GitHub Models
   * evaluators pass `{}`: `gh models eval` sends its judge requests without any.
   */
  params?: ModelParams;
}) => Promise<string>;

/** Embeddings used by `similar` and `github/similarity`. */
export type EmbedCall = (texts: string[], model?: string) => Promise<number[][]>;

/** Everything an assertion may look at. */
export interface AssertionContext {
  output: string;
  /** The test's variables, as rendered into the prompt. */
  vars: Record<string, string>;
  /** The test's `expected` value, when the format has one (GitHub Models testData). */
  expected?: string;
  prompt: Prompt;
  latencyMs: number;
  costUsd?: number;
  usage?: TokenUsage;
  /** Model id that produced the output (for max-tokens counting). */
  model: string;
  judge: JudgeCall;
  embed: EmbedCall;
  /** Directory that custom assertion paths are relative to (the config's). */
  baseDir: string;
  /**
   * The files of the trusted commit: custom assertion modules load only from inside it (by real
   * path), never from the head of a pull request or elsewhere on the host.
   */
  moduleRoot: string;
}

export type AssertionHandler = (spec: AssertionSpec, ctx: AssertionContext) => Promise<AssertionResult> | AssertionResult;
