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
