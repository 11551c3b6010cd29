import { GITHUB_BUILTIN_JUDGE } from '../assertions/github-builtins.js';
import type { EmbedCall, JudgeCall } from '../assertions/types.js';
import type { PromptMessage } from '../prompts/model.js';
import type { ProviderStack } from '../providers/stack.js';
import type { ChatRequest, CompletionResult } from '../providers/types.js';
import { LimitError } from '../util/errors.js';
import { cacheKey, completionKey } from './cache-keys.js';
import type { CachedCompletion, ResponseCache } from './cache.js';
import type { SuitePrompt } from './suite.js';

export interface ModelAnswer extends CachedCompletion {
  cached: boolean;
}

/**
 * What one comparison may spend, shared by all of its engines (base, head, checklist drills):
 * a number of model calls (answers from the cache are free) and the models it may call.
 * Reaching either is a LimitError, which ends the run with an `error` verdict naming it.
 */
export interface CallPolicy {
  maxCalls: number;
  /** The setting that raises `maxCalls`, for the message. */
  maxCallsName: string;
  /** Why `modelId` may not be called, or undefined when it may. */
  refuseModel(modelId: string): string | undefined;
  /** Calls made so far. */
  calls: number;
}

/**
 * Model calls through the cache: a hit costs nothing, a miss goes to the resilient provider
 * stack and is stored. Judge and embedding calls are cached the same way, so a fully cached
 * re-run makes zero model calls.
 */
export class ModelCalls {
  readonly stack: ProviderStack;
  private readonly cache: ResponseCache;
  private readonly policy?: CallPolicy;

  constructor(stack: ProviderStack, cache: ResponseCache, policy?: CallPolicy) {
    this.stack = stack;
    this.cache = cache;
    this.policy = policy;
  }

  /** Counts a call against the policy before it is made. */
  private admit(modelId: string): void {
    if (!this.policy) return;
    const refused = this.policy.refuseModel(modelId);
    if (refused) throw new LimitError(refused, { hint: 'models come from promptgate.yml on the base branch: add it to `providers.models` there' });
    if (this.policy.calls >= this.policy.maxCalls) {
      throw new LimitError(`this pull request needs more than ${this.policy.maxCalls} model calls (${this.policy.maxCallsName})`, {
        hint: `raise ${this.policy.maxCallsName} in promptgate.yml on the base branch, or evaluate fewer tests`,
      });
    }
    this.policy.calls++;
  }

  async complete(modelId: string, req: Omit<ChatRequest, 'signal'>, repeatIndex: number): Promise<ModelAnswer> {
    const key = completionKey({
      modelId,
      messages: req.messages,
      params: req.params,
      responseFormat: req.responseFormat ?? null,
      tools: req.tools?.length ? req.tools : null,
      stream: req.stream ?? false,
      repeatIndex,
    });
    const hit = await this.cache.get<CachedCompletion>(key);
    if (hit) return { ...hit, cached: true };
    this.admit(modelId);
    const result: CompletionResult = await this.stack.complete(modelId, req);
    const answer: CachedCompletion = {
      text: result.text,
      usage: result.usage,
      latencyMs: result.latencyMs,
      ttftMs: result.ttftMs,
      modelId: result.modelId,
      costUsd: result.costUsd,
    };
    await this.cache.set(key, answer);
    return { ...answer, cached: false };
  }

  /** A judge bound to a default model; deterministic (temperature 0) unless asked otherwise, so its verdicts cache well. */
  judge(defaultModel: string): JudgeCall {
    return async ({ model, system, prompt, params }) => {
      const messages: PromptMessage[] = system ? [{ role: 'system', content: system }] : [];
      messages.push({ role: 'user', content: prompt });
      const answer = await this.complete(model ?? defaultModel, { messages, params: params ?? { temperature: 0 } }, 0);
      return answer.text;
    };
  }

  embedder(defaultModel: string): EmbedCall {
    return async (texts, model) => {
      const modelId = model ?? defaultModel;
      const key = cacheKey({ embed: modelId, texts });
      const hit = await this.cache.get<number[][]>(key);
      if (hit) return hit;
      this.admit(modelId);
      const vectors = await this.stack.embed(modelId, texts);
      await this.cache.set(key, vectors);
      return vectors;
    };
  }
}

/** The embedding model that goes with a chat model's provider, when the config names none. */
export function defaultEmbeddingModel(chatModelId: string): string {
  const provider = chatModelId.split(':')[0];
  if (provider === 'github') return 'github:openai/text-embedding-3-small';
  if (provider === 'anthropic') return 'openai:text-embedding-3-small';
  return `${provider}:text-embedding-3-small`;
}

/**
 * The models evaluating these prompts' tests calls, to name a missing key before the first
 * call: each tested prompt's model and every judge its tests name (an llm evaluator's
 * `modelId`, gh models' `openai/gpt-4o` for a built-in). A prompt without tests calls nothing.
 */
export function modelsToCall(prompts: readonly SuitePrompt[]): Set<string> {
  const models = new Set(prompts.filter((p) => p.tests.length > 0 && p.modelId !== '').map((p) => p.modelId));
  // Each list of assertions once: the rows of a .prompt.yml share theirs.
  for (const assert of new Set(prompts.flatMap((p) => p.tests.map((t) => t.assert)))) {
    for (const a of assert) {
      if (a.judge !== undefined) models.add(a.judge);
      else if (a.type.startsWith('github/')) models.add(GITHUB_BUILTIN_JUDGE);
    }
  }
  return models;
}
