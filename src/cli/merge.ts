import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeShards } from '../compare/merge.js';
import { readPartials } from '../compare/partial.js';
import { LocalGitChanges } from '../source/local-git.js';
import { UserError } from '../util/errors.js';
import { checkReportOutputs, exitCodeOfRun, repositoryRoot, repositoryPath, writeReports } from './compare.js';
import type { CommandIO } from './io.js';

export const MERGE_USAGE = `promptgate merge DIR [--config FILE] [--json OUT] [--markdown OUT] [--html OUT] [--no-cache]

Merges the partial reports of \`promptgate compare --shard i/n\` (one per shard, anywhere under DIR) into one report,
with the statistics taken over all shards' tests. Run it in a checkout of the same repository: the merge plans the
comparison again to check every shard drew from it, and runs the readiness checklist.
  --config FILE     promptgate.yml, as the shards used it (default: promptgate.yml)
  --json OUT        write report.json (- for standard output)
  --markdown OUT    write the Markdown report, the PR comment (- for standard output)
  --html OUT        write the HTML report (one self-contained file to open in a browser)

A failed or missing shard makes the verdict inconclusive (exit 3); shards of other commits or configs are refused (exit 2).`;

/** \`promptgate merge\`: one verdict from the shards' partial reports, for CI systems other than GitHub Actions. */
export async function mergeCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { config: { type: 'string' }, json: { type: 'string' }, markdown: { type: 'string' }, html: { type: 'string' }, 'no-cache': { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UserError('merge needs one directory of partial reports', { hint: 'e.g. promptgate merge reports/ --json report.json' });
  checkReportOutputs(values, io.cwd);
  const repo = await repositoryRoot(io.cwd);
  const configPath = values.config ? repositoryPath(repo, io.cwd, values.config) : undefined;
  const partials = await readPartials(resolve(io.cwd, positionals[0]!), positionals[0]!);
  const report = await mergeShards(
    {
      source: new LocalGitChanges(repo, (line) => io.stderr.write(`${line}\n`)),
      root: repo,
      configPath,
      configNamed: values.config !== undefined,
      env: io.env,
      // As compare does: no key anywhere is a setup to fix (exit 2 naming the variable); a merge
      // missing a key the shards had still merges their samples (mergeShards).
      requireCredentials: true,
      noCache: values['no-cache'],
    },
    partials,
  );
  await writeReports(report, values, io);
  return exitCodeOfRun(report, io);
}
