import { createProviderClient } from './clients.js';
import { parseModelRef, type EndpointMap } from './model-ref.js';
import { ProviderError } from './types.js';

/**
 * Why `modelId` cannot be called with this environment (the variable to set), or undefined
 * when its credentials are present. Checked before a run, so a missing key is reported once
 * and up front rather than as a failed call per test.
 */
export function missingCredential(modelId: string, env: NodeJS.ProcessEnv, endpoints: EndpointMap = {}): string | undefined {
  try {
    createProviderClient(parseModelRef(modelId, endpoints), env, endpoints);
    return undefined;
  } catch (err) {
    if (err instanceof ProviderError && err.kind === 'not_configured') return err.message;
    throw err;
  }
}
