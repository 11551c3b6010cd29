import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compare } from '../compare/run.js';
import { renderCompareTerminal } from '../report/compare-terminal.js';
import { renderMarkdown } from '../report/markdown.js';
import { exitCodeOf } from '../gate/conclusion.js';
import { git } from '../source/git.js';
import { LocalGitChanges } from '../source/local-git.js';
import { UserError } from '../util/errors.js';
import type { CommandIO } from './io.js';
import { progressReporter } from './progress.js';

export const COMPARE_USAGE = `promptgate compare --base REF [--head REF] [--config FILE] [--json OUT] [--markdown OUT] [--concurrency N] [--no-cache]

Evaluates the prompts a change touches at the merge base of REF and at head, and reports what changed.
  --base REF        the branch or commit the change goes into (e.g. main, origin/main)
  --head REF        the changed commit (default: HEAD)
  --config FILE     promptgate.yml, relative to the repository root (default: promptgate.yml)
  --json OUT        write report.json
  --markdown OUT    write the Markdown report (the PR comment)

Exit codes: 0 pass or skipped, 1 regression or failed gate, 2 config or usage error, 3 inconclusive (provider down).`;

/** `promptgate compare`: base vs head in one run. */
export async function compareCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      base: { type: 'string' },
      head: { type: 'string', default: 'HEAD' },
      config: { type: 'string' },
      json: { type: 'string' },
      markdown: { type: 'string' },
      concurrency: { type: 'string' },
      'no-cache': { type: 'boolean' },
    },
    strict: true,
  });
  if (!values.base) throw new UserError('compare needs --base REF', { hint: 'e.g. promptgate compare --base main' });
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) {
    throw new UserError(`--concurrency takes a whole number of at least 1, not "${values.concurrency}"`);
  }
  const repo = await repositoryRoot(io.cwd);
  const configPath = values.config ? relative(repo, resolve(io.cwd, values.config)).split('\\').join('/') : undefined;

  const progress = progressReporter(io.stderr, 'compare');
  const { report } = await compare({
    source: new LocalGitChanges(repo, (line) => io.stderr.write(`${line}\n`)),
    root: repo,
    base: values.base,
    head: values.head,
    configPath,
    env: io.env,
    concurrency,
    noCache: values['no-cache'],
    onProgress: (p) => progress.update(p),
  });
  progress.done();

  io.stdout.write(renderCompareTerminal(report, io.stdout) + '\n');
  if (values.json) await writeOut(resolve(io.cwd, values.json), JSON.stringify(report, null, 2) + '\n');
  if (values.markdown) await writeOut(resolve(io.cwd, values.markdown), renderMarkdown(report) + '\n');
  return exitCodeOf(report);
}

async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch (err) {
    throw new UserError(`${cwd} is not inside a git repository`, { hint: 'run promptgate compare from a git checkout', cause: err });
  }
}

async function writeOut(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
