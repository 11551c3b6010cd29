import { describeError, UserError } from '../util/errors.js';
import { COMPARE_USAGE, compareCommand } from './compare.js';
import { EVAL_USAGE, evalCommand } from './eval.js';
import { EXIT, type CommandIO } from './io.js';
import { SAMPLE_USAGE, sampleCommand } from './sample.js';

const USAGE = `promptgate — CI for LLM prompts

Commands:
  eval      evaluate the prompts in the working tree
  compare   evaluate base and head of a change and report what it did
  sample    export a sample of outputs as CSV for human review
  help      show this help

${EVAL_USAGE}

${COMPARE_USAGE}

${SAMPLE_USAGE}`;

/** Dispatches a command line; returns the exit code. Never throws: errors become a message and code 2. */
export async function run(argv: string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'eval':
        return await evalCommand(rest, io);
      case 'compare':
        return await compareCommand(rest, io);
      case 'sample':
        return await sampleCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(USAGE + '\n');
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new UserError(`unknown command "${command}"`, { hint: 'run `promptgate help` for the commands' });
    }
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
