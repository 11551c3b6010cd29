import type { LoadedConfig } from '../config/load.js';
import type { GatePolicy } from '../config/schema.js';
import type { EngineOptions } from '../engine/engine.js';
import type { Progress } from '../engine/run-jobs.js';
import type { Suite } from '../engine/suite.js';
import type { ComparisonReport, FileProblem } from '../report/types.js';
import type { ChangeSource, FileSource } from '../source/types.js';
import type { ReportInput } from './build-report.js';
import type { PromptPair } from './plan.js';
import type { SampledSides, ScreenedSides } from './sampling.js';

export interface CompareOptions {
  /** Where the commits and files come from. */
  source: ChangeSource;
  /** Directory custom assertion files are relative to (a checkout, or the App's work dir). */
  root: string;
  /**
   * Directory a relative `cache.dir` is resolved against; default `root`. The Action keeps it
   * out of the checkout: answers must never come from files the head controls.
   */
  cacheRoot?: string;
  /**
   * Where to write the base commit's custom assertion modules. When set, `javascript` assertions
   * load only those (never a file of `root`, which may be the PR's head checkout), and a head
   * change to one of them is noted as taking effect after merge.
   */
  moduleDir?: string;
  /** The branch or commit the change goes into; null evaluates head alone (every test is new). */
  base: string | null;
  head: string;
  /** Repository-relative config path; default `promptgate.yml` (zero-config when absent). */
  configPath?: string;
  /**
   * The user named `configPath` (the CLI's `--config`): a file at neither base nor head is then a
   * mistyped path to report, not zero-config, which would judge the change by defaults unasked.
   */
  configNamed?: boolean;
  /** Gate settings that override the config's (the Action's `fail-on` input). */
  gate?: Partial<GatePolicy>;
  /** Skip, with the reason, when a needed model has no credentials (instead of erroring every test). */
  requireCredentials?: boolean;
  /** An earlier result: returned as is, with no model call, when it was computed from exactly these commits and config. */
  recorded?: RecordedComparison;
  env?: NodeJS.ProcessEnv;
  concurrency?: number;
  noCache?: boolean;
  onProgress?: (progress: Progress) => void;
}

/** What a comparison's result depends on, besides model behaviour. */
export interface ComparisonInputs {
  baseSha: string;
  headSha: string;
  mergeBaseSha: string;
  configHash: string;
}

/**
 * Most shards of one run: what a GitHub Actions matrix runs at most. The partition and the merge
 * work per shard, so a typo such as `1/4000000000` must be refused, not run out of memory.
 */
export const MAX_SHARDS = 256;

/** How a report that ran nothing for want of provider keys begins its summary (the CLI exits 2 on it). */
export const NO_CREDENTIALS = 'Not evaluated: no provider credentials.';

/** A result and what it was computed from, as a caller kept it (e.g. in the PR comment's state block). */
export interface RecordedComparison {
  baseSha: string;
  headSha: string;
  configHash: string;
  report: ComparisonReport;
}

/** What `compare()` evaluated: the report, the inputs it was computed from, and whether it is a recorded one. */
export interface Comparison {
  report: ComparisonReport;
  inputs: ComparisonInputs;
  reused: boolean;
}

/**
 * Everything a comparison decides before any model call: the commits, the trusted config, the
 * limits over the whole plan, and the pairs of prompts and tests to sample. `report` is set when
 * no sampling is needed (nothing relevant changed, a limit, a missing credential, or a result
 * reused as is).
 */
export interface PreparedComparison {
  started: number;
  inputs: ComparisonInputs;
  report?: ComparisonReport;
  /** `report` is the recorded one the caller passed (`CompareOptions.recorded`). */
  reused: boolean;
  context: Omit<ReportInput, 'pairs' | 'base' | 'head' | 'problems' | 'providerStats'>;
  problems: FileProblem[];
  /**
   * Checks the prompts the plan does not run (the same at both sides, no affected tests) render,
   * adding what it finds to `problems`; a report awaits it first. Set once the pairs are planned.
   */
  checkRest?: () => Promise<void>;
  pairs: PromptPair[];
  trusted: LoadedConfig;
  headSuite: Suite;
  headSource: FileSource;
  engineOptions: EngineOptions;
  env: NodeJS.ProcessEnv;
}

/** Both sides' screen results by `keyOf` (sampling.ts), and the model calls drawing them took. */
export interface Screened extends ScreenedSides {
  modelCalls: number;
}

/** Both sides' results by `keyOf` (sampling.ts), each candidate's evidence, and what drawing them cost. */
export interface Samples extends SampledSides {
  modelCalls: number;
}
