import { posix } from 'node:path';
import { PromptFileError, type SourceLocation } from '../../util/errors.js';

/** Where a Dotprompt file's problems are: the library's errors and the file's own, at their lines. */

export const DOTPROMPT_HINT = 'See the Dotprompt reference: https://google.github.io/dotprompt/reference/frontmatter/';

/** Where a template is, for the library's errors: its file, that file's text, the line the template starts on, and what to call it. */
export interface TemplateFile {
  file: string;
  content: string;
  templateLine: number;
  subject: string;
}

/** The library's message, at the file line it names (or where the named partial or type is written). */
export function libraryError(err: unknown, ctx: TemplateFile): PromptFileError {
  const raw = err instanceof Error ? err.message : String(err);
  const lines = raw.split('\n');
  // Handlebars ends block errors with the position (" - 4:3"), which the location carries instead.
  const message = (err instanceof RangeError ? `${raw} (do partials include each other?)` : lines.length > 1 ? `${lines[0]} ${lines.at(-1)}` : raw).replace(/ - \d+:\d+$/, '');
  const ex = err as { lineNumber?: number; column?: number };
  const templateLine = ex.lineNumber ?? Number(/on line (\d+)/.exec(raw)?.[1] ?? Number.NaN);
  const named = /partial (\S+) could not be found|schema with name '([^']+)'/.exec(raw);
  const location: SourceLocation = Number.isFinite(templateLine)
    ? // The grammar's parse errors name only the line.
      { file: ctx.file, line: ctx.templateLine + templateLine - 1, column: ex.column === undefined ? 1 : ex.column + 1 }
    : named
      ? { file: ctx.file, line: lineAt(ctx.content, Math.max(0, named[1] ? partialReference(ctx.content, named[1]) : ctx.content.indexOf(named[2]!))), column: 1 }
      : { file: ctx.file, line: ctx.templateLine, column: 1 };
  return new PromptFileError(`the Dotprompt library cannot render ${ctx.subject}: ${message.replace(/^Error: /, '')}`, {
    location,
    hint: named?.[1]
      ? `Dotprompt reads the partial {{> ${named[1]}}} from _${posix.basename(named[1])}.prompt in the prompt's folder; add that file or remove the reference.`
      : `${DOTPROMPT_HINT} (templates: https://google.github.io/dotprompt/reference/template/)`,
    cause: err,
  });
}


/** `{{#role "user"}}…{{/role}}`: the library's `role` helper ignores a block, so its text is always dropped. */
export const ROLE_BLOCK = /\{\{#role\b/;

export function noMessages(file: string, layout: { template: string; templateLine: number }): PromptFileError {
  const block = ROLE_BLOCK.exec(layout.template);
  return new PromptFileError('the Dotprompt library renders this file to no message at all', {
    location: { file, line: block ? layout.templateLine + lineAt(layout.template, block.index) - 1 : layout.templateLine, column: 1 },
    hint: block
      ? '`role` is not a block helper: `{{#role "user"}}…{{/role}}` drops its text. Write `{{role "user"}}` on a line, then the text.'
      : 'Write the prompt text after the front matter.',
  });
}


/** Offset of `{{> name` (or `[name]`, `"name"`) in the file, or -1 (the reference is in another partial). */
export function partialReference(content: string, name: string): number {
  return content.search(new RegExp(`\\{\\{~?>\\s*["'[]?${escapeRegExp(name)}`));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}
