import { createEngine } from '../engine/engine.js';
import { applyRequirements } from '../gate/requirements.js';
import type { ComparisonReport } from '../report/types.js';
import type { LimitError } from '../util/errors.js';
import { buildReport } from './build-report.js';
import { limitReport } from './limits.js';
import type { PromptPair } from './plan.js';
import { confirmationStats, confirmCandidates, screenBothSides } from './sampling.js';
import type { PreparedComparison, Samples, Screened } from './types.js';

/** Step 5a: screens the affected tests of `pairs` on both sides (a shard passes its part of the plan). */
export async function screenTests(prepared: PreparedComparison, pairs: PromptPair[]): Promise<Screened> {
  const engine = createEngine(prepared.engineOptions);
  const sides = await screenBothSides(engine, pairs, { repeat: prepared.trusted.config.repeat });
  return { ...sides, modelCalls: engine.stack.stats.calls };
}

/**
 * Step 5b: confirms the screen's candidates on fresh samples, corrected over every candidate of
 * `pairs` — the whole PR's, also when the screen came from shards (the merge confirms).
 */
export async function confirmTests(prepared: PreparedComparison, screened: Screened, pairs = prepared.pairs): Promise<Samples> {
  const { config } = prepared.trusted;
  const engine = createEngine(prepared.engineOptions);
  const sides = await confirmCandidates(engine, pairs, screened, { repeat: config.repeat, maxRepeat: config.maxRepeat, alpha: config.gate.alpha });
  return { ...sides, modelCalls: screened.modelCalls + engine.stack.stats.calls };
}

/** Step 6: the report from the samples (per-test changes, deltas, verdict), then the checklist. */
export async function concludeComparison(prepared: PreparedComparison, samples: Samples, pairs = prepared.pairs): Promise<ComparisonReport> {
  const { started } = prepared;
  await prepared.checkRest?.();
  const all = [...samples.base.values(), ...samples.head.values()];
  const report = await buildReport({
    ...prepared.context,
    pairs,
    base: samples.base,
    head: samples.head,
    problems: prepared.problems,
    evidence: samples.evidence,
    providerStats: {
      durationMs: Date.now() - started,
      samples: all.reduce((n, r) => n + r.runs.length, 0),
      modelCalls: samples.modelCalls,
      cachedSamples: all.reduce((n, r) => n + r.runs.filter((x) => x.cached).length, 0),
      adaptiveSamples: samples.confirmationSamples,
      confirmation: confirmationStats(samples),
    },
  });
  if (report.verdict === 'error') return report;

  // The readiness checklist looks at the head side; its drills run on engines of their own.
  // Loaded here, once the samples are in: none of its code is on the way to the first model call.
  const { runChecklist } = await import('../checklist/checklist.js');
  const checklist = await runChecklist({
    report,
    head: prepared.headSuite,
    headFiles: prepared.headSource,
    config: prepared.trusted.config,
    changedPromptIds: new Set(pairs.filter((p) => p.status !== 'unchanged').map((p) => p.id)),
    runHead: (jobs, drill) => createEngine({ ...prepared.engineOptions, forceDown: drill?.forceDown, onProgress: undefined }).run(jobs),
    env: prepared.env,
  });
  return applyRequirements({ ...report, stats: { ...report.stats, durationMs: Date.now() - started } }, checklist);
}

/** The report of what changed when nothing was sampled (nothing relevant changed, a limit, a missing credential). */
export async function reportWithoutSamples(prepared: PreparedComparison, pairs: PromptPair[] = prepared.pairs): Promise<ComparisonReport> {
  await prepared.checkRest?.();
  const providerStats = { durationMs: Date.now() - prepared.started, samples: 0, modelCalls: 0, cachedSamples: 0, adaptiveSamples: 0 };
  return buildReport({ ...prepared.context, pairs, base: new Map(), head: new Map(), problems: prepared.problems, providerStats });
}

/** A limit reached while planning or sampling: the report lists what changed and names the limit, with no results. */
export async function limitReportOf(prepared: PreparedComparison, err: LimitError): Promise<ComparisonReport> {
  return limitReport(await reportWithoutSamples(prepared), err);
}
