import { PromptFileError } from '../../util/errors.js';
import type { PromptMessage, Role } from '../model.js';

/** A message cut from a template body, with the file position its content starts at (for errors). */
export interface MessageSource extends PromptMessage {
  line: number;
  column: number;
}

export interface RoleLineOptions {
  /** Matches a whole line that starts a message; group 1 is the role name. */
  header: RegExp;
  /** Role of any text before the first header. */
  leadingRole: Role;
  /** 1-based file line where `body` starts. */
  bodyLine: number;
}

/**
 * Cut a body into messages at role header lines (`system:`, `user:` …). Content is trimmed and
 * messages left empty are dropped, as Prompty's chat parser does.
 */
export function splitRoleLines(body: string, opts: RoleLineOptions): MessageSource[] {
  const chunks: { role: Role; lines: string[]; line: number }[] = [];
  let current = { role: opts.leadingRole, lines: [] as string[], line: opts.bodyLine };
  chunks.push(current);
  body.split('\n').forEach((text, i) => {
    const header = opts.header.exec(text);
    if (header) {
      current = { role: header[1]!.toLowerCase() as Role, lines: [], line: opts.bodyLine + i + 1 };
      chunks.push(current);
    } else {
      current.lines.push(text);
    }
  });
  return chunks.flatMap(({ role, lines, line }) => {
    const raw = lines.join('\n');
    const content = raw.trim();
    if (content === '') return [];
    return [{ role, content, ...startOf(raw, line, 1) }];
  });
}

/** File position where `raw.trimStart()` begins, given that `raw` begins at line/column. */
export function startOf(raw: string, line: number, column: number): { line: number; column: number } {
  const leading = raw.slice(0, raw.length - raw.trimStart().length);
  const lastBreak = leading.lastIndexOf('\n');
  if (lastBreak === -1) return { line, column: column + leading.length };
  return { line: line + countNewlines(leading), column: leading.length - lastBreak };
}

/**
 * Drop the source positions, keeping the prompt model's message shape. A template without any
 * text is an error: sending empty prompts would only produce meaningless scores.
 */
export function toMessages(sources: MessageSource[], where: { file: string; line: number }): PromptMessage[] {
  if (sources.length === 0) {
    throw new PromptFileError('the prompt has no text', {
      location: { file: where.file, line: where.line, column: 1 },
      hint: 'Write the prompt text here (after the front matter, if the file has one).',
    });
  }
  return sources.map(({ role, content }) => ({ role, content }));
}

/** 1-based line and column of `offset` in a body that starts at `bodyLine`. */
export function positionAt(body: string, offset: number, bodyLine: number): [line: number, column: number] {
  const before = body.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return [bodyLine + countNewlines(before), offset - lineStart + 1];
}

function countNewlines(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === '\n') n++;
  return n;
}
