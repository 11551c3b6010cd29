import * as z from 'zod';
import { ProviderError } from '../providers/types.js';
import { findJsonObject } from './json-text.js';
import { lowerAsGo, quote } from './text.js';
import type { LlmChoice } from '../prompts/assertion-spec.js';

/** A rubric judge's decision. */
export interface RubricVerdict {
  pass: boolean;
  score: number;
  reason: string;
}

// Judges are sloppy about types: accept "true"/"0.8" as well as true/0.8.
const booleanLike = z.union([z.boolean(), z.enum(['true', 'false']).transform((s) => s === 'true')]);
const numberLike = z.union([z.number(), z.string().regex(/^\s*-?\d+(\.\d+)?\s*$/).transform(Number)]);
const verdictSchema = z
  .object({ pass: booleanLike.optional(), score: numberLike.optional(), reason: z.string().optional() })
  .refine((v) => v.pass !== undefined || v.score !== undefined);

/**
 * Read `{"pass", "score", "reason"}` from a judge's answer (fenced or with surrounding text).
 * A judge that answered something else failed at its job: that is an infrastructure problem,
 * so it throws ProviderError('malformed') and the test is errored rather than failed.
 */
export function parseRubricVerdict(answer: string, judgeModel: string): RubricVerdict {
  const parsed = verdictSchema.safeParse(findJsonObject(answer));
  if (!parsed.success) {
    throw new ProviderError('malformed', judgeModel, `judge answer is not a {"pass","score","reason"} verdict: ${quote(answer, 120)}`);
  }
  const { pass, score, reason } = parsed.data;
  const clamped = score === undefined ? (pass ? 1 : 0) : Math.min(1, Math.max(0, score));
  return { pass: pass ?? clamped >= 0.5, score: clamped, reason: reason?.trim() || 'the judge gave no reason' };
}

/**
 * The choice a judge's answer picks, read as `gh models eval` reads it: the first choice, in
 * the order the evaluator lists them, whose text appears anywhere in the answer (ignoring case
 * and surrounding space). A judge that reasons aloud can thus pick a choice it merely
 * mentioned; the judge prompts ask for the choice alone.
 */
export function firstChoiceIn(answer: string, choices: readonly LlmChoice[]): LlmChoice | undefined {
  const text = lowerAsGo(answer.trim());
  return choices.find((c) => text.includes(lowerAsGo(c.choice)));
}
