/**
 * Numbers as both renderers (PR comment and terminal) print them. Locale is fixed so a report
 * reads the same on every runner; `—` stands for "not known".
 */

import type { FileProblem } from './types.js';

/** What a cell shows for a value that is not known (unpriced model, side that did not run). */
export const UNKNOWN = '—';

// Made on first use: the first Intl formatter loads ICU's locale data (~25 ms), which an eval
// that prints no count or cost (its table and a cached re-run's) should not pay for at start-up.
let counts: Intl.NumberFormat | undefined;
let usds: Intl.NumberFormat | undefined;
const count = { format: (n: number): string => (counts ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })).format(n) };
const fourSignificant = { format: (n: number): string => (usds ??= new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 })).format(n) };

/** 1234 → "1,234". */
export function formatCount(n: number): string {
  return count.format(n);
}

/** A score in [0, 1] with two decimals. */
export function formatScore(score: number | null): string {
  return score === null ? UNKNOWN : score.toFixed(2);
}

/** A signed change with fixed decimals: "+0.05", "-0.12", "0.00" (no sign for nothing). */
export function formatSigned(delta: number | null, digits = 2): string {
  if (delta === null) return UNKNOWN;
  const text = Math.abs(delta).toFixed(digits);
  if (Number(text) === 0) return text;
  return `${delta < 0 ? '-' : '+'}${text}`;
}

/** A signed whole-number change with thousands separators: "+1,200", "-35". */
export function formatSignedCount(delta: number | null): string {
  if (delta === null) return UNKNOWN;
  const rounded = Math.round(delta);
  return rounded === 0 ? '0' : `${rounded < 0 ? '-' : '+'}${count.format(Math.abs(rounded))}`;
}

/** A rate in [0, 1] as a percentage: "90%", "87.5%". */
export function formatPercent(rate: number | null): string {
  if (rate === null) return UNKNOWN;
  return `${Number((rate * 100).toFixed(1))}%`;
}

/** US dollars to 4 significant digits, without the `$` (Markdown math uses it): "0.001235", "12.35". */
export function formatUsd(usd: number | null): string {
  return usd === null ? UNKNOWN : fourSignificant.format(usd);
}

/** A signed dollar change to 4 significant digits: "+0.0123", "-1.5". */
export function formatSignedUsd(delta: number | null): string {
  if (delta === null) return UNKNOWN;
  if (delta === 0) return '0';
  return `${delta < 0 ? '-' : '+'}${fourSignificant.format(Math.abs(delta))}`;
}

/** Milliseconds, switching to seconds at one second: "850 ms", "1.24 s". */
export function formatMs(ms: number | null): string {
  if (ms === null) return UNKNOWN;
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Number((ms / 1000).toPrecision(3))} s`;
}

/** A run's wall time: "12.3 s", "2m 05s". */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}

/** A p-value as a reader wants it: "p=0.031", "p<0.001". */
export function formatPValue(p: number): string {
  return p < 0.001 ? 'p<0.001' : `p=${Number(p.toPrecision(2))}`;
}

/** `base → head`, or the value alone when both sides are the same. */
export function formatTransition(base: string, head: string): string {
  return base === head ? head : `${base} → ${head}`;
}

/** The 7-character form GitHub shows. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** "1 test", "2 tests". */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${formatCount(n)} ${n === 1 ? noun : nouns}`;
}

/** `file:line:col` as editors and GitHub annotations write it ('' when no file is known). */
export function problemLocation(p: FileProblem): string {
  return p.file === null ? '' : [p.file, p.line, p.line === null ? null : p.column].filter((x) => x !== null).join(':');
}

const MAX_LABEL_NAME = 60;

/**
 * A prompt as its file names it on one line of plain text: `Support reply (prompts/support)`,
 * or the id alone. The name is the PR head's text: cut to 60 characters, newlines flattened.
 */
/** Each prompt's {@link promptLabel}, by prompt id. */
export function promptLabels(prompts: readonly { id: string; name?: string }[]): ReadonlyMap<string, string> {
  return new Map(prompts.map((p) => [p.id, promptLabel(p)]));
}

export function promptLabel(p: { id: string; name?: string }): string {
  if (!p.name || p.name === p.id) return p.id;
  const name = p.name.replace(/\s+/g, ' ').trim();
  return `${name.length > MAX_LABEL_NAME ? `${name.slice(0, MAX_LABEL_NAME - 1)}…` : name} (${p.id})`;
}
