import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import * as z from 'zod';
import type { RunResult } from '../engine/types.js';
import { UserError } from '../util/errors.js';
import { MAX_SHARDS } from './types.js';

/**
 * A shard's partial report: samples, not conclusions. Per side and test, the screen's runs —
 * each run's outcome, score, output, timing, cost and the assertions it failed (what a report
 * shows of a sample; passing assertions and token counts are not shown, so not carried) — plus
 * what they were drawn from (commits, trusted config, the plan's
 * digest and the shard) so `merge` can refuse shards of another run. Candidates, their
 * confirmation, p-values, changes and the verdict are left to the merge, which takes them over
 * all shards' tests at once — as one run would.
 *
 * The file is JSON Lines: a header line, then one line per test side. The merge reads it a line
 * at a time, so its memory holds the samples it folded, never a whole shard's text.
 */
export const PARTIAL_KIND = 'promptgate-partial-report';

const runErrorSchema = z.object({
  kind: z.enum(['rate_limit', 'overloaded', 'server', 'timeout', 'network', 'malformed', 'auth', 'quota', 'bad_request', 'not_configured', 'circuit_open', 'internal']),
  modelId: z.string(),
  message: z.string(),
});
const assertionResultSchema = z.object({ type: z.string(), name: z.string(), pass: z.boolean(), score: z.number(), weight: z.number(), reason: z.string() });
const runSchema = z.object({
  repeatIndex: z.int().min(0),
  outcome: z.enum(['passed', 'failed', 'errored']),
  score: z.number(),
  output: z.string(),
  /** Only the assertions that failed: a report gives them as the reason a sample failed. */
  assertions: z.array(assertionResultSchema),
  latencyMs: z.number(),
  ttftMs: z.number().optional(),
  costUsd: z.number().optional(),
  cached: z.boolean(),
  error: runErrorSchema.optional(),
}) satisfies z.ZodType<RunResult>;
/** A sample as a partial report carries it: a run without what no report shows of it. */
export type PartialRun = z.infer<typeof runSchema>;

/** The part of a run a partial report carries (see {@link PartialRun}). */
export function partialRun(run: RunResult): PartialRun {
  const { usage: _usage, answeredBy: _answeredBy, assertions, ...shown } = run;
  return { ...shown, assertions: assertions.filter((a) => !a.pass) };
}


const shardSchema = z.object({ index: z.int().min(1), total: z.int().min(1).max(MAX_SHARDS) }).refine((s) => s.index <= s.total, 'needs 1 ≤ index ≤ total');

/**
 * Version 3: runs carry only what a report shows (version 2 carried whole runs; version 1 was one
 * JSON document with in-shard confirmations).
 */
export const PARTIAL_VERSION = 3;

const sampleSchema = z.object({ side: z.enum(['base', 'head']), prompt: z.string(), test: z.string(), runs: z.array(runSchema) });
/** One test side's screen runs: a line of the file after its header. */
export type PartialSample = z.infer<typeof sampleSchema>;

const sampledSchema = z.object({
  kind: z.literal(PARTIAL_KIND),
  schemaVersion: z.literal(PARTIAL_VERSION),
  status: z.literal('sampled'),
  shard: shardSchema,
  baseRef: z.string(),
  headRef: z.string(),
  baseSha: z.string(),
  headSha: z.string(),
  mergeBaseSha: z.string(),
  configHash: z.string(),
  /** Digest of the whole plan (every shard's pairs and tests): equal across the shards of one run. */
  plan: z.string(),
  stats: z.object({ durationMs: z.number(), modelCalls: z.int(), samples: z.int().min(0), tests: z.int().min(0) }),
  /** Why the shard drew no samples at all (e.g. no provider credentials), when it did not. */
  unsampled: z.string().optional(),
});

/** A shard that could not finish: the merge names it and its reason, and cannot pass. */
const failedSchema = z.object({
  kind: z.literal(PARTIAL_KIND),
  schemaVersion: z.literal(PARTIAL_VERSION),
  status: z.literal('failed'),
  shard: shardSchema,
  headSha: z.string().nullable(),
  reason: z.string(),
});

export const partialReportSchema = z.discriminatedUnion('status', [sampledSchema, failedSchema]);
/** A partial report's header line. */
export type PartialReport = z.infer<typeof partialReportSchema>;
export type SampledPartial = z.infer<typeof sampledSchema>;
export type FailedPartial = z.infer<typeof failedSchema>;

/** A shard's partial report as written: its header and its samples, one line each. */
export function serialisePartial(header: PartialReport, samples: readonly PartialSample[] = []): string {
  return [header, ...samples].map((line) => JSON.stringify(line) + '\n').join('');
}

/** A partial report's header, the file it was read from (relative to the directory given), and its samples to read. */
export interface PartialFile {
  file: string;
  partial: PartialReport;
  /** The sample lines after the header, read from the file a chunk of lines at a time. */
  samples: () => AsyncIterable<PartialSample[]>;
}

/**
 * Every partial report under `dir`, at any depth: `actions/download-artifact` puts each
 * artifact in a folder of its own unless told to merge them. Only headers are read here. Other
 * JSON files are refused, so a wrong directory is named instead of read as missing shards.
 * Messages name the directory as `shownAs` (what the user wrote), never by its host path.
 */
export async function readPartials(dir: string, shownAs: string): Promise<PartialFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { recursive: true })).filter((n) => /\.(nd)?json$/.test(n)).sort();
  } catch (err) {
    throw new UserError(`cannot read the directory of partial reports ${shownAs}`, { hint: 'pass the directory the shards\' artifacts were downloaded to', cause: err });
  }
  const out: PartialFile[] = [];
  for (const name of names) {
    const file = relative(dir, join(dir, name)).split('\\').join('/');
    const path = join(dir, name);
    // download-artifact puts each artifact in a folder named after it, which may end in .json too.
    if ((await stat(path).catch(() => undefined))?.isDirectory()) continue;
    const header = await firstLine(path).catch((err: unknown) => {
      const code = (err as { code?: unknown } | null)?.code;
      throw new UserError(`cannot read ${file}${typeof code === 'string' ? ` (${code})` : ''}`, { hint: 'the directory should hold the shards\' downloaded report-path files, each readable', cause: err });
    });
    const json = parseLine(file, 1, header ?? '');
    if ((json as { kind?: unknown } | null)?.kind !== PARTIAL_KIND) {
      throw new UserError(`${file} is not a promptgate partial report`, { hint: 'the directory should hold only the shards\' report-path files (e.g. download-artifact with pattern: promptgate-shard-*)' });
    }
    const partial = validated(file, 1, partialReportSchema, json);
    out.push({ file, partial, samples: () => sampleLines(path, file) });
  }
  if (out.length === 0) throw new UserError(`no partial reports in ${shownAs}`, { hint: 'each shard writes one at its `report-path` output; upload it as an artifact and download them all here' });
  return out;
}

async function firstLine(path: string): Promise<string | undefined> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  try {
    for await (const line of lines) return line;
    return undefined;
  } finally {
    lines.close();
  }
}

/**
 * Bytes read at a time: a few hundred sample lines handed over together rather than one promise
 * a line, and each chunk below V8's large-object size, so it dies young.
 */
const CHUNK_BYTES = 1 << 16;

async function* sampleLines(path: string, file: string): AsyncIterable<PartialSample[]> {
  let n = 0;
  let rest = '';
  const parse = (lines: string[]) =>
    lines.flatMap((line) => {
      n++;
      const text = line.endsWith('\r') ? line.slice(0, -1) : line;
      return n === 1 || text === '' ? [] : [validated(file, n, sampleSchema, parseLine(file, n, text))];
    });
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK_BYTES })) {
    const lines = (rest + (chunk as string)).split('\n');
    rest = lines.pop()!;
    yield parse(lines);
  }
  yield parse([rest]);
}

function parseLine(file: string, line: number, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UserError(`${file}:${line} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`, { hint: 'a shard\'s partial report was cut short: re-run that shard' });
  }
}

function validated<T>(file: string, line: number, schema: z.ZodType<T>, json: unknown): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  const hint =
    line === 1 && typeof version === 'number' && version !== PARTIAL_VERSION
      ? `this promptgate merges partial reports of version ${PARTIAL_VERSION}; run the shards and the merge with the same promptgate version`
      : 'partial reports must come from the same promptgate version as the merge';
  throw new UserError(`${file}:${line}: ${issue.path.join('.') || 'the report'} ${issue.message}`, { hint });
}
