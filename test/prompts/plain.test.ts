import { describe, expect, it } from 'vitest';
import { parsePromptFile } from '../../src/prompts/formats/parse.js';
import { loadFixture } from '../support/prompt-fixtures.js';

describe('plain .md and .txt prompts', () => {
  it('read a Markdown file as one user message with its {{var}} variables', async () => {
    const prompt = await loadFixture('plain/greeting.md');
    expect(prompt).toMatchObject({ format: 'plain', engine: 'mustache', params: {}, tests: [] });
    expect(prompt.messages).toEqual([
      {
        role: 'user',
        content:
          '# Welcome message\n\nWrite a warm, two-line welcome for {{name}}, who just joined the {{team}} team.\nMention one thing from this note: {{note}}',
      },
    ]);
    expect(prompt.variables).toEqual(['name', 'note', 'team']);
  });

  it('honour system: and user: header lines in a text file', async () => {
    const prompt = await loadFixture('plain/triage.txt');
    expect(prompt.messages).toEqual([
      { role: 'system', content: 'You triage bug reports into one of: crash, ui, performance, other.\nAnswer with the label only.' },
      { role: 'user', content: '{{report}}' },
    ]);
  });

  it('treat only exact lower-case headers as roles, leaving prose like "User:" in the text', async () => {
    const prompt = await parsePromptFile('p.md', 'Reply to the quote below.\nUser:\nsays hi\n');
    expect(prompt.messages).toEqual([{ role: 'user', content: 'Reply to the quote below.\nUser:\nsays hi' }]);
  });

  it('read Windows line endings like Unix ones', async () => {
    const prompt = await parsePromptFile('p.txt', 'system:\r\nBe brief.\r\nuser:\r\nHi\r\n');
    expect(prompt.messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi' },
    ]);
  });

  it('refuse an empty file', async () => {
    await expect(parsePromptFile('p.md', '\n\n')).rejects.toThrow(expect.objectContaining({ message: 'the prompt has no text' }));
  });
});
