import { describe, expect, it } from 'vitest';
import { MAX_PROMPT_BYTES, parsePromptFile, promptFormatFor } from '../../src/prompts/formats/parse.js';
import { contentVersion } from '../../src/util/hash.js';
import { PromptFileError } from '../../src/util/errors.js';
import { fixtureText, loadFixture } from '../support/prompt-fixtures.js';

describe('promptFormatFor', () => {
  it.each([
    ['prompts/support.prompt.yml', 'github-models'],
    ['prompts/support.prompt.yaml', 'github-models'],
    ['prompts/Support.PROMPT.YML', 'github-models'],
    ['agents/summarize.prompty', 'prompty'],
    ['genkit/recipe.prompt', 'dotprompt'],
    ['prompts/agent.md', 'plain'],
    ['prompts/agent.txt', 'plain'],
  ] as const)('reads %s as %s', (path, format) => {
    expect(promptFormatFor(path)).toBe(format);
  });

  it.each(['promptgate.yml', 'prompts/data.yaml', 'src/index.ts', 'prompts/prompt'])('does not treat %s as a prompt', (path) => {
    expect(promptFormatFor(path)).toBeUndefined();
  });
});

describe('parsePromptFile', () => {
  it('names a prompt by its path without the prompt extension', async () => {
    expect((await loadFixture('github-models/support.prompt.yml')).id).toBe('fixtures/formats/github-models/support');
    expect((await loadFixture('github-models/person-bare-schema.prompt.yaml')).id).toBe('fixtures/formats/github-models/person-bare-schema');
    expect((await loadFixture('prompty/summarize.prompty')).id).toBe('fixtures/formats/prompty/summarize');
    expect((await loadFixture('dotprompt/recipe.prompt')).id).toBe('fixtures/formats/dotprompt/recipe');
    expect((await loadFixture('plain/greeting.md')).id).toBe('fixtures/formats/plain/greeting');
  });

  it('uses the id given by the config instead of the path', async () => {
    const prompt = await parsePromptFile('prompts/agent.md', 'Hello {{name}}', { id: 'agent' });
    expect(prompt.id).toBe('agent');
    expect(prompt.path).toBe('prompts/agent.md');
  });

  it('stores paths with forward slashes', async () => {
    const prompt = await parsePromptFile('prompts\\agent.md', 'Hello');
    expect(prompt.path).toBe('prompts/agent.md');
    expect(prompt.id).toBe('prompts/agent');
  });

  it('versions a prompt by the hash of its content', async () => {
    const text = fixtureText('github-models/support.prompt.yml');
    const prompt = await parsePromptFile('support.prompt.yml', text);
    expect(prompt.version).toBe(contentVersion(text));
    expect(prompt.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('gives a new version when the content changes and the same version when it does not', async () => {
    const text = fixtureText('plain/greeting.md');
    const same = (await parsePromptFile('a.md', text)).version;
    expect((await parsePromptFile('b/other.md', text)).version).toBe(same);
    expect((await parsePromptFile('a.md', text.replace('warm', 'friendly'))).version).not.toBe(same);
  });

  it('starts every prompt with empty readiness flags for the config to fill', async () => {
    expect((await loadFixture('plain/triage.txt')).meta).toEqual({});
  });

  it('refuses a file that is not a prompt format', async () => {
    await expect(parsePromptFile('src/index.ts', 'export {}')).rejects.toThrow(PromptFileError);
  });

  it('refuses a file over 256 KiB before parsing it', async () => {
    const content = `${'x'.repeat(MAX_PROMPT_BYTES)}y`;
    let error: unknown;
    try {
      await parsePromptFile('prompts/huge.md', content);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PromptFileError);
    expect((error as PromptFileError).format()).toMatch(/^prompts\/huge\.md:1:1: the file is 257 KiB; prompt files may be at most 256 KiB\n  → /);
  });

  it('accepts a file of exactly 256 KiB', async () => {
    expect((await parsePromptFile('prompts/big.md', 'x'.repeat(MAX_PROMPT_BYTES))).messages).toHaveLength(1);
  });

  it('counts the size in UTF-8 bytes, not characters', async () => {
    const content = 'é'.repeat(MAX_PROMPT_BYTES / 2 + 1);
    await expect(parsePromptFile('prompts/accents.md', content)).rejects.toThrow(/at most 256 KiB/);
  });
});
