import type { ModelParams, PromptMessage, ResponseFormat, ToolDefinition } from '../prompts/model.js';

/** Which protocol and endpoint a model id points at. */
export type ProviderKind = 'openai' | 'azure' | 'github' | 'openai-compatible' | 'ollama' | 'anthropic';

/** A parsed model id such as `github:openai/gpt-4o-mini` or `anthropic:claude-haiku-4-5`. */
export interface ModelRef {
  /** The id as written by the user, normalised (`openai/gpt-4o` → `github:openai/gpt-4o`). */
  id: string;
  provider: ProviderKind;
  /** The provider-native model (or Azure deployment) name. */
  model: string;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface ChatRequest {
  messages: PromptMessage[];
  params: ModelParams;
  responseFormat?: ResponseFormat;
  /** Functions the model may call, sent as the provider's tool definitions. */
  tools?: ToolDefinition[];
  /** Stream the answer and measure time to first token. */
  stream?: boolean;
  signal?: AbortSignal;
}

export interface ChatResponse {
  /** What the model answered; tool calls are in it as JSON (see `answerWithToolCalls`). */
  text: string;
  usage: TokenUsage;
  latencyMs: number;
  /** Time to first content token; set for streamed calls. */
  ttftMs?: number;
}

/** One protocol client for one endpoint: the SDK wrapper, without retries or fallback. */
export interface ProviderClient {
  readonly kind: ProviderKind;
  chat(model: string, req: ChatRequest): Promise<ChatResponse>;
  embed(model: string, texts: string[], signal?: AbortSignal): Promise<number[][]>;
}

/**
 * Why a provider call failed. `retryable` kinds are retried with backoff (honouring
 * `retryAfterMs`); `auth` and `quota` stop at once because retrying cannot help.
 */
export type ProviderErrorKind =
  | 'rate_limit'
  | 'overloaded'
  | 'server'
  | 'timeout'
  | 'network'
  | 'malformed'
  | 'auth'
  | 'quota'
  | 'bad_request'
  | 'not_configured'
  | 'circuit_open';

const RETRYABLE: ReadonlySet<ProviderErrorKind> = new Set(['rate_limit', 'overloaded', 'server', 'timeout', 'network', 'malformed']);

export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  readonly kind: ProviderErrorKind;
  /** Model id of the call that failed. */
  readonly modelId: string;
  readonly status?: number;
  readonly retryAfterMs?: number;
  /** For `circuit_open`: the kind of failure that opened the circuit (what a report groups by). */
  readonly rootKind: ProviderErrorKind;

  constructor(
    kind: ProviderErrorKind,
    modelId: string,
    message: string,
    opts: { status?: number; retryAfterMs?: number; cause?: unknown; rootKind?: ProviderErrorKind } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.kind = kind;
    this.modelId = modelId;
    this.status = opts.status;
    this.retryAfterMs = opts.retryAfterMs;
    this.rootKind = opts.rootKind ?? kind;
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }
}

/** A completed call through the resilient stack: which model answered, at what cost. */
export interface CompletionResult extends ChatResponse {
  /** The model id that answered (differs from the requested one after a fallback). */
  modelId: string;
  /** USD, from the price table; undefined when the model is not priced. */
  costUsd?: number;
  attempts: number;
  fellBack: boolean;
}
