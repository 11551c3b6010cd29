/**
 * The statistics behind regression calls. Small, exact methods suit the sample sizes of an
 * eval (a few samples per test, tens of tests per prompt):
 *  - per test, base and head pass counts are independent binomial samples → Fisher's exact test;
 *  - per prompt, tests pair base with head → sign test and a paired bootstrap interval;
 *  - over the confirmed candidates of a PR → Bonferroni's bound (see ./tests.ts), which keeps the
 *    chance that noise blocks a merge (family-wise error) under alpha.
 */

const logFactorials: number[] = [0];

function logFactorial(n: number): number {
  for (let i = logFactorials.length; i <= n; i++) logFactorials[i] = logFactorials[i - 1]! + Math.log(i);
  return logFactorials[n]!;
}

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

/**
 * One-sided Fisher exact test that head passes less often than base.
 * Returns P(head passes ≤ observed | both margins), i.e. small when head is worse.
 */
export function fisherHeadWorse(basePasses: number, baseN: number, headPasses: number, headN: number): number {
  const passes = basePasses + headPasses;
  const total = baseN + headN;
  const lo = Math.max(0, passes - baseN);
  let p = 0;
  const denominator = logChoose(total, passes);
  for (let x = lo; x <= headPasses; x++) p += Math.exp(logChoose(headN, x) + logChoose(baseN, passes - x) - denominator);
  return Math.min(1, p);
}

/** The mirror test: head passes more often than base (for calling a test fixed). */
export function fisherHeadBetter(basePasses: number, baseN: number, headPasses: number, headN: number): number {
  return fisherHeadWorse(headPasses, headN, basePasses, baseN);
}

/**
 * One-sided sign test on paired differences (head − base): small when more pairs got worse than
 * better. Ties carry no information and are dropped.
 */
export function signTestHeadWorse(diffs: number[], tolerance = 1e-9): { pValue: number; better: number; worse: number } {
  const better = diffs.filter((d) => d > tolerance).length;
  const worse = diffs.filter((d) => d < -tolerance).length;
  const n = better + worse;
  if (n === 0) return { pValue: 1, better, worse };
  // P(X ≤ better) for X ~ Binomial(n, 1/2).
  let p = 0;
  for (let k = 0; k <= better; k++) p += Math.exp(logChoose(n, k) - n * Math.LN2);
  return { pValue: Math.min(1, p), better, worse };
}

/**
 * 95% percentile interval of the mean of paired differences by bootstrap resampling.
 * Seeded, so the same inputs always give the same interval (reports must be reproducible).
 */
export function pairedBootstrapCi(diffs: number[], iterations = 2000, seed = 0x5eed): [number, number] | null {
  if (diffs.length === 0) return null;
  // Every resample of equal differences has the same mean (the same additions in the same
  // order), so the interval is that mean: most prompts of a large suite tie on every test.
  if (diffs.every((d) => d === diffs[0])) {
    let sum = 0;
    for (let j = 0; j < diffs.length; j++) sum += diffs[0]!;
    return [sum / diffs.length, sum / diffs.length];
  }
  const random = mulberry32(seed);
  const means = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    let sum = 0;
    for (let j = 0; j < diffs.length; j++) sum += diffs[Math.floor(random() * diffs.length)]!;
    means[i] = sum / diffs.length;
  }
  means.sort();
  return [means[Math.floor(0.025 * (iterations - 1))]!, means[Math.ceil(0.975 * (iterations - 1))]!];
}

/** P(X = k) for X ~ Binomial(n, p). */
export function binomialPmf(n: number, k: number, p: number): number {
  if (k < 0 || k > n) return 0;
  if (p <= 0) return k === 0 ? 1 : 0;
  if (p >= 1) return k === n ? 1 : 0;
  return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log(1 - p));
}

/** P(X ≤ k) for X ~ Binomial(n, p). */
export function binomialCdf(n: number, k: number, p: number): number {
  let sum = 0;
  for (let i = 0; i <= Math.min(k, n); i++) sum += binomialPmf(n, i, p);
  return Math.min(1, sum);
}

/**
 * The fewest samples per side, at most `max`, with which a confirmation at significance `level`
 * catches a test that now always fails at head while base still passes with probability
 * `1 − noise`: the smallest k where P(Fisher's p for (base passes of k) vs (0 of k) < level) ≥ `power`.
 * `max` when no k up to it reaches the power.
 */
export function confirmationSamples(opts: { level: number; noise: number; power: number; max: number }): number {
  for (let k = 1; k < opts.max; k++) {
    let power = 0;
    for (let passes = k; passes >= 0 && fisherHeadWorse(passes, k, 0, k) < opts.level; passes--) power += binomialPmf(k, passes, 1 - opts.noise);
    if (power >= opts.power) return k;
  }
  return opts.max;
}

/** Nearest-rank percentile (p in [0, 100]); null for no values. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Small, fast, seedable PRNG (Mulberry32). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
