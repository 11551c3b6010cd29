/** Where a value was written, as the text YAML typed it from; undefined where none is written (an alias). */
export type WrittenText = (path: readonly PropertyKey[]) => string | undefined;

const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

/**
 * Go's `fmt.Sprintf("%v", v)` of a YAML value decoded into `interface{}`: `<nil>`, `[a b]`,
 * `map[k:v]` with sorted keys, `true`, integers in full and floats in `%g` form (`1.5`,
 * `1e-05`, `1.2345675e+06`, and `1e+06` for `1000000.0`). `written` tells an integer from a
 * whole float where they print differently, and keeps the digits of one past 2^53.
 */
export function goValueText(value: unknown, written?: WrittenText, path: readonly PropertyKey[] = []): string {
  if (value === null || value === undefined) return '<nil>';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return goNumber(value, () => written?.(path));
  if (Array.isArray(value)) return `[${value.map((v, i) => goValueText(v, written, [...path, i])).join(' ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `map[${entries.map(([k, v]) => `${k}:${goValueText(v, written, [...path, k])}`).join(' ')}]`;
  }
  return String(value);
}

function goNumber(n: number, written: () => string | undefined): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : '-Inf';
  // Below 1e6 a whole number prints alike as a Go int and a Go float; past it, only its text
  // says which YAML made of it (`1500000` or `1500000.0`), and past 2^53 only its text has every digit.
  if (Number.isInteger(n)) {
    if (Math.abs(n) < 1e6) return n.toFixed(0);
    const text = written();
    if (text === undefined) return n.toFixed(0);
    const int = goInt(text);
    if (int !== undefined) return int;
  }
  // Shortest round-trip digits, as both languages choose them; %g switches to an exponent
  // outside 1e-4 ≤ |n| < 1e6, with at least two exponent digits.
  const [mantissa, exp] = n.toExponential().split('e') as [string, string];
  const e = Number(exp);
  if (e < -4 || e >= 6) return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return String(n);
}

/** An integer as yaml.v3 reads it (an int64, else a uint64) in decimal; undefined for a float or one past both. */
function goInt(text: string): string | undefined {
  const match = /^([-+]?)(0x[0-9a-f]+|0o[0-7]+|[0-9]+)$/i.exec(text.trim());
  if (!match) return undefined;
  const magnitude = BigInt(match[2]!.toLowerCase());
  const int = match[1] === '-' ? -magnitude : magnitude;
  return int >= INT64_MIN && int <= UINT64_MAX ? int.toString() : undefined;
}
