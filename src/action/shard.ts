import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { PARTIAL_KIND, PARTIAL_VERSION, serialisePartial, type FailedPartial } from '../compare/partial.js';
import { evaluateShard, type Shard, type ShardResult } from '../compare/shard.js';
import type { CompareOptions } from '../compare/types.js';
import { withoutHostPaths } from '../report/host-paths.js';
import { describeError } from '../util/errors.js';

/**
 * A shard job: evaluates its part and writes a partial report (samples) at the `report-path`
 * output, for the job that merges the shards. It posts no comment and no check: one verdict,
 * from the merge, is all a PR should see. A shard that fails still writes a report that says
 * so, so the merge names it instead of guessing.
 */
export async function runShard(opts: CompareOptions, shard: Shard, tempDir: string): Promise<void> {
  const reportPath = join(tempDir, 'promptgate', `partial-${shard.index}-of-${shard.total}.ndjson`);
  await mkdir(join(reportPath, '..'), { recursive: true });
  core.setOutput('report-path', reportPath);
  let result: ShardResult;
  try {
    result = await evaluateShard(opts, shard);
  } catch (err) {
    // The reason reaches the PR comment through the merge: no path of this runner in it.
    const reason = withoutHostPaths(describeError(err), [opts.root, tempDir]);
    const failed: FailedPartial = { kind: PARTIAL_KIND, schemaVersion: PARTIAL_VERSION, status: 'failed', shard, headSha: opts.head, reason };
    await writeFile(reportPath, serialisePartial(failed));
    throw err;
  }
  await writeFile(reportPath, serialisePartial(result.header, result.samples));
  const { tests, samples } = result.header.stats;
  const line = `promptgate shard ${shard.index}/${shard.total}: sampled ${tests} test${tests === 1 ? '' : 's'} (${samples} samples); the merge job gives the verdict.`;
  core.info(line);
  await core.summary.addRaw(line + '\n').write();
}
