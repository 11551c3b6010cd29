import { readFile } from 'node:fs/promises';

export type TokenEncoding = 'o200k_base' | 'cl100k_base';
export type CountFn = (text: string) => number;

// Prompt text may quote special tokens like <|endoftext|>; count them as the plain text they are.
const AS_TEXT = { disallowedSpecial: new Set<string>() };

/** Loads one gpt-tokenizer table (a dynamic import: tens of MB, loaded only to count). */
export async function loadCounter(encoding: TokenEncoding): Promise<CountFn> {
  const mod =
    encoding === 'o200k_base'
      ? await import('gpt-tokenizer/encoding/o200k_base')
      : await import('gpt-tokenizer/encoding/cl100k_base');
  return (text) => mod.countTokens(text, AS_TEXT);
}

/**
 * The same gpt-tokenizer encoding, built from its rank table saved as JSON (`ranksFile`, written
 * by scripts/token-ranks.mjs at build time). gpt-tokenizer ships each table as a JavaScript module
 * of 200,000 string literals; compiling that costs a third more time and ~20 MB more memory
 * than JSON.parse of the same array.
 */
export async function loadCounterFromRanks(encoding: TokenEncoding, ranksFile: string | URL): Promise<CountFn> {
  const [{ GptEncoding }, text] = await Promise.all([import('gpt-tokenizer/GptEncoding'), readFile(ranksFile, 'utf8')]);
  const ranks = JSON.parse(text) as (string | number[])[];
  const api = GptEncoding.getEncodingApi(encoding, () => ranks);
  return (t) => api.countTokens(t, AS_TEXT);
}
