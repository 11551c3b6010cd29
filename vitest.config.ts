import { defineConfig } from 'vitest/config';
import { HTML_PAGE_MODULE, htmlPageModule } from './scripts/html-page.mjs';

export default defineConfig({
  plugins: [
    {
      // The same page bundle dist/ inlines (scripts/build.mjs), so tests render the real report page.
      name: 'promptgate-html-page',
      resolveId: (id) => (id === HTML_PAGE_MODULE ? `\0${HTML_PAGE_MODULE}` : undefined),
      load: (id) => (id === `\0${HTML_PAGE_MODULE}` ? htmlPageModule() : undefined),
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
