import { describe, expect, it } from 'vitest';
import { classifyChange, confirmationState, planConfirmation, promptScoreDrop, screenCandidate } from '../../src/compare/tests.js';
import type { TestResult } from '../../src/engine/types.js';
import type { Confirmation } from '../../src/report/types.js';

const tally = (passes: number, samples: number) => ({ passes, samples });

describe('the screen', () => {
  it('with one sample per side, makes a candidate of any head failure that did no better than base, whatever base did', () => {
    expect(screenCandidate(tally(1, 1), tally(0, 1))).toBe('regression');
    // Base failing too may be noise on base: the regression is still to be ruled out.
    expect(screenCandidate(tally(0, 1), tally(0, 1))).toBe('regression');
  });

  it('makes a fix candidate of a base failure that head did better than, and passes over agreement', () => {
    expect(screenCandidate(tally(0, 1), tally(1, 1))).toBe('fix');
    expect(screenCandidate(tally(1, 3), tally(3, 3))).toBe('fix');
    expect(screenCandidate(tally(1, 1), tally(1, 1))).toBeNull();
  });

  it('with repeats, makes a candidate only of a test that failed at least half its screen samples on the side that got worse', () => {
    // A head that still passes 4 of 5 (or 2 of 3) is noise on a working test, not the failing test confirmation is sized for.
    expect(screenCandidate(tally(5, 5), tally(4, 5))).toBeNull();
    expect(screenCandidate(tally(3, 3), tally(2, 3))).toBeNull();
    expect(screenCandidate(tally(5, 5), tally(2, 5))).toBe('regression');
    expect(screenCandidate(tally(3, 3), tally(1, 3))).toBe('regression');
    expect(screenCandidate(tally(2, 2), tally(1, 2))).toBe('regression');
    expect(screenCandidate(tally(0, 5), tally(0, 5))).toBe('regression');
    expect(screenCandidate(tally(4, 5), tally(5, 5))).toBeNull();
    expect(screenCandidate(tally(2, 5), tally(5, 5))).toBe('fix');
  });

  it('has nothing to say without a completed sample on both sides', () => {
    expect(screenCandidate(tally(0, 0), tally(0, 1))).toBeNull();
  });
});

describe('the confirmation plan', () => {
  it('spends 0.8 alpha over the candidates and sizes for 20% noise', () => {
    expect(planConfirmation({ family: 1, alpha: 0.05, maxSamples: 24 })).toEqual({ family: 1, level: 0.05 * 0.8, samples: 7 });
    const twenty = planConfirmation({ family: 20, alpha: 0.05, maxSamples: 24 });
    expect(twenty.level).toBeCloseTo(0.002, 12);
    expect(twenty.samples).toBe(13);
  });
});

describe('confirming a regression candidate (7 fresh samples per side at level 0.04)', () => {
  const plan = { level: 0.04, samples: 7 };
  const state = (base: [number, number], head: [number, number]) => confirmationState('regression', tally(...base), tally(...head), plan);

  it('confirms 5 of 7 vs 0 of 7 with p = 21/2002', () => {
    const confirmed = state([5, 7], [0, 7]);
    expect(confirmed.state).toBe('confirmed');
    expect(confirmed.pValue).toBeCloseTo(21 / 2002, 12);
  });

  it('confirms 4 of 7 vs 0 of 7 (p = 35/1001) but dismisses 3 of 7 vs 0 of 7', () => {
    expect(state([4, 7], [0, 7]).state).toBe('confirmed');
    expect(state([4, 7], [0, 7]).pValue).toBeCloseTo(35 / 1001, 12);
    expect(state([3, 7], [0, 7]).state).toBe('dismissed');
  });

  it('confirms early once the undrawn samples cannot change the answer, reporting the worst p they could give', () => {
    // 7 of 7 base passes and 6 head failures: even a passing 7th head sample leaves p = 7/3003, below 0.04.
    const early = state([7, 7], [0, 6]);
    expect(early.state).toBe('confirmed');
    expect(early.pValue).toBeCloseTo(7 / 3003, 12);
  });

  it('keeps sampling while it is still open', () => {
    expect(state([2, 2], [0, 2]).state).toBe('open');
    expect(state([4, 6], [0, 6]).state).toBe('open');
  });

  it('dismisses a candidate whose head passes as often as base once both have two fresh samples', () => {
    expect(state([2, 2], [2, 2]).state).toBe('dismissed');
    expect(state([1, 2], [1, 2]).state).toBe('dismissed');
    expect(state([1, 1], [1, 1]).state).toBe('open');
  });

  it('dismisses a test that fails on both sides after three fresh samples each', () => {
    expect(state([0, 2], [0, 2]).state).toBe('open');
    expect(state([0, 3], [0, 3]).state).toBe('dismissed');
  });

  it('dismisses a base that passes too rarely for a working test: 1 of 5 has P = 0.0067 at 80%, 1 of 4 has 0.027', () => {
    expect(state([1, 5], [0, 5]).state).toBe('dismissed');
    expect(state([1, 4], [0, 4]).state).toBe('open');
  });

  it('dismisses a candidate sampled base-first once base fails its fresh sample, and goes on when base passes', () => {
    expect(state([0, 1], [0, 0]).state).toBe('dismissed');
    expect(state([1, 1], [0, 0]).state).toBe('open');
  });

  it('confirms a fix the same way with the sides swapped', () => {
    const fix = confirmationState('fix', tally(0, 7), tally(5, 7), plan);
    expect(fix.state).toBe('confirmed');
    expect(fix.pValue).toBeCloseTo(21 / 2002, 12);
  });
});

describe('the prompt-level score test', () => {
  const gate = { alpha: 0.05, maxScoreDrop: 0.02 };
  const worse = (n: number, ties = 0) => [...Array<number>(n).fill(-1), ...Array<number>(ties).fill(0)];

  it('gets 0.2 alpha over the compared prompts, so with the 0.8 alpha of the tests a harmless PR is blocked at most alpha of the time', () => {
    expect(promptScoreDrop(worse(1), -0.5, { gate, prompts: 1 }).level).toBeCloseTo(0.01, 12);
    expect(promptScoreDrop(worse(1), -0.5, { gate, prompts: 4 }).level).toBeCloseTo(0.0025, 12);
    expect(planConfirmation({ family: 1, alpha: 0.05, maxSamples: 24 }).level + promptScoreDrop([], null, { gate, prompts: 1 }).level).toBeCloseTo(0.05, 12);
  });

  it('calls 7 of 7 changed tests worse a drop for one prompt (p = 1/128 < 0.01), not for two (level 0.005), and 8 of 8 for two (p = 1/256)', () => {
    const seven = promptScoreDrop(worse(7, 33), -7 / 40, { gate, prompts: 1 });
    expect(seven).toMatchObject({ significant: true, regressed: true });
    expect(seven.pValue).toBeCloseTo(1 / 128, 12);
    expect(promptScoreDrop(worse(7, 33), -7 / 40, { gate, prompts: 2 })).toMatchObject({ significant: false, regressed: false });
    expect(promptScoreDrop(worse(8), -1, { gate, prompts: 2 })).toMatchObject({ significant: true, regressed: true });
  });

  it('counts a better test against the drop: 7 worse and 1 better gives p = 9/256, not significant', () => {
    const mixed = promptScoreDrop([...worse(7), 1], -6 / 8, { gate, prompts: 1 });
    expect(mixed.pValue).toBeCloseTo(9 / 256, 12);
    expect(mixed.regressed).toBe(false);
  });

  it('needs the mean score to fall by more than maxScoreDrop as well, and says nothing without pairs', () => {
    expect(promptScoreDrop(worse(10, 990), -0.01, { gate, prompts: 1 })).toMatchObject({ significant: true, regressed: false });
    expect(promptScoreDrop([], null, { gate, prompts: 1 })).toMatchObject({ pValue: null, significant: false, regressed: false });
  });
});

describe('the change a test is given', () => {
  const result = (passes: number, completed: number, errors = 0): TestResult => ({
    promptId: 'p',
    promptPath: 'p.prompt.yml',
    promptVersion: 'v',
    testId: 't',
    modelId: 'openai:gpt-4o-mini',
    outcome: completed === 0 ? 'errored' : passes === completed ? 'passed' : passes === 0 ? 'failed' : 'flaky',
    passes,
    completed,
    errors,
    score: completed ? passes / completed : 0,
    runs: [],
  });
  const confirmation = (state: Confirmation['state'], direction: Confirmation['direction'] = 'regression'): Confirmation => ({
    direction,
    state,
    base: tally(7, 7),
    head: tally(0, 7),
    planned: 7,
    pValue: 1 / 3432,
    family: 1,
    level: 0.04,
  });

  it('is regressed or fixed only when confirmed', () => {
    expect(classifyChange(result(8, 8), result(0, 8), confirmation('confirmed'))).toBe('regressed');
    expect(classifyChange(result(0, 8), result(8, 8), confirmation('confirmed', 'fix'))).toBe('fixed');
  });

  it('never blocks on one sample: an unconfirmed base pass → head fail is flaky', () => {
    expect(classifyChange(result(3, 3), result(2, 3), confirmation('dismissed'))).toBe('flaky');
    expect(classifyChange(result(1, 1), result(0, 1), null)).toBe('flaky');
  });

  it('is unchanged when every sample agrees, and errored when confirmation could not finish', () => {
    expect(classifyChange(result(0, 5), result(0, 5), confirmation('dismissed'))).toBe('unchanged');
    expect(classifyChange(result(1, 1), result(1, 1), null)).toBe('unchanged');
    expect(classifyChange(result(1, 1), result(0, 1, 6), confirmation('open'))).toBe('errored');
  });
});
