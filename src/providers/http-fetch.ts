/**
 * The fetch contract the provider SDKs call, over node:http's keep-alive agents, with no stream,
 * header or signal wrappers of its own (see transport.ts for why).
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { urlToHttpOptions } from 'node:url';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

/** What the SDKs read of a response's headers: lookups, and `entries()` for their logs. */
class ResponseHeaders {
  readonly #raw: IncomingMessage['headers'];

  constructor(raw: IncomingMessage['headers']) {
    this.#raw = raw;
  }

  get(name: string): string | null {
    const value = this.#raw[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  }

  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.#raw)) yield [name, this.get(name)!];
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

/** A response whose body is read once: whole (`text`, `json`) or as it arrives (`body`). */
class HttpResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: ResponseHeaders;
  readonly body: Readable;
  readonly url: string;

  constructor(message: IncomingMessage, url: string) {
    this.status = message.statusCode ?? 0;
    this.ok = this.status >= 200 && this.status < 300;
    this.headers = new ResponseHeaders(message.headers);
    this.body = decoded(message);
    this.url = url;
  }

  async text(): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.body) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
}

/** promptgate asks for no compression, but a server may compress anyway. */
function decoded(message: IncomingMessage): Readable {
  const encoding = message.headers['content-encoding']?.trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'br' ? createBrotliDecompress() : encoding === 'deflate' ? createInflate() : undefined;
  if (!decoder) return message;
  message.on('error', (err) => decoder.destroy(err));
  return message.pipe(decoder);
}

function requestHeaders(headers: RequestInit['headers']): Record<string, string> {
  if (!headers) return {};
  if (Array.isArray(headers)) return Object.fromEntries(headers);
  if (typeof (headers as Headers).forEach === 'function') {
    const out: Record<string, string> = {};
    (headers as Headers).forEach((value, name) => (out[name] = value));
    return out;
  }
  return { ...(headers as Record<string, string>) };
}

function requestBody(body: RequestInit['body']): string | Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  throw new TypeError('promptgate sends JSON request bodies only (text or bytes)');
}

/** Where a URL points, parsed once: a run sends thousands of requests to the same one or two. */
const targets = new Map<string, { https: boolean; options: ReturnType<typeof urlToHttpOptions> }>();
const MAX_TARGETS = 100;

function target(href: string): { https: boolean; options: ReturnType<typeof urlToHttpOptions> } {
  let known = targets.get(href);
  if (!known) {
    const url = new URL(href);
    known = { https: url.protocol === 'https:', options: urlToHttpOptions(url) };
    if (targets.size >= MAX_TARGETS) targets.clear();
    targets.set(href, known);
  }
  return known;
}

/** A caller's abort: its reason, as `fetch` rejects with it, or the standard AbortError. */
function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/**
 * The fetch contract the OpenAI and Anthropic SDKs call (`new OpenAI({ fetch })`): a request
 * with text or bytes as its body, aborted by `init.signal`; network failures reject as
 * `TypeError('fetch failed')` with the cause, as the runtime's fetch does.
 */
function httpFetch(input: string | URL | Request, init: RequestInit = {}): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const { signal } = init;
    if (signal?.aborted) return reject(abortReason(signal));
    const { https, options: where } = target(href);
    const body = requestBody(init.body);
    const options = { ...where, method: init.method ?? 'GET', headers: requestHeaders(init.headers), agent: https ? agents.https : agents.http };
    const req = (https ? httpsRequest : httpRequest)(options);
    let message: IncomingMessage | undefined;
    const onAbort = () => {
      const reason = abortReason(signal!);
      if (message) message.destroy(reason as Error);
      else req.destroy(reason as Error);
      reject(reason);
    };
    const settled = () => signal?.removeEventListener('abort', onAbort);
    signal?.addEventListener('abort', onAbort, { once: true });
    req.once('response', (res) => {
      message = res;
      res.once('close', settled);
      resolve(new HttpResponse(res, href));
    });
    req.once('error', (err) => {
      settled();
      reject(signal?.aborted ? abortReason(signal) : new TypeError('fetch failed', { cause: err }));
    });
    req.end(body);
  });
}

/** The SDKs' types name the runtime's Request and Response; this implements what they call of them. */
export const transport = httpFetch as unknown as typeof fetch;
