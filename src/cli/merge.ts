import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeShards } from '../compare/merge.js';
import { readPartials } from '../compare/partial.js';
import { renderCompareTerminal } from '../report/compare-terminal.js';
import { renderMarkdown } from '../report/markdown.js';
import { reportJson } from '../report/report-json.js';
import { LocalGitChanges } from '../source/local-git.js';
import { UserError } from '../util/errors.js';
import { exitCodeOf } from '../gate/conclusion.js';
import { writeOutput } from './args.js';
import { repositoryRoot, repositoryPath } from './compare.js';
import type { CommandIO } from './io.js';

export const MERGE_USAGE = `promptgate merge DIR [--config FILE] [--json OUT] [--markdown OUT] [--no-cache]

Merges the partial reports of \`promptgate compare --shard i/n\` (one per shard, anywhere under DIR) into one report,
with the statistics taken over all shards' tests. Run it in a checkout of the same repository: the merge plans the
comparison again to check every shard drew from it, and runs the readiness checklist.
  --config FILE     promptgate.yml, as the shards used it (default: promptgate.yml)
  --json OUT        write report.json
  --markdown OUT    write the Markdown report (the PR comment)

A failed or missing shard makes the verdict inconclusive (exit 3); shards of other commits or configs are refused (exit 2).`;

/** \`promptgate merge\`: one verdict from the shards' partial reports, for CI systems other than GitHub Actions. */
export async function mergeCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { config: { type: 'string' }, json: { type: 'string' }, markdown: { type: 'string' }, 'no-cache': { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UserError('merge needs one directory of partial reports', { hint: 'e.g. promptgate merge reports/ --json report.json' });
  const partials = await readPartials(resolve(io.cwd, positionals[0]!), positionals[0]!);
  const repo = await repositoryRoot(io.cwd);
  const report = await mergeShards(
    {
      source: new LocalGitChanges(repo, (line) => io.stderr.write(`${line}\n`)),
      root: repo,
      configPath: values.config ? repositoryPath(repo, io.cwd, values.config) : undefined,
      env: io.env,
      noCache: values['no-cache'],
    },
    partials,
  );
  io.stdout.write(renderCompareTerminal(report, io.stdout) + '\n');
  if (values.json) await writeOutput(io, values.json, reportJson(report));
  if (values.markdown) await writeOutput(io, values.markdown, renderMarkdown(report) + '\n');
  return exitCodeOf(report);
}
