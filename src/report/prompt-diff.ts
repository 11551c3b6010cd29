import { diffLines, diffWordsWithSpace, structuredPatch, type Change } from 'diff';
import { breakCommentDelimiters, codeBlock, preContent, safeSlice, truncate } from './escape.js';
import { formatCount, plural } from './format.js';

/** Lines of unchanged text kept around each change. */
const CONTEXT_LINES = 2;
/** At most this many lines per diff, whatever the budget: past that a reviewer opens the file. */
const MAX_LINES = 150;
/** Unchanged text inside a changed line is shortened to this much on each side of a change. */
const SAME_TEXT_WINDOW = 60;
/** One added, removed or context run of text is cut at this length. */
const MAX_RUN_CHARS = 1_000;
/** Give up on a word diff past this many edits (a rewrite reads better line by line anyway). */
const MAX_WORD_EDITS = 3_000;
/** A changed line "reads as a sentence" with at least this many words… */
const SENTENCE_WORDS = 8;
/** …and this many characters. */
const SENTENCE_CHARS = 40;
/** Room kept for the "N more lines" note. */
const NOTE_RESERVE = 120;
/** Newlines inside `<pre>` are written as a reference so the block stays one source line (see preBlock). */
const LINE_BREAK = '&#10;';

/**
 * The change to one prompt file as Markdown of at most `maxChars` characters.
 *
 * Prose (see {@link isProse}) gets a word-level diff in an HTML `<pre>` with `<del>`/`<ins>`,
 * showing changed lines with a little context; anything else (YAML settings, JSON, short lines)
 * a line-level ```diff block. An added or deleted file is all `+` or all `-` lines. Everything
 * past the budget or {@link MAX_LINES} is replaced by a note saying how much was left out.
 */
export function renderPromptDiff(baseText: string | null, headText: string | null, path: string, maxChars = 6_000): string {
  if (baseText === null && headText === null) return truncate('_No content at either side._', maxChars);
  if (baseText === headText) return truncate('_Content unchanged._', maxChars);
  const base = baseText ?? '';
  const head = headText ?? '';
  if (baseText !== null && headText !== null && isProse(diffLines(base, head), path)) {
    const words = diffWordsWithSpace(base, head, { maxEditLength: MAX_WORD_EDITS });
    if (words) return renderWordDiff(words, maxChars);
  }
  return renderLineDiff(base, head, maxChars);
}

/**
 * The documented rule: text is prose when at least half of its changed non-blank lines read
 * as sentences — at least {@link SENTENCE_WORDS} words and {@link SENTENCE_CHARS} characters
 * once indentation, a list marker and (in YAML/JSON prompt files, whose message contents are
 * prose) a leading `key:` are removed.
 */
export function isProse(lines: Change[], path: string): boolean {
  const structured = /\.(ya?ml|json|prompty)$/i.test(path);
  const changed = lines
    .filter((c) => c.added || c.removed)
    .flatMap((c) => c.value.split('\n'))
    .map((line) => stripLineSyntax(line, structured))
    .filter((line) => line !== '');
  const sentences = changed.filter((line) => line.length >= SENTENCE_CHARS && line.split(/\s+/).length >= SENTENCE_WORDS);
  return changed.length > 0 && sentences.length * 2 >= changed.length;
}

function stripLineSyntax(line: string, structured: boolean): string {
  const bare = line.trim().replace(/^(?:[-*+]|\d+[.)])\s+/, '');
  return structured ? bare.replace(/^["']?[\w.-]+["']?\s*:\s*[|>]?[-+]?\s*/, '').replace(/^["']|["'],?$/g, '') : bare;
}

type Segment = { kind: 'same' | 'del' | 'ins'; text: string };

function renderWordDiff(changes: Change[], maxChars: number): string {
  const lines = splitIntoLines(changes);
  const changed = lines.map((line) => line.some((s) => s.kind !== 'same'));
  const limit = maxChars - NOTE_RESERVE;
  const shown: string[] = [];
  let size = '<pre></pre>'.length;
  let skipped = 0;
  let hidden = 0;
  const gap = () => (skipped > 0 ? [`… ${plural(skipped, 'unchanged line')} …`] : []);
  const tryShow = (parts: string[]) => {
    const needed = parts.reduce((n, p) => n + p.length + LINE_BREAK.length, 0);
    if (shown.length + parts.length > MAX_LINES || size + needed > limit) return false;
    shown.push(...parts);
    size += needed;
    skipped = 0;
    return true;
  };
  for (let i = 0; i < lines.length; i++) {
    const nearChange = changed.slice(Math.max(0, i - CONTEXT_LINES), i + CONTEXT_LINES + 1).some(Boolean);
    if (!nearChange) skipped++;
    else if (hidden > 0 || !tryShow([...gap(), renderLine(lines[i]!)])) hidden += changed[i] ? 1 : 0;
  }
  if (hidden === 0) tryShow(gap());
  const body = shown.length ? `<pre>${shown.join(LINE_BREAK)}</pre>` : '';
  const note = hidden > 0 ? `\n_… ${plural(hidden, 'more changed line')} not shown (diff capped); see the file in the PR._` : '';
  return fit(body, note, maxChars);
}

/** Change runs regrouped into display lines; a run spanning a newline continues on the next line. */
function splitIntoLines(changes: Change[]): Segment[][] {
  const lines: Segment[][] = [[]];
  for (const change of changes) {
    const kind = change.added ? 'ins' : change.removed ? 'del' : 'same';
    change.value.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece !== '') lines[lines.length - 1]!.push({ kind, text: piece });
    });
  }
  if (lines.length > 1 && lines[lines.length - 1]!.length === 0) lines.pop();
  return lines;
}

function renderLine(line: Segment[]): string {
  const hasChange = line.some((s) => s.kind !== 'same');
  return line
    .map((segment, i) => {
      if (segment.kind !== 'same') return `<${segment.kind}>${preContent(truncate(segment.text, MAX_RUN_CHARS))}</${segment.kind}>`;
      const text = hasChange ? shortenAroundChanges(segment.text, i === 0, i === line.length - 1) : truncate(segment.text, MAX_RUN_CHARS);
      return preContent(text);
    })
    .join('');
}

/**
 * Unchanged text in a changed line keeps only the characters nearest the changes: the end of
 * the text before the first change, the start of the text after the last, both ends between.
 */
function shortenAroundChanges(text: string, isFirst: boolean, isLast: boolean): string {
  if (text.length <= SAME_TEXT_WINDOW * 2 + 1) return text;
  const start = isFirst ? '' : safeSlice(text, SAME_TEXT_WINDOW);
  const end = isLast ? '' : safeTail(text, SAME_TEXT_WINDOW);
  return `${start}…${end}`;
}

function safeTail(text: string, n: number): string {
  const start = text.length - n;
  const code = text.charCodeAt(start);
  return text.slice(code >= 0xdc00 && code <= 0xdfff ? start + 1 : start);
}

function renderLineDiff(base: string, head: string, maxChars: number): string {
  const patch = structuredPatch('base', 'head', base, head, '', '', { context: 3 });
  const lines = patch.hunks.flatMap((h) => [
    `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`,
    ...h.lines.filter((l) => !l.startsWith('\\')).map((l) => breakCommentDelimiters(truncate(l, MAX_RUN_CHARS))),
  ]);
  const longestRun = Math.max(0, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
  const overhead = 2 * Math.max(3, longestRun + 1) + 'diff'.length + 2;
  const kept: string[] = [];
  let size = overhead;
  for (const line of lines) {
    if (kept.length >= MAX_LINES || size + line.length + 1 > maxChars - NOTE_RESERVE) break;
    kept.push(line);
    size += line.length + 1;
  }
  const left = lines.length - kept.length;
  const note = left > 0 ? `\n_… ${formatCount(left)} more diff lines not shown (diff capped); see the file in the PR._` : '';
  return fit(kept.length > 0 ? codeBlock(kept.join('\n'), 'diff') : '', note, maxChars);
}

/** Body and note within the budget; the note (plain text) is what gives way last. */
function fit(body: string, note: string, maxChars: number): string {
  const text = `${body}${note}`.replace(/^\n/, '');
  if (text.length <= maxChars) return text;
  return truncate('_Diff too large to show here; see the file in the PR._', maxChars);
}
