import { PromptFileError } from '../util/errors.js';
import { contentVersion } from '../util/hash.js';
import { readDotprompt } from './formats/dotprompt.js';
import { readGitHubModels } from './formats/github-models.js';
import { MAX_PROMPT_BYTES } from './formats/linked-files.js';
import { readPlain } from './formats/plain.js';
import { readPrompty } from './formats/prompty.js';
import type { PromptDraft, PromptSource } from './formats/types.js';
import type { Prompt, PromptFormat } from './model.js';

export { MAX_PROMPT_BYTES };

/** Extensions in match order: `.prompt.yml` must win over a plain `.yml`, `.prompt` is Dotprompt. */
const EXTENSIONS: readonly { suffix: string; format: PromptFormat }[] = [
  { suffix: '.prompt.yml', format: 'github-models' },
  { suffix: '.prompt.yaml', format: 'github-models' },
  { suffix: '.prompty', format: 'prompty' },
  { suffix: '.prompt', format: 'dotprompt' },
  { suffix: '.md', format: 'plain' },
  { suffix: '.txt', format: 'plain' },
];

const READERS: Record<PromptFormat, (source: PromptSource) => PromptDraft | Promise<PromptDraft>> = {
  'github-models': readGitHubModels,
  prompty: readPrompty,
  dotprompt: readDotprompt,
  plain: readPlain,
};

/** How a file came to be read: `named` when a user named it exactly (command line, or a path in `prompts:`). */
export interface PromptFileOptions {
  named?: boolean;
}

/**
 * The prompt format of a path, by extension; undefined when it is not a prompt file. A file
 * named exactly may be any `*.yml`/`*.yaml`: `gh models eval` reads whatever file it is given.
 */
export function promptFormatFor(path: string, opts: PromptFileOptions = {}): PromptFormat | undefined {
  return extensionOf(path, opts)?.format;
}

export interface ParseOptions extends PromptFileOptions {
  /** Overrides the default id (the path without its prompt extension). */
  id?: string;
  /**
   * Reads another file of the same source, for Prompty `${file:…}` references and Dotprompt
   * partials. Without it a prompt that needs one is refused as if the file did not exist.
   */
  readFile?: (path: string) => Promise<string | undefined>;
}

/**
 * Read one prompt file into the prompt model. Every problem is a PromptFileError with the
 * file, line and column, and a hint. The default id is the path without its prompt extension,
 * e.g. `prompts/support.prompt.yml` → `prompts/support`.
 */
export async function parsePromptFile(path: string, content: string, opts: ParseOptions = {}): Promise<Prompt> {
  const file = path.replace(/\\/g, '/');
  const ext = extensionOf(file, opts);
  if (!ext) {
    throw new PromptFileError('not a prompt file', {
      location: { file, line: 1, column: 1 },
      hint: `Name prompt files ${EXTENSIONS.map((e) => `*${e.suffix}`).join(', ')}.`,
    });
  }
  checkBounds(file, content);
  const draft = await READERS[ext.format]({ file, content, readFile: opts.readFile ?? noOtherFiles });
  return {
    id: opts.id ?? defaultPromptId(file, opts),
    path: file,
    format: ext.format,
    ...draft,
    ...boundedTitles(draft),
    version: contentVersion(content),
    meta: {},
  };
}

/** Longest `name:` and `description:` kept: they are shown in every report, and come from the PR head. */
const MAX_NAME_CHARS = 200;
const MAX_DESCRIPTION_CHARS = 1000;

/** The file's `name:` and `description:`, cut so that one file cannot fill a report with them. */
function boundedTitles(draft: PromptDraft): Pick<Prompt, 'name' | 'description'> {
  const cut = (text: string, max: number) => (text.length > max ? `${[...text].slice(0, max - 1).join('')}…` : text);
  return {
    ...(draft.name !== undefined ? { name: cut(draft.name, MAX_NAME_CHARS) } : {}),
    ...(draft.description !== undefined ? { description: cut(draft.description, MAX_DESCRIPTION_CHARS) } : {}),
  };
}

/** A prompt's id when the config gives none: its path without the prompt extension. */
export function defaultPromptId(path: string, opts: PromptFileOptions = {}): string {
  const file = path.replace(/\\/g, '/');
  const ext = extensionOf(file, opts);
  return ext ? file.slice(0, file.length - ext.suffix.length) : file;
}

async function noOtherFiles(): Promise<undefined> {
  return undefined;
}

function extensionOf(path: string, opts: PromptFileOptions): { suffix: string; format: PromptFormat } | undefined {
  const lower = path.toLowerCase();
  const known = EXTENSIONS.find(({ suffix }) => lower.endsWith(suffix));
  // `_name.prompt` is a Dotprompt partial, included by prompts, never a prompt of its own.
  if (known?.format === 'dotprompt' && lower.slice(lower.lastIndexOf('/') + 1).startsWith('_')) return undefined;
  if (known || !opts.named) return known;
  const yaml = ['.yml', '.yaml'].find((suffix) => lower.endsWith(suffix));
  return yaml === undefined ? undefined : { suffix: yaml, format: 'github-models' };
}

/** An oversized prompt file is refused by its size alone (a source checks it before reading). */
export function checkPromptSize(file: string, bytes: number): void {
  if (bytes > MAX_PROMPT_BYTES) {
    throw new PromptFileError(`the file is ${Math.ceil(bytes / 1024)} KiB; prompt files may be at most ${MAX_PROMPT_BYTES / 1024} KiB`, {
      location: { file, line: 1, column: 1 },
      hint:
        'Move large reference text out of the prompt (e.g. into a test variable), ' +
        'or exclude this file from `prompts:` in promptgate.yml.',
    });
  }
}

/** Refuse oversized and binary content before any parser sees it. */
function checkBounds(file: string, content: string): void {
  checkPromptSize(file, Buffer.byteLength(content, 'utf8'));
  const nul = content.indexOf('\0');
  if (nul !== -1) {
    const before = content.slice(0, nul);
    const line = before.split('\n').length;
    throw new PromptFileError('the file contains a NUL byte, so it looks binary, not like a text prompt', {
      location: { file, line, column: nul - before.lastIndexOf('\n') },
      hint: 'Check that this path really is a prompt file, or exclude it from `prompts:` in promptgate.yml.',
    });
  }
}
