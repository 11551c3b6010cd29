import { hash } from 'node:crypto';

/** Hex SHA-256 of a string or of a value's canonical JSON (object keys sorted). */
export function sha256(input: string): string {
  // One-shot: a large suite hashes every test's variables, and a Hash object each costs more than the digest.
  return hash('sha256', input, 'hex');
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortedKeys);
}

function sortedKeys(_key: string, v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  const keys = Object.keys(v);
  // An object whose keys already come in order is written as it is: a large suite hashes
  // thousands of small objects (a test's variables, its assertions), most of them in order.
  let ordered = true;
  for (let i = 1; i < keys.length && ordered; i++) ordered = keys[i - 1]! < keys[i]!;
  if (ordered) return v;
  return Object.fromEntries(keys.sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
}

export function hashValue(value: unknown): string {
  return sha256(canonicalJson(value));
}

/** A prompt version: the first 12 hex digits of the SHA-256 of its file content. */
export function contentVersion(content: string): string {
  return sha256(content).slice(0, 12);
}
