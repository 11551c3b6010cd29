import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import * as full from '@pydantic/genai-prices';
// @ts-expect-error: a build script in plain JavaScript, without type declarations
import { priceDataPlugin, pricedProviders } from '../../scripts/price-data.mjs';
import PRICED from '../../src/providers/price-providers.json' with { type: 'json' };

const dir = mkdtempSync(join(tmpdir(), 'promptgate-prices-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The library as the bundle carries it: bundled through the plugin, with only the providers promptgate prices. */
async function bundledLibrary(): Promise<typeof full> {
  const outfile = join(dir, 'prices.mjs');
  await build({
    stdin: { contents: "export * from '@pydantic/genai-prices';", resolveDir: process.cwd() },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
    plugins: [priceDataPlugin],
  });
  return (await import(pathToFileURL(outfile).href)) as typeof full;
}

describe('the price table in the bundle', () => {
  it('keeps every provider promptgate prices with, and those they fall back to', async () => {
    const kept = ((await pricedProviders()) as full.Provider[]).map((p) => p.id);
    expect(kept).toEqual(expect.arrayContaining([...PRICED.direct, ...Object.values(PRICED.githubPublishers)]));
    expect(kept).toContain('moonshotai'); // azure falls back to it
    expect(kept.length).toBeLessThan(20);
  });

  it('prices every model of those providers exactly as the whole library does', async () => {
    const bundled = await bundledLibrary();
    const usage = { input_tokens: 123_456, output_tokens: 7_890 };
    const checked: string[] = [];
    for (const provider of (await pricedProviders()) as full.Provider[]) {
      for (const model of provider.models) {
        const want = full.calcPrice(usage, model.id, { providerId: provider.id })?.total_price;
        expect(bundled.calcPrice(usage, model.id, { providerId: provider.id })?.total_price, `${provider.id} ${model.id}`).toBe(want);
        checked.push(model.id);
      }
    }
    // Azure deployments named after another provider's model are priced through its fallbacks.
    expect(bundled.calcPrice(usage, 'gpt-4o-mini', { providerId: 'azure' })?.total_price).toBe(full.calcPrice(usage, 'gpt-4o-mini', { providerId: 'azure' })?.total_price);
    expect(checked.length).toBeGreaterThan(100);
  });
});
