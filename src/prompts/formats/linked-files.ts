import { posix } from 'node:path';
import { PromptFileError, type SourceLocation } from '../../util/errors.js';
import type { PromptSource } from './types.js';

/** Prompt files larger than this are refused: real prompts are far smaller, and every test renders them. */
export const MAX_PROMPT_BYTES = 256 * 1024;

/**
 * The repository path of a file a prompt links to (a Prompty `${file:…}` target, a Dotprompt
 * partial), relative to the prompt's folder. Undefined when the link leaves that folder's tree:
 * an absolute path, a drive letter or a `..` that climbs out. Both formats confine links so,
 * and a prompt from a pull request must not read what lies beside it in the repository.
 */
export function linkedPath(promptFile: string, link: string): string | undefined {
  if (link === '' || link.includes('\0') || /^([/\\]|[A-Za-z]:)/.test(link)) return undefined;
  const dir = posix.dirname(promptFile);
  const joined = posix.normalize(posix.join(dir, link.replace(/\\/g, '/')));
  const inside = dir === '.' ? !joined.startsWith('../') && joined !== '..' : joined.startsWith(`${dir}/`);
  return inside ? joined : undefined;
}

/**
 * Read a linked file's text, refusing links that leave the prompt's folder, missing files and
 * files over the prompt size limit. `at` is where the link is written, for the error.
 */
export async function readLinkedFile(source: PromptSource, link: string, at: SourceLocation, what: string): Promise<{ path: string; text: string }> {
  const path = linkedPath(source.file, link);
  if (path === undefined) {
    throw new PromptFileError(`${what} \`${link}\` points outside the prompt's folder`, {
      location: at,
      hint: 'Link only to files in the same folder as the prompt file or below it, with a relative path.',
    });
  }
  const text = await source.readFile(path);
  if (text === undefined) {
    throw new PromptFileError(`${what} \`${link}\` not found (looked for ${path})`, {
      location: at,
      hint: 'Commit the file next to the prompt, or fix the path; it is read relative to the prompt file.',
    });
  }
  if (Buffer.byteLength(text, 'utf8') > MAX_PROMPT_BYTES || text.includes('\0')) {
    throw new PromptFileError(`${what} \`${link}\` is binary or larger than ${MAX_PROMPT_BYTES / 1024} KiB`, {
      location: at,
      hint: 'Link only to small text files (JSON, YAML or text).',
    });
  }
  return { path, text };
}
