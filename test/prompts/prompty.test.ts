import { describe, expect, it } from 'vitest';
import { parsePromptFile } from '../../src/prompts/parse.js';
import { loadFixture } from './fixtures.js';

describe('Prompty files', () => {
  const prompty = loadFixture('prompty/summarize.prompty');

  it('read name, description and an Azure deployment as the model', () => {
    expect(prompty).toMatchObject({
      format: 'prompty',
      engine: 'mustache',
      name: 'Article summarizer',
      description: 'Summarizes an article for a newsletter.',
      model: 'azure:gpt-4o-newsletter',
    });
  });

  it('map model.parameters to params and response_format to the response format', () => {
    expect(prompty.params).toEqual({ maxTokens: 400, temperature: 0.3, topP: 0.95, stop: ['</summary>'] });
    expect(prompty.responseFormat).toEqual({ type: 'json_object' });
  });

  it('split the body into messages at role lines', () => {
    expect(prompty.messages).toEqual([
      { role: 'system', content: 'You write newsletter summaries for {{audience}}.\nReply as JSON with the keys "title" and "summary".' },
      { role: 'user', content: 'Summarize this article:\n{{ article }}' },
      { role: 'assistant', content: '{"title": "Example", "summary": "An example summary."}' },
      { role: 'user', content: 'Now make it shorter.' },
    ]);
  });

  it('declare its inputs as variables and take their defaults', () => {
    expect(prompty.variables).toEqual(['article', 'audience']);
    expect(prompty.defaults).toEqual({ audience: 'engineers' });
  });

  it('have no tests of its own, since sample is only an example input', () => {
    expect(prompty.tests).toEqual([]);
  });

  it('treat text before the first role line as the system message, as Prompty does', () => {
    const prompt = parsePromptFile('p.prompty', '---\nname: x\n---\nBe brief.\n\nuser:\nHi {{name}}\n');
    expect(prompt.messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi {{name}}' },
    ]);
  });

  it('accept role lines with a leading #, any case and attributes', () => {
    const prompt = parsePromptFile('p.prompty', '---\nname: x\n---\n# System:\nBe brief.\nUSER[name="Ann"]:\nHi\n');
    expect(prompt.messages.map((m) => m.role)).toEqual(['system', 'user']);
  });

  it('name an OpenAI model by its configuration name', () => {
    const prompt = parsePromptFile('p.prompty', '---\nmodel:\n  configuration:\n    type: openai\n    name: gpt-4o-mini\n---\nuser:\nHi\n');
    expect(prompt.model).toBe('openai:gpt-4o-mini');
  });

  it('leave the model to the config when the deployment comes from the environment', () => {
    const prompt = parsePromptFile(
      'p.prompty',
      '---\nmodel:\n  configuration:\n    type: azure_openai\n    azure_deployment: ${env:AZURE_DEPLOYMENT}\n---\nuser:\nHi\n',
    );
    expect(prompt.model).toBeUndefined();
  });

  it('read a file without front matter as a body alone', () => {
    const prompt = parsePromptFile('p.prompty', 'user:\nHi\n');
    expect(prompt.messages).toEqual([{ role: 'user', content: 'Hi' }]);
    expect(prompt.params).toEqual({});
  });
});
