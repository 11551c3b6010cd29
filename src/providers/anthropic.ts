import type { Anthropic } from '@anthropic-ai/sdk';
import type { MessageCreateParamsBase } from '@anthropic-ai/sdk/resources/messages';
import * as z from 'zod';
import { throwAsProviderError, type FailureContext } from './provider-errors.js';
import { answerWithToolCalls, toolArguments } from './tool-calls.js';
import { loadTransport } from './transport.js';
import { ProviderError, type ChatRequest, type ChatResponse, type ProviderClient } from './types.js';

/** Where the Anthropic Messages API lives and the key to use. */
export interface AnthropicEndpoint {
  baseURL: string;
  apiKey: string;
}

/** The Messages API requires max_tokens; prompts that set none get this many. */
const DEFAULT_MAX_TOKENS = 4096;

const UsageSchema = z.object({ input_tokens: z.number(), output_tokens: z.number() });
const MessageSchema = z.object({
  content: z.array(z.object({ type: z.string(), text: z.string().optional(), name: z.string().optional(), input: z.unknown().optional() })),
  usage: UsageSchema,
});
const BlockStartSchema = z.object({ index: z.number(), content_block: z.object({ type: z.string(), name: z.string().optional() }) });
const StartSchema = z.object({ message: z.object({ usage: z.object({ input_tokens: z.number() }) }) });
const DeltaSchema = z.object({ index: z.number().optional(), delta: z.object({ type: z.string(), text: z.string().optional(), partial_json: z.string().optional() }) });
const MessageDeltaSchema = z.object({ usage: z.object({ output_tokens: z.number() }) });

/**
 * The SDK is imported on the first call, not at start-up: it is a large module, and runs that
 * use no Anthropic model (or answer from the cache) never need it.
 */
let sdkModule: Promise<typeof import('@anthropic-ai/sdk')> | undefined;
const loadSdk = (): Promise<typeof import('@anthropic-ai/sdk')> => (sdkModule ??= import('@anthropic-ai/sdk'));

/** A ProviderClient over the official Anthropic SDK (Messages API). */
export function createAnthropicClient(endpoint: AnthropicEndpoint): ProviderClient {
  let instance: Promise<Anthropic> | undefined;
  // maxRetries 0: promptgate's retry policy decides. Passing apiKey keeps the SDK from
  // also reading ANTHROPIC_AUTH_TOKEN or a credentials profile from the environment.
  const sdk = (): Promise<Anthropic> =>
    (instance ??= Promise.all([loadSdk(), loadTransport()]).then(
      ([{ Anthropic }, fetch]) => new Anthropic({ apiKey: endpoint.apiKey, baseURL: endpoint.baseURL, maxRetries: 0, fetch }),
    ));
  const fail = async (err: unknown, model: string, signal?: AbortSignal): Promise<never> => {
    const context: FailureContext = {
      modelId: `anthropic:${model}`,
      sdk: (await loadSdk()).Anthropic,
      signal,
      secrets: [endpoint.apiKey],
    };
    throwAsProviderError(err, context);
  };

  return {
    kind: 'anthropic',
    async chat(model, req) {
      const body = requestBody(model, req);
      try {
        const client = await sdk();
        // Timed from here, so the first call's latency does not include loading the SDK.
        const started = performance.now();
        return req.stream ? await streamed(client, body, req.signal, started) : await whole(client, body, req.signal, started);
      } catch (err) {
        return fail(err, model, req.signal);
      }
    },
    embed(model) {
      return Promise.reject(
        new ProviderError('bad_request', `anthropic:${model}`, 'Anthropic has no embeddings API; use an OpenAI-compatible embedding model'),
      );
    },
  };
}

async function whole(sdk: Anthropic, body: MessageCreateParamsBase, signal: AbortSignal | undefined, started: number): Promise<ChatResponse> {
  const message = MessageSchema.parse(await sdk.messages.create({ ...body, stream: false }, { signal }));
  const calls = message.content.flatMap((block) => (block.type === 'tool_use' ? [{ name: block.name ?? '', arguments: block.input ?? {} }] : []));
  return {
    text: answerWithToolCalls(message.content.map((block) => (block.type === 'text' ? (block.text ?? '') : '')).join(''), calls),
    usage: { inputTokens: message.usage.input_tokens, outputTokens: message.usage.output_tokens },
    latencyMs: performance.now() - started,
  };
}

async function streamed(sdk: Anthropic, body: MessageCreateParamsBase, signal: AbortSignal | undefined, started: number): Promise<ChatResponse> {
  const stream = await sdk.messages.create({ ...body, stream: true }, { signal });
  let text = '';
  let ttftMs: number | undefined;
  const usage = { inputTokens: 0, outputTokens: 0 };
  // A tool_use block starts with the tool's name; its input arrives as fragments of JSON text.
  const calls = new Map<number, { name: string; json: string }>();
  // Other event types (block stop, ping, message_stop, ones added later) carry nothing we use.
  for await (const event of stream) {
    if (event.type === 'message_start') usage.inputTokens = StartSchema.parse(event).message.usage.input_tokens;
    if (event.type === 'message_delta') usage.outputTokens = MessageDeltaSchema.parse(event).usage.output_tokens;
    if (event.type === 'content_block_start') {
      const start = BlockStartSchema.parse(event);
      if (start.content_block.type === 'tool_use') calls.set(start.index, { name: start.content_block.name ?? '', json: '' });
    }
    if (event.type === 'content_block_delta') {
      const { index, delta } = DeltaSchema.parse(event);
      if ((delta.type === 'text_delta' && delta.text) || delta.type === 'input_json_delta') ttftMs ??= performance.now() - started;
      if (delta.type === 'text_delta' && delta.text) text += delta.text;
      const call = index === undefined ? undefined : calls.get(index);
      if (delta.type === 'input_json_delta' && call) call.json += delta.partial_json ?? '';
    }
  }
  const toolCalls = [...calls.values()].map((c) => ({ name: c.name, arguments: c.json === '' ? {} : toolArguments(c.json) }));
  return { text: answerWithToolCalls(text, toolCalls), usage, latencyMs: performance.now() - started, ttftMs };
}

function requestBody(model: string, req: ChatRequest): MessageCreateParamsBase {
  const p = req.params;
  // The Messages API takes instructions as a top-level `system`, not as messages.
  const system = req.messages
    .filter((m) => m.role === 'system' || m.role === 'developer')
    .map((m) => m.content)
    .join('\n\n');
  const format = req.responseFormat;
  return {
    model,
    max_tokens: p.maxTokens ?? DEFAULT_MAX_TOKENS,
    messages: req.messages.flatMap((m) => (m.role === 'user' || m.role === 'assistant' ? [{ role: m.role, content: m.content }] : [])),
    ...(system ? { system } : {}),
    // No temperature/top_p: API version 2026-10-21 (the SDK 1.x default) rejects any
    // sampling parameter with a 400, and SDK 1.x removed them from its types.
    stop_sequences: p.stop,
    // Structured outputs cover json_schema; json_object has no Messages API equivalent.
    ...(format?.type === 'json_schema' && format.schema ? { output_config: { format: { type: 'json_schema', schema: format.schema } } } : {}),
    ...(req.tools?.length
      ? { tools: req.tools.map((t) => ({ name: t.name, description: t.description, input_schema: t.parameters as { type: 'object' } })) }
      : {}),
  };
}
