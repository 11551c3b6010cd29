import { describeError, UserError } from '../util/errors.js';
import { EXIT, type CommandIO } from './io.js';

/**
 * Each command's module loads when it runs, so `eval` never parses the compare, report and
 * diff code (every 100 KB of start-up bundle costs a run tens of milliseconds and a few MB).
 */
const COMMANDS: Record<string, () => Promise<(argv: string[], io: CommandIO) => Promise<number>>> = {
  eval: async () => (await import('./eval.js')).evalCommand,
  compare: async () => (await import('./compare.js')).compareCommand,
  sample: async () => (await import('./sample.js')).sampleCommand,
  merge: async () => (await import('./merge.js')).mergeCommand,
};

async function usage(): Promise<string> {
  const [{ EVAL_USAGE }, { COMPARE_USAGE }, { SAMPLE_USAGE }, { MERGE_USAGE }] = await Promise.all([import('./eval.js'), import('./compare.js'), import('./sample.js'), import('./merge.js')]);
  return `promptgate — CI for LLM prompts

Commands:
  eval      evaluate the prompts in the working tree
  compare   evaluate base and head of a change and report what it did
  sample    export a sample of outputs as CSV for human review
  merge     one report from the partial reports of sharded compare runs
  help      show this help

${EVAL_USAGE}

${COMPARE_USAGE}

${SAMPLE_USAGE}

${MERGE_USAGE}`;
}

/** Dispatches a command line; returns the exit code. Never throws: errors become a message and code 2. */
export async function run(argv: string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const load = command === undefined ? undefined : COMMANDS[command];
    if (load) return await (await load())(rest, io);
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.stdout.write((await usage()) + '\n');
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    throw new UserError(`unknown command "${command}"`, { hint: 'run `promptgate help` for the commands' });
  } catch (err) {
    if (isUsageError(err)) {
      io.stderr.write(`error: ${describeError(err)}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`promptgate: unexpected error: ${describeError(err)}\n`);
    if (io.env.PROMPTGATE_DEBUG && err instanceof Error && err.stack) io.stderr.write(err.stack + '\n');
    io.stderr.write('This is a bug in promptgate; rerun with PROMPTGATE_DEBUG=1 for details and report it.\n');
    return EXIT.usage;
  }
}

/** UserErrors and node:util parseArgs errors (unknown or malformed flags) are the user's to fix. */
function isUsageError(err: unknown): boolean {
  if (err instanceof UserError) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
