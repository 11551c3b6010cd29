import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { startRenderWorker } from '../prompts/render-worker-client.js';
import { LocalGitChanges } from '../source/local-git.js';

/** Prompty and Dotprompt files: their templates render in the render worker (prompts/render.ts). */
const WORKER_RENDERED = /\.(?:prompty|prompt)$/;

/** A full commit id (SHA-1 or SHA-256), the only thing taken from the payload before it is validated. */
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const ZERO = /^0+$/;

/**
 * Starts the git work a comparison begins with — resolving base and head, fetching base into the
 * shallow checkout, listing both trees, the diff — from the event payload as it is, before the
 * rest of the Action has loaded: git's processes then run while Node compiles the rest. Returns
 * the source those reads belong to (the comparison asks it again and gets them), or undefined
 * when the event names no commits to compare. The payload is parsed for real by event.ts: here
 * only values that look like commit ids are used, and a failure is left for the comparison to
 * meet and report.
 */
export function startGitWork(env: NodeJS.ProcessEnv): LocalGitChanges | undefined {
  // A merge job reads the shards' reports; it compares nothing itself.
  if (env.INPUT_MERGE) return undefined;
  const commits = payloadCommits(env);
  if (!commits) return undefined;
  const source = new LocalGitChanges(env.GITHUB_WORKSPACE ?? process.cwd(), (line) => core.info(line));
  // The render worker is started as soon as the change is known to touch a template that
  // renders there: a thread's start-up competes for the same two cores as git and the main
  // thread, so a change that touches none leaves it to load on demand.
  const head = source.at(commits.head, 'head');
  source
    .resolve(commits.base, commits.head)
    .then(async (range) => {
      if (!range.mergeBaseSha) return (await head.listFiles()).some((f) => WORKER_RENDERED.test(f));
      const [changed] = await Promise.all([
        source.changedFiles(range.mergeBaseSha, range.headSha),
        source.at(range.baseSha, 'base').listFiles(),
        source.at(range.mergeBaseSha, 'merge base').listFiles(),
      ]);
      return changed.some((f) => WORKER_RENDERED.test(f.path) || WORKER_RENDERED.test(f.previousPath ?? ''));
    })
    .then((templates) => templates && startRenderWorker())
    .catch(() => undefined);
  // Listed while base is fetched: the comparison reads the head's config and suite from it.
  void head.listFiles().catch(() => undefined);
  return source;
}

/** Base (null: none) and head as comparisonOptions in main.ts takes them from the event. */
function payloadCommits(env: NodeJS.ProcessEnv): { base: string | null; head: string } | undefined {
  let payload: Record<string, Record<string, unknown> | undefined>;
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8'));
  } catch {
    return undefined;
  }
  const sha = (value: unknown): string | undefined => (typeof value === 'string' && COMMIT.test(value) ? value : undefined);
  const commits = (base: string | null | undefined, head: string | undefined) => (base !== undefined && head ? { base, head } : undefined);
  switch (env.GITHUB_EVENT_NAME) {
    case 'pull_request':
    case 'pull_request_target': {
      const pull = payload.pull_request as { base?: { sha?: unknown }; head?: { sha?: unknown } } | undefined;
      return commits(sha(pull?.base?.sha), sha(pull?.head?.sha));
    }
    case 'merge_group':
      return commits(sha(payload.merge_group?.base_sha), sha(payload.merge_group?.head_sha));
    case 'push': {
      const before = payload.before as unknown;
      return commits(typeof before === 'string' && ZERO.test(before) ? null : sha(before), sha(payload.after));
    }
    default:
      return undefined;
  }
}
