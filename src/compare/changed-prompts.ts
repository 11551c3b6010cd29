import { costUsd } from '../providers/pricing.js';
import type { ChangedPrompt, GrowthFlag } from '../report/types.js';
import type { PromptPair } from './plan.js';
import { promptTokens } from './prompt-tokens.js';

/** The prompt files a change touched, as report.json lists them: versions, token counts and texts, and the growth worth flagging. */

export async function changedPrompt(pair: PromptPair): Promise<ChangedPrompt> {
  const count = async (sp: PromptPair['base']) => (sp ? await promptTokens(sp.prompt.messages, sp.modelId) : undefined);
  const [b, h] = await Promise.all([count(pair.base), count(pair.head)]);
  const status = pair.status === 'unchanged' ? 'modified' : pair.status;
  return {
    id: pair.id,
    path: (pair.head ?? pair.base)!.prompt.path,
    previousPath: pair.previousPath,
    status,
    baseVersion: pair.base?.prompt.version ?? null,
    headVersion: pair.head?.prompt.version ?? null,
    baseTokens: b?.tokens ?? null,
    headTokens: h?.tokens ?? null,
    tokensEstimated: (b?.estimated ?? false) || (h?.estimated ?? false),
    baseText: pair.base?.text ?? null,
    headText: pair.head?.text ?? null,
  };
}


/** Prompts whose tokens grew by more than `maxShare`, with the input cost the growth adds per 1,000 calls. */
export async function growthFlags(changed: ChangedPrompt[], pairs: PromptPair[], maxShare: number): Promise<GrowthFlag[]> {
  const flags: GrowthFlag[] = [];
  for (const c of changed) {
    if (c.baseTokens === null || c.headTokens === null || c.baseTokens === 0) continue;
    const share = (c.headTokens - c.baseTokens) / c.baseTokens;
    if (share <= maxShare) continue;
    const model = pairs.find((p) => p.id === c.id)?.head?.modelId;
    const added = model ? await costUsd(model, { inputTokens: c.headTokens - c.baseTokens, outputTokens: 0 }) : undefined;
    flags.push({ promptId: c.id, baseTokens: c.baseTokens, headTokens: c.headTokens, share, addedCostPer1kUsd: added === undefined ? null : added * 1000 });
  }
  return flags;
}
