import { tuneHeapForLargeMerge, tuneHeapForManySmallCalls } from '../util/heap.js';
import { run } from './commands.js';

const argv = process.argv.slice(2);
// Before eval's modules load, which is when the young generation first grows (see heap.ts).
if (argv[0] === 'eval') tuneHeapForManySmallCalls();
if (argv[0] === 'merge') tuneHeapForLargeMerge();

process.exitCode = await run(argv, {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
