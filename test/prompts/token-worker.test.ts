import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workerClient } from '../../src/prompts/token-worker-client.js';
import { countTokens } from '../../src/prompts/tokens.js';

// The bundled worker (dist/ is committed and kept fresh by CI), reading the rank tables beside it.
const bundled = new URL('../../dist/token-worker.js', import.meta.url);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(existsSync(bundled))('the token worker', () => {
  it('counts as the in-process tokenizer does', async () => {
    const worker = workerClient(bundled);
    const texts = ['Hello, world!', '東京は日本の首都です。', 'a <|endoftext|> b'];
    expect(await Promise.all(texts.map((t) => worker.count('o200k_base', t)))).toEqual([4, 8, 9]);
    expect(await worker.count('cl100k_base', '東京は日本の首都です。')).toBe(11);
    expect(await worker.count('o200k_base', 'Hi')).toBe(await countTokens('gpt-4o', 'Hi'));
  });

  it('serves a burst of counts with one table load, and ends once idle', async () => {
    const worker = workerClient(bundled, 50);
    await Promise.all([worker.count('o200k_base', 'one'), worker.count('o200k_base', 'two')]);
    await wait(5);
    expect(await worker.count('o200k_base', 'three')).toBe(1);
    expect(worker.starts).toBe(1);
    await wait(200);
    await worker.count('o200k_base', 'one more');
    expect(worker.starts).toBe(2);
  });
});
