// Runs a TypeScript entry file (test support, benchmarks, generators) by bundling it with
// esbuild to a temporary ESM file first: Node 20 cannot run TypeScript on its own.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { htmlPagePlugin } from './html-page.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args…]');
  process.exit(2);
}
// Inside node_modules so the bundle's bare imports resolve against the project's packages.
const cacheDir = resolve('node_modules/.cache');
mkdirSync(cacheDir, { recursive: true });
const dir = mkdtempSync(join(cacheDir, 'promptgate-run-'));
const outfile = join(dir, 'entry.mjs');
await build({
  entryPoints: [resolve(entry)],
  absWorkingDir: process.cwd(),
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  plugins: [htmlPagePlugin],
  logLevel: 'warning',
});
process.argv = [process.argv[0], resolve(entry), ...args];
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
await import(pathToFileURL(outfile).href);
