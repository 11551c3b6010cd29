import { UserError } from '../util/errors.js';
import type { ModelRef, ProviderKind } from './types.js';

/** A named OpenAI-compatible endpoint from `promptgate.yml` (vLLM, LM Studio, a gateway, …). */
export interface EndpointConfig {
  baseUrl: string;
  /** Environment variable holding the endpoint's API key; none means the endpoint needs no key. */
  apiKeyEnv?: string;
}

export type EndpointMap = Record<string, EndpointConfig>;

/**
 * Variables an endpoint may not read its key from: the GitHub token and everything the runner,
 * GitHub or the App set for themselves. A key sent to a configured server must be one made for it.
 */
const RESERVED_KEY_VARIABLES = /^(?:GITHUB_|GH_|ACTIONS_|RUNNER_|INPUT_|PROMPTGATE_)|^(?:PRIVATE_KEY|PRIVATE_KEY_PATH|WEBHOOK_SECRET|GITHUB_CLIENT_SECRET|APP_ID)$/;

export function isReservedKeyVariable(name: string): boolean {
  return RESERVED_KEY_VARIABLES.test(name);
}

/** An Azure deployment name goes into the request path: letters, digits, `.`, `_` and `-` only. */
const AZURE_DEPLOYMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const BUILT_IN: Record<string, ProviderKind> = {
  github: 'github',
  openai: 'openai',
  azure: 'azure',
  anthropic: 'anthropic',
  ollama: 'ollama',
};

/**
 * Parse a model id: `github:publisher/model`, a bare `publisher/model` (GitHub Models, as
 * `gh models` reads it), `openai:model`, `azure:deployment`, `anthropic:model`,
 * `ollama:model`, or `<endpoint>:model` for an OpenAI-compatible endpoint named in config.
 * Only the first colon separates the prefix, so `ollama:llama3.2:1b` keeps its tag.
 * @throws UserError for an unknown prefix or an empty model name.
 */
export function parseModelRef(id: string, endpoints: EndpointMap = {}): ModelRef {
  const trimmed = id.trim();
  const colon = trimmed.indexOf(':');
  if (colon < 0) {
    if (/^[^/\s]+\/[^/\s]+$/.test(trimmed)) return { id: `github:${trimmed}`, provider: 'github', model: trimmed };
    throw new UserError(`model id "${id}" has no provider prefix`, { hint: `write it as <provider>:<model>, where provider is one of ${validPrefixes(endpoints)}` });
  }
  const prefix = trimmed.slice(0, colon);
  const model = trimmed.slice(colon + 1);
  if (model === '') throw new UserError(`model id "${id}" names no model after "${prefix}:"`);
  const builtIn = BUILT_IN[prefix];
  if (builtIn && Object.hasOwn(endpoints, prefix)) {
    throw new UserError(`endpoint name "${prefix}" is taken by a built-in provider`, { hint: 'rename the endpoint in promptgate.yml' });
  }
  if (builtIn === 'azure' && !AZURE_DEPLOYMENT.test(model)) {
    throw new UserError(`"${id}" is not an Azure deployment name`, { hint: 'a deployment name has letters, digits, ".", "_" and "-" only (at most 64)' });
  }
  if (builtIn) return { id: trimmed, provider: builtIn, model };
  if (Object.hasOwn(endpoints, prefix)) return { id: trimmed, provider: 'openai-compatible', model };
  throw new UserError(`unknown model provider "${prefix}" in "${id}"`, {
    hint: `use one of ${validPrefixes(endpoints)}, or declare "${prefix}" under endpoints in promptgate.yml`,
  });
}

/**
 * The endpoint a ref is served by: the built-in provider name, or the config name of an
 * OpenAI-compatible endpoint. Every model id's prefix is its endpoint.
 */
export function endpointOf(ref: ModelRef): string {
  return ref.id.slice(0, ref.id.indexOf(':'));
}

function validPrefixes(endpoints: EndpointMap): string {
  return [...Object.keys(BUILT_IN), ...Object.keys(endpoints)].map((p) => `${p}:`).join(', ');
}
