import { describe, expect, it } from 'vitest';
import { fisherHeadBetter, fisherHeadWorse, holm, pairedBootstrapCi, percentile, signTestHeadWorse } from '../../src/compare/stats.js';

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
});

describe('Holm correction', () => {
  it('adjusts step-down and keeps nulls out of the family', () => {
    expect(holm([0.01, null, 0.04, 0.03])).toEqual([0.03, null, 0.06, 0.06]);
  });

  it('keeps a single p-value as it is', () => {
    expect(holm([0.02])).toEqual([0.02]);
  });

  it('stops 100 borderline tests from blocking on noise at alpha 0.05', () => {
    const adjusted = holm(Array.from({ length: 100 }, () => 0.04));
    expect(adjusted.every((p) => p! >= 0.05)).toBe(true);
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
