import { findingResult } from './outcome.js';
import type { AssertionContext, AssertionResult } from './types.js';
import type { AssertionSpec } from '../prompts/assertion-spec.js';
import { countTokens } from '../prompts/tokens.js';

/** `max-length`: at most `value` characters (Unicode code points, so an emoji counts once). */
export function checkMaxLength(spec: AssertionSpec, ctx: AssertionContext): AssertionResult {
  const length = [...ctx.output].length;
  return findingResult(spec, {
    holds: length <= (spec.value as number),
    subject: 'output',
    predicate: `be at most ${String(spec.value)} characters`,
    seen: `it was ${length}`,
  });
}

/** `max-tokens`: at most `value` output tokens, from provider usage when reported, else counted with o200k (any model's estimate). */
export async function checkMaxTokens(spec: AssertionSpec, ctx: AssertionContext): Promise<AssertionResult> {
  const reported = ctx.usage?.outputTokens;
  const tokens = reported ?? (await countTokens(undefined, ctx.output));
  return findingResult(spec, {
    holds: tokens <= (spec.value as number),
    subject: 'output',
    predicate: `be at most ${String(spec.value)} tokens`,
    seen: `it was ${tokens} (${reported === undefined ? 'counted with o200k_base' : 'as reported by the provider'})`,
  });
}

/** `latency`: the call took at most `value` milliseconds. */
export function checkLatency(spec: AssertionSpec, ctx: AssertionContext): AssertionResult {
  return findingResult(spec, {
    holds: ctx.latencyMs <= (spec.value as number),
    subject: 'latency',
    predicate: `be at most ${String(spec.value)} ms`,
    seen: `it was ${Math.round(ctx.latencyMs)} ms`,
  });
}

/** `cost`: the call cost at most `value` USD. An unpriced model fails: unknown is not cheap. */
export function checkCost(spec: AssertionSpec, ctx: AssertionContext): AssertionResult {
  const cost = ctx.costUsd;
  return findingResult(spec, {
    holds: cost === undefined ? undefined : cost <= (spec.value as number),
    subject: 'cost',
    predicate: `be at most $${String(spec.value)}`,
    seen: cost === undefined ? `cost unknown for model ${ctx.model}` : `it was $${formatUsd(cost)}`,
  });
}

function formatUsd(usd: number): string {
  return usd >= 0.01 ? usd.toFixed(4) : usd.toPrecision(3);
}
