import type { FileStatus } from '../compare/changed-files.js';
import type { TestOutcome } from '../engine/types.js';

/**
 * report.json, schema version 1: everything the PR comment, the check run, the terminal and
 * other tools read. Every field is documented in README.md ("report.json").
 */
export type Verdict = 'pass' | 'regression' | 'fail' | 'inconclusive' | 'skipped' | 'error';
/** `errored`: a side has no completed sample (provider outage), so no change can be called. */
export type TestChange = 'regressed' | 'fixed' | 'unchanged' | 'new' | 'removed' | 'flaky' | 'errored';

export interface ComparisonReport {
  schemaVersion: 1;
  verdict: Verdict;
  /** One sentence: why this verdict. */
  summary: string;
  /** The gate blocks the merge (verdict and `failOn`, before any override). */
  blocking: boolean;
  overridden: boolean;
  /** What happened to the override label, when it is on the PR. */
  override: OverrideInfo | null;
  base: CommitInfo;
  head: CommitInfo;
  /** The commit the head's changes are measured from (merge base of base and head). */
  mergeBase: string;
  notes: string[];
  config: { file: string | null; hash: string };
  gate: { failOn: 'regression' | 'any-failure' | 'never'; alpha: number; maxScoreDrop: number; minPassRate: number | null; overrideLabel: string };
  changedPrompts: ChangedPrompt[];
  prompts: PromptComparison[];
  tests: TestComparison[];
  checklist: ChecklistItem[];
  /** Prompts whose token count grew by more than `growth.maxShare`, and what that costs. */
  growth: GrowthFlag[];
  /** A sample of head outputs for a human to read (the checklist cannot replace that). */
  reviewSample: ReviewSample[];
  /** Files that could not be read at head (or base), with file:line. */
  errors: FileProblem[];
  /** Provider failures grouped by model and kind: why a verdict is inconclusive. */
  providerErrors: ProviderErrorSummary[];
  stats: RunStats;
}

export interface OverrideInfo {
  /** `accepted` (bound to `headSha`), `refused` (labeler lacks the role) or `stale` (accepted for an older head). */
  status: 'accepted' | 'refused' | 'stale';
  label: string;
  by: string;
  role: string;
  /** The head the acceptance was given for. */
  headSha: string | null;
  at: string | null;
  reason?: string;
}

export interface CommitInfo {
  ref: string;
  sha: string;
}

export interface ChangedPrompt {
  id: string;
  path: string;
  previousPath?: string;
  status: FileStatus;
  baseVersion: string | null;
  headVersion: string | null;
  baseTokens: number | null;
  headTokens: number | null;
  /** Token counts are estimates (the model's tokenizer is not public). */
  tokensEstimated: boolean;
  /** File content at each side (null where the file does not exist), for the prompt diff. */
  baseText: string | null;
  headText: string | null;
}

export interface SideStats {
  tests: number;
  passed: number;
  failed: number;
  flaky: number;
  errored: number;
  /** Passing samples / completed samples; null when nothing completed. */
  passRate: number | null;
  meanScore: number | null;
  tokens: number | null;
  /** Mean measured cost per call × 1,000; null when the model is not priced. */
  costPer1kUsd: number | null;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  ttftP50Ms: number | null;
  ttftP95Ms: number | null;
}

export interface PromptComparison {
  id: string;
  /** The prompt file's own `name:`, when it has one (head's, else base's). */
  name?: string;
  /** The prompt file's own `description:`, when it has one (head's, else base's). */
  description?: string;
  path: string;
  model: string;
  base: SideStats | null;
  head: SideStats | null;
  delta: {
    score: number | null;
    passRate: number | null;
    tokens: number | null;
    costPer1kUsd: number | null;
    latencyP95Ms: number | null;
  };
  /** Paired comparison of per-test scores across the prompt's tests present on both sides. */
  significance: {
    method: 'sign-test' | 'none';
    pairs: number;
    pValue: number | null;
    /** 95% paired-bootstrap interval of the mean score change. */
    ci95: [number, number] | null;
    significant: boolean;
  };
  regressed: boolean;
}

export interface TestSide {
  outcome: TestOutcome;
  passes: number;
  samples: number;
  errors: number;
  score: number;
  /** Output of a representative sample (a failing one when there is one). */
  output: string;
  /** Why it failed (failing assertions' reasons) or errored; empty when it passed. */
  reason: string;
}

export interface TestComparison {
  promptId: string;
  testId: string;
  description?: string;
  /** For generated tests: what they probe (`adversarial/<attack>`, `grounding`). */
  category?: string;
  /** For injection probes: the attack text sent, so a failure can be reproduced. */
  attack?: string;
  /** For generated tests: the variables they fill the prompt with (a probe's attack text). */
  vars?: Record<string, string>;
  change: TestChange;
  /**
   * The head removed or changed this base test; it was judged in its base definition all the
   * same (the base decides the tests until the change is merged).
   */
  headChange?: 'removed' | 'changed';
  base: TestSide | null;
  head: TestSide | null;
  /**
   * One-sided Fisher exact p-value of the confirmation's fresh samples (for a confirmed
   * candidate: the largest its remaining samples could have given); null for a test that was
   * no candidate.
   */
  pValue: number | null;
  /** `pValue` × the number of candidates in its direction (Bonferroni), at most 1. */
  adjustedPValue: number | null;
  /** How a screened candidate was confirmed or dismissed on fresh samples; null when the screen found nothing to confirm. */
  confirmation?: Confirmation | null;
  /** File and line the test is defined at, for annotations. */
  source?: { file: string; line?: number };
}

/** Completed samples and how many of them passed. */
export interface SampleTally {
  passes: number;
  samples: number;
}

export type ConfirmationDirection = 'regression' | 'fix';

/** A candidate's confirmation on fresh samples (README: "How base vs head is judged"). */
export interface Confirmation {
  direction: ConfirmationDirection;
  /** `open`: its fresh samples errored before it could be decided. */
  state: 'confirmed' | 'dismissed' | 'open';
  /** Fresh samples only: the screen that made it a candidate is not counted. */
  base: SampleTally;
  head: SampleTally;
  /** Fresh samples per side the design called for. */
  planned: number;
  /** One-sided Fisher p of the fresh samples (confirmed: the largest the undrawn samples could have made it). */
  pValue: number | null;
  /** Candidates in this direction (the correction's family) and the level each one faced. */
  family: number;
  level: number;
}

export interface GrowthFlag {
  promptId: string;
  baseTokens: number;
  headTokens: number;
  /** (head − base) / base. */
  share: number;
  /** Extra input cost per 1,000 calls from the added tokens; null when the model is not priced. */
  addedCostPer1kUsd: number | null;
}

export interface ReviewSample {
  promptId: string;
  testId: string;
  description?: string;
  vars: Record<string, string>;
  output: string;
  /** The head outcome of that test. */
  outcome: TestSide['outcome'];
}

export interface ChecklistItem {
  id: string;
  title: string;
  status: 'pass' | 'warn' | 'fail' | 'n/a';
  evidence: string;
  anchor: string;
  required: boolean;
}

export interface FileProblem {
  side: 'base' | 'head';
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  hint: string | null;
}

export interface ProviderErrorSummary {
  side: 'base' | 'head' | 'both';
  modelId: string;
  kind: string;
  count: number;
  message: string;
}

export interface RunStats {
  durationMs: number;
  samples: number;
  modelCalls: number;
  cachedSamples: number;
  /** Samples drawn beyond each test's screen, to confirm or dismiss candidates (same as `confirmation.samples`). */
  adaptiveSamples: number;
  /** What confirming candidates cost and found. */
  confirmation?: { candidates: number; confirmed: number; samples: number };
}
