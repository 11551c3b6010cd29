import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Prompt, PromptMessage } from '../../src/prompts/model.js';
import { renderWorkerClient } from '../../src/prompts/render-worker-client.js';
import { renderInThisThread } from '../../src/prompts/render.js';
import { UserError } from '../../src/util/errors.js';

// The bundled worker (dist/ is committed and kept fresh by CI).
const bundled = new URL('../../dist/render-worker.js', import.meta.url);

/** Four loops nested over a 300-element list: 8.1 billion iterations. */
const BOMB = '{{#each xs}}{{#each @root.xs}}{{#each @root.xs}}{{#each @root.xs}}.{{/each}}{{/each}}{{/each}}{{/each}}';
const LIST = JSON.stringify(Array.from({ length: 300 }, (_, i) => i));

function dotprompt(...contents: string[]): Prompt {
  const messages: PromptMessage[] = contents.map((content) => ({ role: 'user', content }));
  return { id: 'x', path: 'prompts/x.prompt', format: 'dotprompt', engine: 'handlebars', params: {}, messages, variables: [], tests: [], version: contents.join('|'), meta: {} };
}

async function failure(promise: Promise<unknown>): Promise<UserError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

describe.runIf(existsSync(bundled))('the render worker', () => {
  it('renders a Handlebars template exactly as in-process rendering does', async () => {
    const prompt = dotprompt('Recipe for {{dish}}:{{#each pantry}} {{this}}{{/each}}', '{{json pantry}}');
    const vars = { dish: 'rice', pantry: '["tofu", "leek"]' };
    const worker = renderWorkerClient(bundled);
    expect(await worker.render(prompt, vars)).toEqual(renderInThisThread(prompt, vars));
    expect((await worker.render(prompt, vars)).map((m) => m.content)).toEqual(['Recipe for rice: tofu leek', '["tofu","leek"]']);
  });

  it('stops a template that nests loops over a large list, while this thread keeps running, then renders the next one', async () => {
    const worker = renderWorkerClient(bundled, 300);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const err = await failure(worker.render(dotprompt(BOMB), { xs: LIST }));
    clearInterval(ticker);
    expect(err.format()).toMatch(/^prompts\/x\.prompt: could not render prompts\/x\.prompt: rendering took longer than 0\.3 s\n  → A loop inside a loop/);
    expect(ticks).toBeGreaterThan(0);
    expect(await worker.render(dotprompt('Hi {{name}}'), { name: 'Ada' })).toEqual([{ role: 'user', content: 'Hi Ada' }]);
  });

  it('refuses a message that renders past the length cap', async () => {
    const err = await failure(renderWorkerClient(bundled).render(dotprompt('{{#each xs}}{{@root.big}}{{/each}}'), { xs: LIST, big: 'x'.repeat(5_000) }));
    expect(err.message).toBe('could not render prompts/x.prompt: a message rendered to 1,500,000 characters; at most 1,000,000 are allowed');
  });

  it('names a variable the test does not set, as in-process rendering does', async () => {
    const err = await failure(renderWorkerClient(bundled).render(dotprompt('{{#if a}}{{a}}{{/if}}{{b}}'), {}));
    expect(err.message).toBe('prompt prompts/x.prompt uses the variable "b", but the test does not set it');
    expect(err.location).toEqual({ file: 'prompts/x.prompt' });
  });

  it('renders {{log}} as nothing', async () => {
    const messages = await renderWorkerClient(bundled).render(dotprompt('a{{log "{\\"level\\":30,\\"msg\\":\\"forged\\"}"}}b'), {});
    expect(messages).toEqual([{ role: 'user', content: 'ab' }]);
  });
});
