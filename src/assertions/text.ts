/** Helpers that keep reasons to one readable line. */

const PREVIEW_CHARS = 60;

/** A value in double quotes, on one line, shortened to `max` characters. */
export function quote(text: string, max = PREVIEW_CHARS): string {
  return JSON.stringify(shorten(oneLine(text), max));
}

/** How the output begins, for reasons: `output starts: "We offer…"` or `output was empty`. */
export function outputPreview(output: string): string {
  const line = oneLine(output);
  return line === '' ? 'output was empty' : `output starts: ${quote(line)}`;
}

/** Shorten to `max` characters, marking the cut with an ellipsis. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Lower case as Go's `strings.ToLower` gives it, which gh models compares with: each character
 * by its own simple mapping. JavaScript's `toLowerCase` also applies Unicode's special casing,
 * so "İSTANBUL" would become "i̇stanbul" (a dotted i, one character longer) and a word-final
 * "Σ" a "ς", and `contains: istanbul` would fail where gh models passes it.
 */
export function lowerAsGo(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  let out = '';
  for (const char of text) out += char === '\u0130' ? 'i' : char.toLowerCase();
  return out;
}
