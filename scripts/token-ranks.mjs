// gpt-tokenizer's rank tables as JSON, for the token worker's loadCounterFromRanks
// (src/prompts/token-tables.ts). Written from the installed package at build time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const TOKEN_ENCODINGS = ['o200k_base', 'cl100k_base'];

export async function writeTokenRanks(dir) {
  mkdirSync(dir, { recursive: true });
  for (const encoding of TOKEN_ENCODINGS) {
    const { default: ranks } = await import(`gpt-tokenizer/bpeRanks/${encoding}`);
    writeFileSync(join(dir, `${encoding}.json`), JSON.stringify(ranks));
  }
}
