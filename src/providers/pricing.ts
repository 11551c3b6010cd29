/**
 * Token prices from @pydantic/genai-prices (https://github.com/pydantic/genai-prices, data in
 * its `prices/` directory), using the table bundled with the installed package. Its remote
 * auto-update is never enabled: a CI run must not fetch price data, and the same package
 * version must give the same costs.
 */
import { UserError } from '../util/errors.js';
import { parseModelRef } from './model-ref.js';
import PRICED from './price-providers.json' with { type: 'json' };
import type { ModelRef, TokenUsage } from './types.js';

/**
 * GitHub Models publishers → genai-prices provider ids. GitHub bills models at their
 * publisher's list price, so the publisher's table is the estimate. Publishers missing
 * here (meta, microsoft, ai21, …) have no table and stay unpriced.
 *
 * price-providers.json lists every provider promptgate asks the table for: the bundle keeps
 * only their part of it (scripts/price-data.mjs), so a provider used here must be listed there.
 */
const GITHUB_PUBLISHERS: Record<string, string> = PRICED.githubPublishers;

/**
 * The price table is imported on the first priced call: it is evaluated as one large object
 * at import, which start-up and runs answered from the cache should not pay for.
 */
let prices: Promise<typeof import('@pydantic/genai-prices')> | undefined;

/**
 * The cost in USD of one call with `usage` to `modelId`, or undefined when the model is
 * not in the price table (local Ollama models, self-hosted endpoints, unknown names).
 */
export async function costUsd(modelId: string, usage: TokenUsage): Promise<number | undefined> {
  // A run repeats the same few usages over and over; the table lookup costs ~0.1 ms each time.
  const memoKey = `${modelId}\0${usage.inputTokens}\0${usage.outputTokens}`;
  if (costs.has(memoKey)) return costs.get(memoKey);
  const key = priceKey(modelId);
  let cost: number | undefined;
  if (key) {
    const { calcPrice } = await (prices ??= import('@pydantic/genai-prices'));
    cost = calcPrice({ input_tokens: usage.inputTokens, output_tokens: usage.outputTokens }, key.model, { providerId: key.providerId })?.total_price ?? undefined;
  }
  if (costs.size >= MAX_REMEMBERED) costs.clear();
  costs.set(memoKey, cost);
  return cost;
}

/** Costs already worked out, by model and usage; the table is fixed for the package version. */
const costs = new Map<string, number | undefined>();
const MAX_REMEMBERED = 10_000;

function priceKey(modelId: string): { providerId: string; model: string } | undefined {
  let ref: ModelRef;
  try {
    ref = parseModelRef(modelId);
  } catch (err) {
    // A named OpenAI-compatible endpoint: self-hosted, so there is no list price.
    if (err instanceof UserError) return undefined;
    throw err;
  }
  switch (ref.provider) {
    case 'openai':
    case 'anthropic':
      return { providerId: ref.provider, model: ref.model };
    case 'azure':
      // Deployments are usually named after their model; genai-prices falls back from
      // its azure table to openai's.
      return { providerId: 'azure', model: ref.model };
    case 'github': {
      const [publisher = '', model = ''] = ref.model.split('/');
      const providerId = GITHUB_PUBLISHERS[publisher.toLowerCase()];
      return providerId ? { providerId, model } : undefined;
    }
    case 'ollama':
    case 'openai-compatible':
      return undefined;
  }
}
