import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderWorkerClient } from '../../src/prompts/render-worker-client.js';
import { renderLooping } from '../../src/prompts/template-engines.js';

// The bundled worker (dist/ is committed and kept fresh by CI).
const bundled = new URL('../../dist/render-worker.js', import.meta.url);

/** Four loops nested over a 300-element list: 8.1 billion iterations. */
const BOMB = '{{#each xs}}{{#each @root.xs}}{{#each @root.xs}}{{#each @root.xs}}.{{/each}}{{/each}}{{/each}}{{/each}}';
const LIST = JSON.stringify(Array.from({ length: 300 }, (_, i) => i));

describe.runIf(existsSync(bundled))('the render worker', () => {
  it('renders a Handlebars template exactly as in-process rendering does', async () => {
    const templates = ['Recipe for {{dish}}:{{#each pantry}} {{this}}{{/each}}', '{{json pantry}}'];
    const vars = { dish: 'rice', pantry: '["tofu", "leek"]' };
    const worker = renderWorkerClient(bundled);
    expect(await worker.render('handlebars', templates, vars)).toEqual(renderLooping('handlebars', templates, vars));
    expect(await worker.render('handlebars', templates, vars)).toEqual({ contents: ['Recipe for rice: tofu leek', '["tofu","leek"]'] });
  });

  it('stops a template that nests loops over a large list, while this thread keeps running, then renders the next one', async () => {
    const worker = renderWorkerClient(bundled, 300);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const rendering = await worker.render('handlebars', [BOMB], { xs: LIST });
    clearInterval(ticker);
    expect(rendering).toEqual({ error: 'rendering took longer than 0.3 s' });
    expect(ticks).toBeGreaterThan(0);
    expect(await worker.render('handlebars', ['Hi {{name}}'], { name: 'Ada' })).toEqual({ contents: ['Hi Ada'] });
  });

  it('refuses a message that renders past the length cap', async () => {
    const worker = renderWorkerClient(bundled);
    const rendering = await worker.render('handlebars', ['{{#each xs}}{{../big}}{{/each}}'], { xs: LIST, big: 'x'.repeat(5_000) });
    expect(rendering).toEqual({ error: 'a message rendered to 1,500,000 characters; at most 1,000,000 are allowed' });
  });

  it('reports a variable the test does not set, by name', async () => {
    expect(await renderWorkerClient(bundled).render('handlebars', ['{{#if a}}{{a}}{{/if}}{{b}}'], {})).toEqual({ missing: 'b' });
  });

  it('renders {{log}} as nothing', async () => {
    const rendering = await renderWorkerClient(bundled).render('handlebars', ['a{{log "{\\"level\\":30,\\"msg\\":\\"forged\\"}"}}b'], {});
    expect(rendering).toEqual({ contents: ['ab'] });
  });
});
