/**
 * The statistics behind regression calls. Small, exact methods suit the sample sizes of an
 * eval (a few repeats per test, tens of tests per prompt):
 *  - per test, base and head pass counts are independent binomial samples → Fisher's exact test;
 *  - per prompt, tests pair base with head → sign test and a paired bootstrap interval;
 *  - over all tests of a PR → Holm's step-down correction, which bounds the chance that noise
 *    blocks a merge (family-wise error) at alpha.
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

/**
 * Holm's step-down adjustment. Entries that are null (no test possible) are left null and do
 * not count towards the family size.
 */
export function holm(pValues: (number | null)[]): (number | null)[] {
  const indexed = pValues.flatMap((p, i) => (p === null ? [] : [{ p, i }])).sort((a, b) => a.p - b.p);
  const m = indexed.length;
  const adjusted: (number | null)[] = pValues.map(() => null);
  let running = 0;
  indexed.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
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
