import { createHmac, timingSafeEqual } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import * as z from 'zod';
import type { Acceptance } from '../gate/override.js';
import { comparisonReportSchema } from '../report/types.js';

export type { Acceptance } from '../gate/override.js';

/**
 * A hidden, versioned state block in the sticky comment: what promptgate needs to resume
 * without model calls (a label added, a re-run on the same head) and to tell whether an
 * acceptance is still bound to the current head. A restart or a fresh runner loses nothing.
 */
const acceptanceSchema: z.ZodType<Acceptance> = z.strictObject({
  by: z.string(),
  role: z.string(),
  headSha: z.string(),
  at: z.string(),
  reason: z.string().optional(),
  via: z.enum(['label', 'command']).optional(),
});

const savedStateSchema = z.strictObject({
  v: z.literal(1),
  baseSha: z.string(),
  headSha: z.string(),
  configHash: z.string(),
  report: comparisonReportSchema,
  /** The override promptgate honoured, bound to the head it was given for. */
  acceptance: acceptanceSchema.optional(),
});
export type SavedState = z.infer<typeof savedStateSchema>;

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
 * Most a block may inflate to. A comment holds at most 65,536 characters, which deflate can
 * expand about a thousandfold; an honest state is a few MB at most.
 */
const MAX_STATE_BYTES = 16 * 1024 * 1024;

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
 * The state block read back: the state, or why the block was ignored (`problem`, a sentence for
 * the report's notes). A body without a block has neither.
 */
export type StateRead = { state: SavedState; problem?: undefined } | { state?: undefined; problem?: string };

/** What a user reads after any problem: the block heals itself, and who to suspect if it does not. */
const RECOMPUTED = "it was ignored and the result computed afresh; this run writes a new one (if this recurs, something else edits promptgate's comment)";

/**
 * Reads the state block, which must be the body's last line: a block anywhere else (pasted into
 * a diff, an output, a name) is never read. With a key, an unsigned block or a wrong signature is
 * refused; without one, the state is unauthenticated. Whatever the block holds is refused unless
 * it is exactly a state of this version (the schema of report.json included): a forged or
 * truncated block can make promptgate recompute, never act on a shape it did not write.
 */
export function readState(body: string, key?: StateKey): StateRead {
  const last = body.trimEnd().split('\n').at(-1) ?? '';
  if (!last.startsWith(OPEN) || !last.endsWith(CLOSE)) return {};
  const [payload = '', signature] = last.slice(OPEN.length, -CLOSE.length).split(` ${SIGNATURE}`);
  if (key && !(signature && verify(payload, signature, key))) return { problem: `the state block of promptgate's comment is not signed by this App: ${RECOMPUTED}` };
  let json: unknown;
  try {
    json = JSON.parse(inflateRawSync(Buffer.from(payload, 'base64'), { maxOutputLength: MAX_STATE_BYTES }).toString('utf8'));
  } catch (err) {
    const why = (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? `it inflates past ${MAX_STATE_BYTES / 1024 / 1024} MB` : 'not compressed JSON';
    return { problem: `the state block of promptgate's comment is not readable (${why}): ${RECOMPUTED}` };
  }
  const parsed = savedStateSchema.safeParse(json);
  if (!parsed.success) return { problem: `the state block of promptgate's comment does not hold a state of this promptgate version (${firstIssue(parsed.error)}): ${RECOMPUTED}` };
  // The block as written, not zod's copy: its keys keep their order, so a reused report's JSON is byte for byte the one computed (strict objects let no other key through).
  return { state: json as SavedState };
}

/** The state, or undefined when the body has no readable, valid (and, with a key, signed) block. */
export function decodeState(body: string, key?: StateKey): SavedState | undefined {
  return readState(body, key).state;
}

/** The first thing wrong, where: `report.tests[3].change: Invalid option…`. Bounded, since the block may be hostile. */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  const text = `${where || 'the state'}: ${issue.message}`;
  const more = error.issues.length > 1 ? `, and ${error.issues.length - 1} more` : '';
  return `${text.length > 200 ? `${text.slice(0, 200)}…` : text}${more}`;
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
