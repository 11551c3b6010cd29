/**
 * A scripted model server on loopback that speaks the real wire protocols promptgate's SDKs
 * use: OpenAI chat completions (also at the GitHub Models `/inference` and `/orgs/{org}/inference` paths and the Azure
 * `/openai/deployments/{deployment}` path), Anthropic messages, embeddings, and SSE
 * streaming for both. Answers come from ./scripted-answers.ts and depend on the prompt text.
 *
 * Noise (`noise`, `setNoise`) makes a share of chat answers off-topic, as a sampling model's are;
 * a rate limit (`rateLimit`, `setRateLimit`) answers requests over a quota with 429 and real headers.
 * Faults are injected per rule (`setFaults`, or `POST /_faults` from another process) or by
 * model name: a model whose name contains `fault-429`, `fault-500`, `fault-529`,
 * `fault-hang`, `fault-malformed`, `fault-quota` or `fault-401` always gets that fault, so a
 * CLI child process can be driven into one through its config alone.
 *
 * Control routes: `GET /_calls` → `{count, calls, maxInFlight, firstCallAt, lastCallAt}` (epoch ms), `POST /_faults` (a JSON
 * FaultRule[] with `model` as a string), `POST /_reset`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { answer, embedText, UNSURE, wordCount } from './scripted-answers.js';
import { pickToolCall, type OfferedTool } from './scripted-tools.js';

export type FaultKind = '429' | '500' | '529' | 'hang' | 'malformed' | 'quota' | '401';

export interface FaultRule {
  kind: FaultKind;
  /** `model` matches exactly (string) or by pattern; `path` is a request-path prefix. */
  match?: { model?: string | RegExp; path?: string };
  /** How many matching calls get the fault; default every matching call. */
  times?: number;
  /** For 429: the `retry-after` header. Without either field, 429s send retry-after 1 and retry-after-ms 50. */
  retryAfterSeconds?: number;
  /** For 429: the `retry-after-ms` header. */
  retryAfterMs?: number;
}

export interface RecordedCall {
  path: string;
  model: string;
  kind: 'chat' | 'messages' | 'embeddings';
  stream: boolean;
  /** HTTP status sent; 0 for a hang the client gave up on. */
  status: number;
  messages?: { role: string; content: string }[];
  /** The request's temperature, when it sent one. */
  temperature?: number;
  /** The structured answer it asked for, when it asked for one (OpenAI protocol: `{type, name, description, schema}`). */
  responseFormat?: unknown;
}

export interface ScriptedModelServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  url: string;
  /** Environment variables that point every supported provider at this server. */
  env(): Record<string, string>;
  calls(): RecordedCall[];
  callCount(): number;
  /** The most model requests that were being served at the same time since the last reset. */
  maxInFlight(): number;
  /** When the first model request since the last reset arrived (epoch ms). */
  firstCallAt(): number | undefined;
  setFaults(rules: FaultRule[]): void;
  setLatency(ms: number): void;
  /** Change the off-topic answer rate (0 turns noise off); reseeds the generator. */
  setNoise(noise: Noise): void;
  /** Start enforcing a request quota (undefined lifts it); the window starts with the next request. */
  setRateLimit(limit: RateLimit | undefined): void;
  /** Requests answered 429 by the rate limit since the last reset. */
  rateLimited(): number;
  /** Forget calls and the in-flight peak; restore the faults and latency it started with. */
  reset(): void;
  /** Forget the recorded calls only (each keeps its messages): a long benchmark keeps its memory flat. */
  forgetCalls(): void;
  close(): Promise<void>;
}

export interface ModelServerOptions {
  /** Time from a request's arrival to its answer. */
  latencyMs?: number;
  faults?: FaultRule[];
  /** Sampling noise: each chat answer is, with probability `rate`, off-topic ("I'm not sure about that."). */
  noise?: Noise;
  rateLimit?: RateLimit;
  port?: number;
}

/**
 * A provider's request quota: at most `requests` model requests per `windowMs` (a fixed window
 * from the first request), the rest answered 429 with the headers the protocol's providers send:
 * OpenAI, Azure and GitHub Models `x-ratelimit-{limit,remaining,reset}-requests` (reset as a
 * duration such as `1.5s`), Anthropic `anthropic-ratelimit-requests-{limit,remaining,reset}`
 * (reset as an RFC 3339 time), and `retry-after` in whole seconds unless `retryAfter` is false.
 */
export interface RateLimit {
  requests: number;
  windowMs: number;
  retryAfter?: boolean;
}

/** An off-topic answer rate, drawn from a seeded generator so a benchmark run can be repeated. */
export interface Noise {
  rate: number;
  seed?: number;
}

type Protocol = 'openai' | 'anthropic';

interface ParsedRequest {
  kind: RecordedCall['kind'];
  protocol: Protocol;
  model: string;
  stream: boolean;
  includeUsage: boolean;
  messages?: { role: string; content: string }[];
  inputs?: string[];
  base64: boolean;
  responseFormat?: unknown;
  maxTokens?: number;
  temperature?: number;
  tools?: OfferedTool[];
}

/** Start the scripted model server on 127.0.0.1. */
export async function startModelServer(opts: ModelServerOptions = {}): Promise<ScriptedModelServer> {
  const initialLatency = opts.latencyMs ?? 0;
  const initialFaults = opts.faults ?? [];
  let latencyMs = initialLatency;
  let noise = opts.noise ?? { rate: 0 };
  let random = mulberry32(noise.seed ?? 1);
  let rateLimit = opts.rateLimit;
  let window = { start: 0, used: 0 };
  let throttled = 0;
  let faults = activeRules(initialFaults);
  let calls: RecordedCall[] = [];
  let inFlight = 0;
  let peak = 0;
  /** When the first and the latest model request since the last reset arrived (epoch ms). */
  let firstCallAt: number | undefined;
  let lastCallAt: number | undefined;
  /** How often each identical request was answered: sampled answers vary with it. */
  const samples = new Map<string, number>();
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: `scripted server bug: ${String(err)}` } });
      else res.destroy();
    });
  });
  // A provider keeps idle connections open for a minute or more. Node's default of 5 s makes the
  // server close a kept-alive socket just as a busy client (four shard processes on two cores)
  // reuses it, which the client sees as "socket hang up". Headers must be allowed longer than that.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrived = performance.now();
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = await readBody(req);
    if (req.method === 'GET' && path === '/_calls') return sendJson(res, 200, { count: calls.length, calls, maxInFlight: peak, firstCallAt, lastCallAt });
    if (req.method === 'POST' && path === '/_faults') {
      faults = activeRules(JSON.parse(body || '[]') as FaultRule[]);
      return sendJson(res, 200, { ok: true });
    }
    if (req.method === 'POST' && path === '/_reset') {
      reset();
      return sendJson(res, 200, { ok: true });
    }
    const route = req.method === 'POST' ? routeOf(path) : undefined;
    if (!route) return sendJson(res, 404, { error: { message: `no route for ${req.method} ${path}`, type: 'not_found' } });

    let parsed: ParsedRequest;
    try {
      parsed = parseRequest(route, path, JSON.parse(body) as Record<string, unknown>);
    } catch (err) {
      return sendJson(res, 400, errorBody(route.protocol, 'invalid_request_error', `bad request body: ${String(err)}`));
    }
    const call: RecordedCall = { path, model: parsed.model, kind: parsed.kind, stream: parsed.stream, status: 0 };
    if (parsed.messages) call.messages = parsed.messages;
    if (parsed.temperature !== undefined) call.temperature = parsed.temperature;
    if (parsed.responseFormat !== undefined) call.responseFormat = parsed.responseFormat;
    calls.push(call);
    firstCallAt ??= Date.now();
    lastCallAt = Date.now();
    inFlight++;
    peak = Math.max(peak, inFlight);
    let closed = false;
    res.on('close', () => {
      closed = true;
      inFlight--;
    });

    // The answer is worked out at arrival and sent when the latency has passed since then, as a
    // provider's would be: the server's own reading, parsing and composing happen within the
    // latency instead of on top of it, queued behind the other requests of a burst.
    const reply = prepareReply(req, parsed, call, path);
    if (latencyMs > 0) await sleep(Math.max(0, latencyMs - (performance.now() - arrived)));
    // The client gave up while we were "thinking": nothing left to answer.
    if (closed) return;
    reply(res);
  }

  function prepareReply(req: IncomingMessage, parsed: ParsedRequest, call: RecordedCall, path: string): (res: ServerResponse) => void {
    if (!hasCredential(req)) return (res) => respond(call, res, 401, errorBody(parsed.protocol, 'authentication_error', 'missing API key'));
    const limited = overQuota(parsed.protocol);
    if (limited) return (res) => respond(call, res, 429, errorBody(parsed.protocol, 'rate_limit_error', 'Rate limit reached for requests.', 'rate_limit_exceeded'), limited);
    const fault = pickFault(parsed.model, path);
    if (fault) return (res) => sendFault(call, res, fault, parsed);
    if (parsed.kind === 'embeddings') {
      const body = embeddingsBody(parsed);
      return (res) => respond(call, res, 200, body);
    }
    const toolCall = parsed.stream ? undefined : pickToolCall(parsed.messages ?? [], parsed.tools ?? []);
    if (toolCall) {
      const body = toolCallBody(parsed, toolCall);
      return (res) => respond(call, res, 200, body);
    }
    const sampleKey = JSON.stringify([parsed.model, parsed.messages, parsed.temperature]);
    const sample = samples.get(sampleKey) ?? 0;
    samples.set(sampleKey, sample + 1);
    const offTopic = noise.rate > 0 && random() < noise.rate;
    const text = offTopic
      ? UNSURE
      : answer({
          messages: parsed.messages ?? [],
          responseFormat: parsed.responseFormat,
          maxTokens: parsed.maxTokens,
          temperature: parsed.temperature,
          sample,
        });
    const usage = { input: tokensOf((parsed.messages ?? []).map((m) => m.content).join(' ')), output: tokensOf(text) };
    if (!parsed.stream) {
      const body = JSON.stringify(completionBody(parsed, text, usage));
      return (res) => {
        call.status = 200;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(body);
      };
    }
    return (res) => {
      call.status = 200;
      if (parsed.protocol === 'openai') streamOpenAi(res, parsed, text, usage);
      else streamAnthropic(res, parsed, text, usage);
    };
  }

  /** The 429 headers when this request is over the quota, else undefined (and the request counted). */
  function overQuota(protocol: Protocol): Record<string, string> | undefined {
    if (!rateLimit) return undefined;
    const now = Date.now();
    if (now - window.start >= rateLimit.windowMs) window = { start: now, used: 0 };
    if (window.used < rateLimit.requests) {
      window.used++;
      return undefined;
    }
    throttled++;
    const resetMs = window.start + rateLimit.windowMs - now;
    const headers: Record<string, string> =
      protocol === 'anthropic'
        ? {
            'anthropic-ratelimit-requests-limit': String(rateLimit.requests),
            'anthropic-ratelimit-requests-remaining': '0',
            'anthropic-ratelimit-requests-reset': new Date(now + resetMs).toISOString(),
          }
        : {
            'x-ratelimit-limit-requests': String(rateLimit.requests),
            'x-ratelimit-remaining-requests': '0',
            'x-ratelimit-reset-requests': `${(resetMs / 1000).toFixed(3)}s`,
            'x-ratelimit-limit-tokens': '1000000',
            'x-ratelimit-remaining-tokens': '999000',
            'x-ratelimit-reset-tokens': '6m0s',
          };
    if (rateLimit.retryAfter !== false) headers['retry-after'] = String(Math.ceil(resetMs / 1000));
    return headers;
  }

  function pickFault(model: string, path: string): FaultRule | undefined {
    const named = /fault-(429|500|529|hang|malformed|quota|401)/.exec(model)?.[1] as FaultKind | undefined;
    if (named) return { kind: named };
    const rule = faults.find((r) => r.remaining > 0 && matches(r.rule, model, path));
    if (!rule) return undefined;
    rule.remaining--;
    return rule.rule;
  }

  function sendFault(call: RecordedCall, res: ServerResponse, fault: FaultRule, req: ParsedRequest): void {
    const p = req.protocol;
    switch (fault.kind) {
      case '429': {
        const explicit = fault.retryAfterSeconds !== undefined || fault.retryAfterMs !== undefined;
        const headers: Record<string, string> = {};
        if (!explicit || fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds ?? 1);
        if (!explicit || fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs ?? 50);
        return respond(call, res, 429, errorBody(p, 'rate_limit_error', 'Rate limit reached; try again later.', 'rate_limit_exceeded'), headers);
      }
      case 'quota':
        return respond(call, res, 429, errorBody(p, 'insufficient_quota', 'You exceeded your current quota.', 'insufficient_quota'));
      case '500':
        return respond(call, res, 500, errorBody(p, p === 'openai' ? 'server_error' : 'api_error', 'Internal server error'));
      case '529':
        return respond(call, res, 529, errorBody(p, 'overloaded_error', 'Overloaded'));
      case '401':
        return respond(call, res, 401, errorBody(p, 'authentication_error', 'Invalid API key', 'invalid_api_key'));
      case 'malformed':
        call.status = 200;
        if (req.stream) {
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          res.end(p === 'openai' ? 'data: {"id":"chatcmpl-1","choi\n\n' : 'event: message_start\ndata: {"type":"mess\n\n');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"scripted-1","choices":[{"message":{"role":"assis');
        return;
      case 'hang':
        // Never answer: the client's timeout or abort has to end this call.
        return;
    }
  }

  function reset(): void {
    calls = [];
    firstCallAt = undefined;
    lastCallAt = undefined;
    samples.clear();
    faults = activeRules(initialFaults);
    peak = inFlight;
    latencyMs = initialLatency;
    noise = opts.noise ?? { rate: 0 };
    random = mulberry32(noise.seed ?? 1);
    rateLimit = opts.rateLimit;
    window = { start: 0, used: 0 };
    throttled = 0;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('scripted model server has no TCP address');
  const url = `http://127.0.0.1:${address.port}`;

  return {
    url,
    env: () => ({
      OPENAI_BASE_URL: `${url}/v1`,
      OPENAI_API_KEY: 'sk-scripted-openai',
      ANTHROPIC_BASE_URL: url,
      ANTHROPIC_API_KEY: 'sk-ant-scripted',
      PROMPTGATE_MODELS_URL: `${url}/inference`,
      GITHUB_TOKEN: 'ghp_scripted',
      AZURE_OPENAI_ENDPOINT: url,
      AZURE_OPENAI_API_KEY: 'azure-scripted',
      OPENAI_API_VERSION: '2024-10-21',
      OLLAMA_BASE_URL: `${url}/v1`,
    }),
    calls: () => calls.map((c) => ({ ...c })),
    callCount: () => calls.length,
    maxInFlight: () => peak,
    firstCallAt: () => firstCallAt,
    setFaults: (rules) => {
      faults = activeRules(rules);
    },
    setLatency: (ms) => {
      latencyMs = ms;
    },
    setNoise: (next) => {
      noise = next;
      random = mulberry32(next.seed ?? 1);
    },
    setRateLimit: (next) => {
      rateLimit = next;
      window = { start: 0, used: 0 };
    },
    rateLimited: () => throttled,
    reset,
    forgetCalls: () => {
      calls = [];
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

interface ActiveRule {
  rule: FaultRule;
  remaining: number;
}

function activeRules(rules: FaultRule[]): ActiveRule[] {
  return rules.map((rule) => ({ rule, remaining: rule.times ?? Number.POSITIVE_INFINITY }));
}

function matches(rule: FaultRule, model: string, path: string): boolean {
  const want = rule.match?.model;
  if (want !== undefined && (typeof want === 'string' ? want !== model : !want.test(model))) return false;
  return rule.match?.path === undefined || path.startsWith(rule.match.path);
}

function routeOf(path: string): { kind: RecordedCall['kind']; protocol: Protocol } | undefined {
  if (path === '/v1/messages') return { kind: 'messages', protocol: 'anthropic' };
  if (/^\/(v1|(orgs\/[^/]+\/)?inference)\/chat\/completions$/.test(path) || /^\/openai\/deployments\/[^/]+\/chat\/completions$/.test(path)) {
    return { kind: 'chat', protocol: 'openai' };
  }
  if (/^\/(v1|inference)\/embeddings$/.test(path) || /^\/openai\/deployments\/[^/]+\/embeddings$/.test(path)) {
    return { kind: 'embeddings', protocol: 'openai' };
  }
  return undefined;
}

function parseRequest(route: { kind: RecordedCall['kind']; protocol: Protocol }, path: string, body: Record<string, unknown>): ParsedRequest {
  const deployment = /^\/openai\/deployments\/([^/]+)\//.exec(path)?.[1];
  const model = deployment ? decodeURIComponent(deployment) : String(body.model ?? '');
  const stream = body.stream === true;
  const base = { ...route, model, stream, base64: false, includeUsage: false };
  if (route.kind === 'embeddings') {
    const input = body.input;
    return { ...base, inputs: (Array.isArray(input) ? input : [input]).map(String), base64: body.encoding_format === 'base64' };
  }
  if (!Array.isArray(body.messages)) throw new Error('messages must be an array');
  const messages = (body.messages as { role: string; content: unknown }[]).map((m) => ({ role: String(m.role), content: textOf(m.content) }));
  if (route.protocol === 'anthropic') {
    const system = body.system === undefined ? [] : [{ role: 'system', content: textOf(body.system) }];
    const outputFormat = (body.output_config as { format?: { type?: string; schema?: unknown } } | undefined)?.format;
    const tools = Array.isArray(body.tools)
      ? (body.tools as { name: string; description?: string; input_schema?: OfferedTool['parameters'] }[]).map((t) => ({ name: t.name, description: t.description, parameters: t.input_schema }))
      : undefined;
    return {
      ...base,
      tools,
      messages: [...system, ...messages],
      maxTokens: typeof body.max_tokens === 'number' ? body.max_tokens : undefined,
      responseFormat: outputFormat ? { type: outputFormat.type, schema: outputFormat.schema } : undefined,
    };
  }
  const format = body.response_format as { type?: string; json_schema?: { name?: string; description?: string; schema?: unknown } } | undefined;
  const maxTokens = body.max_completion_tokens ?? body.max_tokens;
  const tools = Array.isArray(body.tools) ? (body.tools as { function: OfferedTool }[]).map((t) => t.function) : undefined;
  return {
    ...base,
    messages,
    tools,
    includeUsage: (body.stream_options as { include_usage?: boolean } | undefined)?.include_usage === true,
    maxTokens: typeof maxTokens === 'number' ? maxTokens : undefined,
    temperature: typeof body.temperature === 'number' ? body.temperature : undefined,
    responseFormat: format ? { type: format.type, name: format.json_schema?.name, description: format.json_schema?.description, schema: format.json_schema?.schema } : undefined,
  };
}

/** Message content as plain text: a string, or the text of content parts/blocks. */
function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part) => (part as { text?: string }).text ?? '').join('');
  return '';
}

function hasCredential(req: IncomingMessage): boolean {
  return Boolean(req.headers.authorization || req.headers['x-api-key'] || req.headers['api-key']);
}

/** The scripted tokenizer: about 1.3 tokens a word, as English text averages with BPE tokenizers. */
function tokensOf(text: string): number {
  return Math.ceil(wordCount(text) * 1.3);
}

function completionBody(req: ParsedRequest, text: string, usage: { input: number; output: number }): unknown {
  if (req.protocol === 'anthropic') {
    return {
      id: 'msg_scripted',
      type: 'message',
      role: 'assistant',
      model: req.model,
      content: [{ type: 'text', text }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: usage.input, output_tokens: usage.output },
    };
  }
  return {
    id: 'chatcmpl-scripted',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: req.model,
    choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: usage.input, completion_tokens: usage.output, total_tokens: usage.input + usage.output },
  };
}

/** A non-streamed answer that calls a function instead of answering in text. */
function toolCallBody(req: ParsedRequest, call: { name: string; arguments: Record<string, unknown> }): unknown {
  if (req.protocol === 'anthropic') {
    return {
      id: 'msg_scripted',
      type: 'message',
      role: 'assistant',
      model: req.model,
      content: [{ type: 'tool_use', id: 'toolu_scripted', name: call.name, input: call.arguments }],
      stop_reason: 'tool_use',
      stop_sequence: null,
      usage: { input_tokens: 10, output_tokens: 10 },
    };
  }
  const toolCall = { id: 'call_scripted', type: 'function', function: { name: call.name, arguments: JSON.stringify(call.arguments) } };
  return {
    id: 'chatcmpl-scripted',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: req.model,
    choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls: [toolCall], refusal: null }, logprobs: null, finish_reason: 'tool_calls' }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

function embeddingsBody(req: ParsedRequest): unknown {
  const inputs = req.inputs ?? [];
  const data = inputs.map((text, index) => {
    const vector = embedText(text);
    const embedding = req.base64 ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector;
    return { object: 'embedding', index, embedding };
  });
  const tokens = tokensOf(inputs.join(' '));
  return { object: 'list', data, model: req.model, usage: { prompt_tokens: tokens, total_tokens: tokens } };
}

/** Content pieces of a streamed answer: one per word, each after the first with its leading space. */
function pieces(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [];
}

function streamOpenAi(res: ServerResponse, req: ParsedRequest, text: string, usage: { input: number; output: number }): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const base = { id: 'chatcmpl-scripted', object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model: req.model };
  const send = (chunk: unknown): boolean => res.write(`data: ${JSON.stringify(chunk)}\n\n`);
  send({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] });
  for (const piece of pieces(text)) send({ ...base, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] });
  send({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
  if (req.includeUsage) {
    send({ ...base, choices: [], usage: { prompt_tokens: usage.input, completion_tokens: usage.output, total_tokens: usage.input + usage.output } });
  }
  res.end('data: [DONE]\n\n');
}

function streamAnthropic(res: ServerResponse, req: ParsedRequest, text: string, usage: { input: number; output: number }): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const send = (event: string, data: unknown): boolean => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  send('message_start', {
    type: 'message_start',
    message: {
      id: 'msg_scripted',
      type: 'message',
      role: 'assistant',
      model: req.model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: usage.input, output_tokens: 1 },
    },
  });
  send('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } });
  send('ping', { type: 'ping' });
  for (const piece of pieces(text)) {
    send('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: piece } });
  }
  send('content_block_stop', { type: 'content_block_stop', index: 0 });
  send('message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: usage.output } });
  send('message_stop', { type: 'message_stop' });
  res.end();
}

function errorBody(protocol: Protocol, type: string, message: string, code?: string): unknown {
  if (protocol === 'anthropic') return { type: 'error', error: { type, message: code ? `${message} (${code})` : message } };
  return { error: { message, type, param: null, code: code ?? null } };
}

function respond(call: RecordedCall, res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  call.status = status;
  sendJson(res, status, body, headers);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Small seedable PRNG (Mulberry32): the same seed gives the same noise. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
