import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { countSuiteTokens, createEngine, jobsFor, summarisePrompts, type Engine, type EvalSummary, type PromptSummary } from '../engine/engine.js';
import { modelsToCall } from '../engine/model-calls.js';
import type { TestResult } from '../engine/types.js';
import { ZERO_CONFIG_GLOB } from '../engine/prompt-files.js';
import { loadSuite, type Suite } from '../engine/suite.js';
import { renderEvalTable } from '../report/eval-terminal.js';
import { ghModelsEvaluation } from '../report/gh-models-json.js';
import { missingCredential } from '../providers/credentials.js';
import { DirectorySource } from '../source/fs.js';
import { UserError, describeError } from '../util/errors.js';
import { checkOutputPath, positiveInt, promptsNamed, splitJsonFlag, withModelsOrg, writeOutput } from './args.js';
import { EXIT, type CommandIO } from './io.js';
import { locateProject, shownDirectory, type ProjectLocation } from './load.js';
import { progressReporter } from './progress.js';

export const EVAL_USAGE = `promptgate eval [FILE...] [--json [OUT]] [--format gh-models|promptgate] [--adversarial]
                [--org ORG] [--config FILE] [--repeat N] [--concurrency N] [--prompt ID] [--no-cache]

Runs every test of every prompt once (or N times) and prints a table. With FILEs, only those
prompt files; any *.yml or *.yaml named here is read as a GitHub Models prompt file, as
\`gh models eval FILE\` reads it.
  --json            print the results to standard output as \`gh models eval --json\` does
                    (one object per prompt file; a list of them for several)
  --json OUT        write promptgate's own results (OUT ends in .json, or - for standard output)
  --format F        the shape --json writes: gh-models or promptgate
  --adversarial     also run the built-in prompt-injection probes (config: adversarial.eval)
  --org ORG         bill GitHub Models calls to organisation ORG, as \`gh models eval --org\`
                    (env: PROMPTGATE_MODELS_ORG)
  --config FILE     promptgate.yml to use (default: ./promptgate.yml, else zero-config)
  --repeat N        samples per test, overriding the config
  --concurrency N   model calls in flight at once
  --prompt ID       only this prompt (repeatable)
  --no-cache        ignore and do not write .promptgate/cache

Exit codes: 0 all passed, 1 a test failed, 2 a config, prompt file or usage error,
3 nothing failed but tests errored because a model provider failed.`;

const FORMATS = ['gh-models', 'promptgate'] as const;
const DIFFERENCES = 'see "Differences from gh models eval" in the README';

/** `promptgate eval`: evaluate the working tree's prompts, or the prompt files named. */
export async function evalCommand(argv: string[], io: CommandIO): Promise<number> {
  const options = parseEvalArgs(argv, io.env);
  if (options.format) checkOutputPath(io.cwd, options.out, '--json');
  const project = await locateProject(options.config, io.cwd);
  const named = options.files.map((file) => namedPromptFile(file, project.root, io.cwd));
  const suite = await loadEvalSuite(project, named, options.adversarial || project.loaded.config.adversarial.eval);
  suite.prompts = promptsNamed(suite.prompts, options.only, suite.errors.flatMap((e) => e.location?.file ?? []));
  checkRunnable(suite, project, options.env, io.cwd);
  const run = await evaluateSuite(suite, project, options, io);
  showRun(run, options, io);
  await writeJson(run, options, project, io);
  if (suite.errors.length) return EXIT.usage;
  if (run.summary.failed + run.summary.flaky > 0) return EXIT.failure;
  if (run.summary.errored > 0) return EXIT.inconclusive;
  return EXIT.ok;
}

interface EvalOptions {
  files: string[];
  config?: string;
  /** What `--json` writes, and where (`-`: standard output); undefined without `--json`. */
  format?: (typeof FORMATS)[number];
  out: string;
  adversarial: boolean;
  env: NodeJS.ProcessEnv;
  repeat?: number;
  concurrency?: number;
  only?: string[];
  noCache?: boolean;
}

function parseEvalArgs(argv: string[], env: NodeJS.ProcessEnv): EvalOptions {
  const { rest, json } = splitJsonFlag(argv);
  const { values, positionals: files } = parseArgs({
    args: rest,
    options: {
      config: { type: 'string' },
      format: { type: 'string' },
      adversarial: { type: 'boolean' },
      org: { type: 'string' },
      repeat: { type: 'string' },
      concurrency: { type: 'string' },
      prompt: { type: 'string', multiple: true },
      'no-cache': { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  return {
    files,
    config: values.config,
    format: jsonFormat(values.format, json),
    out: json?.out ?? '-',
    adversarial: values.adversarial === true,
    env: withModelsOrg(env, values.org),
    repeat: positiveInt(values.repeat, '--repeat'),
    concurrency: positiveInt(values.concurrency, '--concurrency'),
    only: values.prompt,
    noCache: values['no-cache'],
  };
}

/** Nothing to evaluate, or no key for a model the suite calls: said up front, before any call. */
function checkRunnable(suite: Suite, { root, loaded }: ProjectLocation, env: NodeJS.ProcessEnv, cwd: string): void {
  if (suite.prompts.length === 0 && suite.errors.length === 0) {
    throw new UserError(`no prompts found under ${shownDirectory(root, cwd)}`, {
      hint: loaded.file ? `check \`prompts\` in ${loaded.file}` : 'add *.prompt.yml files, or a promptgate.yml that lists your prompts',
    });
  }
  const missing = missingCredentials(suite, env, loaded);
  if (missing.length) {
    throw new UserError(`no provider credentials: ${missing.join('; ')}`, { hint: 'set the variable and run again; nothing was evaluated' });
  }
}

interface EvalRun {
  suite: Suite;
  results: TestResult[];
  prompts: PromptSummary[];
  summary: EvalSummary;
  durationMs: number;
  engine: Engine;
}

async function evaluateSuite(suite: Suite, { root, loaded }: ProjectLocation, options: EvalOptions, io: CommandIO): Promise<EvalRun> {
  const progress = progressReporter(io.stderr, 'eval');
  const engine = createEngine({ root, loaded, env: options.env, concurrency: options.concurrency, noCache: options.noCache, onProgress: (p) => progress.update(p) });
  const started = Date.now();
  const results = await engine.run(jobsFor(suite.prompts, options.repeat));
  progress.done();
  const durationMs = Date.now() - started;
  // Counted once the answers are in: counting is main-thread work (a few ms a prompt) that would
  // hold up the first requests, and the rank table it reads is a few MB, held only while counting.
  const { prompts, summary } = await summarisePrompts(suite, results, await countSuiteTokens(suite, engine.tokens));
  return { suite, results, prompts, summary, durationMs, engine };
}

/** The table (unless the JSON goes to standard output), then errors, warnings and notes on standard error. */
function showRun({ suite, results, prompts, summary, durationMs, engine }: EvalRun, options: EvalOptions, io: CommandIO): void {
  const toStdout = options.format !== undefined && options.out === '-';
  if (!toStdout) io.stdout.write(renderEvalTable({ prompts, suite, results, summary, errors: suite.errors, notRun: suite.notRun, durationMs, cache: engine.cache.stats }, io.stdout) + '\n');
  for (const err of suite.errors) io.stderr.write(`error: ${describeError(err)}\n`);
  if (engine.cache.writeError) io.stderr.write(`warning: ${engine.cache.writeError}; answers were not stored, so the next run calls the models again\n`);
  for (const note of differenceNotes(suite, summary.errored)) io.stderr.write(`note: ${note}\n`);
}

/** `--json`: gh models' shape (one object per prompt file, a list of them for several), or promptgate's own. */
async function writeJson({ suite, results, prompts, summary, durationMs }: EvalRun, options: EvalOptions, { loaded }: ProjectLocation, io: CommandIO): Promise<void> {
  if (options.format === 'gh-models') {
    const evaluations = suite.prompts.map((p) => ghModelsEvaluation(p, results.filter((r) => r.promptId === p.prompt.id)));
    await writeOutput(io, options.out, JSON.stringify(evaluations.length === 1 ? evaluations[0] : evaluations, null, 2) + '\n');
  } else if (options.format === 'promptgate') {
    const head = { schemaVersion: 1, kind: 'eval', config: loaded.file ?? null, durationMs, summary, prompts };
    const tail = { errors: suite.errors.map((e) => ({ message: e.message, location: e.location ?? null, hint: e.hint ?? null })), notRun: suite.notRun };
    await writeOutput(io, options.out, reportPieces(head, results, tail));
  }
}

/**
 * `JSON.stringify({ ...head, tests, ...tail }, null, 2)` and a newline, written in pieces of
 * about {@link PIECE} characters: a large run's report is never one string (and one buffer) at
 * the end of the run, when its memory use is at its highest.
 */
function* reportPieces(head: object, tests: TestResult[], tail: object): Generator<string> {
  // `{\n  …\n}` each: the head without its closing brace, the tail without its opening one.
  let piece = `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "tests": ${tests.length === 0 ? '[]' : '[\n'}`;
  for (let i = 0; i < tests.length; i++) {
    // Nested two levels deep; JSON text holds no raw line breaks, so each one starts a line.
    piece += `${i === 0 ? '' : ',\n'}    ${JSON.stringify(tests[i], null, 2).replace(/\n/g, '\n    ')}`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}${tests.length === 0 ? '' : '\n  ]'},\n${JSON.stringify(tail, null, 2).slice(2)}\n`;
}

const PIECE = 64 * 1024;

/** `--json` alone means gh models' shape, `--json OUT` promptgate's; `--format` says otherwise. */
function jsonFormat(format: string | undefined, json: { out?: string } | undefined): (typeof FORMATS)[number] | undefined {
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) {
    throw new UserError(`--format takes gh-models or promptgate, not "${format}"`);
  }
  if (format !== undefined) return format as (typeof FORMATS)[number];
  if (!json) return undefined;
  return json.out === undefined ? 'gh-models' : 'promptgate';
}

/** A FILE argument as a path relative to the project root; it must exist inside it. */
function namedPromptFile(file: string, root: string, cwd: string): string {
  const absolute = resolve(cwd, file);
  const path = relative(root, absolute).split('\\').join('/');
  if (path.startsWith('../') || isAbsolute(path)) {
    throw new UserError(`${file} is outside ${shownDirectory(root, cwd)}, where promptgate reads prompts`, { hint: 'run promptgate eval from a directory that contains the file' });
  }
  const stats = statSync(absolute, { throwIfNoEntry: false });
  if (!stats) throw new UserError(`prompt file not found: ${file}`, { hint: 'check the path; it is relative to the current directory' });
  // A directory would become a pattern in the prompts list (`.` an empty one): name its files instead.
  if (!stats.isFile()) throw new UserError(`${file} is a directory, not a prompt file`, { hint: 'name the prompt files in it, or run promptgate eval without FILE to evaluate every prompt' });
  return path;
}

/**
 * The suite to evaluate: every prompt the config selects, or only the files named. Named files
 * are read with the config (its tests and prompt settings apply to them) and then picked out.
 */
async function loadEvalSuite({ root, loaded }: ProjectLocation, named: string[], probes: boolean): Promise<Suite> {
  if (named.length === 0) return loadSuite(new DirectorySource(root), loaded, { probes });
  const config = { ...loaded.config, prompts: [...(loaded.config.prompts ?? [ZERO_CONFIG_GLOB]), ...named] };
  const suite = await loadSuite(new DirectorySource(root), { ...loaded, config }, { probes });
  const picked = { prompts: suite.prompts.filter((p) => named.includes(p.prompt.path)), errors: suite.errors.filter((e) => named.includes(e.location?.file ?? '')), notRun: suite.notRun };
  const unread = named.filter((path) => !picked.prompts.some((p) => p.prompt.path === path) && !picked.errors.some((e) => e.location?.file === path));
  if (unread.length) {
    throw new UserError(`not a prompt file: ${unread.join(', ')}`, {
      hint: 'promptgate reads *.prompt.yml, *.yml and *.yaml (GitHub Models), *.prompty, *.prompt (Dotprompt), *.md and *.txt',
    });
  }
  return picked;
}

/** What is missing to call the models the tests need: a configuration problem to name up front, not an outage of every call. */
function missingCredentials(suite: Suite, env: NodeJS.ProcessEnv, loaded: ProjectLocation['loaded']): string[] {
  const endpoints = loaded.config.providers.endpoints;
  return [...new Set([...modelsToCall(suite.prompts)].map((m) => missingCredential(m, env, endpoints)).filter((m): m is string => m !== undefined))];
}

/** Where this run behaved differently from `gh models eval` on purpose, or the file's reading deserves a word, said where it happened. */
function differenceNotes(suite: Suite, errored: number): string[] {
  const notes = suite.prompts.flatMap((p) => p.prompt.readNotes ?? []);
  if (errored > 0) {
    notes.push(
      `${errored} test${errored === 1 ? '' : 's'} errored because a model provider failed; gh models eval stops at the first such failure with exit 1, promptgate runs the rest, counts them as neither passed nor failed and exits 3 when nothing failed (${DIFFERENCES})`,
    );
  }
  if (suite.errors.length) {
    notes.push(`gh models eval exits 1 when it cannot read a prompt file; promptgate reports each such file with its line, runs the others and exits 2 (${DIFFERENCES})`);
  }
  return notes;
}
