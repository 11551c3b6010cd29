import type { PromptMessage } from './model.js';

import { loadCounter, type CountFn, type TokenEncoding } from './token-tables.js';
import { tokenWorker } from './token-worker-client.js';
import { memoPromise } from '../util/memo.js';

export type { TokenEncoding };

/** A token count and how it was made: `estimated` when the model's own tokenizer is not public. */
export interface TokenCount {
  tokens: number;
  encoding: TokenEncoding;
  estimated: boolean;
}


/** OpenAI chat format: each message costs its role and content plus about 3 framing tokens. */
const TOKENS_PER_MESSAGE = 3;
/** …and every reply is primed with `<|start|>assistant<|message|>`. */
const TOKENS_PER_REPLY = 3;

/** OpenAI families tokenized with o200k: gpt-4o, gpt-4.1, gpt-4.5, gpt-5.x, gpt-oss, o1, o3, o4. */
const O200K_MODELS = /^(gpt-4o|chatgpt-4o|gpt-4\.\d|gpt-5|gpt-oss|o[134])(?=$|[-.])/;
/** Older OpenAI families tokenized with cl100k: gpt-4 (incl. turbo), gpt-3.5, text-embedding-3 / ada-002. */
const CL100K_MODELS = /^(gpt-4|gpt-3\.5|text-embedding-3|text-embedding-ada-002)(?=$|-)/;

/** Each encoding loads at most once, and only when something is counted (o200k is ~70 MB). */
const encoders = new Map<TokenEncoding, Promise<CountFn>>();

/**
 * Keep the tokenizer loaded across several bursts of counts until the returned function is
 * called, so it is not loaded twice; with `warm`, start loading it for `model` now, on the other
 * core. Without the token worker (running from source) the table stays loaded anyway.
 */
export function holdTokenizer(model: string | undefined, opts: { warm?: boolean } = {}): () => void {
  return tokenWorker()?.hold(opts.warm ? encodingFor(model).encoding : undefined) ?? (() => {});
}

/** Count the tokens of a text under the tokenizer of `model` (or an o200k estimate). */
export async function countTokens(text: string, model?: string): Promise<TokenCount> {
  const { encoding, estimated } = encodingFor(model);
  const [tokens] = await countAll(encoding, [text]);
  return { tokens: tokens!, encoding, estimated };
}

/** Count the tokens of a chat request's messages, with the chat format's per-message overhead. */
export async function countMessageTokens(messages: readonly PromptMessage[], model?: string): Promise<TokenCount> {
  const { encoding, estimated } = encodingFor(model);
  const counts = await countAll(encoding, messages.flatMap((m) => [m.role, m.content]));
  const tokens = TOKENS_PER_REPLY + messages.length * TOKENS_PER_MESSAGE + counts.reduce((a, b) => a + b, 0);
  return { tokens, encoding, estimated };
}

/**
 * The encoding of a model id. Provider prefixes (`github:`, `openai:`, `anthropic:` …) and
 * publishers (`openai/`) are dropped first. Models whose tokenizer is not public (Claude,
 * Gemini, Llama, Mistral, unknown ones) are estimated with o200k.
 */
export function encodingFor(model: string | undefined): { encoding: TokenEncoding; estimated: boolean } {
  const name = (model ?? '')
    .trim()
    .toLowerCase()
    .replace(/^[a-z0-9-]+:/, '')
    .replace(/^.*\//, '');
  if (O200K_MODELS.test(name)) return { encoding: 'o200k_base', estimated: false };
  if (CL100K_MODELS.test(name)) return { encoding: 'cl100k_base', estimated: false };
  return { encoding: 'o200k_base', estimated: true };
}

function encoder(encoding: TokenEncoding): Promise<CountFn> {
  // A failed load may be retried on the next count instead of failing forever.
  return memoPromise(encoders, encoding, () => loadCounter(encoding));
}

/**
 * Counts texts in the bundled token worker when there is one (dist/token-worker.js next to the
 * entry point), so the tokenizer table lives only as long as the counting; else in this thread.
 */
async function countAll(encoding: TokenEncoding, texts: string[]): Promise<number[]> {
  const worker = tokenWorker();
  if (!worker) {
    const count = await encoder(encoding);
    return texts.map(count);
  }
  return worker.count(encoding, texts);
}
