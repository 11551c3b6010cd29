import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheKey, completionKey, type CompletionKeyParts } from '../../src/engine/cache-keys.js';
import { ResponseCache } from '../../src/engine/cache.js';

const temp: string[] = [];
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-cache-'));
  temp.push(dir);
  return join(dir, 'cache');
}

const packs = (dir: string): string[] => readdirSync(dir).filter((n) => n.endsWith('.pack'));
const key = (n: number): string => n.toString(16).padStart(64, '0');

describe('the response cache', () => {
  it('answers a later run from what an earlier one stored, one pack per writer', async () => {
    const dir = freshDir();
    const first = new ResponseCache(dir);
    expect(await first.get(key(1))).toBeUndefined();
    await first.set(key(1), { text: 'one' });
    await first.set(key(2), { text: 'two' });
    expect(await first.get(key(1))).toEqual({ text: 'one' });
    first.close();

    const second = new ResponseCache(dir);
    expect(await second.get(key(2))).toEqual({ text: 'two' });
    await second.set(key(3), { text: 'three' });
    second.close();
    expect(packs(dir)).toHaveLength(2);
    expect(second.stats).toEqual({ hits: 1, misses: 0, writes: 1 });
    expect(await new ResponseCache(dir).get(key(3))).toEqual({ text: 'three' });
  });

  it('keeps two writers at once apart, and the later pack wins a key both wrote', async () => {
    const dir = freshDir();
    const a = new ResponseCache(dir);
    const b = new ResponseCache(dir);
    await a.set(key(1), { text: 'from a' });
    await new Promise((r) => setTimeout(r, 5)); // packs are named by creation time
    await b.set(key(1), { text: 'from b' });
    await a.set(key(2), { text: 'only a' });
    a.close();
    b.close();
    const reader = new ResponseCache(dir);
    expect(await reader.get(key(1))).toEqual({ text: 'from b' });
    expect(await reader.get(key(2))).toEqual({ text: 'only a' });
  });

  it('reads a line cut short by a crash as a miss and keeps every whole line', async () => {
    const dir = freshDir();
    const writer = new ResponseCache(dir);
    await writer.set(key(1), { text: 'whole' });
    writer.close();
    appendFileSync(join(dir, packs(dir)[0]!), `${key(2)}\t{"text":"cut sho`);
    const reader = new ResponseCache(dir);
    expect(await reader.get(key(1))).toEqual({ text: 'whole' });
    expect(await reader.get(key(2))).toBeUndefined();
    expect(reader.stats).toMatchObject({ hits: 1, misses: 1 });
  });

  it('merges many settled packs into one, newest answer first, and leaves a pack in use alone', async () => {
    const dir = freshDir();
    mkdirSync(dir, { recursive: true });
    const old = Date.now() / 1000 - 3600;
    for (let i = 0; i < 20; i++) {
      const name = `${String(1_700_000_000_000 + i)}-1-p${i}.pack`;
      // Every pack answers key 0; the last one written must win after the merge.
      writeFileSync(join(dir, name), `${key(0)}\t{"n":${i}}\n${key(100 + i)}\t{"n":${i}}\n`);
      utimesSync(join(dir, name), old, old);
    }
    writeFileSync(join(dir, `${Date.now()}-2-live.pack`), `${key(999)}\t{"n":"live"}\n`);

    const cache = new ResponseCache(dir);
    expect(await cache.get(key(0))).toEqual({ n: 19 });
    const after = packs(dir);
    expect(after).toHaveLength(2);
    expect(after.filter((n) => n.endsWith('-live.pack'))).toHaveLength(1);
    const merged = after.find((n) => !n.endsWith('-live.pack'))!;
    expect(readFileSync(join(dir, merged), 'utf8').trim().split('\n')).toHaveLength(21);

    const again = new ResponseCache(dir);
    for (let i = 0; i < 20; i++) expect(await again.get(key(100 + i))).toEqual({ n: i });
    expect(await again.get(key(0))).toEqual({ n: 19 });
    expect(await again.get(key(999))).toEqual({ n: 'live' });
  });

  it('goes on without storing when the directory cannot be written, and says why', async () => {
    // A file where the directory should be: unwritable even for root, which ignores file modes.
    const parent = freshDir();
    mkdirSync(join(parent, '..'), { recursive: true });
    writeFileSync(parent, 'not a directory');
    const cache = new ResponseCache(join(parent, 'cache'));
    await cache.set(key(1), { text: 'kept in memory' });
    cache.flush();
    expect(cache.writeError).toMatch(/cannot write the response cache in .*: ENOTDIR/);
    expect(await cache.get(key(1))).toEqual({ text: 'kept in memory' });
    expect(cache.stats.writes).toBe(0);
  });

  it('writes a burst of answers in one append at the end of the turn', async () => {
    const dir = freshDir();
    const cache = new ResponseCache(dir);
    for (let i = 0; i < 20; i++) await cache.set(key(i), { n: i });
    expect(cache.stats.writes).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(cache.stats.writes).toBe(20);
    expect(readFileSync(join(dir, packs(dir)[0]!), 'utf8').trim().split('\n')).toHaveLength(20);
    cache.close();
  });

  it('stores and answers nothing without a directory', async () => {
    const cache = new ResponseCache(undefined);
    await cache.set(key(1), { text: 'x' });
    expect(await cache.get(key(1))).toBeUndefined();
    expect(cache.stats).toEqual({ hits: 0, misses: 0, writes: 0 });
  });
});

describe('cache keys', () => {
  const request = { modelId: 'github:openai/gpt-4o-mini', params: { temperature: 0, maxTokens: 100 }, messages: [{ role: 'user', content: 'Hi' }], repeatIndex: 0 };

  it('are the same for the same request whatever order its fields were built in', () => {
    const reordered = { repeatIndex: 0, messages: [{ content: 'Hi', role: 'user' }], params: { maxTokens: 100, temperature: 0 }, modelId: 'github:openai/gpt-4o-mini' };
    expect(cacheKey(reordered)).toBe(cacheKey(request));
    expect(cacheKey(request)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differ when anything that decides the answer differs, message order included', () => {
    const keys = new Set([
      cacheKey(request),
      cacheKey({ ...request, repeatIndex: 1 }),
      cacheKey({ ...request, params: { temperature: 0.5, maxTokens: 100 } }),
      cacheKey({ ...request, messages: [{ role: 'user', content: 'Hi!' }] }),
      cacheKey({ ...request, messages: [...request.messages, { role: 'assistant', content: 'Hello' }] }),
      cacheKey({ ...request, messages: [{ role: 'assistant', content: 'Hello' }, ...request.messages] }),
    ]);
    expect(keys.size).toBe(6);
  });

  it('refuse a value that refers to itself instead of keying it by a marker', () => {
    const looped: Record<string, unknown> = { a: 1 };
    looped.self = looped;
    expect(() => cacheKey(looped)).toThrow();
  });
});

describe('completion keys', () => {
  const base: CompletionKeyParts = {
    modelId: 'github:openai/gpt-4o-mini',
    messages: [
      { role: 'system', content: 'You are terse.' },
      { role: 'user', content: 'Hi' },
    ],
    params: { temperature: 0, maxTokens: 100 },
    responseFormat: null,
    tools: null,
    stream: false,
    repeatIndex: 0,
  };
  const variants: CompletionKeyParts[] = [
    base,
    { ...base, repeatIndex: 3, stream: true },
    { ...base, modelId: 'anthropic:claude-haiku-4-5', params: { topP: 0.5, stop: ['\n', 'END'], temperature: 1 } },
    { ...base, messages: [{ role: 'user', content: 'quotes " and \\ back\u0000slash, \ud83d lone, émoji 🙂, </script>\n\t' }] },
    { ...base, messages: [] },
    { ...base, responseFormat: { type: 'json_schema', name: 'answer', schema: { type: 'object', properties: { b: {}, a: {} } } } },
    { ...base, tools: [{ name: 'lookup', parameters: { type: 'object', required: ['id'] } }] },
    // A message with another field takes the generic path.
    { ...base, messages: [{ role: 'user', content: 'Hi', name: 'x' } as CompletionKeyParts['messages'][number]] },
  ];

  it('are the generic key of the same parts, byte for byte, so stored answers still answer', () => {
    for (const parts of variants) expect(completionKey(parts)).toBe(cacheKey({ ...parts }));
    expect(new Set(variants.map(completionKey)).size).toBe(variants.length);
  });
});
