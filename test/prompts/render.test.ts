import { describe, expect, it } from 'vitest';
import type { Prompt, PromptMessage, TemplateEngine } from '../../src/prompts/model.js';
import { renderMessages, renderTemplate, templateVariables } from '../../src/prompts/render.js';
import { UserError } from '../../src/util/errors.js';
import { loadFixture } from './fixtures.js';

function promptOf(engine: TemplateEngine, messages: PromptMessage[], extra: Partial<Prompt> = {}): Prompt {
  return {
    id: 'inline',
    path: 'prompts/inline.prompt',
    format: engine === 'handlebars' ? 'dotprompt' : 'plain',
    engine,
    params: {},
    messages,
    variables: [],
    tests: [],
    version: `v-${engine}-${messages.map((m) => m.content).join('|')}`,
    meta: {},
    ...extra,
  };
}

function thrown(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error('expected a UserError');
}

describe('renderMessages with mustache-style templates', () => {
  it('fills {{var}} and {{ var }} and keeps roles', () => {
    const prompt = loadFixture('github-models/support.prompt.yml');
    expect(renderMessages(prompt, prompt.tests[0]!.vars)).toEqual([
      {
        role: 'system',
        content: 'You are the support assistant of Acme Outdoor.\nAnswer in at most two sentences. The customer is on the basic plan.',
      },
      { role: 'user', content: 'How long do I have to return a tent?' },
    ]);
  });

  it('inserts values verbatim, without HTML escaping and without re-reading braces in them', () => {
    const prompt = promptOf('mustache', [{ role: 'user', content: 'Q: {{ question }}' }]);
    expect(renderMessages(prompt, { question: '<b>Tom & "Jerry"</b> {{other}}' })[0]!.content).toBe('Q: <b>Tom & "Jerry"</b> {{other}}');
  });

  it('uses the prompt defaults for variables the test does not set', () => {
    const prompt = loadFixture('prompty/summarize.prompty');
    const messages = renderMessages(prompt, { article: 'Rust 2.0 ships.' });
    expect(messages[0]!.content).toBe('You write newsletter summaries for engineers.\nReply as JSON with the keys "title" and "summary".');
    expect(messages[1]!.content).toBe('Summarize this article:\nRust 2.0 ships.');
    expect(renderMessages(prompt, { article: 'x', audience: 'designers' })[0]!.content).toContain('for designers.');
  });

  it('names the prompt and the variable when a test misses one, and says where to add it', () => {
    const prompt = loadFixture('plain/greeting.md');
    const error = thrown(() => renderMessages(prompt, { name: 'Ada', team: 'infra' }));
    expect(error.message).toBe('prompt fixtures/formats/plain/greeting.md uses the variable "note", but the test does not set it');
    expect(error.location).toEqual({ file: 'fixtures/formats/plain/greeting.md' });
    expect(error.hint).toMatch(/^Add "note" to the test's vars/);
  });

  it('renders each compiled prompt by its own content even when two prompts share a version string', () => {
    const a = promptOf('mustache', [{ role: 'user', content: 'A {{x}}' }], { version: 'same' });
    const b = promptOf('mustache', [{ role: 'user', content: 'B {{x}}' }], { version: 'same' });
    expect(renderMessages(a, { x: '1' })[0]!.content).toBe('A 1');
    expect(renderMessages(b, { x: '1' })[0]!.content).toBe('B 1');
    expect(renderMessages(a, { x: '2' })[0]!.content).toBe('A 2');
  });
});

describe('renderMessages with Handlebars templates', () => {
  const recipe = loadFixture('dotprompt/recipe.prompt');

  it('runs #if and #each, iterating a list given as JSON text', () => {
    expect(renderMessages(recipe, { dish: 'fried rice', diet: 'vegan', pantry: '["rice", "tofu"]' })).toEqual([
      { role: 'system', content: 'You are a chef who writes short recipes.\nRespect this diet: vegan.' },
      { role: 'user', content: 'Write a recipe for fried rice.\n- I have rice\n- I have tofu\n' },
    ]);
  });

  it('prints a JSON value inserted whole exactly as the test wrote it', () => {
    const prompt = promptOf('handlebars', [{ role: 'user', content: 'Data: {{items}} / {{json items}}' }]);
    expect(renderMessages(prompt, { items: '[1, 2]' })[0]!.content).toBe('Data: [1, 2] / [1,2]');
  });

  it('does not escape HTML', () => {
    const prompt = promptOf('handlebars', [{ role: 'user', content: 'Q: {{q}}' }]);
    expect(renderMessages(prompt, { q: '<i>&amp;</i>' })[0]!.content).toBe('Q: <i>&amp;</i>');
  });

  it('lets {{#if}} skip a variable the test does not set', () => {
    const prompt = promptOf('handlebars', [{ role: 'user', content: 'Hi{{#if nick}} {{nick}}{{/if}}.' }]);
    expect(renderMessages(prompt, {})[0]!.content).toBe('Hi.');
  });

  it('names the variable when a test misses one that is printed', () => {
    const error = thrown(() => renderMessages(recipe, { pantry: '[]' }));
    expect(error.message).toBe('prompt fixtures/formats/dotprompt/recipe.prompt uses the variable "dish", but the test does not set it');
    expect(error.hint).toMatch(/^Add "dish" to the test's vars/);
  });
});

describe('renderTemplate', () => {
  it('fills known names and leaves unknown ones as written, as gh models does', () => {
    expect(renderTemplate('Q: {{question}} A: {{ completion }} E: {{expected}}', { question: 'Why?', completion: 'Because.' })).toBe(
      'Q: Why? A: Because. E: {{expected}}',
    );
  });
});

describe('templateVariables', () => {
  it('finds mustache names once each, sorted', () => {
    expect(templateVariables('{{b}} {{ a }} {{b}} {{user.name}} {{not a var}}', 'mustache')).toEqual(['a', 'b', 'user.name']);
  });

  it('finds the top-level data a Handlebars template reads, not names inside #each', () => {
    const text = '{{greeting}} {{user.first}} {{#if topic}}{{topic}}{{/if}} {{#each items}}{{this.label}} {{../suffix}} {{@index}}{{/each}} {{json data}} {{@root.extra}}';
    expect(templateVariables(text, 'handlebars')).toEqual(['data', 'extra', 'greeting', 'items', 'suffix', 'topic', 'user']);
  });
});
