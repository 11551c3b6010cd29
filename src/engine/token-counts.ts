import type { PromptMessage } from '../prompts/model.js';
import { countMessageTokens, encodingFor, type TokenCount } from '../prompts/tokens.js';
import { cacheKey } from './cache-keys.js';
import { ResponseCache } from './cache.js';

/** Bumped when the way messages are counted changes, so stale counts are not reused. */
const COUNT_FORMAT = 1;

/**
 * Prompt token counts remembered on disk beside the response cache. A count depends only on
 * the encoding and the messages, and loading a tokenizer costs far more than the rest of a
 * cached run (o200k_base is ~70 MB and a few hundred ms), so a re-run of unchanged prompts
 * reads the counts instead of loading one.
 */
export class TokenCounts {
  private readonly store: ResponseCache;

  /** `dir` undefined counts every time and remembers nothing. */
  constructor(dir: string | undefined) {
    this.store = new ResponseCache(dir);
  }

  async ofMessages(messages: readonly PromptMessage[], model?: string): Promise<TokenCount> {
    const { encoding, estimated } = encodingFor(model);
    // Keyed by encoding, not model: every model on one encoding shares the count.
    const key = cacheKey({ tokens: COUNT_FORMAT, encoding, messages: messages.map(({ role, content }) => [role, content]) });
    const known = await this.store.get<{ tokens: number }>(key);
    if (typeof known?.tokens === 'number') return { tokens: known.tokens, encoding, estimated };
    const count = await countMessageTokens(messages, model);
    await this.store.set(key, { tokens: count.tokens });
    return count;
  }
}
