/**
 * Making untrusted text (model outputs, prompt text, test names, paths from a PR) inert in a
 * GitHub comment and in a terminal.
 *
 * What GitHub does with a comment body (GFM spec, github.github.com/gfm; html-pipeline's
 * sanitisation and mention filters): Markdown is rendered first, raw HTML is kept and then
 * sanitised against an allow-list (details, summary, table, pre, code, del, ins, sub, sup, br…
 * survive; script, style, on* attributes do not). After that, @mentions and #123 / GH-123 /
 * owner/repo#123 references are linked in every text node that is not inside `pre`, `code` or
 * `a` — and a linked mention notifies its user. So escaping HTML is not enough: mentions and
 * references must be broken in the text itself.
 */

import { formatCount } from './format.js';

/** Zero-width space: invisible, but no mention or reference pattern matches across it. */
const ZWSP = '\u200B';

/**
 * Characters written as numeric references. A reference is literal text both in Markdown (it
 * never opens emphasis, links, code or math) and in raw HTML, and a `&#124;` does not split a
 * GFM table cell — so the same escaped string is safe in either context.
 */
const REFERENCE: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '!': '&#33;',
  '*': '&#42;',
  _: '&#95;',
  '`': '&#96;',
  '~': '&#126;',
  '\\': '&#92;',
  $: '&#36;',
};
const SPECIAL = /[&<>"'|[\]()!*_`~\\$]/g;

/** Line-start markers that would make a heading, list, quote or setext underline. */
const BLOCK_START = /^(?:[#+=-]|\d+\.)/;

/** C0/C1 controls (not tab/newline) and bidi overrides that can disguise what text says. */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Breaks @mentions, #123, GH-123 and owner/repo#123 (and email autolinks) with a zero-width space. */
export function neutraliseReferences(text: string): string {
  return text.replace(/@/g, `@${ZWSP}`).replace(/(#|\bgh-)(?=\d)/gi, `$1${ZWSP}`);
}

/**
 * Breaks bare URLs, which GFM would turn into links: a link in a bot's comment looks vouched
 * for, so an output saying "log in at https://…" must not be one click away.
 */
function unlink(text: string): string {
  return text.replace(/:\/\//g, `:/${ZWSP}/`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}

function encode(text: string): string {
  return text.replace(SPECIAL, (c) => REFERENCE[c]!);
}

/**
 * Untrusted text for one line of Markdown or HTML (a table cell, a `<summary>`, a list item):
 * HTML and Markdown syntax escaped, mentions, references and bare URLs broken, control
 * characters replaced, and every run of whitespace that holds a newline collapsed to one space.
 */
export function escapeInline(text: string): string {
  const flat = text.replace(CONTROL, '\uFFFD').replace(/\s*[\r\n]\s*/g, ' ').trim();
  const escaped = encode(neutraliseReferences(unlink(flat)));
  return escaped.replace(BLOCK_START, (m) => `${m.slice(0, -1)}&#${m.charCodeAt(m.length - 1)};`);
}

/** `<code>` with escaped content: unlike a backtick code span, safe inside a table cell. */
export function inlineCode(text: string): string {
  return `<code>${escapeInline(text)}</code>`;
}

/**
 * Breaks HTML comment delimiters (`<!--`, `-->`, `--!>`) with a zero-width space. Text that is
 * shown literally (a code block) cannot be escaped, yet its raw form is part of the comment
 * body: untrusted text must never open or close a comment there, nor pass for promptgate's own
 * hidden blocks (markers, state).
 */
export function breakCommentDelimiters(text: string): string {
  return text.replace(/<!--/g, `<!-${ZWSP}-`).replace(/--(!?)>/g, `-${ZWSP}-$1>`);
}

/**
 * A Markdown fenced code block whose fence is longer than any backtick run in `text`, so
 * nothing inside can close it. The content is literal: GitHub neither renders Markdown or
 * HTML in it nor links mentions (its mention filter skips `pre`/`code`), so it is copied
 * out as written, except that HTML comment delimiters are broken (see breakCommentDelimiters).
 * Must start on its own line, after a blank line when it follows HTML.
 */
export function codeBlock(text: string, lang = ''): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const info = /^[\w+#.-]*$/.test(lang) ? lang : '';
  const body = breakCommentDelimiters(text.replace(CONTROL, '\uFFFD'));
  return `${fence}${info}\n${body}${body.endsWith('\n') || body === '' ? '' : '\n'}${fence}`;
}

/**
 * Multi-line untrusted text as an HTML `<pre>`, for use inside HTML (a `<td>`, `<details>`).
 * Newlines become `&#10;` so the block is one source line: a blank line in the output would
 * otherwise end GitHub's raw-HTML block and turn the rest into Markdown. Content is escaped
 * for both HTML and Markdown, so it stays inert even where a caller puts it inline. Mentions
 * are broken too — GitHub skips `pre` today, but a ping cannot be taken back.
 */
export function preBlock(text: string): string {
  return `<pre>${preContent(text)}</pre>`;
}

/** The escaped inside of a `<pre>` (see {@link preBlock}), for callers that add markup around parts. */
export function preContent(text: string): string {
  return encode(neutraliseReferences(text.replace(CONTROL, '\uFFFD'))).replace(/\r?\n/g, '&#10;');
}

/**
 * `text` cut to at most `maxChars` UTF-16 units including the note, never between the two
 * halves of a surrogate pair. `note` gets the number of characters cut.
 */
export function truncate(text: string, maxChars: number, note: (cut: number) => string = cutNote): string {
  if (text.length <= maxChars) return text;
  let keep = Math.max(0, maxChars - note(text.length - maxChars).length);
  while (keep > 0 && (keep + note(text.length - keep).length > maxChars || isHighSurrogate(text.charCodeAt(keep - 1)))) keep--;
  const suffix = note(text.length - keep);
  return keep + suffix.length <= maxChars ? text.slice(0, keep) + suffix : safeSlice(text, maxChars);
}

/** The default truncation note. */
export function cutNote(cut: number): string {
  return ` … (${formatCount(cut)} more characters)`;
}

/** The first `maxChars` UTF-16 units of `text`, one less if that would split a surrogate pair. */
export function safeSlice(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const end = maxChars > 0 && isHighSurrogate(text.charCodeAt(maxChars - 1)) ? maxChars - 1 : maxChars;
  return text.slice(0, end);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Untrusted text for a terminal: control characters (ANSI escapes that could move the cursor,
 * rewrite the title or hide output) and bidi overrides are replaced with U+FFFD.
 */
export function escapeTerminal(text: string): string {
  return text.replace(CONTROL, '\uFFFD');
}
