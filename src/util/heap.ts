import { setFlagsFromString } from 'node:v8';

/**
 * Heap settings for a run whose live data stays small while it makes much short-lived garbage:
 * `eval` holds a few MB of results, but every model call allocates ~100 KB (SDK, HTTP, JSON)
 * that dies when its answer is scored. By default V8 grows the young generation to 2 × 16 MB
 * and lets the old generation fill with promoted garbage up to a limit far above what is live,
 * which took the 2,000-test bench to ~127 MB peak RSS with ~25 MB live. Here the young
 * generation keeps its starting size (more, shorter scavenges) and the old generation is
 * collected once it is 20% above what the last full collection kept: ~98 MB, for ~10% more
 * CPU spent in the collector (some of it on its helper threads).
 *
 * `promptgate` runs as `npx promptgate`, so command-line flags are not ours to set; both flags
 * are read by V8 each time it sizes the heap, so setting them at start-up applies to the run.
 */
export function tuneHeapForManySmallCalls(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=20');
}
