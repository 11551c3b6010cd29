import { existsSync, readFileSync } from 'node:fs';
import { parsePromptFile } from '../../src/prompts/formats/parse.js';
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

/** Another file of this repository, as the suite loader's source reads it (undefined when absent). */
export async function repositoryFile(path: string): Promise<string | undefined> {
  const url = new URL(path, ROOT);
  return existsSync(url) ? readFileSync(url, 'utf8') : undefined;
}

/** Parse a fixture the way the suite loader does: repository-relative path, its content, the files beside it. */
export function loadFixture(name: string): Promise<Prompt> {
  return parsePromptFile(fixturePath(name), fixtureText(name), { readFile: repositoryFile });
}

/** The PromptFileError a fixture fails with, formatted as the CLI prints it. */
export async function fixtureError(name: string): Promise<{ error: PromptFileError; printed: string }> {
  try {
    await loadFixture(name);
  } catch (err) {
    if (err instanceof PromptFileError) return { error: err, printed: describeError(err) };
    throw err;
  }
  throw new Error(`${name} parsed without an error`);
}
