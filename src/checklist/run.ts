import type { Config } from '../config/schema.js';
import type { EvalJob } from '../engine/run.js';
import type { Suite } from '../engine/suite.js';
import type { TestResult } from '../engine/types.js';
import type { ChecklistItem, ComparisonReport } from '../report/types.js';
import type { FileSource } from '../source/types.js';
import { describeError } from '../util/errors.js';
import { boundedInputs } from './items/bounded-inputs.js';
import type { ChecklistCheck } from './items/common.js';
import { fallback } from './items/fallback.js';
import { gracefulDegradation } from './items/graceful-degradation.js';
import { latencyCost } from './items/latency-cost.js';
import { outputValidation } from './items/output-validation.js';
import { regressionSuite } from './items/regression-suite.js';
import { streaming } from './items/streaming.js';
import { versionControlled } from './items/version-controlled.js';

/** Options of a drill run on the head side. */
export interface DrillOptions {
  /**
   * Model ids promptgate's own client treats as down (`'all'`: every model), so an outage is
   * simulated without one. Runs with `forceDown` must bypass the response cache: a cached answer
   * would hide the outage the drill simulates.
   */
  forceDown?: string[] | 'all';
}

/** Everything the checklist looks at, handed over at the end of a comparison (head side). */
export interface ChecklistContext {
  /** Tests and prompts already compared, head results inside. */
  report: ComparisonReport;
  /** Head prompts with all their tests, generated ones included. */
  head: Suite;
  /** Files at head: tracked files only. */
  headFiles: FileSource;
  /** The trusted config: budgets, `gate.require`, `providers.fallback`… */
  config: Config;
  /** Prompts this PR changed; the items judge these and are `n/a` when there are none. */
  changedPromptIds: Set<string>;
  /** Runs jobs on a fresh engine sharing config, env and cache (see DrillOptions for `forceDown`). */
  runHead: (jobs: EvalJob[], opts?: DrillOptions) => Promise<TestResult[]>;
  /** For `CI` / `GITHUB_ACTIONS`. */
  env: NodeJS.ProcessEnv;
}

/** The readiness checklist, in the order the README documents it. */
export const CHECKLIST: readonly ChecklistCheck[] = [
  versionControlled,
  boundedInputs,
  streaming,
  fallback,
  outputValidation,
  regressionSuite,
  latencyCost,
  gracefulDegradation,
];

/**
 * Runs every item, one after another (the drills make model calls; running them in turn keeps
 * the run within the provider's rate limits). An item that cannot be evaluated says why
 * instead of failing the whole comparison.
 */
export async function runChecklist(ctx: ChecklistContext): Promise<ChecklistItem[]> {
  const required = new Set(ctx.config.gate.require);
  const items: ChecklistItem[] = [];
  for (const check of CHECKLIST) {
    let finding;
    try {
      finding = await check.run(ctx);
    } catch (err) {
      finding = { status: 'warn' as const, evidence: `could not be checked: ${describeError(err)}` };
    }
    items.push({ id: check.id, title: check.title, status: finding.status, evidence: finding.evidence, anchor: check.id, required: required.has(check.id) });
  }
  return items;
}
