/**
 * The budget every section of the PR comment is cut to: whole items only, then a note saying
 * how many were left out. Items are rendered lazily, so a 5,000-test report renders only what
 * is shown.
 */

/** Raw length at which a reason, message or name is cut before escaping. */
export const MAX_REASON_CHARS = 400;
export const MAX_NAME_CHARS = 100;
/** Names listed per kind of other change (flaky, new, removed, errored), and prompts per growth list. */
export const MAX_NAMES = 15;

/**
 * `heading`, then as many items as fit in `budget` (at most `max`), then `closing`, then a note
 * counting the rest (after a blank line, so it never becomes a table row). '' when not even
 * one item fits: a heading over nothing, or an unclosed tag, would be worse than no section.
 */
export function fitItems<T>(opts: {
  heading: string;
  items: readonly T[];
  render: (item: T) => string;
  budget: number;
  max: number;
  more: (left: number) => string;
  closing?: string;
}): string {
  const { heading, items, render, budget, max, more, closing = '' } = opts;
  const noteRoom = more(items.length).length + 2;
  let text = heading;
  let shown = 0;
  for (const item of items) {
    if (shown >= max) break;
    const piece = `\n${render(item)}`;
    if (text.length + piece.length + closing.length + noteRoom > budget) break;
    text += piece;
    shown++;
  }
  if (shown === 0) return '';
  const left = items.length - shown;
  return `${text}${closing}${left > 0 ? `\n\n${more(left)}` : ''}`;
}
