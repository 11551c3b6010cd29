import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { compare } from '../compare/compare.js';
import type { CompareOptions, Comparison } from '../compare/types.js';
import { LocalGitChanges } from '../source/local-git.js';
import { describeError } from '../util/errors.js';
import { readEvent, type ActionEvent } from './event.js';
import { readInputs, type ActionInputs } from './inputs.js';

const SECRET_VARIABLES = ['GITHUB_TOKEN', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'AZURE_OPENAI_API_KEY'];

/**
 * The Action: 1. read inputs and the event and start the comparison, 2. judge the pull request
 * (or merge group, push) with the one flow the App uses too, 3. publish comment, check run, job
 * summary and outputs, 4. fail the step on the gate (2–4 in publish.ts).
 */
export async function run(started?: LocalGitChanges): Promise<void> {
  try {
    await runAction(process.env, started);
  } catch (err) {
    core.setFailed(describeError(err));
  }
}

/** `started`: the checkout's source, its git work already under way (git-first.ts). */
async function runAction(processEnv: NodeJS.ProcessEnv, started: LocalGitChanges | undefined): Promise<void> {
  // 1. Inputs, event, the environment the providers see.
  const inputs = readInputs();
  const env: NodeJS.ProcessEnv = { ...processEnv, GITHUB_TOKEN: processEnv.GITHUB_TOKEN || inputs.githubToken };
  if (inputs.modelsUrl) env.PROMPTGATE_MODELS_URL = inputs.modelsUrl;
  for (const name of SECRET_VARIABLES) if (env[name]) core.setSecret(env[name]!);
  core.setSecret(inputs.githubToken);
  const event = readEvent(env);
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const answering = signal();
  const source = started ?? new LocalGitChanges(workspace, (line) => core.info(line));
  const comparison = comparisonOptions(inputs, event, env, { source, workspace }, answering.resolve);
  // A shard job only samples its part; the merge job publishes the one verdict.
  if (inputs.shard) return (await import('./shard.js')).runShard(comparison, inputs.shard, env.RUNNER_TEMP ?? workspace);
  // A workflow has no key for the comment's state, so no recorded result is trusted and the
  // comparison needs nothing from GitHub: it starts first. What judges and publishes the result
  // (octokit and the undici under it, the largest code the Action loads, the report renderers)
  // loads while the models answer, so compiling it does not hold up the first request.
  const comparing = compareOrMerge(comparison, inputs.merge, workspace);
  // Awaited below; marked handled so a failure on the GitHub side first cannot crash the process.
  comparing.catch(() => undefined);
  await Promise.race([answering.done, comparing.then(() => undefined, () => undefined)]);
  // 2–4. Judge, publish and gate: loaded once the models answer (publish.ts).
  const { judgeAndPublish } = await import('./publish.js');
  await judgeAndPublish({ inputs, event, env, owner, repo, workspace, comparing });
}

/** The comparison the event asks for, judged on this checkout; `answering` is told when the first sample is back. */
function comparisonOptions(
  inputs: ActionInputs,
  event: ActionEvent,
  env: NodeJS.ProcessEnv,
  { source, workspace }: { source: LocalGitChanges; workspace: string },
  answering: () => void,
): CompareOptions {
  const log = progressLogger();
  return {
    source,
    root: workspace,
    // The cache lives outside the checkout: a committed `.promptgate/cache` is the head's, not answers.
    cacheRoot: env.RUNNER_TEMP || tmpdir(),
    // The checkout is the PR's head: custom assertion modules come from the base commit instead.
    moduleDir: join(env.RUNNER_TEMP ?? tmpdir(), 'promptgate', 'modules'),
    base: 'base' in event && event.base ? event.base.sha : null,
    head: event.head.sha,
    configPath: inputs.config,
    gate: { failOn: inputs.failOn, overrideLabel: inputs.overrideLabel },
    requireCredentials: true,
    env,
    concurrency: inputs.maxConcurrency,
    onProgress: (p) => {
      if (p.done > 0) answering();
      log(p);
    },
  };
}

/** The comparison, or in merge mode the shards' samples merged into one (the same flow publishes it). */
async function compareOrMerge(comparison: CompareOptions, merge: string | undefined, workspace: string): Promise<Comparison> {
  if (!merge) return compare(comparison);
  const [{ mergeShards }, { readPartials }, { tuneHeapForLargeMerge }] = await Promise.all([import('../compare/merge.js'), import('../compare/partial.js'), import('../util/heap.js')]);
  tuneHeapForLargeMerge();
  // An absolute path (download-artifact's `path: ${{ runner.temp }}/…`) is taken as it is.
  const report = await mergeShards(comparison, await readPartials(resolve(workspace, merge), merge));
  return { report, inputs: { baseSha: report.base.sha, headSha: report.head.sha, mergeBaseSha: report.mergeBase, configHash: report.config.hash }, reused: false };
}

/** A promise and the function that settles it. */
function signal(): { done: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const done = new Promise<void>((r) => (resolve = r));
  return { done, resolve };
}

/** Progress in the log: a line per quarter of the samples. */
function progressLogger(): (p: { done: number; total: number }) => void {
  let last = -1;
  return (p) => {
    const quarter = p.total ? Math.floor((p.done / p.total) * 4) : 0;
    if (quarter !== last) {
      last = quarter;
      core.info(`promptgate: ${p.done}/${p.total} samples`);
    }
  };
}
