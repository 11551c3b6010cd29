import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCounter, loadCounterFromTable } from '../../src/prompts/token-tables.js';
import { countMessageTokens, countTokens, encodingFor } from '../../src/prompts/tokens.js';
// @ts-expect-error: a build script in plain JavaScript, without type declarations
import { writeTokenRanks } from '../../scripts/token-ranks.mjs';

const JAPANESE = '東京は日本の首都です。';

describe('countTokens', () => {
  it('counts exactly with o200k for gpt-4o', async () => {
    expect(await countTokens('openai:gpt-4o', 'Hello, world!')).toBe(4);
    expect(await countTokens('gpt-4o', JAPANESE)).toBe(8);
    expect(encodingFor('openai:gpt-4o')).toEqual({ encoding: 'o200k_base', estimated: false });
  });

  it('counts exactly with cl100k for gpt-4 and gpt-3.5', async () => {
    expect(await countTokens('gpt-4', JAPANESE)).toBe(11);
    expect(await countTokens('gpt-3.5-turbo', 'Hello, world!')).toBe(4);
    expect(encodingFor('gpt-3.5-turbo')).toEqual({ encoding: 'cl100k_base', estimated: false });
  });

  it('estimates with o200k for Claude, whose tokenizer is not public', async () => {
    expect(await countTokens('anthropic:claude-haiku-4-5', JAPANESE)).toBe(8);
    expect(encodingFor('anthropic:claude-haiku-4-5')).toEqual({ encoding: 'o200k_base', estimated: true });
  });

  it('counts special-token text as plain text instead of failing', async () => {
    expect(await countTokens('gpt-4o', 'a <|endoftext|> b')).toBe(9);
  });
  it('gives each of many counts asked for at once its own count, across encodings', async () => {
    const texts = ['Hello, world!', JAPANESE, '', 'refund policy '.repeat(40)];
    const alone: number[] = [];
    for (const text of texts) alone.push(await countTokens('gpt-4o', text));
    const together = await Promise.all([...texts.map((t) => countTokens('gpt-4o', t)), countTokens('gpt-4', 'Hello, world!')]);
    expect(together).toEqual([...alone, 4]);
    expect(alone).toEqual([4, 8, 0, 81]);
  });
});

describe('countMessageTokens', () => {
  it('adds the chat format overhead: 3 per message plus its role, and 3 for the reply', async () => {
    const messages = [
      { role: 'system' as const, content: 'You are helpful.' },
      { role: 'user' as const, content: 'Hi' },
    ];
    // (3 + 1 role + 4 content) + (3 + 1 role + 1 content) + 3 reply priming
    expect(await countMessageTokens(messages, 'github:openai/gpt-4o-mini')).toEqual({ tokens: 16, encoding: 'o200k_base', estimated: false });
  });

  it('counts an empty conversation as the reply priming only', async () => {
    expect((await countMessageTokens([], 'gpt-4o')).tokens).toBe(3);
  });
});

describe('encodingFor', () => {
  it.each([
    ['github:openai/gpt-4o-mini', 'o200k_base', false],
    ['openai/gpt-4.1', 'o200k_base', false],
    ['openai:gpt-5.1-codex', 'o200k_base', false],
    ['openai:o3-mini', 'o200k_base', false],
    ['o1', 'o200k_base', false],
    ['o4-mini', 'o200k_base', false],
    ['azure:gpt-4-turbo', 'cl100k_base', false],
    ['openai:text-embedding-3-small', 'cl100k_base', false],
    ['anthropic:claude-sonnet-4-5', 'o200k_base', true],
    ['googleai/gemini-1.5-flash', 'o200k_base', true],
    ['ollama:llama3.1', 'o200k_base', true],
    ['mistral-ai/mistral-small', 'o200k_base', true],
    [undefined, 'o200k_base', true],
  ] as const)('uses %s → %s (estimated: %s)', (model, encoding, estimated) => {
    expect(encodingFor(model)).toEqual({ encoding, estimated });
  });
});

describe('the sorted rank tables written at build time', () => {
  // Byte runs that are not UTF-8 on their own (split emoji, CJK), a byte-order mark, special
  // tokens as text, long runs, code, and every printable ASCII character.
  const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
  const samples = [
    'Hello, world!',
    JAPANESE,
    'a <|endoftext|> b',
    '  indented\n\tcode() { return 42; }',
    'émoji 🙂 and ünïcödé 👩‍👩‍👧‍👦 🇩🇪',
    '\uFEFFa byte-order mark',
    'x'.repeat(500),
    printable,
    'Ответ: 42. مرحبا بالعالم. नमस्ते दुनिया. 안녕하세요 세계.',
    '{"refund":{"days":30,"url":"https://example.com/a?b=c&d=e"}}\r\n\r\n   \t',
    '',
  ];

  it.each(['o200k_base', 'cl100k_base'] as const)('count %s exactly as gpt-tokenizer’s own module does', async (encoding) => {
    const dir = mkdtempSync(join(tmpdir(), 'promptgate-ranks-'));
    try {
      await writeTokenRanks(dir);
      const fromRanks = await loadCounterFromTable(encoding, join(dir, `${encoding}.bin`));
      const fromModule = await loadCounter(encoding);
      expect(fromRanks(samples)).toEqual(fromModule(samples));
      expect(samples.map((s) => fromRanks([s])[0])).toEqual(fromModule(samples));
      expect(fromRanks([JAPANESE])).toEqual([encoding === 'o200k_base' ? 8 : 11]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
