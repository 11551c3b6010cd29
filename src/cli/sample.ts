import { parseArgs } from 'node:util';
import { createEngine, jobsFor } from '../engine/engine.js';
import { loadSuite } from '../engine/suite.js';
import { missingCredential } from '../providers/credentials.js';
import { toCsv } from '../report/csv.js';
import { DirectorySource } from '../source/fs.js';
import { UserError, describeError } from '../util/errors.js';
import { roundRobin } from '../util/round-robin.js';
import { checkOutputPath, promptsNamed, writeOutput } from './args.js';
import { EXIT, type CommandIO } from './io.js';
import { locateProject, shownDirectory } from './load.js';
import { progressReporter } from './progress.js';

export const SAMPLE_USAGE = `promptgate sample [--config FILE] [--size N] [--prompt ID] [--out FILE.csv]

Evaluates your own tests (testData rows and tests in promptgate.yml; not the built-in probes)
through the cache and exports a sample of their outputs as CSV for human review, spread
evenly over the prompts, with empty reviewer_verdict and reviewer_notes columns.
  --config FILE     promptgate.yml to use (default: ./promptgate.yml, else zero-config)
  --size N          outputs in the sample (default 20)
  --prompt ID       only this prompt (repeatable)
  --out FILE.csv    where to write it (default, or -: standard output)

Exit codes: 0 written, 2 nothing to sample (the message says why) or a usage error,
3 every model call failed.`;

/** `promptgate sample`: outputs of the user's own tests for the regular human review no automated check replaces. */
export async function sampleCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { config: { type: 'string' }, size: { type: 'string', default: '20' }, prompt: { type: 'string', multiple: true }, out: { type: 'string' } },
    strict: true,
  });
  const size = Number(values.size);
  if (!Number.isInteger(size) || size < 1) throw new UserError(`--size takes a whole number of at least 1, not "${values.size}"`);
  checkOutputPath(io.cwd, values.out, '--out');
  const { root, loaded } = await locateProject(values.config, io.cwd);
  // Probes are promptgate's own attacks, not outputs a reviewer needs to read.
  const suite = await loadSuite(new DirectorySource(root), loaded, { probes: false });
  for (const err of suite.errors) io.stderr.write(`error: ${describeError(err)}\n`);
  suite.prompts = promptsNamed(suite.prompts, values.prompt, suite.errors.flatMap((e) => e.location?.file ?? []));
  const own = suite.prompts.map((p) => ({ ...p, tests: p.tests.filter((t) => !t.category) })).filter((p) => p.tests.length > 0);
  if (own.length === 0) throw nothingToSample(suite.prompts.length, shownDirectory(root, io.cwd));
  const missing = [...new Set(own.map((p) => missingCredential(p.modelId, io.env, loaded.config.providers.endpoints)).filter((m): m is string => m !== undefined))];
  if (missing.length) throw new UserError(`no provider credentials: ${missing.join('; ')}`, { hint: 'set the variable and run again; nothing was sampled' });

  const progress = progressReporter(io.stderr, 'sample');
  const engine = createEngine({ root, loaded, env: io.env, onProgress: (p) => progress.update(p) });
  const results = await engine.run(jobsFor(own, 1));
  progress.done();
  const answered = results.filter((r) => r.completed > 0);
  if (answered.length === 0) {
    const cause = results.flatMap((r) => r.runs).find((x) => x.error)?.error;
    io.stderr.write(`error: nothing to sample: every model call failed${cause ? ` (${cause.modelId}: ${cause.message})` : ''}\n`);
    return EXIT.inconclusive;
  }
  const picked = roundRobin(answered, (r) => r.promptId, size);
  const vars = new Map(own.flatMap((p) => p.tests.map((t) => [`${p.prompt.id}\u0000${t.id}`, t.vars] as const)));
  const csv = toCsv(
    ['prompt', 'prompt_version', 'test', 'description', 'model', 'input', 'output', 'passed', 'score', 'reviewer_verdict', 'reviewer_notes'],
    picked.map((r) => {
      const run = r.runs.find((x) => x.outcome !== 'errored')!;
      return [r.promptId, r.promptVersion, r.testId, r.description, run.answeredBy ?? r.modelId, JSON.stringify(vars.get(`${r.promptId}\u0000${r.testId}`) ?? {}), run.output, run.outcome === 'passed', run.score.toFixed(2), '', ''];
    }),
  );
  await writeOutput(io, values.out ?? '-', csv);
  if (values.out && values.out !== '-') io.stderr.write(`wrote ${picked.length} outputs to ${values.out}\n`);
  return EXIT.ok;
}

function nothingToSample(prompts: number, where: string): UserError {
  if (prompts === 0) {
    return new UserError(`nothing to sample: no prompts found under ${where}`, { hint: 'add *.prompt.yml files, or a promptgate.yml that lists your prompts' });
  }
  return new UserError(`nothing to sample: none of the ${prompts} prompt${prompts === 1 ? '' : 's'} has tests of its own`, {
    hint: 'add testData rows to the .prompt.yml files, or tests to promptgate.yml; the built-in probes are not sampled',
  });
}
