import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compare } from '../compare/compare.js';
import { MAX_SHARDS, NO_CREDENTIALS, type CompareOptions } from '../compare/types.js';
import { serialisePartial } from '../compare/partial.js';
import { evaluateShard, type Shard } from '../compare/shard.js';
import { renderCompareTerminal } from '../report/compare-terminal.js';
import { renderHtml } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import { reportJson } from '../report/report-json.js';
import type { ComparisonReport } from '../report/types.js';
import { exitCodeOf } from '../gate/conclusion.js';
import { git } from '../source/git.js';
import { LocalGitChanges } from '../source/local-git.js';
import { UserError } from '../util/errors.js';
import { checkOutputPath, positiveInt, withModelsOrg, writeOutput } from './args.js';
import { EXIT, type CommandIO } from './io.js';
import { progressReporter, type ProgressReporter } from './progress.js';

export const COMPARE_USAGE = `promptgate compare --base REF [--head REF] [--config FILE] [--json OUT] [--markdown OUT] [--html OUT] [--shard I/N] [--org ORG] [--concurrency N] [--no-cache]

Evaluates the prompts a change touches at the merge base of REF and at head, and reports what changed.
  --base REF        the branch or commit the change goes into (e.g. main, origin/main)
  --head REF        the changed commit (default: HEAD)
  --config FILE     promptgate.yml, inside the repository (default: promptgate.yml at its root); it must exist at base or head
  --json OUT        write report.json (- for standard output)
  --markdown OUT    write the Markdown report, the PR comment (- for standard output)
  --html OUT        write the HTML report (one self-contained file to open in a browser)
  --shard I/N       evaluate only shard I of N and write its partial report to --json, for \`promptgate merge\`
  --org ORG         bill GitHub Models calls to organisation ORG (env: PROMPTGATE_MODELS_ORG)
  --concurrency N   model calls in flight at once
  --no-cache        ignore and do not write .promptgate/cache

Changed prompts also run the built-in prompt-injection probes (adversarial.enabled); only a
probe that passes at base and fails at head counts against the change.

Exit codes: 0 pass or skipped, 1 regression or failed gate, 2 config or usage error (a missing
provider key included: the message names the variable to set), 3 inconclusive (provider down).`;

/** `promptgate compare`: base vs head in one run. */
export async function compareCommand(argv: string[], io: CommandIO): Promise<number> {
  const args = parseCompareArgs(argv);
  checkReportOutputs(args, io.cwd);
  const progress = progressReporter(io.stderr, 'compare');
  const options = await compareOptions(args, io, progress);
  if (args.shard) return compareShard(options, { ...args, shard: args.shard }, io, progress);
  const { report } = await compare(options);
  progress.done();
  await writeReports(report, args, io);
  return exitCodeOfRun(report, io);
}

/** The exit code of a compared (or merged) report; a run that evaluated nothing for want of a key is the user's setup to fix. */
export function exitCodeOfRun(report: ComparisonReport, io: CommandIO): number {
  if (report.summary.startsWith(NO_CREDENTIALS)) return noCredentials(report.summary, io);
  return exitCodeOf(report);
}

type CompareArgs = ReturnType<typeof parseCompareArgs>;

function parseCompareArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      base: { type: 'string' },
      head: { type: 'string', default: 'HEAD' },
      config: { type: 'string' },
      json: { type: 'string' },
      markdown: { type: 'string' },
      html: { type: 'string' },
      shard: { type: 'string' },
      org: { type: 'string' },
      concurrency: { type: 'string' },
      'no-cache': { type: 'boolean' },
    },
    strict: true,
  });
  const base = values.base;
  if (!base) throw new UserError('compare needs --base REF', { hint: 'e.g. promptgate compare --base main' });
  return { ...values, base };
}

/** The repository around the working directory, compared as the Action compares a pull request. */
async function compareOptions(args: CompareArgs, io: CommandIO, progress: ProgressReporter): Promise<CompareOptions> {
  const repo = await repositoryRoot(io.cwd);
  return {
    source: new LocalGitChanges(repo, (line) => io.stderr.write(`${line}\n`)),
    root: repo,
    base: args.base,
    head: args.head,
    configPath: args.config ? repositoryPath(repo, io.cwd, args.config) : undefined,
    configNamed: args.config !== undefined,
    env: withModelsOrg(io.env, args.org),
    // A missing key is reported by the variable to set before any call, as the Action does.
    requireCredentials: true,
    concurrency: positiveInt(args.concurrency, '--concurrency'),
    noCache: args['no-cache'],
    onProgress: (p) => progress.update(p),
  };
}

/** `--shard I/N`: this shard's samples as a partial report at `--json`, for `promptgate merge`. */
async function compareShard(options: CompareOptions, args: CompareArgs & { shard: string }, io: CommandIO, progress: ProgressReporter): Promise<number> {
  const shard = parseShard(args.shard);
  const out = args.json;
  if (!out) throw new UserError('compare --shard needs --json OUT for the partial report', { hint: 'e.g. promptgate compare --base main --shard 1/4 --json reports/shard-1.json' });
  // A shard has samples, not a report: a flag that asks for one would otherwise write nothing, silently.
  const unwritten = (['markdown', 'html'] as const).filter((flag) => args[flag] !== undefined);
  if (unwritten.length) {
    throw new UserError(`compare --shard writes only its partial report (--json), not ${unwritten.map((f) => `--${f}`).join(' or ')}`, { hint: 'pass them to `promptgate merge`, which writes the one report of all shards' });
  }
  const { header, samples } = await evaluateShard(options, shard);
  progress.done();
  await writeOutput(io, out, serialisePartial(header, samples));
  if (header.unsampled?.startsWith(NO_CREDENTIALS)) return noCredentials(header.unsampled, io);
  // With `--json -` standard output is the partial report itself: a line more would break it.
  const status = out === '-' ? io.stderr : io.stdout;
  status.write(`shard ${shard.index}/${shard.total}: ${header.stats.tests} tests sampled; run \`promptgate merge\` on all shards' reports for the verdict\n`);
  return EXIT.ok;
}

/** Where `--json`, `--markdown` and `--html` write their reports, when given. */
export interface ReportOutputs {
  json?: string;
  markdown?: string;
  html?: string;
}

/** Standard output carries one thing: the one report asked for with `-` (see {@link checkReportOutputs}), else the terminal view. */
export async function writeReports(report: ComparisonReport, args: ReportOutputs, io: CommandIO): Promise<void> {
  if (args.json !== '-' && args.markdown !== '-' && args.html !== '-') io.stdout.write(renderCompareTerminal(report, io.stdout) + '\n');
  if (args.json) await writeOutput(io, args.json, reportJson(report));
  if (args.markdown) await writeOutput(io, args.markdown, renderMarkdown(report) + '\n');
  if (args.html) await writeOutput(io, args.html, renderHtml(report));
}

/** Refuses, before anything runs, two reports sent to standard output (they would arrive as one unreadable text) and a report path that is a directory. */
export function checkReportOutputs(args: ReportOutputs, cwd: string): void {
  const toStdout = (['json', 'markdown', 'html'] as const).filter((flag) => args[flag] === '-');
  if (toStdout.length > 1) {
    throw new UserError(`${toStdout.map((f) => `--${f}`).join(' and ')} both write to standard output (-)`, { hint: 'send at most one report to -, and the others to files' });
  }
  for (const flag of ['json', 'markdown', 'html'] as const) checkOutputPath(cwd, args[flag], `--${flag}`);
}

function noCredentials(message: string, io: CommandIO): number {
  io.stderr.write(`error: ${message}\nSet the variable named above and run again; nothing was evaluated.\n`);
  return EXIT.usage;
}

/** \`I/N\` with 1 ≤ I ≤ N. */
function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || index < 1 || index > total) throw new UserError(`--shard takes I/N with 1 ≤ I ≤ N, not "${text}"`, { hint: 'e.g. --shard 2/4' });
  if (total > MAX_SHARDS) throw new UserError(`--shard ${text}: N may be at most ${MAX_SHARDS}`, { hint: `split the suite into at most ${MAX_SHARDS} shards (as many as a GitHub Actions matrix runs)` });
  return { index, total };
}

/** A `--config` path given relative to the working directory, as a repository-relative path: git has no file outside the repository. */
export function repositoryPath(repo: string, cwd: string, path: string): string {
  const inside = relative(repo, resolve(cwd, path)).split('\\').join('/');
  if (inside === '') throw new UserError(`--config ${path} names the repository's own directory, not a file`, { hint: 'e.g. --config promptgate.yml' });
  if (inside === '..' || inside.startsWith('../') || isAbsolute(inside)) {
    throw new UserError(`--config ${path} is outside the repository, and the config is read from its commits`, { hint: 'name a file inside the repository, e.g. --config promptgate.yml' });
  }
  return inside;
}

export async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch (err) {
    throw new UserError('the current directory is not inside a git repository', { hint: 'run promptgate compare or merge from a clone of the repository', cause: err });
  }
}
