/**
 * Builds a ChecklistContext the way a comparison hands it over: a real git repository with a
 * change from `main` to a `pr` branch, compared for real against the scripted model server,
 * the head suite loaded from the head commit, and drills run on fresh engines.
 */
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig, parseConfig, type LoadedConfig } from '../../src/config/load.js';
import { compare } from '../../src/compare/compare.js';
import { createEngine } from '../../src/engine/engine.js';
import { ResponseCache } from '../../src/engine/cache.js';
import { ModelCalls } from '../../src/engine/model-calls.js';
import { runJobs } from '../../src/engine/run-jobs.js';
import { loadSuite } from '../../src/engine/suite.js';
import { ProviderStack } from '../../src/providers/stack.js';
import type { ChecklistContext, DrillOptions } from '../../src/checklist/items/common.js';
import { GitCommitSource } from '../../src/source/git.js';
import { LocalGitChanges } from '../../src/source/local-git.js';
import { TestRepo } from './git-repo.js';
import type { ScriptedModelServer } from './model-server.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/checklist/', import.meta.url));

/** The `ready` fixture committed on `main`, with branch `pr` checked out for the change. */
export function readyRepo(repos: TestRepo[]): TestRepo {
  const repo = new TestRepo().copy(`${FIXTURES}ready`);
  repos.push(repo);
  repo.commit('ready');
  repo.branch('pr');
  return repo;
}

export interface ContextOptions {
  /** What the checklist sees as the process environment (CI detection); provider URLs are added. */
  env?: Record<string, string>;
  /** Share the config's response cache between the comparison and every drill (default: no cache). */
  cache?: boolean;
}

/** Compares `main` with the checked-out head and returns what `compare()` hands the checklist. */
export async function checklistContext(repo: TestRepo, server: ScriptedModelServer, opts: ContextOptions = {}): Promise<ChecklistContext> {
  const env = { ...server.env(), ...opts.env };
  const { report } = await compare({ source: new LocalGitChanges(repo.dir), root: repo.dir, base: 'main', head: 'HEAD', env, noCache: !opts.cache });
  const headFiles = new GitCommitSource(repo.dir, report.head.sha, 'head');
  const text = await headFiles.readFile('promptgate.yml');
  const loaded = text === undefined ? defaultConfig() : parseConfig('promptgate.yml', text);
  const head = await loadSuite(headFiles, loaded);
  return {
    report,
    head,
    headFiles,
    config: loaded.config,
    changedPromptIds: new Set(report.changedPrompts.map((c) => c.id)),
    runHead: (jobs, drill) =>
      drill?.forceDown ? drillRun(loaded, env, repo.dir, drill, opts.cache === true)(jobs) : createEngine({ root: repo.dir, loaded, env, noCache: !opts.cache }).run(jobs),
    env,
  };
}

/**
 * An engine whose provider stack treats `forceDown` models as down. Like the comparison's, but
 * without the response cache unless a test asks for one (to show what a cache does to a drill).
 */
function drillRun(loaded: LoadedConfig, env: NodeJS.ProcessEnv, root: string, drill: DrillOptions, cache: boolean) {
  const { providers } = loaded.config;
  const stack = new ProviderStack({ env, fallback: providers.fallback, endpoints: providers.endpoints, maxRetries: providers.maxRetries, timeoutMs: providers.timeoutMs, forceDown: drill.forceDown });
  const calls = new ModelCalls(stack, new ResponseCache(cache ? resolve(root, loaded.config.cache.dir) : undefined));
  return (jobs: Parameters<ChecklistContext['runHead']>[0]) => runJobs(jobs, { calls, judgeModel: providers.judge, baseDir: root, moduleRoot: root });
}

export interface SmallModel {
  /** For `providers.endpoints.<name>.baseUrl`. */
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * A small OpenAI-compatible model on loopback with a context window of `maxChars` characters:
 * longer requests get the 400 `context_length_exceeded` error OpenAI sends; the rest get `answer`.
 */
export async function startSmallModel(opts: { maxChars: number; answer: string }): Promise<SmallModel> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { model: string; stream?: boolean; messages: { content: string }[] };
      const chars = body.messages.reduce((n, m) => n + m.content.length, 0);
      if (chars > opts.maxChars) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            error: {
              message: `This model's maximum context length is ${opts.maxChars} characters. However, your messages resulted in ${chars} characters.`,
              type: 'invalid_request_error',
              param: 'messages',
              code: 'context_length_exceeded',
            },
          }),
        );
        return;
      }
      const usage = { prompt_tokens: Math.ceil(chars / 4), completion_tokens: 8, total_tokens: Math.ceil(chars / 4) + 8 };
      const base = { id: 'small-1', created: 0, model: body.model };
      if (body.stream) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta: { role: 'assistant', content: opts.answer }, finish_reason: null }] })}\n\n`);
        res.write(`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage })}\n\n`);
        res.end('data: [DONE]\n\n');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ...base, object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: opts.answer }, finish_reason: 'stop' }], usage }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('small model has no TCP address');
  return {
    baseUrl: `http://127.0.0.1:${address.port}/v1`,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
