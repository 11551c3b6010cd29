import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PromptMessage } from './model.js';
import { loadCounter, loadCounterFromTable, type CountFn, type TokenEncoding } from './token-tables.js';
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

/**
 * The tokens of `text` under the tokenizer of `model` (an o200k estimate for models whose
 * tokenizer is not public, and for none). The only way promptgate counts tokens.
 *
 * From the bundle, it counts from the sorted rank table written beside it at build time, which
 * costs a few MB and ms (see loadCounterFromTable); running from source (tests), from
 * gpt-tokenizer's own table, ~50 MB loaded once.
 */
export function countTokens(model: string | undefined, text: string): Promise<number> {
  const { encoding } = encodingFor(model);
  return countAll(encoding, [text]).then(([tokens]) => tokens!);
}

/** Count the tokens of a chat request's messages, with the chat format's per-message overhead. */
export async function countMessageTokens(messages: readonly PromptMessage[], model?: string): Promise<TokenCount> {
  const counts = await countAll(encodingFor(model).encoding, messages.flatMap((m) => [m.role, m.content]));
  const tokens = TOKENS_PER_REPLY + messages.length * TOKENS_PER_MESSAGE + counts.reduce((a, b) => a + b, 0);
  return { tokens, ...encodingFor(model) };
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

const counters = new Map<TokenEncoding, Promise<CountFn>>();

/** Texts asked for in the same tick, counted together once that tick's code has run. */
interface Batch {
  texts: string[];
  counts: Promise<number[]>;
}
const batches = new Map<TokenEncoding, Batch>();

/**
 * Every count asked for in one tick is one call of the counter: each call builds a byte-pair
 * encoder, which walks the whole rank list (a few ms), and a merge counts 100 prompts' two
 * versions at once.
 */
function countAll(encoding: TokenEncoding, texts: readonly string[]): Promise<number[]> {
  let batch = batches.get(encoding);
  if (!batch) {
    const open: Batch = { texts: [], counts: Promise.resolve([]) };
    open.counts = Promise.resolve().then(() => {
      batches.delete(encoding);
      return memoPromise(counters, encoding, () => loadEncoding(encoding)).then((count) => count(open.texts));
    });
    batches.set(encoding, (batch = open));
  }
  const start = batch.texts.length;
  batch.texts.push(...texts);
  return batch.counts.then((counts) => counts.slice(start, start + texts.length));
}

function loadEncoding(encoding: TokenEncoding): Promise<CountFn> {
  const table = bundledTable(encoding);
  return table ? loadCounterFromTable(encoding, table) : loadCounter(encoding);
}

/** The table beside the running bundle (dist/ or dist/chunks/), or undefined from source. */
function bundledTable(encoding: TokenEncoding): URL | undefined {
  return [new URL(`./token-ranks/${encoding}.bin`, import.meta.url), new URL(`../token-ranks/${encoding}.bin`, import.meta.url)].find(
    (u) => u.protocol === 'file:' && existsSync(fileURLToPath(u)),
  );
}
