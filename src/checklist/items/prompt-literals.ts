import pLimit from 'p-limit';
import type { FileSource } from '../../source/types.js';

/** A string literal in source code that reads like a prompt, outside any prompt file. */
export interface PromptLiteral {
  file: string;
  /** 1-based line the literal starts on. */
  line: number;
  /** Its first words, for the reader. */
  preview: string;
}

export interface PromptLiteralScan {
  literals: PromptLiteral[];
  /** Source files read. */
  scanned: number;
  /** Source files left out: over the size cap, or beyond the file cap. */
  skipped: number;
}

/** Languages whose string literals are scanned. */
const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|py|go|rb|java|kt|kts|cs|php|rs|swift|scala)$/i;
/** Third-party, generated and test code: a prompt there is not the application's. */
const NOT_APPLICATION_CODE =
  /(^|\/)(node_modules|vendor|dist|build|out|third_party|\.git|__snapshots__|test|tests|__tests__|spec)\/|\.(test|spec)\.[^/]+$|_test\.go$|(^|\/)test_[^/]+\.py$|\.min\.js$/i;

/** 256 KiB: larger "source" files are generated or bundled. */
const MAX_FILE_CHARS = 256 * 1024;
const MAX_FILES = 2000;
const MIN_PROMPT_CHARS = 80;

/**
 * String, template, raw and triple-quoted literals. Single-quoted and double-quoted ones end at
 * the line; backtick and triple-quoted ones may span lines.
 */
const LITERAL = /"""([\s\S]*?)"""|'''([\s\S]*?)'''|`((?:\\[\s\S]|[^\\`])*)`|"((?:\\.|[^"\\\n])*)"|'((?:\\.|[^'\\\n])*)'/g;
/** What may stand between two literals that make one string: `+`, whitespace, a line continuation. */
const JOINER = /^(?:\s|\+|\\\n)*$/;
/** How system prompts open… */
const PROMPT_OPENING = /^(you are|you're|as an ai|act as|your (role|task|job) is|you will (be given|receive|act as))\b/i;
/** …and phrases only instructions to a model use. */
const PROMPT_PHRASE = /\b(respond only (with|in)|reply only (with|in)|answer only (with|from|in|using)|do not reveal (these|your|the) (instructions|system prompt)|you must (always|never) (respond|answer|reply))\b/i;

/**
 * Scans the application's source files for prompt-like string literals: prompts kept in code
 * are neither versioned as prompts nor evaluated.
 */
export async function scanPromptLiterals(files: FileSource): Promise<PromptLiteralScan> {
  const candidates = (await files.listFiles()).filter((f) => SOURCE_FILE.test(f) && !NOT_APPLICATION_CODE.test(f));
  const chosen = candidates.slice(0, MAX_FILES);
  let unread = 0;
  const limit = pLimit(8);
  const found = await Promise.all(
    chosen.map((file) =>
      limit(async () => {
        const text = await files.readFile(file);
        if (text === undefined || text.length > MAX_FILE_CHARS) {
          unread++;
          return [];
        }
        return promptLiteralsIn(file, text);
      }),
    ),
  );
  return { literals: found.flat(), scanned: chosen.length - unread, skipped: candidates.length - chosen.length + unread };
}

/** Prompt-like literals in one file's text, adjacent literals joined as the language joins them. */
export function promptLiteralsIn(file: string, text: string): PromptLiteral[] {
  const literals: { start: number; end: number; value: string }[] = [];
  for (const m of text.matchAll(LITERAL)) {
    const value = unescape(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '');
    const start = m.index;
    const end = start + m[0].length;
    const previous = literals.at(-1);
    if (previous && JOINER.test(text.slice(previous.end, start))) {
      previous.value += value;
      previous.end = end;
    } else literals.push({ start, end, value });
  }
  return literals
    .filter(({ value }) => looksLikePrompt(value))
    .map(({ start, value }) => ({ file, line: lineAt(text, start), preview: value.trim().replace(/\s+/g, ' ').slice(0, 40) }));
}

function looksLikePrompt(value: string): boolean {
  const text = value.trim();
  return text.length >= MIN_PROMPT_CHARS && (PROMPT_OPENING.test(text) || PROMPT_PHRASE.test(text));
}

function unescape(raw: string): string {
  return raw.replace(/\\([nrt"'`\\])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
