import { describe, expect, it } from 'vitest';
import type { Prompt, PromptMessage, TemplateEngine } from '../../src/prompts/model.js';
import { checkRenders, renderMessages, renderTemplate, templateVariables } from '../../src/prompts/render.js';
import { parseHandlebars } from '../../src/prompts/handlebars.js';
import { PromptFileError, UserError } from '../../src/util/errors.js';
import { loadFixture } from '../support/prompt-fixtures.js';

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

async function thrown(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error('expected a UserError');
}

describe('renderMessages with mustache-style templates', () => {
  it('fills {{var}} and {{ var }} and keeps roles', async () => {
    const prompt = await loadFixture('github-models/support.prompt.yml');
    expect(await renderMessages(prompt, prompt.tests[0]!.vars)).toEqual([
      {
        role: 'system',
        content: 'You are the support assistant of Acme Outdoor.\nAnswer in at most two sentences. The customer is on the basic plan.',
      },
      { role: 'user', content: 'How long do I have to return a tent?' },
    ]);
  });

  it('inserts values verbatim, without HTML escaping and without re-reading braces in them', async () => {
    const prompt = promptOf('mustache', [{ role: 'user', content: 'Q: {{ question }}' }]);
    expect((await renderMessages(prompt, { question: '<b>Tom & "Jerry"</b> {{other}}' }))[0]!.content).toBe('Q: <b>Tom & "Jerry"</b> {{other}}');
  });

  it('uses the prompt defaults for variables the test does not set', async () => {
    const prompt = await loadFixture('prompty/summarize.prompty');
    const messages = await renderMessages(prompt, { article: 'Rust 2.0 ships.' });
    expect(messages[0]!.content).toBe('You write newsletter summaries for engineers.\nReply as JSON with the keys "title" and "summary".');
    expect(messages[1]!.content).toBe('Summarize this article:\nRust 2.0 ships.');
    expect((await renderMessages(prompt, { article: 'x', audience: 'designers' }))[0]!.content).toContain('for designers.');
  });

  it('names the prompt and the variable when a test misses one, and says where to add it', async () => {
    const prompt = await loadFixture('plain/greeting.md');
    const error = await thrown(renderMessages(prompt, { name: 'Ada', team: 'infra' }));
    expect(error.message).toBe('prompt fixtures/formats/plain/greeting.md uses the variable "note", but the test does not set it');
    expect(error.location).toEqual({ file: 'fixtures/formats/plain/greeting.md' });
    expect(error.hint).toMatch(/^Add "note" to the test's vars/);
  });

  it('refuses a message that would render past the length cap, before building it', async () => {
    const prompt = promptOf('mustache', [{ role: 'user', content: '{{x}}'.repeat(1_000) }]);
    const error = await thrown(renderMessages(prompt, { x: 'y'.repeat(1_001) }));
    expect(error.message).toBe('could not render prompts/inline.prompt: a message rendered to 1,001,000 characters; at most 1,000,000 are allowed');
    expect(error.location).toEqual({ file: 'prompts/inline.prompt' });
  });

  it('renders each compiled prompt by its own content even when two prompts share a version string', async () => {
    const a = promptOf('mustache', [{ role: 'user', content: 'A {{x}}' }], { version: 'same' });
    const b = promptOf('mustache', [{ role: 'user', content: 'B {{x}}' }], { version: 'same' });
    expect((await renderMessages(a, { x: '1' }))[0]!.content).toBe('A 1');
    expect((await renderMessages(b, { x: '1' }))[0]!.content).toBe('B 1');
    expect((await renderMessages(a, { x: '2' }))[0]!.content).toBe('A 2');
  });
});

const recipe = await loadFixture('dotprompt/recipe.prompt');

describe('renderMessages with Handlebars templates', () => {
  it('runs #if and #each, iterating a list given as JSON text', async () => {
    // A Dotprompt renders through its library, which leaves the text around role markers as written.
    expect(await renderMessages(recipe, { dish: 'fried rice', diet: 'vegan', pantry: '["rice", "tofu"]' })).toEqual([
      { role: 'system', content: '\nYou are a chef who writes short recipes.\nRespect this diet: vegan.\n\n' },
      { role: 'user', content: '\nWrite a recipe for fried rice.\n- I have rice\n- I have tofu\n' },
    ]);
  });

  it('prints a JSON value inserted whole exactly as the test wrote it', async () => {
    const prompt = promptOf('handlebars', [{ role: 'user', content: 'Data: {{items}} / {{json items}}' }]);
    expect((await renderMessages(prompt, { items: '[1, 2]' }))[0]!.content).toBe('Data: [1, 2] / [1,2]');
  });

  it('does not escape HTML', async () => {
    const prompt = promptOf('handlebars', [{ role: 'user', content: 'Q: {{q}}' }]);
    expect((await renderMessages(prompt, { q: '<i>&amp;</i>' }))[0]!.content).toBe('Q: <i>&amp;</i>');
  });

  it('lets {{#if}} skip a variable the test does not set', async () => {
    const prompt = promptOf('handlebars', [{ role: 'user', content: 'Hi{{#if nick}} {{nick}}{{/if}}.' }]);
    expect((await renderMessages(prompt, {}))[0]!.content).toBe('Hi.');
  });

  it('names the variable when a test misses one that is printed', async () => {
    const error = await thrown(renderMessages(recipe, { pantry: '[]' }));
    expect(error.message).toBe('prompt fixtures/formats/dotprompt/recipe.prompt uses the variable "dish", but the test does not set it');
    expect(error.hint).toMatch(/^Add "dish" to the test's vars/);
  });
});

describe('renderTemplate', () => {
  it('fills known names and leaves unknown ones as written, as gh models does', async () => {
    expect(renderTemplate('Q: {{question}} A: {{ completion }} E: {{expected}}', { question: 'Why?', completion: 'Because.' })).toBe(
      'Q: Why? A: Because. E: {{expected}}',
    );
  });

  it("never fills a name from Object.prototype: {{constructor}} is a name the test does not set", async () => {
    const names = '{{constructor}} {{toString}} {{__proto__}} {{hasOwnProperty}}';
    expect(renderTemplate(names, { q: 'x' }, 'literal')).toBe(names);
    expect(renderTemplate(names, { q: 'x' })).toBe(names);
    const literal = promptOf('literal', [{ role: 'user', content: `${names} {{q}}` }]);
    expect((await renderMessages(literal, { q: 'x' }))[0]!.content).toBe(`${names} x`);
    const mustache = promptOf('mustache', [{ role: 'user', content: 'Hi {{ constructor }}' }]);
    expect((await thrown(renderMessages(mustache, {}))).message).toBe('prompt prompts/inline.prompt uses the variable "constructor", but the test does not set it');
    expect((await renderMessages(mustache, { constructor: 'Ada' }))[0]!.content).toBe('Hi Ada');
  });
});

describe('templateVariables', () => {
  it('finds mustache names once each, sorted', async () => {
    expect(templateVariables('{{b}} {{ a }} {{b}} {{user.name}} {{not a var}}', 'mustache')).toEqual(['a', 'b', 'user.name']);
  });

  it('finds the top-level data a Handlebars template reads, not names inside #each', async () => {
    const text = '{{greeting}} {{user.first}} {{#if topic}}{{topic}}{{/if}} {{#each items}}{{this.label}} {{../suffix}} {{@index}}{{/each}} {{json data}} {{@root.extra}}';
    expect(templateVariables(text, 'handlebars')).toEqual(['data', 'extra', 'greeting', 'items', 'suffix', 'topic', 'user']);
  });
});

describe('parseHandlebars', () => {
  it('refuses {{log}} at its position: a template cannot write to the host’s log', async () => {
    let error: unknown;
    try {
      parseHandlebars('Hi {{name}}.\n{{log "{\\"level\\":30,\\"msg\\":\\"deploy approved\\"}"}}', { file: 'prompts/x.prompt', line: 4, column: 1 });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PromptFileError);
    expect((error as PromptFileError).format()).toMatch(/^prompts\/x\.prompt:5:3: the Handlebars helper \{\{log\}\} is not supported/);
  });
});

describe('checkRenders: what rendering would throw, without rendering', () => {
  const long = 'x'.repeat(400_000);
  const cases: [string, Prompt, Record<string, string>][] = [
    ['a mustache variable the test does not set', promptOf('mustache', [{ role: 'user', content: 'Hi {{name}}, {{question}}' }]), { name: 'Ada' }],
    ['a default that fills it', promptOf('mustache', [{ role: 'user', content: 'Hi {{name}}' }], { defaults: { name: 'you' } }), {}],
    ['a gh models name without a value, left as written', promptOf('literal', [{ role: 'user', content: 'Hi {{ name }}' }]), {}],
    ['a message past the length cap', promptOf('mustache', [{ role: 'system', content: 'ok' }, { role: 'user', content: '{{a}}{{a}}{{a}}' }]), { a: long }],
    ['a gh models message past the cap', promptOf('literal', [{ role: 'user', content: '{{a}} {{a}} {{a}}' }]), { a: long }],
    ['one that renders', promptOf('mustache', [{ role: 'user', content: '{{a}}' }]), { a: 'short' }],
  ];
  for (const [what, prompt, vars] of cases) {
    it(`agrees with renderMessages on ${what}`, async () => {
      const rendered = await renderMessages(prompt, vars).then(
        () => undefined,
        (err: unknown) => err,
      );
      let checked: unknown;
      try {
        expect(checkRenders(prompt, vars)).toBe(true);
      } catch (err) {
        checked = err;
      }
      expect(checked).toEqual(rendered);
      expect(rendered === undefined).toBe(/renders|default|left as written/.test(what));
      if (rendered) expect((checked as UserError).message).toBe((rendered as UserError).message);
    });
  }

  it('leaves templates that render in the worker to rendering', () => {
    expect(checkRenders(promptOf('handlebars', [{ role: 'user', content: '{{a}}' }]), {})).toBe(false);
  });
});
