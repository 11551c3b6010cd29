import { readFileSync } from 'node:fs';

export type TokenEncoding = 'o200k_base' | 'cl100k_base';
/** The tokens of each text, in order. */
export type CountFn = (texts: readonly string[]) => number[];

// Prompt text may quote special tokens like <|endoftext|>; count them as the plain text they are.
const AS_TEXT = { disallowedSpecial: new Set<string>() };

/** Loads one gpt-tokenizer table whole (a dynamic import of tens of MB): how source runs count. */
export async function loadCounter(encoding: TokenEncoding): Promise<CountFn> {
  const mod =
    encoding === 'o200k_base'
      ? await import('gpt-tokenizer/encoding/o200k_base')
      : await import('gpt-tokenizer/encoding/cl100k_base');
  return (texts) => texts.map((text) => mod.countTokens(text, AS_TEXT));
}

/** Bit 31 of a rank entry: the token is bytes that are not UTF-8 text. */
const BYTES_FLAG = 0x8000_0000;

/**
 * The same gpt-tokenizer encoding, counting from a rank table sorted by bytes (`tableFile`,
 * written by scripts/token-ranks.mjs at build time): little-endian u32 `count`, `count + 1` byte
 * offsets, `count` ranks (bit 31: the token is not UTF-8 text), then every token's bytes in order.
 *
 * gpt-tokenizer's byte-pair merge only ever looks up the ranks of byte runs inside the text it
 * encodes. So each count hands it just the tokens that occur in the text, found by binary search
 * in the ~3 MB table, instead of the whole table: the whole one is 200,000 strings in a Map,
 * ~50 MB and a few hundred ms to build; this is a few ms, and the counts are the same.
 */
export async function loadCounterFromTable(encoding: TokenEncoding, tableFile: string | URL): Promise<CountFn> {
  const { GptEncoding } = await import('gpt-tokenizer/GptEncoding');
  // Held only while in use: a run counts its prompts at its start, and the table's 3 MB need
  // not stay for the rest of it. Read again (about a millisecond) if a later count needs it.
  let held: WeakRef<RankTable> | undefined;
  const table = (): RankTable => {
    let known = held?.deref();
    if (!known) {
      known = readTable(readFileSync(tableFile));
      held = new WeakRef(known);
    }
    return known;
  };
  // One encoding for all the texts of a count: building it is most of the cost of a short text.
  return (texts) => {
    const api = GptEncoding.getEncodingApi(encoding, () => tokensIn(table(), texts));
    return texts.map((text) => api.countTokens(text, AS_TEXT));
  };
}

interface RankTable {
  count: number;
  offsets: Uint32Array;
  ranks: Uint32Array;
  bytes: Uint8Array;
}

function readTable(file: Buffer): RankTable {
  const count = file.readUInt32LE(0);
  // A Uint32Array view needs 4-byte alignment: a file this large is read into a buffer of its
  // own, at offset 0, but copy it if not.
  const aligned = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, 2 * count + 2);
  return { count, offsets: words.subarray(1, count + 2), ranks: words.subarray(count + 2), bytes: aligned.subarray(words.byteLength) };
}

const encoder = new TextEncoder();
// ignoreBOM keeps a token that is a byte-order mark (EF BB BF) as the character, not as nothing.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Every token whose bytes occur anywhere in `texts`, as gpt-tokenizer's rank list (holes for the
 * rest): a superset of what encoding them looks up, since every run it merges is inside one.
 */
function tokensIn(table: RankTable, texts: readonly string[]): (string | number[])[] {
  const found: (string | number[])[] = [];
  for (const text of texts) addTokensIn(table, encoder.encode(text), found);
  return found;
}

function addTokensIn(table: RankTable, data: Uint8Array, found: (string | number[])[]): void {
  for (let start = 0; start < data.length; start++) {
    // [lo, hi): the tokens that begin with data[start, start + depth), sorted by bytes.
    let lo = 0;
    let hi = table.count;
    for (let depth = 0; start + depth < data.length && lo < hi; depth++) {
      const byte = data[start + depth]!;
      lo = firstAtLeast(table, lo, hi, depth, byte);
      hi = firstAtLeast(table, lo, hi, depth, byte + 1);
      // A token exactly this long sorts first among those sharing its bytes.
      if (lo < hi && table.offsets[lo + 1]! - table.offsets[lo]! === depth + 1) add(table, lo, found);
    }
  }
}

/** The first token in [lo, hi) whose byte at `depth` is at least `byte` (a token too short to have one sorts first). */
function firstAtLeast(table: RankTable, lo: number, hi: number, depth: number, byte: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = table.offsets[mid]! + depth;
    const value = at < table.offsets[mid + 1]! ? table.bytes[at]! : -1;
    if (value < byte) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function add(table: RankTable, index: number, found: (string | number[])[]): void {
  const entry = table.ranks[index]!;
  const rank = entry & ~BYTES_FLAG;
  if (found[rank] !== undefined) return;
  const bytes = table.bytes.subarray(table.offsets[index], table.offsets[index + 1]);
  found[rank] = entry & BYTES_FLAG ? Array.from(bytes) : decoder.decode(bytes);
}
