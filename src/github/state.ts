import { createHmac, timingSafeEqual } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Acceptance } from '../gate/override.js';
import type { ComparisonReport } from '../report/types.js';

export type { Acceptance } from '../gate/override.js';

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

/** What a recorded result is bound to: it is reused only for exactly these commits and config. */
export interface RecordedInputs {
  baseSha: string;
  headSha: string;
  configHash: string;
}

const OPEN = '<!-- promptgate:state v1 ';
const CLOSE = ' -->';
const SIGNATURE = 'sig=';

/**
 * The key that authenticates a state block. The App signs its state with a key of its own (see
 * `stateKey`), so an edit of its comment by anyone else (another app, a workflow token) is
 * detected; the Action has no secret that outlives a run, so its state is never trusted to grant
 * anything: it may only restrict (the head a result was shown for).
 */
export type StateKey = string | undefined;

/** A key derived from a secret the service holds (the webhook secret), never the secret itself. */
export function stateKey(secret: string): string {
  return createHmac('sha256', secret).update('promptgate state v1').digest('hex');
}

/**
 * The state as the comment's last line, or undefined when even a slimmed copy exceeds `maxChars`
 * (then a re-run recomputes, and the response cache still spares the model calls it can).
 */
export function encodeState(state: SavedState, maxChars: number, key?: StateKey): string | undefined {
  for (const slim of [(s: SavedState) => s, dropPromptTexts, shortenOutputs]) {
    state = slim(state);
    const payload = deflateRawSync(JSON.stringify(state)).toString('base64');
    const line = `${OPEN}${payload}${key ? ` ${SIGNATURE}${sign(payload, key)}` : ''}${CLOSE}`;
    if (line.length <= maxChars) return line;
  }
  return undefined;
}

/**
 * Reads the state block, which must be the body's last line: a block anywhere else (pasted into
 * a diff, an output, a name) is never read. With a key, an unsigned block or a wrong signature is
 * ignored; without one, the state is unauthenticated. Anything unreadable or of another version is
 * ignored too.
 */
export function decodeState(body: string, key?: StateKey): SavedState | undefined {
  const last = body.trimEnd().split('\n').at(-1) ?? '';
  if (!last.startsWith(OPEN) || !last.endsWith(CLOSE)) return undefined;
  const [payload = '', signature] = last.slice(OPEN.length, -CLOSE.length).split(` ${SIGNATURE}`);
  if (key && !(signature && verify(payload, signature, key))) return undefined;
  try {
    const state = JSON.parse(inflateRawSync(Buffer.from(payload, 'base64')).toString('utf8')) as SavedState;
    return state.v === 1 && typeof state.headSha === 'string' && state.report?.schemaVersion === 1 ? state : undefined;
  } catch {
    return undefined;
  }
}

function sign(payload: string, key: string): string {
  return createHmac('sha256', key).update(payload).digest('base64url');
}

function verify(payload: string, signature: string, key: string): boolean {
  const expected = Buffer.from(sign(payload, key));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
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
