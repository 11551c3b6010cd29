import type { ChecklistItem } from '../report/types.js';
import { describeError } from '../util/errors.js';
import { boundedInputs } from './items/bounded-inputs.js';
import type { ChecklistCheck, ChecklistContext } from './items/common.js';
import { fallback } from './items/fallback.js';
import { gracefulDegradation } from './items/graceful-degradation.js';
import { latencyCost } from './items/latency-cost.js';
import { outputValidation } from './items/output-validation.js';
import { regressionSuite } from './items/regression-suite.js';
import { streaming } from './items/streaming.js';
import { versionControlled } from './items/version-controlled.js';

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
