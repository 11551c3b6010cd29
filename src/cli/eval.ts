import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { countSuiteTokens, createEngine, jobsFor, summarisePrompts } from '../engine/evaluate.js';
import { loadSuite } from '../engine/suite.js';
import { renderEvalTable } from '../report/eval-terminal.js';
import { DirectorySource } from '../source/fs.js';
import { UserError, describeError } from '../util/errors.js';
import { EXIT, type CommandIO } from './io.js';
import { locateProject } from './load.js';
import { progressReporter } from './progress.js';

export const EVAL_USAGE = `promptgate eval [--config FILE] [--json OUT] [--repeat N] [--concurrency N] [--prompt ID] [--no-cache]

Runs every test of every prompt once (or N times) and prints a table.
  --config FILE     promptgate.yml to use (default: ./promptgate.yml, else zero-config)
  --json OUT        write the results as JSON
  --repeat N        samples per test, overriding the config
  --concurrency N   model calls in flight at once
  --prompt ID       only this prompt (repeatable)
  --no-cache        ignore and do not write .promptgate/cache

Exit codes: 0 all passed, 1 failures, 2 config or usage error, 3 nothing conclusive because providers failed.`;

/** `promptgate eval`: evaluate the working tree's prompts. */
export async function evalCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      config: { type: 'string' },
      json: { type: 'string' },
      repeat: { type: 'string' },
      concurrency: { type: 'string' },
      prompt: { type: 'string', multiple: true },
      'no-cache': { type: 'boolean' },
    },
    strict: true,
  });
  const repeat = positiveInt(values.repeat, '--repeat');
  const concurrency = positiveInt(values.concurrency, '--concurrency');
  const { root, loaded } = await locateProject(values.config, io.cwd);
  const progress = progressReporter(io.stderr, 'eval');
  const engine = createEngine({ root, loaded, env: io.env, concurrency, noCache: values['no-cache'], onProgress: (p) => progress.update(p) });
  // The tokenizer loads on the other core while this one reads the prompt files.
  const releaseTokenizer = engine.tokens.holdTokenizer(loaded.config.providers.default);
  const suite = await loadSuite(new DirectorySource(root), loaded);
  const only = values.prompt;
  if (only) suite.prompts = suite.prompts.filter((p) => only.includes(p.prompt.id) || only.includes(p.prompt.path));
  if (suite.prompts.length === 0 && suite.errors.length === 0) {
    releaseTokenizer();
    throw new UserError(`no prompts found under ${root}`, {
      hint: loaded.file ? `check \`prompts\` in ${loaded.file}` : 'add *.prompt.yml files, or a promptgate.yml that lists your prompts',
    });
  }

  const started = Date.now();
  // Counted alongside the run, while its memory is still small: the tokenizer table then comes
  // and goes before the results pile up.
  const counting = countSuiteTokens(suite, engine.tokens).finally(releaseTokenizer);
  const results = await engine.run(jobsFor(suite.prompts, repeat));
  progress.done();
  const durationMs = Date.now() - started;
  const { prompts, summary } = await summarisePrompts(suite, results, await counting);

  io.stdout.write(renderEvalTable({ prompts, results, summary, errors: suite.errors, notRun: suite.notRun, durationMs, cache: engine.cache.stats }, io.stdout) + '\n');
  for (const err of suite.errors) io.stderr.write(`error: ${describeError(err)}\n`);
  if (engine.cache.writeError) io.stderr.write(`warning: ${engine.cache.writeError}; answers were not stored, so the next run calls the models again\n`);

  if (values.json) {
    const out = resolve(io.cwd, values.json);
    await mkdir(dirname(out), { recursive: true });
    const report = {
      schemaVersion: 1,
      kind: 'eval',
      config: loaded.file ?? null,
      durationMs,
      summary,
      prompts,
      tests: results,
      errors: suite.errors.map((e) => ({ message: e.message, location: e.location ?? null, hint: e.hint ?? null })),
      notRun: suite.notRun,
    };
    await writeFile(out, JSON.stringify(report, null, 2) + '\n');
  }

  if (suite.errors.length) return EXIT.usage;
  if (summary.failed + summary.flaky > 0) return EXIT.failure;
  if (summary.errored > 0) return EXIT.inconclusive;
  return EXIT.ok;
}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`${flag} takes a whole number of at least 1, not "${value}"`);
  return n;
}
