import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** Where the young generation stops growing (one semi-space); V8's default lets it reach 16 MB. */
const MAX_SEMI_SPACE_BYTES = 4 * 1024 * 1024;

/**
 * Heap settings for a run whose live data stays small while it makes much short-lived garbage:
 * `eval` holds a few MB of results, but every model call allocates ~100 KB (SDK, HTTP, JSON)
 * that dies when its answer is scored. By default V8 grows the young generation to 2 × 16 MB
 * and lets the old generation fill with promoted garbage up to a limit far above what is live,
 * which took the 2,000-test bench to ~127 MB peak RSS with ~25 MB live. Here the young
 * generation stops growing at 2 × 4 MB (smaller still saves little more memory for four times
 * the scavenges, whose pauses hold up answers), and the old generation is collected once it is
 * 20% above what the last full collection kept.
 *
 * `promptgate` runs as `npx promptgate`, so command-line flags are not ours to set. V8 reads
 * both flags each time it sizes the heap: growth stops by setting the growth factor to 1 once
 * a collection finds the young generation at its cap.
 */
export function tuneHeapForManySmallCalls(): void {
  setFlagsFromString('--heap-growing-percent=20');
  const watch = new PerformanceObserver(() => {
    const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    if (young && young.space_size < MAX_SEMI_SPACE_BYTES) return;
    setFlagsFromString('--semi-space-growth-factor=1');
    watch.disconnect();
  });
  watch.observe({ entryTypes: ['gc'] });
}

/**
 * Heap settings for merging shards' partial reports: the live data is large (every test's samples
 * at both sides, ~250 MB for 50,000 tests) and grows steadily as the reports are read, so V8's
 * default lets the old generation run well past it before collecting. Collecting once it is 50%
 * above what the last full collection kept took the bench's 50,000-test merge from ~300 MB peak
 * RSS to ~250–265 MB, for about 0.1 s more.
 */
export function tuneHeapForLargeMerge(): void {
  setFlagsFromString('--heap-growing-percent=50');
}
