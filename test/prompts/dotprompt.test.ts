import { describe, expect, it } from 'vitest';
import { picoschemaToJsonSchema } from '../../src/prompts/formats/picoschema.js';
import { parsePromptFile } from '../../src/prompts/parse.js';
import { loadFixture } from './fixtures.js';

describe('Dotprompt files', () => {
  const recipe = loadFixture('dotprompt/recipe.prompt');

  it('read the model as written and render with Handlebars', () => {
    expect(recipe).toMatchObject({ format: 'dotprompt', engine: 'handlebars', model: 'googleai/gemini-1.5-flash' });
  });

  it('map config to params', () => {
    expect(recipe.params).toEqual({ temperature: 0.7, maxTokens: 512, topP: 0.9, stop: ['END'] });
  });

  it('split the body into messages at role markers', () => {
    expect(recipe.messages).toEqual([
      { role: 'system', content: 'You are a chef who writes short recipes.\n{{#if diet}}Respect this diet: {{diet}}.{{/if}}' },
      { role: 'user', content: 'Write a recipe for {{dish}}.\n{{#each pantry}}\n- I have {{this}}\n{{/each}}' },
    ]);
  });

  it('take variable names from the Picoschema input and the template', () => {
    expect(recipe.variables).toEqual(['diet', 'dish', 'pantry']);
    expect(recipe.defaults).toEqual({ diet: 'none' });
  });

  it('turn a JSON output with a schema into a json_schema response format', () => {
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

  it('turn a JSON output without a schema into a json_object response format', () => {
    expect(parsePromptFile('p.prompt', '---\noutput:\n  format: json\n---\nList three colors.\n').responseFormat).toEqual({ type: 'json_object' });
  });

  it('make text before any role marker a user message', () => {
    expect(parsePromptFile('p.prompt', 'Hello {{name}}').messages).toEqual([{ role: 'user', content: 'Hello {{name}}' }]);
  });

  it('map the model role to assistant and let a marker on an empty message change its role', () => {
    const prompt = parsePromptFile('p.prompt', '{{role "system"}}\n\n{{role "user"}}Hi\n{{role "model"}}Hello!\n{{ role \'user\' }}Bye');
    expect(prompt.messages).toEqual([
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello!' },
      { role: 'user', content: 'Bye' },
    ]);
  });

  it('read empty front matter as no settings', () => {
    const prompt = parsePromptFile('p.prompt', '---\n# settings to come\n---\nHi');
    expect(prompt.params).toEqual({});
    expect(prompt.messages).toEqual([{ role: 'user', content: 'Hi' }]);
  });

  it('allow comment lines before the front matter', () => {
    const prompt = parsePromptFile('p.prompt', '# Copyright 2025\n\n---\nmodel: openai/gpt-4o\n---\nHi');
    expect(prompt.model).toBe('openai/gpt-4o');
  });

  it('refuse an unknown role at its marker', () => {
    expect(() => parsePromptFile('p.prompt', 'Hi\n  {{role "tool"}}x')).toThrow(
      expect.objectContaining({ message: 'unknown role "tool"', location: { file: 'p.prompt', line: 2, column: 3 } }),
    );
  });

  it('refuse helpers that need a Genkit runtime, at the helper', () => {
    expect(() => parsePromptFile('p.prompt', '---\nmodel: x\n---\n{{role "user"}}\nSee {{media url=photo}}')).toThrow(
      expect.objectContaining({ message: 'the Dotprompt helper {{media}} is not supported', location: { file: 'p.prompt', line: 5, column: 7 } }),
    );
  });

  it('refuse partials, which need a partial store', () => {
    expect(() => parsePromptFile('p.prompt', 'Hi {{> signature}}')).toThrow(expect.objectContaining({ location: { file: 'p.prompt', line: 1, column: 4 } }));
  });

  it('report a Picoschema type it cannot resolve at the field', () => {
    expect(() => parsePromptFile('p.prompt', '---\ninput:\n  schema:\n    user: User\n---\nHi {{user}}')).toThrow(
      expect.objectContaining({ location: { file: 'p.prompt', line: 4, column: 11 } }),
    );
  });
});

describe('Picoschema', () => {
  it('marks fields required unless they end in ?, and makes optional scalars nullable', () => {
    expect(picoschemaToJsonSchema({ name: 'string', 'nickname?': 'string, what friends say' })).toEqual({
      type: 'object',
      properties: { name: { type: 'string' }, nickname: { type: ['string', 'null'], description: 'what friends say' } },
      required: ['name'],
      additionalProperties: false,
    });
  });

  it('reads arrays, nested objects, enums and wildcard fields', () => {
    expect(
      picoschemaToJsonSchema({
        'tags(array)': 'string',
        'address?(object, where they live)': { city: 'string' },
        'status(enum)': ['ACTIVE', 'BANNED'],
        '(*)': 'number',
      }),
    ).toEqual({
      type: 'object',
      properties: {
        tags: { type: 'array', items: { type: 'string' } },
        address: {
          type: ['object', 'null'],
          properties: { city: { type: 'string' } },
          required: ['city'],
          additionalProperties: false,
          description: 'where they live',
        },
        status: { enum: ['ACTIVE', 'BANNED'] },
      },
      required: ['tags', 'status'],
      additionalProperties: { type: 'number' },
    });
  });

  it('passes a JSON Schema through unchanged', () => {
    const schema = { type: 'object', properties: { a: { type: 'string' } } };
    expect(picoschemaToJsonSchema(schema)).toBe(schema);
  });
});
