import { distance } from 'fastest-levenshtein';

/**
 * The known word a misspelt one most likely meant: the nearest by edit distance, when it is
 * near enough to be a typo (two edits — a swapped pair of letters is two — or a third of the
 * word's letters if more; one for words under four letters), and unambiguous. `containz` → `contains`; `model` → nothing among `tests`, `gate`.
 */
export function closestWord(word: string, known: readonly string[]): string | undefined {
  const limit = word.length < 4 ? 1 : Math.max(2, Math.floor(word.length / 3));
  const ranked = known.map((k) => ({ k, d: distance(word.toLowerCase(), k.toLowerCase()) })).filter((x) => x.d <= limit).sort((a, b) => a.d - b.d);
  const [best, next] = ranked;
  if (!best || (next && next.d === best.d)) return undefined;
  return best.k;
}

/** ` (did you mean "contains"?)`, or nothing. */
export function didYouMean(word: string, known: readonly string[]): string {
  const match = closestWord(word, known);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}
