import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { UserError } from '../util/errors.js';

/** NODE_ENV values under which the App may run without a webhook secret (a laptop, a test). */
const DEVELOPMENT = new Set(['development', 'test']);

/**
 * Refuses to start on settings that would run the App unsafely or fail later on every webhook:
 * a private key that is not one, or no webhook secret outside development (anyone could then send
 * forged events). Each message names the variable, what is wrong and what to do.
 */
export function checkStartup(env: NodeJS.ProcessEnv): void {
  checkPrivateKey(env);
  if (!env.WEBHOOK_SECRET && !DEVELOPMENT.has(env.NODE_ENV ?? '')) {
    throw new UserError('WEBHOOK_SECRET is not set: without it the App cannot tell GitHub\'s webhooks from forged ones, so it does not start', {
      hint: 'set WEBHOOK_SECRET to the webhook secret in the GitHub App\'s settings; for local development only, set NODE_ENV=development',
    });
  }
}

function checkPrivateKey(env: NodeJS.ProcessEnv): void {
  let text = env.PRIVATE_KEY;
  let name = 'PRIVATE_KEY';
  if (!text && env.PRIVATE_KEY_PATH) {
    name = `the file PRIVATE_KEY_PATH names`;
    try {
      text = readFileSync(env.PRIVATE_KEY_PATH, 'utf8');
    } catch {
      throw new UserError('PRIVATE_KEY_PATH names a file that cannot be read', { hint: 'point it at the .pem file downloaded from the GitHub App\'s settings' });
    }
  }
  if (!text) return;
  // Probot accepts the PEM with literal "\n" escapes, or base64-encoded.
  const pem = text.includes('-----BEGIN') ? text.replace(/\\n/g, '\n') : Buffer.from(text, 'base64').toString('utf8');
  try {
    createPrivateKey(pem);
  } catch {
    const what = pem.includes('-----BEGIN') ? 'has a PEM header but is not a readable private key' : 'is not a PEM private key (no "-----BEGIN … PRIVATE KEY-----" line, nor base64 of one)';
    throw new UserError(`${name} ${what}`, {
      hint: 'use the private key generated in the GitHub App\'s settings (the whole .pem file), or set PRIVATE_KEY_PATH to that file',
    });
  }
}
