import type { Engine } from '../engine/engine.js';
import type { EvalJob } from '../engine/run-jobs.js';
import { summarise } from '../engine/run-jobs.js';
import { keyOf, type TestResult } from '../engine/types.js';
import type { Confirmation, ConfirmationDirection, SampleTally } from '../report/types.js';
import type { PromptPair } from './plan.js';
import { confirmationState, DEFAULT_MAX_CONFIRMATION_SAMPLES, planConfirmation, screenCandidate, tallyOf, type ConfirmationPlan } from './tests.js';

/** What one test's evidence is made of: its screen's size, and its confirmation if it was a candidate. */
export interface TestEvidence {
  /** Samples per side in the screen (the test's `repeat`); later samples are confirmation's. */
  screen: number;
  confirmation: Confirmation | null;
}

/** Both sides' results by {@link keyOf}. */
export interface ScreenedSides {
  base: Map<string, TestResult>;
  head: Map<string, TestResult>;
}

export interface SampledSides extends ScreenedSides {
  evidence: Map<string, TestEvidence>;
  /** Samples drawn to confirm or dismiss candidates, both sides. */
  confirmationSamples: number;
}

export interface SamplingOptions {
  /** Screen samples per test and side, unless a test sets its own `repeat`. */
  repeat: number;
  /** Most fresh samples per side for one candidate. */
  maxRepeat?: number;
  alpha: number;
}

interface SideJob {
  side: 'base' | 'head';
  pair: PromptPair;
  job: EvalJob;
}

interface Candidate {
  key: string;
  direction: ConfirmationDirection;
  jobs: Record<'base' | 'head', SideJob>;
  screen: number;
  plan: ConfirmationPlan;
  state: Confirmation['state'];
  /** A regression candidate whose base failed every screen sample too. */
  failedOnBothSides: boolean;
}

/** The screen: every affected test of `pairs` on both sides, `repeat` samples each (a test's own `repeat` first). */
export async function screenBothSides(engine: Pick<Engine, 'run'>, pairs: PromptPair[], opts: Pick<SamplingOptions, 'repeat'>): Promise<ScreenedSides> {
  const sides = { base: new Map<string, TestResult>(), head: new Map<string, TestResult>() };
  await runInto(engine, jobsOf(pairs, (t) => t.repeat ?? opts.repeat), sides);
  return sides;
}

/**
 * Confirms the candidates of a screen on fresh samples (./tests.ts explains the design). The family of the correction is every
 * candidate of `pairs`, so a merge that passes all shards' screens corrects over the whole PR's
 * candidates, exactly as one run does. Fresh samples go out one round at a time, for every open
 * candidate at once, so a run costs a few rounds of latency, not one per candidate.
 */
export async function confirmCandidates(engine: Pick<Engine, 'run'>, pairs: PromptPair[], sides: ScreenedSides, opts: SamplingOptions): Promise<SampledSides> {
  const screen = jobsOf(pairs, (t) => t.repeat ?? opts.repeat);
  const evidence = new Map<string, TestEvidence>();
  const candidates = pickCandidates(screen, sides, evidence, opts);
  let confirmationSamples = 0;
  // Errored fresh samples are drawn again, but not forever: a few spare rounds, then the candidate stays open.
  for (let round = 0; ; round++) {
    const open = candidates.filter((c) => c.state === 'open' && round < c.plan.samples + 2);
    if (open.length === 0) break;
    const extra = open.flatMap((c) =>
      (['base', 'head'] as const).flatMap((side) => {
        const drawn = freshTally(sides[side].get(c.key)!, c.screen).samples;
        // A test that failed on both sides in the screen most likely fails anyway: one base sample goes first.
        const baseFirst = round === 0 && c.failedOnBothSides;
        if (baseFirst && side === 'head') return [];
        // Otherwise two samples at first: the dismissal rules need two per side before they can speak.
        const step = Math.min(drawn === 0 && !baseFirst ? 2 : 1, c.plan.samples - drawn);
        const from = sides[side].get(c.key)!.runs.length;
        return step > 0 ? [{ ...c.jobs[side], job: { ...c.jobs[side].job, samples: step, from } }] : [];
      }),
    );
    confirmationSamples += extra.reduce((n, e) => n + e.job.samples, 0);
    await runInto(engine, extra, sides, true);
    for (const c of open) c.state = judge(c, sides).state;
  }
  for (const c of candidates) evidence.set(c.key, { screen: c.screen, confirmation: confirmationOf(c, sides) });
  return { ...sides, evidence, confirmationSamples };
}

function pickCandidates(screen: SideJob[], sides: Record<'base' | 'head', Map<string, TestResult>>, evidence: Map<string, TestEvidence>, opts: SamplingOptions): Candidate[] {
  const found: Omit<Candidate, 'plan'>[] = [];
  const baseJobs = new Map(screen.filter((j) => j.side === 'base').map((j) => [keyOf(j.pair.id, j.job.test.id), j]));
  for (const head of screen) {
    if (head.side !== 'head') continue;
    const key = keyOf(head.pair.id, head.job.test.id);
    evidence.set(key, { screen: head.job.samples, confirmation: null });
    const b = sides.base.get(key);
    const base = baseJobs.get(key);
    const h = sides.head.get(key)!;
    if (!b || !base) continue;
    const direction = screenCandidate({ passes: b.passes, samples: b.completed }, { passes: h.passes, samples: h.completed });
    const failedOnBothSides = direction === 'regression' && b.passes === 0;
    if (direction) found.push({ key, direction, jobs: { base, head }, screen: head.job.samples, state: 'open', failedOnBothSides });
  }
  const maxSamples = opts.maxRepeat ?? DEFAULT_MAX_CONFIRMATION_SAMPLES;
  const plans = new Map<ConfirmationDirection, ConfirmationPlan>();
  for (const direction of ['regression', 'fix'] as const) {
    const family = found.filter((c) => c.direction === direction).length;
    plans.set(direction, planConfirmation({ family, alpha: opts.alpha, maxSamples }));
  }
  // Never fewer fresh samples than the screen had: `repeat: n` asks for at least n per side.
  return found.map((c) => {
    const plan = plans.get(c.direction)!;
    return { ...c, plan: { ...plan, samples: Math.max(plan.samples, c.screen) } };
  });
}

function judge(c: Candidate, sides: Record<'base' | 'head', Map<string, TestResult>>) {
  return confirmationState(c.direction, freshTally(sides.base.get(c.key)!, c.screen), freshTally(sides.head.get(c.key)!, c.screen), c.plan);
}

function confirmationOf(c: Candidate, sides: Record<'base' | 'head', Map<string, TestResult>>): Confirmation {
  const { pValue } = judge(c, sides);
  return {
    pValue,
    direction: c.direction,
    state: c.state,
    base: freshTally(sides.base.get(c.key)!, c.screen),
    head: freshTally(sides.head.get(c.key)!, c.screen),
    planned: c.plan.samples,
    family: c.plan.family,
    level: c.plan.level,
  };
}

/** The samples drawn after the screen's `screen` (repeat indexes from `screen` on). */
function freshTally(result: TestResult, screen: number): SampleTally {
  return tallyOf(result.runs.filter((r) => r.repeatIndex >= screen));
}

export function jobsOf(pairs: PromptPair[], samplesOf: (t: EvalJob['test']) => number): SideJob[] {
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

async function runInto(engine: Pick<Engine, 'run'>, jobs: SideJob[], sides: Record<'base' | 'head', Map<string, TestResult>>, merge = false): Promise<void> {
  if (jobs.length === 0) return;
  const results = await engine.run(jobs.map((j) => j.job));
  results.forEach((result, i) => {
    const { side, pair, job } = jobs[i]!;
    const key = keyOf(pair.id, job.test.id);
    const previous = merge ? sides[side].get(key) : undefined;
    sides[side].set(key, previous ? summarise(job, [...previous.runs, ...result.runs]) : result);
  });
}


/** What confirmation cost and found, for the report's stats. */
export function confirmationStats(sides: SampledSides): { candidates: number; confirmed: number; samples: number } {
  const confirmations = [...sides.evidence.values()].flatMap((e) => (e.confirmation ? [e.confirmation] : []));
  return { candidates: confirmations.length, confirmed: confirmations.filter((c) => c.state === 'confirmed').length, samples: sides.confirmationSamples };
}
