import * as z from 'zod';

/**
 * report.json v1's tests: each test's change between base and head, its sides, how a candidate
 * was confirmed, and the sample of head outputs for review. Part of the one schema in types.ts.
 */

const count = z.int().min(0);

/** `errored`: a side has no completed sample (provider outage), so no change can be called. */
const testChangeSchema = z.enum(['regressed', 'fixed', 'unchanged', 'new', 'removed', 'flaky', 'errored']);
export type TestChange = z.infer<typeof testChangeSchema>;

const testSideSchema = z.strictObject({
  outcome: z.enum(['passed', 'failed', 'flaky', 'errored']),
  passes: count,
  samples: count,
  errors: count,
  score: z.number(),
  /** Output of a representative sample (a failing one when there is one). */
  output: z.string(),
  /** Why it failed (failing assertions' reasons) or errored; empty when it passed. */
  reason: z.string(),
});
export type TestSide = z.infer<typeof testSideSchema>;

/** Completed samples and how many of them passed. */
const sampleTallySchema = z.strictObject({ passes: count, samples: count });
export type SampleTally = z.infer<typeof sampleTallySchema>;

const confirmationDirectionSchema = z.enum(['regression', 'fix']);
export type ConfirmationDirection = z.infer<typeof confirmationDirectionSchema>;

/** A candidate's confirmation on fresh samples (README: "How base vs head is judged"). */
const confirmationSchema = z.strictObject({
  direction: confirmationDirectionSchema,
  /** `open`: its fresh samples errored before it could be decided. */
  state: z.enum(['confirmed', 'dismissed', 'open']),
  /** Fresh samples only: the screen that made it a candidate is not counted. */
  base: sampleTallySchema,
  head: sampleTallySchema,
  /** Fresh samples per side the design called for. */
  planned: count,
  /** One-sided Fisher p of the fresh samples (confirmed: the largest the undrawn samples could have made it). */
  pValue: z.number().nullable(),
  /** Candidates in this direction (the correction's family) and the level each one faced. */
  family: count,
  level: z.number(),
});
export type Confirmation = z.infer<typeof confirmationSchema>;

export const testComparisonSchema = z.strictObject({
  promptId: z.string(),
  testId: z.string(),
  description: z.string().optional(),
  /** For generated tests: what they probe (`adversarial/<attack>`, `grounding`). */
  category: z.string().optional(),
  /** For injection probes: the attack text sent, so a failure can be reproduced. */
  attack: z.string().optional(),
  /** For generated tests: the variables they fill the prompt with (a probe's attack text). */
  vars: z.record(z.string(), z.string()).optional(),
  change: testChangeSchema,
  /**
   * The head removed or changed this base test; it was judged in its base definition all the
   * same (the base decides the tests until the change is merged).
   */
  headChange: z.enum(['removed', 'changed']).optional(),
  base: testSideSchema.nullable(),
  head: testSideSchema.nullable(),
  /**
   * One-sided Fisher exact p-value of the confirmation's fresh samples (for a confirmed
   * candidate: the largest its remaining samples could have given); null for a test that was
   * no candidate.
   */
  pValue: z.number().nullable(),
  /** `pValue` × the number of candidates in its direction (Bonferroni), at most 1. */
  adjustedPValue: z.number().nullable(),
  /** How a screened candidate was confirmed or dismissed on fresh samples; null when the screen found nothing to confirm. */
  confirmation: confirmationSchema.nullable().optional(),
  /** File and line the test is defined at, for annotations. */
  source: z.strictObject({ file: z.string(), line: z.int().min(1).optional() }).optional(),
});
export type TestComparison = z.infer<typeof testComparisonSchema>;

export const reviewSampleSchema = z.strictObject({
  promptId: z.string(),
  testId: z.string(),
  description: z.string().optional(),
  vars: z.record(z.string(), z.string()),
  output: z.string(),
  /** The head outcome of that test. */
  outcome: testSideSchema.shape.outcome,
});
export type ReviewSample = z.infer<typeof reviewSampleSchema>;
