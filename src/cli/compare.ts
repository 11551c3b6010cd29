import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compare, NO_CREDENTIALS } from '../compare/run.js';
import { renderCompareTerminal } from '../report/compare-terminal.js';
import { renderHtml } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import { exitCodeOf } from '../gate/conclusion.js';
import { git } from '../source/git.js';
import { LocalGitChanges } from '../source/local-git.js';
import { UserError } from '../util/errors.js';
import { positiveInt, writeOutput } from './args.js';
import { EXIT, type CommandIO } from './io.js';
import { progressReporter } from './progress.js';

export const COMPARE_USAGE = `promptgate compare --base REF [--head REF] [--config FILE] [--json OUT] [--markdown OUT] [--html OUT] [--concurrency N] [--no-cache]

Evaluates the prompts a change touches at the merge base of REF and at head, and reports what changed.
  --base REF        the branch or commit the change goes into (e.g. main, origin/main)
  --head REF        the changed commit (default: HEAD)
  --config FILE     promptgate.yml, relative to the repository root (default: promptgate.yml)
  --json OUT        write report.json (- for standard output)
  --markdown OUT    write the Markdown report, the PR comment (- for standard output)
  --html OUT        write the HTML report (one self-contained file to open in a browser)
  --concurrency N   model calls in flight at once
  --no-cache        ignore and do not write .promptgate/cache

Changed prompts also run the built-in prompt-injection probes (adversarial.enabled); only a
probe that passes at base and fails at head counts against the change.

Exit codes: 0 pass or skipped, 1 regression or failed gate, 2 config or usage error (a missing
provider key included: the message names the variable to set), 3 inconclusive (provider down).`;

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
      html: { type: 'string' },
      concurrency: { type: 'string' },
      'no-cache': { type: 'boolean' },
    },
    strict: true,
  });
  if (!values.base) throw new UserError('compare needs --base REF', { hint: 'e.g. promptgate compare --base main' });
  const concurrency = positiveInt(values.concurrency, '--concurrency');
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
    // A missing key is reported by the variable to set before any call, as the Action does.
    requireCredentials: true,
    concurrency,
    noCache: values['no-cache'],
    onProgress: (p) => progress.update(p),
  });
  progress.done();

  // Standard output carries one thing: the report asked for with `-`, else the terminal view.
  if (values.json !== '-' && values.markdown !== '-') io.stdout.write(renderCompareTerminal(report, io.stdout) + '\n');
  if (values.json) await writeOutput(io, values.json, JSON.stringify(report, null, 2) + '\n');
  if (values.markdown) await writeOutput(io, values.markdown, renderMarkdown(report) + '\n');
  if (values.html) await writeOutput(io, values.html, renderHtml(report));
  if (report.summary.startsWith(NO_CREDENTIALS)) {
    io.stderr.write(`error: ${report.summary}\nSet the variable named above and run again; nothing was evaluated.\n`);
    return EXIT.usage;
  }
  return exitCodeOf(report);
}

async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch (err) {
    throw new UserError(`${cwd} is not inside a git repository`, { hint: 'run promptgate compare from a git checkout', cause: err });
  }
}
