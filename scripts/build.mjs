// Bundles each entry point into ESM under dist/. Code splitting keeps what is loaded lazily
// (tokenizer tables, provider SDKs) in chunks of their own, so start-up parses only what it runs.
// The banner gives ESM bundles a `require` for the CommonJS dependencies esbuild inlines.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { htmlPagePlugin } from './html-page.mjs';
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

const entries = { cli: 'src/cli/main.ts', index: 'src/action/index.ts', app: 'src/app/main.ts', 'token-worker': 'src/prompts/token-worker.ts', 'render-worker': 'src/prompts/render-worker.ts' };

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
  plugins: [htmlPagePlugin, unusedHttpClient],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});

// The token worker reads gpt-tokenizer's rank tables as JSON (see src/prompts/token-tables.ts):
// written here from the installed package, so they always match its code.
await writeTokenRanks('dist/token-ranks');
