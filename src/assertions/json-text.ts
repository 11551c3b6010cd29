/** Reading JSON out of model output, which often arrives wrapped in a Markdown code fence. */

export type JsonReading =
  | { ok: true; value: unknown; fenced: boolean }
  | { ok: false; error: string };

const WHOLE_FENCE = /^```[\w-]*[ \t]*\r?\n([\s\S]*?)\r?\n?```$/;

/**
 * Parse output that is JSON, or one fenced block of JSON (```json … ```) and nothing else.
 * Prose around the fence is not accepted: a consumer parsing the output would choke on it.
 */
export function readJsonOutput(output: string): JsonReading {
  const trimmed = output.trim();
  const fence = WHOLE_FENCE.exec(trimmed);
  const body = fence ? (fence[1] as string) : trimmed;
  try {
    return { ok: true, value: JSON.parse(body), fenced: fence !== null };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

/**
 * Find the first JSON object in free text (a judge's answer may add a fence, a preamble or
 * trailing remarks). Scans balanced braces outside strings so `}` inside a reason is fine.
 */
export function findJsonObject(text: string): Record<string, unknown> | undefined {
  for (let start = text.indexOf('{'); start >= 0; start = text.indexOf('{', start + 1)) {
    const end = matchingBrace(text, start);
    if (end < 0) continue;
    try {
      const value: unknown = JSON.parse(text.slice(start, end + 1));
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // Not JSON after all (e.g. a `{placeholder}` in prose): keep scanning.
    }
  }
  return undefined;
}

function matchingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}
