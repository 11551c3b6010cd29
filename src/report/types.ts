import * as z from 'zod';
import { reviewSampleSchema, testComparisonSchema } from './test-types.js';

export type { Confirmation, ConfirmationDirection, ReviewSample, SampleTally, TestChange, TestComparison, TestSide } from './test-types.js';

/**
 * report.json, schema version 1: everything the PR comment, the check run, the terminal and
 * other tools read. Every field is documented in README.md ("report.json"). The zod schema is
 * the one source of its shape (its tests' part in test-types.ts): the types are inferred from it, and a report read back
 * (the state block of promptgate's comment) is validated by it. Objects are strict: a field
 * this version does not write is refused on read, not carried along.
 */

const verdictSchema = z.enum(['pass', 'regression', 'fail', 'inconclusive', 'skipped', 'error']);
export type Verdict = z.infer<typeof verdictSchema>;

const count = z.int().min(0);
const sha = z.string();

const overrideInfoSchema = z.strictObject({
  /** `accepted` (bound to `headSha`), `refused` (labeler lacks the role) or `stale` (accepted for an older head). */
  status: z.enum(['accepted', 'refused', 'stale']),
  label: z.string(),
  by: z.string(),
  role: z.string(),
  /** The head the acceptance was given for. */
  headSha: sha.nullable(),
  at: z.string().nullable(),
  reason: z.string().optional(),
});
export type OverrideInfo = z.infer<typeof overrideInfoSchema>;

const commitInfoSchema = z.strictObject({ ref: z.string(), sha });
export type CommitInfo = z.infer<typeof commitInfoSchema>;

const changedPromptSchema = z.strictObject({
  id: z.string(),
  path: z.string(),
  previousPath: z.string().optional(),
  status: z.enum(['added', 'modified', 'deleted', 'renamed']),
  baseVersion: z.string().nullable(),
  headVersion: z.string().nullable(),
  baseTokens: count.nullable(),
  headTokens: count.nullable(),
  /** Token counts are estimates (the model's tokenizer is not public). */
  tokensEstimated: z.boolean(),
  /** File content at each side (null where the file does not exist), for the prompt diff. */
  baseText: z.string().nullable(),
  headText: z.string().nullable(),
});
export type ChangedPrompt = z.infer<typeof changedPromptSchema>;

const sideStatsSchema = z.strictObject({
  tests: count,
  passed: count,
  failed: count,
  flaky: count,
  errored: count,
  /** Passing samples / completed samples; null when nothing completed. */
  passRate: z.number().min(0).max(1).nullable(),
  meanScore: z.number().nullable(),
  tokens: count.nullable(),
  /** Mean measured cost per call × 1,000; null when the model is not priced. */
  costPer1kUsd: z.number().nullable(),
  latencyP50Ms: z.number().nullable(),
  latencyP95Ms: z.number().nullable(),
  ttftP50Ms: z.number().nullable(),
  ttftP95Ms: z.number().nullable(),
});
export type SideStats = z.infer<typeof sideStatsSchema>;

const promptComparisonSchema = z.strictObject({
  id: z.string(),
  /** The prompt file's own `name:`, when it has one (head's, else base's). */
  name: z.string().optional(),
  /** The prompt file's own `description:`, when it has one (head's, else base's). */
  description: z.string().optional(),
  path: z.string(),
  model: z.string(),
  base: sideStatsSchema.nullable(),
  head: sideStatsSchema.nullable(),
  delta: z.strictObject({
    score: z.number().nullable(),
    passRate: z.number().nullable(),
    tokens: z.number().nullable(),
    costPer1kUsd: z.number().nullable(),
    latencyP95Ms: z.number().nullable(),
  }),
  /** Paired comparison of per-test scores across the prompt's tests present on both sides. */
  significance: z.strictObject({
    method: z.enum(['sign-test', 'none']),
    pairs: count,
    pValue: z.number().nullable(),
    /** 95% paired-bootstrap interval of the mean score change. */
    ci95: z.tuple([z.number(), z.number()]).nullable(),
    significant: z.boolean(),
  }),
  regressed: z.boolean(),
});
export type PromptComparison = z.infer<typeof promptComparisonSchema>;

const growthFlagSchema = z.strictObject({
  promptId: z.string(),
  baseTokens: count,
  headTokens: count,
  /** (head − base) / base. */
  share: z.number(),
  /** Extra input cost per 1,000 calls from the added tokens; null when the model is not priced. */
  addedCostPer1kUsd: z.number().nullable(),
});
export type GrowthFlag = z.infer<typeof growthFlagSchema>;

const checklistItemSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  status: z.enum(['pass', 'warn', 'fail', 'n/a']),
  evidence: z.string(),
  anchor: z.string(),
  required: z.boolean(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

const fileProblemSchema = z.strictObject({
  side: z.enum(['base', 'head']),
  message: z.string(),
  file: z.string().nullable(),
  line: z.int().nullable(),
  column: z.int().nullable(),
  hint: z.string().nullable(),
});
export type FileProblem = z.infer<typeof fileProblemSchema>;

const providerErrorSummarySchema = z.strictObject({
  side: z.enum(['base', 'head', 'both']),
  modelId: z.string(),
  kind: z.string(),
  count,
  message: z.string(),
});
export type ProviderErrorSummary = z.infer<typeof providerErrorSummarySchema>;

const runStatsSchema = z.strictObject({
  durationMs: z.number().min(0),
  samples: count,
  modelCalls: count,
  cachedSamples: count,
  /** Samples drawn beyond each test's screen, to confirm or dismiss candidates (same as `confirmation.samples`). */
  adaptiveSamples: count,
  /** What confirming candidates cost and found. */
  confirmation: z.strictObject({ candidates: count, confirmed: count, samples: count }).optional(),
});
export type RunStats = z.infer<typeof runStatsSchema>;

export const comparisonReportSchema = z.strictObject({
  schemaVersion: z.literal(1),
  verdict: verdictSchema,
  /** One sentence: why this verdict. */
  summary: z.string(),
  /** The gate blocks the merge (verdict and `failOn`, before any override). */
  blocking: z.boolean(),
  overridden: z.boolean(),
  /** What happened to the override label, when it is on the PR. */
  override: overrideInfoSchema.nullable(),
  base: commitInfoSchema,
  head: commitInfoSchema,
  /** The commit the head's changes are measured from (merge base of base and head). */
  mergeBase: sha,
  notes: z.array(z.string()),
  config: z.strictObject({ file: z.string().nullable(), hash: z.string() }),
  gate: z.strictObject({
    failOn: z.enum(['regression', 'any-failure', 'never']),
    alpha: z.number(),
    maxScoreDrop: z.number(),
    minPassRate: z.number().nullable(),
    overrideLabel: z.string(),
  }),
  changedPrompts: z.array(changedPromptSchema),
  prompts: z.array(promptComparisonSchema),
  tests: z.array(testComparisonSchema),
  checklist: z.array(checklistItemSchema),
  /** Prompts whose token count grew by more than `growth.maxShare`, and what that costs. */
  growth: z.array(growthFlagSchema),
  /** A sample of head outputs for a human to read (the checklist cannot replace that). */
  reviewSample: z.array(reviewSampleSchema),
  /** Files that could not be read at head (or base), with file:line. */
  errors: z.array(fileProblemSchema),
  /** Provider failures grouped by model and kind: why a verdict is inconclusive. */
  providerErrors: z.array(providerErrorSummarySchema),
  stats: runStatsSchema,
});
export type ComparisonReport = z.infer<typeof comparisonReportSchema>;
