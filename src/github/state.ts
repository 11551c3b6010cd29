import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ComparisonReport } from '../report/types.js';

/**
 * A hidden, versioned state block in the sticky comment: what promptgate needs to resume
 * without model calls (a label added, a re-run on the same head) and to tell whether an
 * acceptance is still bound to the current head. A restart or a fresh runner loses nothing.
 */
export interface SavedState {
  v: 1;
  baseSha: string;
  headSha: string;
  configHash: string;
  report: ComparisonReport;
  /** The override promptgate honoured, bound to the head it was given for. */
  acceptance?: Acceptance;
}

export interface Acceptance {
  by: string;
  role: string;
  headSha: string;
  at: string;
  /** Why, when accepted with `/promptgate accept <reason>`. */
  reason?: string;
  /** How it was given: the override label (the default) or the App's `/promptgate accept` command. */
  via?: 'label' | 'command';
}

/** What a recorded result is bound to: it is reused only for exactly these commits and config. */
export interface RecordedInputs {
  baseSha: string;
  headSha: string;
  configHash: string;
}

/**
 * The report recorded in the state block when it was computed for exactly `seen` (so reusing it
 * costs no model call), without its override: that is decided afresh for every event.
 */
export function recordedReport(previous: SavedState | undefined, seen: RecordedInputs): ComparisonReport | undefined {
  if (!previous || previous.baseSha !== seen.baseSha || previous.headSha !== seen.headSha || previous.configHash !== seen.configHash) return undefined;
  return { ...previous.report, overridden: false, override: null };
}

const OPEN = '<!-- promptgate:state v1 ';
const CLOSE = ' -->';

/**
 * The state as a comment line, or undefined when even a slimmed copy exceeds `maxChars`
 * (then a re-run recomputes, and the response cache still spares the model calls it can).
 */
export function encodeState(state: SavedState, maxChars: number): string | undefined {
  for (const slim of [(s: SavedState) => s, dropPromptTexts, shortenOutputs]) {
    state = slim(state);
    const line = OPEN + deflateRawSync(JSON.stringify(state)).toString('base64') + CLOSE;
    if (line.length <= maxChars) return line;
  }
  return undefined;
}

/** Reads the state block of a comment body; anything unreadable or of another version is ignored. */
export function decodeState(body: string): SavedState | undefined {
  const start = body.indexOf(OPEN);
  if (start < 0) return undefined;
  const end = body.indexOf(CLOSE, start + OPEN.length);
  if (end < 0) return undefined;
  try {
    const state = JSON.parse(inflateRawSync(Buffer.from(body.slice(start + OPEN.length, end), 'base64')).toString('utf8')) as SavedState;
    return state.v === 1 && typeof state.headSha === 'string' && state.report?.schemaVersion === 1 ? state : undefined;
  } catch {
    return undefined;
  }
}

function dropPromptTexts(state: SavedState): SavedState {
  return { ...state, report: { ...state.report, changedPrompts: state.report.changedPrompts.map((p) => ({ ...p, baseText: null, headText: null })) } };
}

function shortenOutputs(state: SavedState): SavedState {
  const cut = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…` : s);
  return {
    ...state,
    report: {
      ...state.report,
      tests: state.report.tests.map((t) => ({
        ...t,
        base: t.base && { ...t.base, output: cut(t.base.output), reason: cut(t.base.reason) },
        head: t.head && { ...t.head, output: cut(t.head.output), reason: cut(t.head.reason) },
      })),
    },
  };
}
