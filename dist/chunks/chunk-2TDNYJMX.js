#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/util/heap.ts
import { PerformanceObserver } from "node:perf_hooks";
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
var MAX_SEMI_SPACE_BYTES = 4 * 1024 * 1024;
function tuneHeapForManySmallCalls() {
  setFlagsFromString("--heap-growing-percent=20");
  const watch = new PerformanceObserver(() => {
    const young = getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
    if (young && young.space_size < MAX_SEMI_SPACE_BYTES) return;
    setFlagsFromString("--semi-space-growth-factor=1");
    watch.disconnect();
  });
  watch.observe({ entryTypes: ["gc"] });
}
function tuneHeapForLargeMerge() {
  setFlagsFromString("--heap-growing-percent=50");
}

export {
  tuneHeapForManySmallCalls,
  tuneHeapForLargeMerge
};
