import { readFileSync } from 'node:fs';
import { parsePromptFile } from '../../src/prompts/parse.js';
import type { Prompt } from '../../src/prompts/model.js';
import { describeError, PromptFileError } from '../../src/util/errors.js';

const ROOT = new URL('../../', import.meta.url);

/** Repository-relative path of a fixture under fixtures/formats/. */
export function fixturePath(name: string): string {
  return `fixtures/formats/${name}`;
}

/** The text of a fixture, read as UTF-8 like the source layer reads prompt files. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(fixturePath(name), ROOT), 'utf8');
}

/** Parse a fixture the way the suite loader does: repository-relative path and its content. */
export function loadFixture(name: string): Prompt {
  return parsePromptFile(fixturePath(name), fixtureText(name));
}

/** The PromptFileError a fixture fails with, formatted as the CLI prints it. */
export function fixtureError(name: string): { error: PromptFileError; printed: string } {
  try {
    loadFixture(name);
  } catch (err) {
    if (err instanceof PromptFileError) return { error: err, printed: describeError(err) };
    throw err;
  }
  throw new Error(`${name} parsed without an error`);
}
