import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as z from 'zod';
import type { RunResult } from '../engine/types.js';
import { UserError } from '../util/errors.js';

/**
 * A shard's partial report: samples, not conclusions. Per side and test, the runs with their
 * assertion outcomes, and each candidate's confirmation (drawn and decided in the shard); plus what they were drawn from (commits, trusted config, the plan's
 * digest and the shard) so `merge` can refuse shards of another run. Verdicts, p-values and
 * changes are left to the merge, which takes them over all shards' tests at once.
 */
export const PARTIAL_KIND = 'promptgate-partial-report';

const usageSchema = z.object({ inputTokens: z.number(), outputTokens: z.number() });
const runErrorSchema = z.object({
  kind: z.enum(['rate_limit', 'overloaded', 'server', 'timeout', 'network', 'malformed', 'auth', 'quota', 'bad_request', 'not_configured', 'circuit_open', 'internal']),
  modelId: z.string(),
  message: z.string(),
});
const assertionResultSchema = z.object({ type: z.string(), name: z.string(), pass: z.boolean(), score: z.number(), weight: z.number(), reason: z.string() });
const runSchema: z.ZodType<RunResult> = z.object({
  repeatIndex: z.int().min(0),
  outcome: z.enum(['passed', 'failed', 'errored']),
  score: z.number(),
  output: z.string(),
  assertions: z.array(assertionResultSchema),
  latencyMs: z.number(),
  ttftMs: z.number().optional(),
  usage: usageSchema.optional(),
  costUsd: z.number().optional(),
  answeredBy: z.string().optional(),
  cached: z.boolean(),
  error: runErrorSchema.optional(),
});

const tallySchema = z.object({ passes: z.int().min(0), samples: z.int().min(0) });
const confirmationSchema = z.object({
  direction: z.enum(['regression', 'fix']),
  state: z.enum(['confirmed', 'dismissed', 'open']),
  base: tallySchema,
  head: tallySchema,
  planned: z.int().min(0),
  pValue: z.number().nullable(),
  family: z.int().min(1),
  level: z.number(),
});

const shardSchema = z.object({ index: z.int().min(1), total: z.int().min(1) }).refine((s) => s.index <= s.total, 'needs 1 ≤ index ≤ total');

const sampledSchema = z.object({
  kind: z.literal(PARTIAL_KIND),
  schemaVersion: z.literal(1),
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
  stats: z.object({ durationMs: z.number(), modelCalls: z.int(), confirmationSamples: z.int() }),
  /** Why the shard drew no samples at all (e.g. no provider credentials), when it did not. */
  unsampled: z.string().optional(),
  samples: z.array(z.object({ side: z.enum(['base', 'head']), prompt: z.string(), test: z.string(), runs: z.array(runSchema) })),
  /** Per compared test: the screen's size and, for a candidate, its confirmation (decided in the shard). */
  evidence: z.array(z.object({ prompt: z.string(), test: z.string(), screen: z.int().min(1), confirmation: confirmationSchema.nullable() })),
});

/** A shard that could not finish: the merge names it and its reason, and cannot pass. */
const failedSchema = z.object({
  kind: z.literal(PARTIAL_KIND),
  schemaVersion: z.literal(1),
  status: z.literal('failed'),
  shard: shardSchema,
  headSha: z.string().nullable(),
  reason: z.string(),
});

export const partialReportSchema = z.discriminatedUnion('status', [sampledSchema, failedSchema]);
export type PartialReport = z.infer<typeof partialReportSchema>;
export type SampledPartial = z.infer<typeof sampledSchema>;
export type FailedPartial = z.infer<typeof failedSchema>;

/** How many tests a shard sampled (on either side). */
export function sampledTests(partial: SampledPartial): number {
  return new Set(partial.samples.map((s) => `${s.prompt}\u0000${s.test}`)).size;
}

/** A partial report and the file it was read from (relative to the directory given). */
export interface PartialFile {
  file: string;
  partial: PartialReport;
}

/**
 * Every partial report under `dir`, at any depth: `actions/download-artifact` puts each
 * artifact in a folder of its own unless told to merge them. Other JSON files are refused, so a
 * wrong directory is named instead of read as missing shards. Messages name the directory as
 * `shownAs` (what the user wrote), never by its host path.
 */
export async function readPartials(dir: string, shownAs: string): Promise<PartialFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { recursive: true })).filter((n) => n.endsWith('.json')).sort();
  } catch (err) {
    throw new UserError(`cannot read the directory of partial reports ${shownAs}`, { hint: 'pass the directory the shards\' artifacts were downloaded to', cause: err });
  }
  const out: PartialFile[] = [];
  for (const name of names) {
    const file = relative(dir, join(dir, name)).split('\\').join('/');
    let json: unknown;
    try {
      json = JSON.parse(await readFile(join(dir, name), 'utf8'));
    } catch (err) {
      throw new UserError(`${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`, { hint: 'a shard\'s partial report was cut short: re-run that shard' });
    }
    if ((json as { kind?: unknown } | null)?.kind !== PARTIAL_KIND) {
      throw new UserError(`${file} is not a promptgate partial report`, { hint: 'the directory should hold only the shards\' report-path files (e.g. download-artifact with pattern: promptgate-shard-*)' });
    }
    const parsed = partialReportSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new UserError(`${file}: ${issue.path.join('.') || 'the report'} ${issue.message}`, { hint: 'partial reports must come from the same promptgate version as the merge' });
    }
    out.push({ file, partial: parsed.data });
  }
  if (out.length === 0) throw new UserError(`no partial reports in ${shownAs}`, { hint: 'each shard writes one at its `report-path` output; upload it as an artifact and download them all here' });
  return out;
}
