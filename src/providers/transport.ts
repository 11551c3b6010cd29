/**
 * The HTTP transport under the provider SDKs: node-fetch, over node:http's keep-alive agents.
 *
 * The SDKs default to the runtime's `fetch` (undici), which wraps every request and response
 * in WHATWG streams, abort signals and header objects. At eval concurrency that was about a
 * third of promptgate's CPU and most of its garbage: in the 2,000-call benchmark node-fetch
 * takes ~0.5 s less CPU and ~28 MB less peak memory for the same calls. Both SDKs accept any
 * fetch-compatible function; streaming works because they read a Node stream's async iterator.
 */
export type Fetch = typeof fetch;

let loaded: Promise<Fetch> | undefined;

/** node-fetch, imported with the SDK on the first call. */
export function loadTransport(): Promise<Fetch> {
  // node-fetch's Request/Response types are its own, but it implements the fetch contract the SDKs call.
  return (loaded ??= import('node-fetch').then((m) => m.default as unknown as Fetch));
}
