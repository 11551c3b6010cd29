import { createAnthropicClient } from './anthropic.js';
import { endpointOf, type EndpointMap } from './model-ref.js';
import { createOpenAiClient } from './openai.js';
import { ProviderError, type ModelRef, type ProviderClient } from './types.js';

/** GitHub Models' OpenAI-compatible inference endpoint (`gh models` uses the same). */
export const GITHUB_MODELS_URL = 'https://models.github.ai/inference';
/** A GitHub organisation login: letters, digits and single inner hyphens, at most 39 characters. */
const ORG_LOGIN = /^(?=.{1,39}$)[A-Za-z0-9](?:-?[A-Za-z0-9])*$/;
const OPENAI_URL = 'https://api.openai.com/v1';
const ANTHROPIC_URL = 'https://api.anthropic.com';
const OLLAMA_URL = 'http://127.0.0.1:11434/v1';
/** A GA Azure OpenAI data-plane version, used when OPENAI_API_VERSION is unset. */
const AZURE_API_VERSION = '2024-10-21';
/** Ollama and keyless compatible servers ignore the key, but the SDK insists on one. */
const NO_KEY = 'unused';

/**
 * Create the SDK client for the endpoint serving `ref`, reading URLs and keys from `env`.
 * @throws ProviderError('not_configured') naming the environment variable to set.
 */
export function createProviderClient(ref: ModelRef, env: NodeJS.ProcessEnv, endpoints: EndpointMap = {}): ProviderClient {
  const need = (name: string, what: string): string => {
    const value = env[name];
    if (value) return value;
    throw new ProviderError('not_configured', ref.id, `${ref.id}: not configured: set ${name} (${what})`);
  };
  const name = endpointOf(ref);
  switch (ref.provider) {
    case 'github':
      return createOpenAiClient({
        kind: 'github',
        name,
        baseURL: githubModelsUrl(ref, env),
        apiKey: need('GITHUB_TOKEN', 'a token with the models: read permission, for GitHub Models'),
      });
    case 'openai':
      return createOpenAiClient({
        kind: 'openai',
        name,
        baseURL: env.OPENAI_BASE_URL || OPENAI_URL,
        apiKey: need('OPENAI_API_KEY', 'an OpenAI API key'),
      });
    case 'azure':
      return createOpenAiClient({
        kind: 'azure',
        name,
        baseURL: `${need('AZURE_OPENAI_ENDPOINT', 'your Azure OpenAI resource URL').replace(/\/+$/, '')}/openai`,
        apiKey: need('AZURE_OPENAI_API_KEY', 'an Azure OpenAI key'),
        apiVersion: env.OPENAI_API_VERSION || AZURE_API_VERSION,
      });
    case 'ollama':
      return createOpenAiClient({ kind: 'ollama', name, baseURL: env.OLLAMA_BASE_URL || OLLAMA_URL, apiKey: NO_KEY });
    case 'openai-compatible': {
      const endpoint = endpoints[name];
      if (!endpoint) throw new ProviderError('not_configured', ref.id, `${ref.id}: not configured: no endpoint named "${name}" in promptgate.yml`);
      const apiKey = endpoint.apiKeyEnv ? need(endpoint.apiKeyEnv, `the API key for endpoint "${name}"`) : NO_KEY;
      return createOpenAiClient({ kind: 'openai-compatible', name, baseURL: endpoint.baseUrl, apiKey });
    }
    case 'anthropic':
      return createAnthropicClient({
        baseURL: env.ANTHROPIC_BASE_URL || ANTHROPIC_URL,
        apiKey: need('ANTHROPIC_API_KEY', 'an Anthropic API key'),
      });
  }
}

/**
 * Why `org` cannot name the organisation GitHub Models bills (it goes into the request path),
 * or undefined when it can.
 */
export function invalidModelsOrg(org: string): string | undefined {
  return ORG_LOGIN.test(org) ? undefined : `"${org.slice(0, 60)}" is not a GitHub organisation name (letters, digits and single hyphens, at most 39 characters)`;
}

/**
 * The GitHub Models endpoint: `PROMPTGATE_MODELS_URL` or the public one, and with
 * `PROMPTGATE_MODELS_ORG` the organisation's, `…/orgs/ORG/inference`, as `gh models eval --org`
 * calls it, so the organisation is billed instead of the token's user.
 */
function githubModelsUrl(ref: ModelRef, env: NodeJS.ProcessEnv): string {
  const url = (env.PROMPTGATE_MODELS_URL || GITHUB_MODELS_URL).replace(/\/+$/, '');
  const org = env.PROMPTGATE_MODELS_ORG;
  if (!org) return url;
  const invalid = invalidModelsOrg(org);
  if (invalid) throw new ProviderError('not_configured', ref.id, `${ref.id}: PROMPTGATE_MODELS_ORG: ${invalid}`);
  if (!url.endsWith('/inference')) {
    throw new ProviderError('not_configured', ref.id, `${ref.id}: PROMPTGATE_MODELS_ORG needs a models URL ending in /inference, not ${url}`);
  }
  return `${url.slice(0, -'/inference'.length)}/orgs/${org}/inference`;
}
