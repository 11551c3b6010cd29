import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine, jobsFor } from '../engine/evaluate.js';
import { loadSuite } from '../engine/suite.js';
import { toCsv } from '../report/csv.js';
import { DirectorySource } from '../source/fs.js';
import { UserError } from '../util/errors.js';
import { roundRobin } from '../util/round-robin.js';
import { EXIT, type CommandIO } from './io.js';
import { locateProject } from './load.js';
import { progressReporter } from './progress.js';

export const SAMPLE_USAGE = `promptgate sample [--config FILE] [--size N] [--prompt ID] [--out FILE.csv]

Evaluates the working tree (through the cache) and exports a sample of outputs as CSV for human
review, spread evenly over the prompts, with empty reviewer_verdict and reviewer_notes columns.
  --size N          outputs in the sample (default 20)
  --out FILE.csv    where to write it (default: standard output)`;

/** `promptgate sample`: outputs for the regular human review that no automated check replaces. */
export async function sampleCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { config: { type: 'string' }, size: { type: 'string', default: '20' }, prompt: { type: 'string', multiple: true }, out: { type: 'string' } },
    strict: true,
  });
  const size = Number(values.size);
  if (!Number.isInteger(size) || size < 1) throw new UserError(`--size takes a whole number of at least 1, not "${values.size}"`);
  const { root, loaded } = await locateProject(values.config, io.cwd);
  const suite = await loadSuite(new DirectorySource(root), loaded);
  const only = values.prompt;
  if (only) suite.prompts = suite.prompts.filter((p) => only.includes(p.prompt.id) || only.includes(p.prompt.path));
  const progress = progressReporter(io.stderr, 'sample');
  const engine = createEngine({ root, loaded, env: io.env, onProgress: (p) => progress.update(p) });
  const results = await engine.run(jobsFor(suite.prompts, 1));
  progress.done();
  const picked = roundRobin(results.filter((r) => r.completed > 0), (r) => r.promptId, size);
  const vars = new Map(suite.prompts.flatMap((p) => p.tests.map((t) => [`${p.prompt.id}\u0000${t.id}`, t.vars] as const)));
  const csv = toCsv(
    ['prompt', 'prompt_version', 'test', 'description', 'model', 'input', 'output', 'passed', 'score', 'reviewer_verdict', 'reviewer_notes'],
    picked.map((r) => {
      const run = r.runs.find((x) => x.outcome !== 'errored')!;
      return [r.promptId, r.promptVersion, r.testId, r.description, run.answeredBy ?? r.modelId, JSON.stringify(vars.get(`${r.promptId}\u0000${r.testId}`) ?? {}), run.output, run.outcome === 'passed', run.score.toFixed(2), '', ''];
    }),
  );
  if (values.out) {
    const out = resolve(io.cwd, values.out);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, csv);
    io.stderr.write(`wrote ${picked.length} outputs to ${values.out}\n`);
  } else {
    io.stdout.write(csv);
  }
  return EXIT.ok;
}
