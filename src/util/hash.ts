import { hash } from 'node:crypto';

/** Hex SHA-256 of a string or of a value's canonical JSON (object keys sorted). */
export function sha256(input: string): string {
  // One-shot: a large suite hashes every test's variables, and a Hash object each costs more than the digest.
  return hash('sha256', input, 'hex');
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

export function hashValue(value: unknown): string {
  return sha256(canonicalJson(value));
}

/** A prompt version: the first 12 hex digits of the SHA-256 of its file content. */
export function contentVersion(content: string): string {
  return sha256(content).slice(0, 12);
}
