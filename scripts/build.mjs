// Bundles each entry point into ESM under dist/. Code splitting keeps what is loaded lazily
// (tokenizer tables, provider SDKs) in chunks of their own, so start-up parses only what it runs.
// The banner gives ESM bundles a `require` for the CommonJS dependencies esbuild inlines.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { htmlPagePlugin } from './html-page.mjs';
import { priceDataPlugin } from './price-data.mjs';
import { writeTokenRanks } from './token-ranks.mjs';

/**
 * @actions/core imports @actions/http-client (and through it undici, ~780 KB) for getIDToken alone,
 * which promptgate never calls; the package does not declare itself free of side effects, so the
 * bundler would keep it in every entry's start-up chunk. Declared here, it is dropped where unused
 * and loads with octokit (@actions/github), which is imported lazily.
 */
const unusedHttpClient = {
  name: 'http-client-side-effect-free',
  setup(build) {
    build.onResolve({ filter: /^@actions\/http-client(\/|$)/ }, async (args) => {
      if (args.pluginData === 'resolved') return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolved' });
      return { ...resolved, sideEffects: false };
    });
  },
};

/**
 * Template, JSON Schema and regex libraries that only some prompts and tests need, bundled each into a
 * CommonJS file of its own under dist/vendor/ and required from there on first use: left in the
 * start-up chunks, their ~1 MB would be compiled by every run (the Action before its first model
 * request, a cached `eval` of `.prompt.yml` files), whether a Prompty, Dotprompt or JSON Schema is
 * in it or not. The source already requires them where they are used; only where from changes.
 * Specifiers that share a library instance (dotprompt patches the Handlebars it runs on) are one file.
 */
const VENDORED = {
  nunjucks: ['nunjucks'],
  handlebars: ['handlebars', 'handlebars/dist/cjs/handlebars.js', 'dotprompt'],
  ajv: ['ajv', 'ajv/dist/2020.js', 'ajv-formats'],
  // RE2 for patterns from pull requests (src/assertions/regex-value.ts): only configs and tests with a pattern load it.
  re2js: ['re2js'],
};
const vendorOf = new Map(Object.entries(VENDORED).flatMap(([file, specifiers]) => specifiers.map((s) => [s, file])));

/** `require('<vendored>')` reads dist/vendor/<file>.cjs, beside the entry (dist/) or the chunk (dist/chunks/) it ends up in. */
const vendored = {
  name: 'vendored',
  setup(build) {
    build.onResolve({ filter: /^[@a-z]/ }, (args) => (args.kind === 'require-call' && vendorOf.has(args.path) ? { path: args.path, namespace: 'vendored' } : undefined));
    build.onResolve({ filter: /^\.\.?\/vendor\// }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'vendored' }, (args) => {
      const file = `vendor/${vendorOf.get(args.path)}.cjs`;
      return {
        loader: 'js',
        contents: `let library;
try { library = require('./${file}'); } catch (err) { if (err.code !== 'MODULE_NOT_FOUND') throw err; library = require('../${file}'); }
module.exports = library[${JSON.stringify(args.path)}];`,
      };
    });
  },
};

const entries = { cli: 'src/cli/main.ts', index: 'src/action/index.ts', app: 'src/app/main.ts', 'render-worker': 'src/prompts/render-worker.ts' };

// Start clean: chunk names carry content hashes, and a stale chunk must not linger in dist/.
rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // The HTML report's page script and stylesheet, inlined into src/report/html.ts as strings.
  plugins: [htmlPagePlugin, unusedHttpClient, vendored, priceDataPlugin],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});

for (const [file, specifiers] of Object.entries(VENDORED)) {
  await build({
    stdin: { contents: `module.exports = {${specifiers.map((s) => `${JSON.stringify(s)}: require(${JSON.stringify(s)})`).join(', ')}};`, resolveDir: '.', loader: 'js' },
    outfile: `dist/vendor/${file}.cjs`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
  });
}
// dist/ says its own module format: Node then never has to guess it from the source, wherever
// the bundle is copied.
writeFileSync('dist/package.json', '{ "type": "module" }\n');

// The token counter reads gpt-tokenizer's rank tables sorted by bytes (see src/prompts/token-tables.ts):
// written here from the installed package, so they always match its code.
await writeTokenRanks('dist/token-ranks');
