import { describe, expect, it } from 'vitest';
import { renderMessages } from '../../src/prompts/render.js';
import { parsePromptFile } from '../../src/prompts/formats/parse.js';
import { loadFixture } from '../support/prompt-fixtures.js';

/** A reader over in-memory files, standing in for the repository the prompt lives in. */
const files = (map: Record<string, string>) => async (path: string) => map[path];

const recipe = await loadFixture('dotprompt/recipe.prompt');

describe('Dotprompt files', () => {
  it('read the model as written and render with Handlebars', async () => {
    expect(recipe).toMatchObject({ format: 'dotprompt', engine: 'dotprompt', model: 'googleai/gemini-1.5-flash' });
  });

  it('map config to params', async () => {
    expect(recipe.params).toEqual({ temperature: 0.7, maxTokens: 512, topP: 0.9, stop: ['END'] });
  });

  it('split the body into messages at role markers', async () => {
    expect(recipe.messages).toEqual([
      { role: 'system', content: 'You are a chef who writes short recipes.\n{{#if diet}}Respect this diet: {{diet}}.{{/if}}' },
      { role: 'user', content: 'Write a recipe for {{dish}}.\n{{#each pantry}}\n- I have {{this}}\n{{/each}}' },
    ]);
  });

  it('take variable names from the Picoschema input and the template', async () => {
    expect(recipe.variables).toEqual(['diet', 'dish', 'pantry']);
    expect(recipe.defaults).toEqual({ diet: 'none' });
  });

  it('turn a JSON output with a schema into a json_schema response format', async () => {
    expect(recipe.responseFormat).toEqual({
      type: 'json_schema',
      schema: {
        type: 'object',
        properties: {
          title: { type: 'string' },
          steps: { type: 'array', items: { type: 'string' } },
          minutes: { type: ['integer', 'null'] },
        },
        required: ['title', 'steps'],
        additionalProperties: false,
      },
    });
  });

  it('turn a JSON output without a schema into a json_object response format', async () => {
    expect((await parsePromptFile('p.prompt', '---\noutput:\n  format: json\n---\nList three colors.\n')).responseFormat).toEqual({ type: 'json_object' });
  });

  it('render as the library does: text before any role marker is a user message, model is the assistant', async () => {
    const prompt = await parsePromptFile('p.prompt', '{{role "system"}}\n\n{{role "user"}}Hi {{name}}\n{{role "model"}}Hello!\n{{ role \'user\' }}Bye');
    expect(await renderMessages(prompt, { name: 'Ann' })).toEqual([
      { role: 'user', content: 'Hi Ann\n' },
      { role: 'assistant', content: 'Hello!\n' },
      { role: 'user', content: 'Bye' },
    ]);
  });

  it('read an empty front matter key as absent, as the library does', async () => {
    const prompt = await parsePromptFile('p.prompt', '---\nmodel:\nconfig:\n  temperature:\ninput:\n  default:\n  # schema: {q: string}\n---\nHi {{q}}');
    expect(prompt.model).toBeUndefined();
    expect(prompt.params).toEqual({});
    expect(await renderMessages(prompt, { q: 'Ann' })).toEqual([{ role: 'user', content: 'Hi Ann' }]);
  });

  it('treat a file that does not start with --- as all template, as the library does', async () => {
    const prompt = await parsePromptFile('p.prompt', '# Copyright 2025\n\n---\nmodel: openai/gpt-4o\n---\nHi');
    expect(prompt.model).toBeUndefined();
    expect((await renderMessages(prompt, {}))[0]!.content).toContain('model: openai/gpt-4o');
  });

  it('resolve partials from _name.prompt in the prompt folder, and partials inside partials', async () => {
    const prompt = await parsePromptFile('prompts/a.prompt', 'Hi {{> greeting}}', {
      readFile: files({ 'prompts/_greeting.prompt': 'from {{> sign/off}}', 'prompts/sign/_off.prompt': '{{team}} team' }),
    });
    expect(prompt.template?.partials).toEqual({ greeting: 'from {{> sign/off}}', 'sign/off': '{{team}} team' });
    expect(prompt.variables).toEqual(['team']);
    expect(await renderMessages(prompt, { team: 'infra' })).toEqual([{ role: 'user', content: 'Hi from infra team' }]);
  });

  it('report an error in a partial at the partial file and line, naming the partial', async () => {
    for (const [partial, message] of [
      ['ok\n{{#if x}}', /^the Dotprompt library cannot render the partial \{\{> part\}\}: Parse error on line 2:/],
      ['ok\n {{shout x}}', /^the Dotprompt library cannot render the partial \{\{> part\}\}: You specified knownHelpersOnly, but used the unknown helper shout$/],
    ] as const) {
      await expect(parsePromptFile('p/a.prompt', '---\nname: a\n---\nHi\n{{> part}}', { readFile: files({ 'p/_part.prompt': partial }) })).rejects.toThrow(
        expect.objectContaining({ message: expect.stringMatching(message), location: { file: 'p/_part.prompt', line: 2, column: expect.any(Number) } }),
      );
    }
  });

  it('use the partials of its own folder, not those another prompt loaded', async () => {
    const a = await parsePromptFile('a/p.prompt', '{{> x}}', { readFile: files({ 'a/_x.prompt': 'A' }) });
    const b = await parsePromptFile('b/p.prompt', '{{> x}}', { readFile: files({ 'b/_x.prompt': 'B' }) });
    expect([await renderMessages(a, {}), await renderMessages(b, {})]).toEqual([[{ role: 'user', content: 'A' }], [{ role: 'user', content: 'B' }]]);
  });

  it('refuse a missing partial at its reference with the library message', async () => {
    await expect(parsePromptFile('p.prompt', 'Hi\n  {{> signature}}')).rejects.toThrow(
      expect.objectContaining({ message: 'the Dotprompt library cannot render this file: The partial signature could not be found', location: { file: 'p.prompt', line: 2, column: 1 } }),
    );
  });

  it('never read a partial from outside the prompt folder, refusing it where it is named', async () => {
    const read: string[] = [];
    const readFile = async (path: string) => (read.push(path), 'secret');
    for (const reference of ['{{> ../../etc/passwd}}', '{{> [../secrets]}}', '{{> "sub/../../x"}}']) {
      await expect(parsePromptFile('prompts/p.prompt', `---\nmodel: googleai/gemini-2.0-flash\n---\nHi\n${reference}`, { readFile })).rejects.toThrow(
        expect.objectContaining({ message: expect.stringMatching(/^the partial \{\{> .+\}\} points outside the prompt's folder$/), location: { file: 'prompts/p.prompt', line: 5, column: 1 } }),
      );
    }
    expect(read).toEqual([]);
  });

  it('report a Picoschema type the library cannot resolve at the line it is written on', async () => {
    await expect(parsePromptFile('p.prompt', '---\ninput:\n  schema:\n    user: User\n---\nHi {{user}}')).rejects.toThrow(
      expect.objectContaining({ message: "the Dotprompt library cannot render this file: Picoschema: could not find schema with name 'User'", location: { file: 'p.prompt', line: 4, column: 1 } }),
    );
  });

  it('fill unset variables from input.default and require the other schema fields', async () => {
    await expect(renderMessages(recipe, { pantry: '[]' })).rejects.toThrow('uses the variable "dish", but the test does not set it');
    expect((await renderMessages(recipe, { dish: 'soup', pantry: '[]' }))[0]!.content).toContain('Respect this diet: none.');
  });

  it("pass a test's text for a boolean or numeric schema field as that value, as Genkit passes typed input", async () => {
    const prompt = await parsePromptFile(
      'p.prompt',
      '---\ninput:\n  schema:\n    formal?: boolean\n    count: integer\n    code: string\n---\n{{#if formal}}Dear reader{{else}}Hi{{/if}}, {{#ifEquals count 3}}three{{/ifEquals}} {{#ifEquals code "3"}}code{{/ifEquals}}',
    );
    expect(await renderMessages(prompt, { formal: 'false', count: '3', code: '3' })).toEqual([{ role: 'user', content: 'Hi, three code' }]);
  });

  it('let a test leave out what the template tests before use ({{#if}}, {{#unless}}, {{#each}}), as the library renders it', async () => {
    const prompt = await parsePromptFile('p.prompt', 'Hi{{#if name}} {{name}}{{/if}}{{#unless quiet}}!{{/unless}}{{#each tags}} #{{this}}{{/each}} {{topic}}');
    expect(await renderMessages(prompt, { topic: 'tea' })).toEqual([{ role: 'user', content: 'Hi! tea' }]);
    await expect(renderMessages(prompt, {})).rejects.toThrow('uses the variable "topic", but the test does not set it');
  });

  it('refuse {{#role}} used as a block, which the library renders to nothing', async () => {
    await expect(parsePromptFile('p.prompt', '{{#role "user"}}\nHi\n{{/role}}')).rejects.toThrow(
      expect.objectContaining({ message: 'the Dotprompt library renders this file to no message at all', hint: expect.stringContaining('not a block helper') }),
    );
  });

  it('load a file that is all variables, which renders text only once a test sets them', async () => {
    const prompt = await parsePromptFile('p.prompt', '---\ninput:\n  schema:\n    topic?: string\n---\n{{question}}{{#if topic}} ({{topic}}){{/if}}');
    expect(await renderMessages(prompt, { question: 'Why?' })).toEqual([{ role: 'user', content: 'Why?' }]);
    await expect(renderMessages(prompt, { question: '' })).rejects.toThrow(
      expect.objectContaining({ message: "p.prompt renders to no message at all with this test's values", location: { file: 'p.prompt' } }),
    );
  });

  it('load without running the template, which could loop over what the file holds: it runs only for a test, in the render worker', async () => {
    // Run, the loop would reach the computed partial, which the library cannot find.
    const prompt = await parsePromptFile('p.prompt', '---\nx.items: [1, 2]\n---\n{{#each @metadata.prompt.ext.x.items}}{{> (lookup . "p")}}{{/each}}Hi');
    await expect(renderMessages(prompt, {})).rejects.toThrow('could not render p.prompt: The partial undefined could not be found');
  });

  it('refuse what the library would refuse for any values when the file loads: an unknown helper, a missing partial', async () => {
    await expect(parsePromptFile('p.prompt', '---\nmodel: googleai/gemini-2.0-flash\n---\nHi\n{{#if x}}{{shout x}}{{/if}}')).rejects.toThrow(
      expect.objectContaining({ message: 'the Dotprompt library cannot render this file: You specified knownHelpersOnly, but used the unknown helper shout', location: { file: 'p.prompt', line: 5, column: 10 } }),
    );
    await expect(parsePromptFile('p.prompt', 'Hi\n{{#each items}}{{> item}}{{/each}}')).rejects.toThrow(
      expect.objectContaining({ message: 'the Dotprompt library cannot render this file: The partial item could not be found', location: { file: 'p.prompt', line: 2, column: 1 } }),
    );
    const inline = await parsePromptFile('p.prompt', '{{#*inline "item"}}- {{this}}{{/inline}}{{#each items}}{{> item}}{{/each}}');
    expect(await renderMessages(inline, { items: '["a"]' })).toEqual([{ role: 'user', content: '- a' }]);
  });

  it('refuse a file that renders to no message whatever the values', async () => {
    await expect(parsePromptFile('p.prompt', '---\nmodel: googleai/gemini-2.0-flash\n---\n{{!-- to do --}}\n')).rejects.toThrow(
      expect.objectContaining({ message: 'the Dotprompt library renders this file to no message at all', location: { file: 'p.prompt', line: 4, column: 1 } }),
    );
  });

  it('render {{log}} as nothing instead of writing to the host', async () => {
    const prompt = await parsePromptFile('p.prompt', 'Hi{{log "forged log line"}}');
    expect(await renderMessages(prompt, {})).toEqual([{ role: 'user', content: 'Hi' }]);
  });

  it('refuse to send a media part, naming the prompt', async () => {
    const prompt = await parsePromptFile('p.prompt', 'See {{media url=photo}}');
    await expect(renderMessages(prompt, { photo: 'https://example.com/a.png' })).rejects.toThrow(/renders a media part/);
  });
});
