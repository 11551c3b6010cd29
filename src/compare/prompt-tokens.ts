import type { PromptMessage } from '../prompts/model.js';
import { countMessageTokens, type TokenCount } from '../prompts/tokens.js';
import type { PromptPair } from './plan.js';

/**
 * The token counts of the prompt versions a comparison reports (the changed prompts' counts and
 * each side's stats ask for the same ones), counted once a run. The tokenizer's table takes
 * ~70 MB in a worker that ends when no count waits, so where the counts are taken matters to
 * peak memory: a merge takes them all before it reads the shards' samples (see
 * {@link countPromptTokens}), and the report built from those samples finds them counted.
 */
const counted = new WeakMap<readonly PromptMessage[], Map<string, Promise<TokenCount>>>();

/** The tokens of a prompt version's messages under `modelId`, counted once. */
export function promptTokens(messages: readonly PromptMessage[], modelId: string): Promise<TokenCount> {
  let byModel = counted.get(messages);
  if (!byModel) counted.set(messages, (byModel = new Map()));
  let count = byModel.get(modelId);
  if (!count) byModel.set(modelId, (count = countMessageTokens(messages, modelId)));
  return count;
}

/** Counts every side of `pairs` now, while memory is low, so the table is gone before the samples come. */
export async function countPromptTokens(pairs: readonly PromptPair[]): Promise<void> {
  await Promise.all(pairs.flatMap((p) => [p.base, p.head].flatMap((side) => (side ? [promptTokens(side.prompt.messages, side.modelId)] : []))));
}
