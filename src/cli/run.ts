import packageJson from '../../package.json' with { type: 'json' };
import { didYouMean } from '../util/did-you-mean.js';
import { describeError, UserError } from '../util/errors.js';
import { EXIT, type CommandIO } from './io.js';

type Command = (argv: string[], io: CommandIO) => Promise<number>;

/**
 * Each command's module loads when it runs, so `eval` never parses the compare, report and
 * diff code (every 100 KB of start-up bundle costs a run tens of milliseconds and a few MB).
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command; usage: string }> }> = {
  eval: {
    summary: 'evaluate the prompts in the working tree, or the prompt files named (as gh models eval does)',
    load: async () => {
      const m = await import('./eval.js');
      return { run: m.evalCommand, usage: m.EVAL_USAGE };
    },
  },
  compare: {
    summary: 'evaluate base and head of a change and report what it did',
    load: async () => {
      const m = await import('./compare.js');
      return { run: m.compareCommand, usage: m.COMPARE_USAGE };
    },
  },
  sample: {
    summary: "export a sample of your own tests' outputs as CSV for human review",
    load: async () => {
      const m = await import('./sample.js');
      return { run: m.sampleCommand, usage: m.SAMPLE_USAGE };
    },
  },
  merge: {
    summary: 'one report from the partial reports of sharded compare runs',
    load: async () => {
      const m = await import('./merge.js');
      return { run: m.mergeCommand, usage: m.MERGE_USAGE };
    },
  },
};

const HELP = new Set(['--help', '-h']);
const VERSION = new Set(['--version', '-v', 'version']);

function overview(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length)) + 3;
  return `promptgate ${packageJson.version} — CI for LLM prompts

Usage: promptgate <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`)
  .join('\n')}
  ${'help'.padEnd(width)}show this help, or a command's: promptgate help eval

Every command takes --help; --version prints the version.`;
}

/** Dispatches a command line; returns the exit code. Never throws: errors become a message and code 2. */
export async function run(argv: string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command !== undefined && VERSION.has(command)) {
      io.stdout.write(`${packageJson.version}\n`);
      return EXIT.ok;
    }
    if (command === undefined || HELP.has(command) || command === 'help') {
      const topic = command === 'help' ? rest[0] : undefined;
      if (topic === undefined) {
        io.stdout.write(`${overview()}\n`);
        return command === undefined ? EXIT.usage : EXIT.ok;
      }
      return await showUsage(topic, io);
    }
    const entry = COMMANDS[command];
    if (!entry) throw new UserError(`unknown command "${command}"${didYouMean(command, Object.keys(COMMANDS))}`, { hint: `the commands are ${Object.keys(COMMANDS).join(', ')}; run \`promptgate help\`` });
    // --help anywhere before a `--` asks for the command's usage, whatever else is on the line.
    const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if (options.some((word) => HELP.has(word))) return await showUsage(command, io);
    const { run: runCommand, usage } = await entry.load();
    try {
      return await runCommand(rest, io);
    } catch (err) {
      if (isParseError(err)) throw new UserError(parseProblem(err, usage), { hint: `usage: ${usage.split('\n')[0]}\nrun \`promptgate ${command} --help\` for every option` });
      throw err;
    }
  } catch (err) {
    if (err instanceof UserError) {
      io.stderr.write(`error: ${describeError(err)}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`promptgate: unexpected error: ${describeError(err)}\n`);
    if (io.env.PROMPTGATE_DEBUG && err instanceof Error && err.stack) io.stderr.write(err.stack + '\n');
    io.stderr.write('This is a bug in promptgate; rerun with PROMPTGATE_DEBUG=1 for details and report it.\n');
    return EXIT.usage;
  }
}

async function showUsage(topic: string, io: CommandIO): Promise<number> {
  const entry = COMMANDS[topic];
  if (!entry) throw new UserError(`no help for "${topic}": it is not a command`, { hint: `the commands are ${Object.keys(COMMANDS).join(', ')}` });
  io.stdout.write(`${(await entry.load()).usage}\n`);
  return EXIT.ok;
}

/** node:util parseArgs errors (unknown or malformed flags) are the user's to fix. */
function isParseError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/**
 * A parseArgs error in our words: an unknown option with the command's nearest option, when one
 * is close (`Unknown option '--bsae' (did you mean "--base"?)`), else Node's message.
 */
function parseProblem(err: unknown, usage: string): string {
  const unknown = /^Unknown option '(--[^']+)'/.exec(err instanceof Error ? err.message : '')?.[1];
  if (unknown === undefined) return describeError(err);
  return `Unknown option '${unknown}'${didYouMean(unknown, [...new Set(usage.match(/--[a-z][a-z-]*/g) ?? [])])}`;
}
