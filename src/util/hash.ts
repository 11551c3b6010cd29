import { hash } from 'node:crypto';

/** Hex SHA-256 of a string or of a value's canonical JSON (object keys sorted). */
export function sha256(input: string): string {
  // One-shot: a large suite hashes every test's variables, and a Hash object each costs more than the digest.
  return hash('sha256', input, 'hex');
}

export function canonicalJson(value: unknown): string {
  // A value already in key order is written by JSON.stringify's own fast path: a large suite
  // hashes thousands of small objects (a test's variables, its definition), most of them in order.
  return inKeyOrder(value) ? JSON.stringify(value) : JSON.stringify(value, sortedKeys);
}

function sortedKeys(_key: string, v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  const keys = Object.keys(v);
  if (keysInOrder(keys)) return v;
  return Object.fromEntries(keys.sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
}

/** Whether every object in `v` has its keys in order (and none is written through a toJSON of its own). */
function inKeyOrder(v: unknown): boolean {
  if (!v || typeof v !== 'object') return true;
  if (Array.isArray(v)) return v.every(inKeyOrder);
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  const keys = Object.keys(v);
  return keysInOrder(keys) && keys.every((k) => inKeyOrder((v as Record<string, unknown>)[k]));
}

function keysInOrder(keys: string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (!(keys[i - 1]! < keys[i]!)) return false;
  return true;
}

/** The hash of a value's canonical JSON; `undefined` (a key one side leaves out) has one of its own, unlike any JSON. */
export function hashValue(value: unknown): string {
  return sha256((canonicalJson(value) as string | undefined) ?? 'undefined');
}

/** A prompt version: the first 12 hex digits of the SHA-256 of its file content. */
export function contentVersion(content: string): string {
  return sha256(content).slice(0, 12);
}
