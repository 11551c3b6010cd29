import { configure } from 'safe-stable-stringify';
import type { PromptMessage } from '../prompts/model.js';
import { sha256 } from '../util/hash.js';

/**
 * Bumped whenever what a key covers or how it is written changes: every older entry then misses
 * instead of answering for a request it was not made for. 2: keys written by safe-stable-stringify.
 */
const CACHE_FORMAT = 2;

/** Object keys sorted at every depth; a cycle throws rather than collapsing into a marker two requests could share. */
const stableJson = configure({ circularValue: Error });

/**
 * The key of a cache entry: the SHA-256 of everything that determines it, as deterministic JSON
 * (the same request always gives the same key, whatever order its fields were built in).
 */
export function cacheKey(parts: Record<string, unknown>): string {
  return sha256(stableJson({ v: CACHE_FORMAT, ...parts })!);
}

/** What a chat completion's key covers. */
export interface CompletionKeyParts {
  modelId: string;
  messages: readonly PromptMessage[];
  params: object;
  responseFormat: object | null;
  tools: object | null;
  stream: boolean;
  repeatIndex: number;
}

/**
 * `cacheKey(parts)` for a chat completion, built faster: every sample of a run needs one, and
 * a short run's code mostly runs before the JIT has optimised it, where the generic sorted
 * stringify costs several times the native JSON.stringify. The JSON is the same, byte for byte
 * (keys in sorted order; a message of any other shape takes the generic path), so stored
 * answers keep answering. The prompt's own parts (parameters, response format, tools) are
 * shared by all of its samples and written once each.
 */
export function completionKey(parts: CompletionKeyParts): string {
  const messages = messagesJson(parts.messages);
  if (messages === undefined || typeof parts.params !== 'object' || parts.params === null) return cacheKey({ ...parts });
  return sha256(
    `{"messages":${messages},"modelId":${JSON.stringify(parts.modelId)},"params":${partJson(parts.params)},"repeatIndex":${JSON.stringify(parts.repeatIndex)},` +
      `"responseFormat":${partJson(parts.responseFormat)},"stream":${parts.stream},"tools":${partJson(parts.tools)},"v":${CACHE_FORMAT}}`,
  );
}

/** Messages as `[{"content":…,"role":…},…]`, or undefined when one has other fields. */
function messagesJson(messages: readonly PromptMessage[]): string | undefined {
  let json = '[';
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i]!;
    if (Object.keys(m).length !== 2 || typeof m.content !== 'string' || typeof m.role !== 'string') return undefined;
    json += `${i ? ',' : ''}{"content":${JSON.stringify(m.content)},"role":${JSON.stringify(m.role)}}`;
  }
  return json + ']';
}

const partJsons = new WeakMap<object, string>();

function partJson(part: object | null): string {
  if (part === null) return 'null';
  let json = partJsons.get(part);
  if (json === undefined) {
    json = stableJson(part)!;
    partJsons.set(part, json);
  }
  return json;
}
