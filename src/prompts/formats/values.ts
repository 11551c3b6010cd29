/** Small value helpers shared by the format readers. */

/** A copy without the keys whose value is undefined, so drafts compare and serialise cleanly. */
export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A variable value as text: strings as written, other scalars via String, lists and mappings as JSON. */
export function varText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** `stop: "###"` and `stop: ["###"]` both mean a list of stop sequences. */
export function stopList(stop: string | string[] | undefined): string[] | undefined {
  return typeof stop === 'string' ? [stop] : stop;
}

/**
 * Front matter without its empty keys (`input:` whose lines are commented out is null), at the top
 * and inside the `nested` mappings: both formats' runtimes read an empty key as absent.
 */
export function withoutEmptyKeys(value: unknown, nested: readonly string[]): unknown {
  const drop = (v: unknown): unknown =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter(([, item]) => item !== null)) : v;
  const top = drop(value);
  if (top === null || typeof top !== 'object' || Array.isArray(top)) return top;
  return Object.fromEntries(Object.entries(top).map(([key, item]) => [key, nested.includes(key) ? drop(item) : item]));
}
