// @pydantic/genai-prices embeds its whole price table (~800 KB of JavaScript, every provider) in
// its module: importing it stalled a run for a few hundred ms at its first answer and kept ~15 MB.
// This esbuild plugin bundles the library with only the providers promptgate asks it for
// (src/providers/price-providers.json) and those they fall back to. The data is the library's
// own, taken from the installed package at build time; its code is unchanged.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PRICED = JSON.parse(readFileSync(fileURLToPath(new URL('../src/providers/price-providers.json', import.meta.url)), 'utf8'));

/** The providers promptgate prices with, and every provider their tables fall back to. */
export async function pricedProviders() {
  const { findProvider } = await import('@pydantic/genai-prices');
  const wanted = [...PRICED.direct, ...Object.values(PRICED.githubPublishers)];
  const kept = new Map();
  while (wanted.length) {
    const id = wanted.shift();
    if (kept.has(id)) continue;
    const provider = findProvider({ providerId: id });
    if (!provider || provider.id !== id) throw new Error(`genai-prices has no provider "${id}" (src/providers/price-providers.json)`);
    kept.set(id, provider);
    wanted.push(...(provider.fallback_model_providers ?? []));
  }
  return [...kept.values()];
}

export const priceDataPlugin = {
  name: 'genai-prices-data',
  setup(build) {
    build.onLoad({ filter: /[\\/]@pydantic[\\/]genai-prices[\\/]dist[\\/]index\.js$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      // The module opens with the provider list, `const <name> = [` … `\n], <next> = {`.
      const start = /^const ([\w$]+) = \[\n/.exec(source);
      const end = source.indexOf('\n], ');
      if (!start || end < 0) throw new Error(`${args.path}: not the layout scripts/price-data.mjs expects (the provider list first); update the plugin`);
      return { contents: `const ${start[1]} = ${JSON.stringify(await pricedProviders())}${source.slice(end + 2)}`, loader: 'js' };
    });
  },
};
