import * as z from 'zod';
import { ProviderError } from '../providers/types.js';
import { findJsonObject } from './json-text.js';
import { quote } from './text.js';
import type { LlmChoice } from './types.js';

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

const RATING_LINE = /^[\s*_#>`-]*(?:(?:rating|score|stars)\s*[:=]?\s*)?[*_`]*([1-5])(?:\s*\/\s*5)?[*_`.]*\s*$/i;
const LABELLED_RATING = /(?:rating|score|stars)\s*[:=]?\s*[*_`]*([1-5])\b/gi;

/**
 * Read a 1–5 rating: the last line that is only a rating (`4`, `Rating: 4`, `**4**`, `4/5`),
 * else the last labelled one (`… Score: 4`). Unlike matching any digit anywhere, this is not
 * fooled by numbers in a judge's reasoning. No rating → ProviderError('malformed').
 */
export function parseRating(answer: string, judgeModel: string): number {
  const lines = answer.split('\n').reverse();
  const line = lines.map((l) => RATING_LINE.exec(l)?.[1]).find((r) => r !== undefined);
  const labelled = [...answer.matchAll(LABELLED_RATING)].at(-1)?.[1];
  const rating = line ?? labelled;
  if (rating === undefined) {
    throw new ProviderError('malformed', judgeModel, `judge answer has no 1–5 rating: ${quote(answer, 120)}`);
  }
  return Number(rating);
}

/**
 * The choice a judge's answer picks: an exact (case-insensitive) answer first, else the
 * choice mentioned last as a whole word (judges reason first and conclude last).
 */
export function matchChoice(answer: string, choices: LlmChoice[]): LlmChoice | undefined {
  const normal = answer.trim().toLowerCase().replace(/^["'`*]+|["'`*.!]+$/g, '');
  const exact = choices.find((c) => c.choice.trim().toLowerCase() === normal);
  if (exact) return exact;
  let best: { choice: LlmChoice; at: number } | undefined;
  for (const choice of choices) {
    const at = lastWholeWordIndex(answer.toLowerCase(), choice.choice.trim().toLowerCase());
    if (at >= 0 && (!best || at > best.at)) best = { choice, at };
  }
  return best?.choice;
}

function lastWholeWordIndex(text: string, word: string): number {
  if (word === '') return -1;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const matches = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))];
  return matches.at(-1)?.index ?? -1;
}
