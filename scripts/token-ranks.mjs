// gpt-tokenizer's rank tables, sorted by their bytes, for the token counter's loadCounterFromTable
// (src/prompts/token-tables.ts, which documents the format). Written from the installed package
// at build time, so they always match its code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const TOKEN_ENCODINGS = ['o200k_base', 'cl100k_base'];

/** Bit 31 of a rank entry: the token is bytes that are not UTF-8 text (gpt-tokenizer keeps those as number arrays). */
const BYTES_FLAG = 0x8000_0000;

export async function writeTokenRanks(dir) {
  mkdirSync(dir, { recursive: true });
  for (const encoding of TOKEN_ENCODINGS) {
    const { default: ranks } = await import(`gpt-tokenizer/bpeRanks/${encoding}`);
    writeFileSync(join(dir, `${encoding}.bin`), rankTable(ranks));
  }
}

/** `ranks[rank]` is a token's text, or its bytes as numbers; holes are unused ranks. */
function rankTable(ranks) {
  const entries = [];
  ranks.forEach((token, rank) => {
    const bytes = typeof token === 'string' ? Buffer.from(token, 'utf8') : Buffer.from(token);
    if (typeof token === 'string' && bytes.toString('utf8') !== token) throw new Error(`${rank}: not UTF-8 round-trip safe`);
    entries.push({ bytes, rank: typeof token === 'string' ? rank : (rank | BYTES_FLAG) >>> 0 });
  });
  entries.sort((a, b) => Buffer.compare(a.bytes, b.bytes));
  const count = entries.length;
  const head = new Uint32Array(1 + (count + 1) + count);
  head[0] = count;
  let offset = 0;
  entries.forEach((e, i) => {
    head[1 + i] = offset;
    head[2 + count + i] = e.rank;
    offset += e.bytes.length;
  });
  head[1 + count] = offset;
  // Little-endian on every platform Node runs promptgate on (x64, arm64); the reader assumes it too.
  return Buffer.concat([Buffer.from(head.buffer), ...entries.map((e) => e.bytes)]);
}
