// Preloaded into the measured process (`node --import`): records its peak RSS (KiB) at exit, and
// its CPU time (ms, user + system) beside it in `<file>.cpu` — on a shared, busy machine the CPU
// time shows the work done when the wall time mostly shows the wait for a core.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const usage = process.resourceUsage();
  writeFileSync(process.env.BENCH_RSS_FILE, String(usage.maxRSS));
  writeFileSync(`${process.env.BENCH_RSS_FILE}.cpu`, String(Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)));
});
