import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { Dotprompt } from 'dotprompt';
import { describe, expect, it, vi } from 'vitest';
import { parsePromptFile } from '../../src/prompts/formats/parse.js';
import { PromptFileError } from '../../src/util/errors.js';
import { fixturePath, repositoryFile } from '../support/prompt-fixtures.js';

/** Dotprompt's own examples (fixtures/formats/dotprompt-examples, Apache-2.0, see SOURCE.md there). */
const DIR = 'dotprompt-examples';
const examples = ['', 'partials/'].flatMap((sub) =>
  readdirSync(`${fixturePath(DIR)}/${sub}`)
    .filter((f) => f.endsWith('.prompt'))
    .map((f) => `${DIR}/${sub}${f}`),
);

/**
 * The official library on its own, as a program using it renders a file: a partial `x` is
 * `_x.prompt` in the file's folder (Dotprompt's directory store). Undefined: it renders. It
 * refuses by throwing, or, for front matter that is not YAML, by logging the parse error and
 * carrying on with the whole file as template; rendering to no message at all leaves nothing
 * to send. promptgate refuses all three.
 */
async function libraryRefusal(name: string): Promise<string | undefined> {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const path = fixturePath(name);
  const library = new Dotprompt({
    partialResolver: async (partial) => (await repositoryFile(posix.join(posix.dirname(path), posix.dirname(partial), `_${posix.basename(partial)}.prompt`))) ?? null,
  });
  try {
    const rendered = await library.render(readFileSync(path, 'utf8'), { input: {} });
    if (logged.mock.calls.length > 0) return String(logged.mock.calls[0]![0]);
    return rendered.messages.length === 0 ? 'no message' : undefined;
  } catch (err) {
    return (err as Error).message;
  } finally {
    logged.mockRestore();
  }
}

async function promptgateRefusal(name: string): Promise<PromptFileError | undefined> {
  try {
    await parsePromptFile(fixturePath(name), readFileSync(fixturePath(name), 'utf8'), { readFile: repositoryFile });
    return undefined;
  } catch (err) {
    if (err instanceof PromptFileError) return err;
    throw err;
  }
}

describe("Dotprompt's own example files", () => {
  it('are all here: 14 examples and the two partials-folder files', () => {
    expect(examples).toHaveLength(16);
  });

  it('load exactly when the official library renders them, else are refused with file:line', async () => {
    const outcomes: Record<string, string> = {};
    for (const name of examples) {
      const library = await libraryRefusal(name);
      const ours = await promptgateRefusal(name);
      if (library === undefined) expect(ours, `${name} renders in the library`).toBeUndefined();
      else {
        expect(ours, `${name} is refused by the library: ${library}`).toBeInstanceOf(PromptFileError);
        expect(ours!.location).toEqual({ file: fixturePath(name), line: expect.any(Number), column: expect.any(Number) });
      }
      outcomes[name.slice(DIR.length + 1)] = ours ? `${ours.location!.line}: ${ours.message}` : 'loads';
    }
    expect(outcomes).toEqual({
      'autocomplete.prompt': "22: the Dotprompt library cannot render this file: Parse error on line 14: Expecting 'ID', 'STRING', 'NUMBER', 'BOOLEAN', 'UNDEFINED', 'NULL', 'DATA', got 'COMMENT'",
      'error-invalid-yaml.prompt': '8: invalid YAML: bad indentation of a mapping entry',
      'error-multiple-issues.prompt': expect.stringMatching(/^27: the Dotprompt library cannot render this file: Parse error on line 18: .*got 'OPEN_ENDBLOCK'$/),
      'error-unbalanced-brace.prompt': 'loads',
      'error-unclosed-block.prompt': "14: the Dotprompt library cannot render this file: Parse error on line 6: Expecting 'OPEN_INVERSE_CHAIN', 'INVERSE', 'OPEN_ENDBLOCK', got 'EOF'",
      'error-unmatched-closing-block.prompt': "24: the Dotprompt library cannot render this file: Parse error on line 24: Expecting 'EOF', got 'OPEN_ENDBLOCK'",
      'features.prompt': 'loads',
      // Both partials are missing; the library meets `listItem` first once `items` has an item.
      'partials.prompt': '28: the Dotprompt library cannot render this file: The partial listItem could not be found',
      'valid-blog-generator.prompt': "12: the Dotprompt library cannot render this file: Picoschema: could not find schema with name 'string[]'",
      'valid-comments-and-partials.prompt': "8: the Dotprompt library cannot render this file: Picoschema: could not find schema with name 'string[]'",
      'valid-customer-support.prompt': '11: the Dotprompt library renders this file to no message at all',
      'valid-greeting.prompt': expect.stringMatching(/^17: the Dotprompt library cannot render this file: Parse error on line 5: .*got 'INVALID'$/),
      'warning-undefined-variable.prompt': 'loads',
      'warning-unused-variable.prompt': 'loads',
      'partials/circular-partial-a.prompt': '6: the Dotprompt library cannot render this file: The partial circular-partial-b could not be found',
      'partials/circular-partial-b.prompt': '6: the Dotprompt library cannot render this file: The partial circular-partial-a could not be found',
    });
  });
});
