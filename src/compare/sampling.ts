import type { Engine } from '../engine/evaluate.js';
import type { EvalJob } from '../engine/run.js';
import { summarise } from '../engine/run.js';
import type { TestResult } from '../engine/types.js';
import type { PromptPair } from './plan.js';
import { evidenceOf, isAmbiguous } from './tests.js';

export interface SampledSides {
  base: Map<string, TestResult>;
  head: Map<string, TestResult>;
  /** Extra samples drawn for tests whose outcome was ambiguous. */
  adaptiveSamples: number;
}

export interface SamplingOptions {
  /** Samples per test and side unless a test sets its own `repeat`. */
  repeat: number;
  maxRepeat?: number;
  alpha: number;
}

/** Runs every affected test on both sides, then more samples where the outcome is ambiguous. */
export async function sampleBothSides(engine: Pick<Engine, 'run'>, pairs: PromptPair[], opts: SamplingOptions): Promise<SampledSides> {
  const sides = { base: new Map<string, TestResult>(), head: new Map<string, TestResult>() };
  const { repeat } = opts;
  const cap = Math.max(repeat, opts.maxRepeat ?? (repeat > 1 ? 10 : 1));

  const first = jobsOf(pairs, (t) => t.repeat ?? repeat);
  await runInto(engine.run.bind(engine), first, sides);
  let adaptiveSamples = 0;
  // Adaptive sampling: draw more samples only where the outcome is still ambiguous. A test is
  // settled once its p-value would survive the correction over the whole family (Bonferroni's
  // bound, which Holm never exceeds), so sampling stops where the verdict can no longer move.
  const family = first.filter(({ side, pair, job }) => side === 'head' && sides.base.has(keyOf(pair.id, job.test.id))).length;
  const settleAlpha = opts.alpha / Math.max(1, family);
  for (;;) {
    const more = first.filter(({ side, pair, job }) => {
      if (side !== 'head') return false;
      const key = keyOf(pair.id, job.test.id);
      const b = sides.base.get(key);
      const h = sides.head.get(key);
      return !!b && !!h && b.runs.length < cap && isAmbiguous(b, h, evidenceOf(b, h), settleAlpha);
    });
    if (more.length === 0) break;
    const extra = more.flatMap(({ pair, job }) => {
      const key = keyOf(pair.id, job.test.id);
      const step = Math.min(job.samples, cap - sides.head.get(key)!.runs.length);
      return (['base', 'head'] as const).map((side) => {
        const current = sides[side].get(key)!;
        const sideJob = first.find((j) => j.side === side && j.pair === pair && j.job.test.id === job.test.id)!.job;
        return { side, pair, job: { ...sideJob, samples: step, from: current.runs.length } };
      });
    });
    adaptiveSamples += extra.reduce((n, e) => n + e.job.samples, 0);
    await runInto(engine.run.bind(engine), extra, sides, true);
  }
  return { ...sides, adaptiveSamples };
}

interface SideJob {
  side: 'base' | 'head';
  pair: PromptPair;
  job: EvalJob;
}

function jobsOf(pairs: PromptPair[], samplesOf: (t: EvalJob['test']) => number): SideJob[] {
  const jobs: SideJob[] = [];
  for (const pair of pairs) {
    for (const side of ['base', 'head'] as const) {
      const sp = pair[side];
      // A deleted prompt needs no base run: its tests are simply removed.
      if (!sp || (side === 'base' && !pair.head)) continue;
      for (const test of sp.tests) {
        if (pair.affectedTests.has(test.id)) jobs.push({ side, pair, job: { prompt: sp.prompt, modelId: sp.modelId, test, samples: samplesOf(test) } });
      }
    }
  }
  return jobs;
}

async function runInto(
  run: (jobs: EvalJob[]) => Promise<TestResult[]>,
  jobs: SideJob[],
  sides: Record<'base' | 'head', Map<string, TestResult>>,
  merge = false,
): Promise<void> {
  const results = await run(jobs.map((j) => j.job));
  results.forEach((result, i) => {
    const { side, pair, job } = jobs[i]!;
    const key = keyOf(pair.id, job.test.id);
    const previous = merge ? sides[side].get(key) : undefined;
    sides[side].set(key, previous ? summarise(job, [...previous.runs, ...result.runs]) : result);
  });
}

/** The key of one test of one prompt pair in the per-side result maps. */
export function keyOf(pairId: string, testId: string): string {
  return `${pairId}\u0000${testId}`;
}
