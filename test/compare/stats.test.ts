import { describe, expect, it } from 'vitest';
import { binomialCdf, binomialPmf, confirmationSamples, fisherHeadBetter, fisherHeadWorse, pairedBootstrapCi, percentile, signTestHeadWorse } from '../../src/compare/stats.js';

describe('Fisher exact test', () => {
  it('matches the hypergeometric tail for a clear drop (10/10 → 0/10)', () => {
    // C(10,0)·C(10,10)/C(20,10) = 1/184756
    expect(fisherHeadWorse(10, 10, 0, 10)).toBeCloseTo(1 / 184756, 12);
  });

  it('cannot call 3/3 → 0/3 significant below 0.05, so three repeats alone never block on noise', () => {
    expect(fisherHeadWorse(3, 3, 0, 3)).toBeCloseTo(0.05, 10);
  });

  it('matches scipy.stats.fisher_exact(..., alternative="less") on an unbalanced table', () => {
    // [[8, 2], [3, 7]] with head = row 2: scipy gives 0.0349...
    expect(fisherHeadWorse(8, 10, 3, 10)).toBeCloseTo(0.03489, 4);
  });

  it('gives 1 when head did no worse, and the mirror test detects an improvement', () => {
    expect(fisherHeadWorse(2, 5, 5, 5)).toBeCloseTo(1, 10);
    expect(fisherHeadBetter(0, 10, 10, 10)).toBeCloseTo(1 / 184756, 12);
  });
});

describe('sign test', () => {
  it('is small when most pairs got worse and ignores ties', () => {
    const r = signTestHeadWorse([-1, -0.5, -0.2, -1, -1, -1, -1, -1, 0, 0]);
    expect(r.worse).toBe(8);
    expect(r.better).toBe(0);
    expect(r.pValue).toBeCloseTo(1 / 256, 10);
  });

  it('is 1 when nothing changed', () => {
    expect(signTestHeadWorse([0, 0, 0]).pValue).toBe(1);
  });
});

describe('paired bootstrap', () => {
  it('brackets the mean difference and is reproducible', () => {
    const diffs = [-0.5, -0.4, -0.6, -0.5, -0.3, -0.7];
    const ci = pairedBootstrapCi(diffs)!;
    expect(ci[0]).toBeLessThan(-0.5 + 1e-9);
    expect(ci[1]).toBeGreaterThan(-0.5 - 1e-9);
    expect(ci[1]).toBeLessThan(0);
    expect(pairedBootstrapCi(diffs)).toEqual(ci);
  });

  it('gives tests that all moved alike a zero-width interval at their mean, as every resample would', () => {
    // Added one at a time, as each resample adds them: 0.1 × 3 is not 0.3 in floating point.
    expect(pairedBootstrapCi([0.1, 0.1, 0.1])).toEqual([(0.1 + 0.1 + 0.1) / 3, (0.1 + 0.1 + 0.1) / 3]);
    expect(pairedBootstrapCi(new Array<number>(5_000).fill(0))).toEqual([0, 0]);
    const mixed = pairedBootstrapCi([0, 0, 0, -1])!;
    expect(mixed[0]).toBeLessThan(mixed[1]);
  });
});

describe('binomial probabilities', () => {
  it('gives C(n,k)·p^k·(1−p)^(n−k), and the certain cases exactly', () => {
    expect(binomialPmf(7, 5, 0.8)).toBeCloseTo(21 * 0.8 ** 5 * 0.2 ** 2, 12);
    expect(binomialPmf(3, 0, 0)).toBe(1);
    expect(binomialPmf(3, 3, 1)).toBe(1);
    expect(binomialPmf(3, 4, 0.5)).toBe(0);
  });

  it('sums to the cumulative probability: P(X ≤ 1) for 5 draws at 0.8 is 5·0.8·0.2⁴ + 0.2⁵', () => {
    expect(binomialCdf(5, 1, 0.8)).toBeCloseTo(5 * 0.8 * 0.2 ** 4 + 0.2 ** 5, 12);
    expect(binomialCdf(5, 5, 0.8)).toBeCloseTo(1, 12);
  });
});

describe('confirmation size', () => {
  it('is 7 per side at level 0.04 and 20% noise: 4 of 7 vs 0 of 7 gives p = 35/1001 < 0.04, and P(≥ 4 of 7 base passes) = 0.967', () => {
    expect(fisherHeadWorse(4, 7, 0, 7)).toBeCloseTo(35 / 1001, 12);
    expect(fisherHeadWorse(3, 7, 0, 7)).toBeGreaterThan(0.04);
    expect(confirmationSamples({ level: 0.04, noise: 0.2, power: 0.95, max: 24 })).toBe(7);
  });

  it('would not do with 6: there 4 of 6 is the least that is significant, and P(≥ 4 of 6) = 0.901 < 0.95', () => {
    expect(fisherHeadWorse(4, 6, 0, 6)).toBeCloseTo(15 / 495, 12);
    expect(fisherHeadWorse(3, 6, 0, 6)).toBeGreaterThan(0.04);
    expect(binomialPmf(6, 4, 0.8) + binomialPmf(6, 5, 0.8) + binomialPmf(6, 6, 0.8)).toBeCloseTo(0.90112, 5);
  });

  it('grows slowly with the family: 13 per side for 20 candidates, 16 for 200', () => {
    expect(confirmationSamples({ level: 0.04 / 20, noise: 0.2, power: 0.95, max: 24 })).toBe(13);
    expect(confirmationSamples({ level: 0.04 / 200, noise: 0.2, power: 0.95, max: 24 })).toBe(16);
  });

  it('stops at the ceiling when no size below it reaches the power', () => {
    expect(confirmationSamples({ level: 1e-9, noise: 0.35, power: 0.95, max: 10 })).toBe(10);
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([], 95)).toBeNull();
  });
});
