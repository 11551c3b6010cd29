import type { OpenAI } from 'openai';
import type { ChatCompletionCreateParamsBase, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import * as z from 'zod';
import type { PromptMessage, ResponseFormat, ToolDefinition } from '../prompts/model.js';
import { throwAsProviderError, type FailureContext } from './provider-errors.js';
import { answerWithToolCalls, toolArguments, type ToolCall } from './tool-calls.js';
import { loadTransport } from './transport.js';
import type { ChatRequest, ChatResponse, ProviderClient, ProviderKind, TokenUsage } from './types.js';

/** Where one OpenAI-protocol endpoint lives and how to authenticate to it. */
export interface OpenAiEndpoint {
  kind: Exclude<ProviderKind, 'anthropic'>;
  /** Model ids served here start with `<name>:` (used in error messages). */
  name: string;
  baseURL: string;
  apiKey: string;
  /** Azure only: the `api-version` query parameter. */
  apiVersion?: string;
}

// Only the fields promptgate reads are checked: providers behind OpenAI-compatible
// gateways add and omit others freely.
const UsageSchema = z.object({ prompt_tokens: z.number(), completion_tokens: z.number() });
const FunctionCallSchema = z.object({ name: z.string().nullish(), arguments: z.string().nullish() });
const CompletionSchema = z.object({
  choices: z
    .array(z.object({ message: z.object({ content: z.string().nullish(), tool_calls: z.array(z.object({ function: FunctionCallSchema })).nullish() }) }))
    .min(1),
  usage: UsageSchema.nullish(),
});
const ChunkSchema = z.object({
  choices: z.array(
    z.object({
      delta: z
        .object({ content: z.string().nullish(), tool_calls: z.array(z.object({ index: z.number(), function: FunctionCallSchema.nullish() })).nullish() })
        .nullish(),
    }),
  ),
  usage: UsageSchema.nullish(),
});
const EmbeddingsSchema = z.object({ data: z.array(z.object({ index: z.number(), embedding: z.array(z.number()) })) });

/**
 * The SDK is imported on the first call, not at start-up: it is a large module, and a run
 * answered from the cache never needs it.
 */
let sdkModule: Promise<typeof import('openai')> | undefined;
const loadSdk = (): Promise<typeof import('openai')> => (sdkModule ??= import('openai'));

/**
 * A ProviderClient over the official OpenAI SDK for OpenAI, Azure OpenAI (`AzureOpenAI`),
 * GitHub Models and any OpenAI-compatible server (Ollama, vLLM, …).
 */
export function createOpenAiClient(endpoint: OpenAiEndpoint): ProviderClient {
  let instance: Promise<OpenAI> | undefined;
  const sdk = (): Promise<OpenAI> =>
    (instance ??= Promise.all([loadSdk(), loadTransport()]).then(([{ OpenAI, AzureOpenAI }, fetch]) => {
      // promptgate's retry policy decides: the SDK would otherwise also retry quota errors.
      const common = { apiKey: endpoint.apiKey, maxRetries: 0, fetch };
      return endpoint.kind === 'azure'
        ? // An explicit baseURL keeps AzureOpenAI from picking up OPENAI_BASE_URL (meant for openai:).
          new AzureOpenAI({ ...common, baseURL: endpoint.baseURL, apiVersion: endpoint.apiVersion })
        : new OpenAI({ ...common, baseURL: endpoint.baseURL, organization: null, project: null });
    }));
  const fail = async (err: unknown, model: string, signal?: AbortSignal): Promise<never> => {
    const context: FailureContext = {
      modelId: `${endpoint.name}:${model}`,
      sdk: (await loadSdk()).OpenAI,
      signal,
      secrets: [endpoint.apiKey],
    };
    throwAsProviderError(err, context);
  };

  return {
    kind: endpoint.kind,
    async chat(model, req) {
      const body = requestBody(endpoint.kind, model, req);
      try {
        const client = await sdk();
        // Timed from here, so the first call's latency does not include loading the SDK.
        const started = performance.now();
        return req.stream ? await streamed(client, body, req.signal, started) : await whole(client, body, req.signal, started);
      } catch (err) {
        return fail(err, model, req.signal);
      }
    },
    async embed(model, texts, signal) {
      try {
        const response = EmbeddingsSchema.parse(await (await sdk()).embeddings.create({ model, input: texts }, { signal }));
        return [...response.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
      } catch (err) {
        return fail(err, model, signal);
      }
    },
  };
}

async function whole(sdk: OpenAI, body: ChatCompletionCreateParamsBase, signal: AbortSignal | undefined, started: number): Promise<ChatResponse> {
  const completion = CompletionSchema.parse(await sdk.chat.completions.create({ ...body, stream: false }, { signal }));
  const message = completion.choices[0]!.message;
  const calls = (message.tool_calls ?? []).map((c) => ({ name: c.function.name ?? '', arguments: toolArguments(c.function.arguments ?? '') }));
  return {
    text: answerWithToolCalls(message.content ?? '', calls),
    usage: toUsage(completion.usage),
    latencyMs: performance.now() - started,
  };
}

async function streamed(sdk: OpenAI, body: ChatCompletionCreateParamsBase, signal: AbortSignal | undefined, started: number): Promise<ChatResponse> {
  const stream = await sdk.chat.completions.create({ ...body, stream: true, stream_options: { include_usage: true } }, { signal });
  let text = '';
  let ttftMs: number | undefined;
  let usage: TokenUsage = { inputTokens: 0, outputTokens: 0 };
  // Tool calls arrive in pieces: the name first, the arguments' JSON text in fragments.
  const calls: { name: string; arguments: string }[] = [];
  for await (const raw of stream) {
    const chunk = ChunkSchema.parse(raw);
    const delta = chunk.choices[0]?.delta;
    if (delta?.content || delta?.tool_calls) ttftMs ??= performance.now() - started;
    if (delta?.content) text += delta.content;
    for (const piece of delta?.tool_calls ?? []) {
      const call = (calls[piece.index] ??= { name: '', arguments: '' });
      call.name += piece.function?.name ?? '';
      call.arguments += piece.function?.arguments ?? '';
    }
    if (chunk.usage) usage = toUsage(chunk.usage);
  }
  const toolCalls: ToolCall[] = calls.filter(Boolean).map((c) => ({ name: c.name, arguments: toolArguments(c.arguments) }));
  return { text: answerWithToolCalls(text, toolCalls), usage, latencyMs: performance.now() - started, ttftMs };
}

function requestBody(kind: OpenAiEndpoint['kind'], model: string, req: ChatRequest): ChatCompletionCreateParamsBase {
  const p = req.params;
  return {
    model,
    messages: req.messages.map((m) => toMessage(m, kind === 'openai')),
    temperature: p.temperature,
    top_p: p.topP,
    stop: p.stop,
    seed: p.seed,
    presence_penalty: p.presencePenalty,
    frequency_penalty: p.frequencyPenalty,
    // OpenAI's reasoning models reject max_tokens; compatible servers often know only max_tokens.
    ...(kind === 'openai' ? { max_completion_tokens: p.maxTokens } : { max_tokens: p.maxTokens }),
    ...(req.responseFormat ? { response_format: toResponseFormat(req.responseFormat) } : {}),
    ...(req.tools?.length ? { tools: req.tools.map(toTool) } : {}),
  };
}

function toTool(tool: ToolDefinition): NonNullable<ChatCompletionCreateParamsBase['tools']>[number] {
  return {
    type: 'function',
    function: { name: tool.name, description: tool.description, parameters: tool.parameters, ...(tool.strict ? { strict: true } : {}) },
  };
}

/** `developer` is an OpenAI-only role; other endpoints get the same text as `system`. */
function toMessage(m: PromptMessage, keepDeveloper: boolean): ChatCompletionMessageParam {
  switch (m.role) {
    case 'developer':
      return keepDeveloper ? { role: 'developer', content: m.content } : { role: 'system', content: m.content };
    case 'system':
      return { role: 'system', content: m.content };
    case 'assistant':
      return { role: 'assistant', content: m.content };
    case 'user':
      return { role: 'user', content: m.content };
  }
}

function toResponseFormat(format: ResponseFormat): ChatCompletionCreateParamsBase['response_format'] {
  if (format.type === 'json_schema' && format.schema) {
    const description = format.description === undefined ? {} : { description: format.description };
    return { type: 'json_schema', json_schema: { name: format.name ?? 'response', ...description, schema: format.schema, strict: format.strict } };
  }
  return { type: format.type === 'text' ? 'text' : 'json_object' };
}

function toUsage(usage: z.infer<typeof UsageSchema> | null | undefined): TokenUsage {
  return { inputTokens: usage?.prompt_tokens ?? 0, outputTokens: usage?.completion_tokens ?? 0 };
}
