/**
 * The HTTP transport under the provider SDKs: a fetch of promptgate's own over node:http
 * (http-fetch.ts), loaded with the SDK on the first call, so a run answered from the cache
 * never loads node:http, node:https and TLS.
 *
 * Every model call goes through here, so its cost per call is promptgate's cost per sample.
 * The runtime's `fetch` (undici) wraps every request and response in WHATWG streams, abort
 * signals and header objects; node-fetch, used before, pipes each body through a stream
 * pipeline that creates an AbortController and a DOMException per response. Here a request is
 * one `end(body)` (headers and body in one write) and a response body is the IncomingMessage
 * itself, which both SDKs read through its async iterator when streaming. In the 2,000-call
 * benchmark this took about a third less CPU per call than node-fetch.
 */
export type Fetch = typeof fetch;

let loaded: Promise<Fetch> | undefined;

/** The transport, imported on the first call. */
export function loadTransport(): Promise<Fetch> {
  return (loaded ??= import('./http-fetch.js').then((m) => m.transport));
}
