import { describe, expect, it } from 'vitest';
import { parsePromptFile } from '../../src/prompts/parse.js';
import { PromptFileError } from '../../src/util/errors.js';
import { fixtureError } from './fixtures.js';

/** `file:line:column: message` — the first line the CLI prints. */
function head(name: string): string {
  return fixtureError(name).printed.split('\n')[0]!;
}

describe('prompt file errors', () => {
  it('report a YAML indentation error where the parser found it', () => {
    expect(head('broken/bad-indent.prompt.yml')).toBe(
      'fixtures/formats/broken/bad-indent.prompt.yml:5:4: invalid YAML: All sequence items must start at the same column',
    );
  });

  it('report a wrongly typed temperature at its value, with the value seen', () => {
    expect(head('broken/temperature-string.prompt.yml')).toBe(
      'fixtures/formats/broken/temperature-string.prompt.yml:5:16: modelParameters.temperature must be a number, not the text "hot"',
    );
  });

  it('report a message without a role at that message and say what to add', () => {
    const { error, printed } = fixtureError('broken/missing-role.prompt.yml');
    expect(printed.split('\n')[0]).toBe('fixtures/formats/broken/missing-role.prompt.yml:5:5: "role" is missing in messages[1]');
    expect(error.hint).toBe('Add a "role:" key to messages[1].');
  });

  it('report front matter that is never closed at its opening line', () => {
    const { error, printed } = fixtureError('broken/unterminated.prompty');
    expect(printed.split('\n')[0]).toBe('fixtures/formats/broken/unterminated.prompty:1:1: front matter is never closed');
    expect(error.hint).toMatch(/Add a line containing only "---"/);
  });

  it('report a binary file at its first NUL byte', () => {
    expect(head('broken/binary.prompt.yml')).toBe(
      'fixtures/formats/broken/binary.prompt.yml:4:15: the file contains a NUL byte, so it looks binary, not like a text prompt',
    );
  });

  it('report Jinja logic in a Prompty body at the line it starts, offset past the front matter', () => {
    expect(head('broken/jinja-loop.prompty')).toBe(
      'fixtures/formats/broken/jinja-loop.prompty:8:1: Jinja statements, filters and comments are not supported',
    );
  });

  it('report a mismatched Handlebars block in a Dotprompt body at the block that opened it', () => {
    expect(head('broken/unclosed-block.prompt')).toBe(
      "fixtures/formats/broken/unclosed-block.prompt:7:4: invalid Handlebars template: each doesn't match if",
    );
  });

  it('report a jsonSchema string that is not JSON at that string', () => {
    expect(head('broken/bad-json-schema.prompt.yml')).toMatch(
      /^fixtures\/formats\/broken\/bad-json-schema\.prompt\.yml:3:13: jsonSchema is not valid JSON: /,
    );
  });


  it('always carry a file, line, column and hint', () => {
    for (const name of [
      'bad-indent.prompt.yml',
      'temperature-string.prompt.yml',
      'missing-role.prompt.yml',
      'unterminated.prompty',
      'binary.prompt.yml',
      'jinja-loop.prompty',
      'unclosed-block.prompt',
      'bad-json-schema.prompt.yml',
    ]) {
      const { error } = fixtureError(`broken/${name}`);
      expect(error.location).toEqual({ file: `fixtures/formats/broken/${name}`, line: expect.any(Number), column: expect.any(Number) });
      expect(error.hint).toBeTruthy();
    }
  });

  it('offset YAML errors in front matter by the opening fence line', () => {
    expect(() => parsePromptFile('p.prompty', '---\nname: x\nmodel:\n  parameters:\n    temperature: warm\n---\nuser:\nHi\n')).toThrow(
      expect.objectContaining({ location: { file: 'p.prompty', line: 5, column: 18 } }),
    );
  });

  it('name every accepted shape when a value matches none of them', () => {
    expect(() => parsePromptFile('p.prompt.yml', 'modelParameters:\n  stop: 3\nmessages:\n  - role: user\n    content: Hi\n')).toThrow(
      expect.objectContaining({
        message: 'modelParameters.stop must be a string or a list, not number 3',
        location: { file: 'p.prompt.yml', line: 2, column: 9 },
      }),
    );
  });

  it('report a file whose top level is not a mapping', () => {
    expect(() => parsePromptFile('p.prompt.yml', '- just\n- a list\n')).toThrow(
      expect.objectContaining({ message: 'the file must be a YAML mapping of keys to values, not a list', location: { file: 'p.prompt.yml', line: 1, column: 1 } }),
    );
  });

  it('report an empty .prompt.yml file as empty', () => {
    expect(() => parsePromptFile('p.prompt.yml', '# nothing yet\n')).toThrow(
      expect.objectContaining({ message: 'the file is empty', location: { file: 'p.prompt.yml', line: 1, column: 1 } }),
    );
  });

  it('report a template with no text at all', () => {
    expect(() => parsePromptFile('p.prompty', '---\nname: empty\n---\n\n')).toThrow(
      expect.objectContaining({ message: 'the prompt has no text', location: { file: 'p.prompty', line: 4, column: 1 } }),
    );
  });

  it('are PromptFileErrors so the CLI prints them without a stack trace', () => {
    expect(fixtureError('broken/missing-role.prompt.yml').error).toBeInstanceOf(PromptFileError);
  });
});
