import { describe, expect, it } from 'vitest';
import { parsePromptFile } from '../../src/prompts/formats/parse.js';
import { PromptFileError } from '../../src/util/errors.js';
import { fixtureError } from '../support/prompt-fixtures.js';

/** `file:line:column: message` — the first line the CLI prints. */
async function head(name: string): Promise<string> {
  return (await fixtureError(name)).printed.split('\n')[0]!;
}

describe('prompt file errors', () => {
  it('report a YAML indentation error where the parser found it', async () => {
    expect(await head('broken/bad-indent.prompt.yml')).toBe(
      'fixtures/formats/broken/bad-indent.prompt.yml:5:4: invalid YAML: bad indentation of a sequence entry',
    );
  });

  it('report a wrongly typed temperature at its value, with the value seen', async () => {
    expect(await head('broken/temperature-string.prompt.yml')).toBe(
      'fixtures/formats/broken/temperature-string.prompt.yml:5:16: modelParameters.temperature must be a number, not the text "hot"',
    );
  });

  it('report a message without a role at that message and say what to add', async () => {
    const { error, printed } = await fixtureError('broken/missing-role.prompt.yml');
    expect(printed.split('\n')[0]).toBe('fixtures/formats/broken/missing-role.prompt.yml:5:5: "role" is missing in messages[1]');
    expect(error.hint).toBe('Add a "role:" key to messages[1].');
  });

  it('report front matter that is never closed at its opening line', async () => {
    const { error, printed } = await fixtureError('broken/unterminated.prompty');
    expect(printed.split('\n')[0]).toBe('fixtures/formats/broken/unterminated.prompty:1:1: front matter is never closed');
    expect(error.hint).toMatch(/Add a line containing only "---"/);
  });

  it('report a binary file at its first NUL byte', async () => {
    expect(await head('broken/binary.prompt.yml')).toBe(
      'fixtures/formats/broken/binary.prompt.yml:4:15: the file contains a NUL byte, so it looks binary, not like a text prompt',
    );
  });

  it('report a Jinja block never closed in a Prompty body, offset past the front matter', async () => {
    expect(await head('broken/unclosed-for.prompty')).toBe('fixtures/formats/broken/unclosed-for.prompty:4:1: invalid Jinja2 template: unexpected end of file');
  });

  it('report a mismatched Handlebars block in a Dotprompt body at the block that opened it', async () => {
    expect(await head('broken/unclosed-block.prompt')).toBe(
      "fixtures/formats/broken/unclosed-block.prompt:7:4: the Dotprompt library cannot render this file: each doesn't match if",
    );
  });

  it('report a jsonSchema string that is not JSON at that string', async () => {
    expect(await head('broken/bad-json-schema.prompt.yml')).toMatch(
      /^fixtures\/formats\/broken\/bad-json-schema\.prompt\.yml:3:13: jsonSchema is not valid JSON: /,
    );
  });


  it('always carry a file, line, column and hint', async () => {
    for (const name of [
      'bad-indent.prompt.yml',
      'temperature-string.prompt.yml',
      'missing-role.prompt.yml',
      'unterminated.prompty',
      'binary.prompt.yml',
      'unclosed-for.prompty',
      'unclosed-block.prompt',
      'bad-json-schema.prompt.yml',
    ]) {
      const { error } = await fixtureError(`broken/${name}`);
      expect(error.location).toEqual({ file: `fixtures/formats/broken/${name}`, line: expect.any(Number), column: expect.any(Number) });
      expect(error.hint).toBeTruthy();
    }
  });

  it('offset YAML errors in front matter by the opening fence line', async () => {
    await expect(parsePromptFile('p.prompty', '---\nname: x\nmodel:\n  parameters:\n    temperature: warm\n---\nuser:\nHi\n')).rejects.toThrow(
      expect.objectContaining({ location: { file: 'p.prompty', line: 5, column: 18 } }),
    );
  });

  it('name every accepted shape when a value matches none of them', async () => {
    await expect(parsePromptFile('p.prompt.yml', 'modelParameters:\n  stop: 3\nmessages:\n  - role: user\n    content: Hi\n')).rejects.toThrow(
      expect.objectContaining({
        message: 'modelParameters.stop must be a string or a list, not number 3',
        location: { file: 'p.prompt.yml', line: 2, column: 9 },
      }),
    );
  });

  it('report a file whose top level is not a mapping', async () => {
    await expect(parsePromptFile('p.prompt.yml', '- just\n- a list\n')).rejects.toThrow(
      expect.objectContaining({ message: 'the file must be a YAML mapping of keys to values, not a list', location: { file: 'p.prompt.yml', line: 1, column: 1 } }),
    );
  });

  it('report a template with no text at all', async () => {
    await expect(parsePromptFile('p.prompty', '---\nname: empty\n---\n\n')).rejects.toThrow(
      expect.objectContaining({ message: 'the prompt has no text', location: { file: 'p.prompty', line: 4, column: 1 } }),
    );
  });

  it('are PromptFileErrors so the CLI prints them without a stack trace', async () => {
    expect((await fixtureError('broken/missing-role.prompt.yml')).error).toBeInstanceOf(PromptFileError);
  });
});
