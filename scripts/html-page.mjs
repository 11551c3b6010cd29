// The HTML report's page (src/report/html-page/) bundled into one script and one stylesheet,
// which src/report/html.ts inlines into every report: a report file then needs no server, no
// network and nothing next to it. Both bundlers that load src/report/html.ts (build.mjs for
// dist/, vitest.config.ts for the tests) serve the result as the module below.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** The module id src/report/html.ts imports the page from (declared in src/report/html-assets.d.ts). */
export const HTML_PAGE_MODULE = 'virtual:promptgate-html-page';

const entry = fileURLToPath(new URL('../src/report/html-page/main.ts', import.meta.url));

/** `export const script = …; export const style = …;` for the bundled page. */
export async function htmlPageModule() {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    outdir: 'html-page',
    format: 'iife',
    platform: 'browser',
    target: ['chrome109', 'firefox115', 'safari16'],
    minify: true,
    // Chart.js and diff are MIT-licensed: their notices travel with the code.
    legalComments: 'eof',
    logLevel: 'warning',
  });
  const text = (ext) => result.outputFiles.find((f) => f.path.endsWith(ext))?.text ?? '';
  const script = text('.js');
  const style = text('.css');
  // Inlined into <script> and <style>: text that would end those elements early cannot ship.
  if (/<\/script|<!--/i.test(script)) throw new Error('the HTML report script contains "</script" or "<!--"; it cannot be inlined');
  if (/<\/style/i.test(style)) throw new Error('the HTML report stylesheet contains "</style"; it cannot be inlined');
  return `export const script = ${JSON.stringify(script)};\nexport const style = ${JSON.stringify(style)};\n`;
}

/** The esbuild plugin that resolves {@link HTML_PAGE_MODULE}. */
export const htmlPagePlugin = {
  name: 'promptgate-html-page',
  setup(b) {
    b.onResolve({ filter: /^virtual:promptgate-html-page$/ }, (args) => ({ path: args.path, namespace: 'promptgate-html-page' }));
    b.onLoad({ filter: /.*/, namespace: 'promptgate-html-page' }, async () => ({ contents: await htmlPageModule(), loader: 'js' }));
  },
};
