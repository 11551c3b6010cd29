import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workerClient } from '../../src/prompts/token-worker-client.js';
import { countMessageTokens } from '../../src/prompts/tokens.js';

// The bundled worker (dist/ is committed and kept fresh by CI), reading the rank tables beside it.
const bundled = new URL('../../dist/token-worker.js', import.meta.url);
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe.runIf(existsSync(bundled))('the token worker', () => {
  it('counts as the in-process tokenizer does, and exits as soon as nobody waits on it', async () => {
    const worker = workerClient(bundled);
    const texts = ['Hello, world!', '東京は日本の首都です。', 'a <|endoftext|> b'];
    expect(await worker.count('o200k_base', texts)).toEqual([4, 8, 9]);
    await tick();
    expect(await worker.count('cl100k_base', ['東京は日本の首都です。'])).toEqual([11]);
    expect(worker.starts).toBe(2);
    const inProcess = await countMessageTokens([{ role: 'user', content: 'Hi' }], 'gpt-4o');
    expect(inProcess.tokens).toBe(3 + 3 + (await worker.count('o200k_base', ['user', 'Hi'])).reduce((a, b) => a + b, 0));
  });

  it('stays loaded between bursts of counts while held, and loads ahead when asked to', async () => {
    const worker = workerClient(bundled);
    const release = worker.hold('o200k_base');
    expect(worker.starts).toBe(1);
    await tick();
    expect(await worker.count('o200k_base', ['Hello, world!'])).toEqual([4]);
    await tick();
    expect(await worker.count('o200k_base', ['Hello again'])).toEqual([2]);
    expect(worker.starts).toBe(1);
    release();
    await tick();
    await worker.count('o200k_base', ['one more']);
    expect(worker.starts).toBe(2);
  });
});
