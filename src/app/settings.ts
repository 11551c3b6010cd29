import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod';
import { stateKey } from '../github/state.js';
import { UserError } from '../util/errors.js';

/** The App's own settings (Probot reads its standard ones: APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, …). */
export const settingsSchema = z.object({
  /** Where the response cache and the base branch's custom assertion files live. */
  workDir: z.string().min(1).default(join(tmpdir(), 'promptgate-app')),
  /** Evaluations running at once, across every repository. */
  concurrency: z.coerce.number().int().min(1).max(256).default(4),
  /** Evaluations running at once for one repository. */
  perRepository: z.coerce.number().int().min(1).max(256).default(2),
  /** Evaluations one repository may have waiting; beyond that a push is answered "busy, re-run later". */
  pendingPerRepository: z.coerce.number().int().min(1).max(10_000).default(50),
  /** The App's bot login (`<slug>[bot]`); looked up with `GET /app` when not set. */
  botLogin: z.string().min(1).optional(),
});

export type AppSettings = z.infer<typeof settingsSchema> & {
  /** What the providers see: the process environment without the App's own secrets. */
  env: NodeJS.ProcessEnv;
  /** Signs the state block of the App's comments (derived from WEBHOOK_SECRET). */
  stateKey: string;
};

/** Variable names, so a setting without one is a compile error. */
const NAMES: Record<keyof z.infer<typeof settingsSchema>, string> = {
  workDir: 'PROMPTGATE_WORK_DIR',
  concurrency: 'PROMPTGATE_CONCURRENCY',
  perRepository: 'PROMPTGATE_REPO_CONCURRENCY',
  pendingPerRepository: 'PROMPTGATE_QUEUE_LIMIT',
  botLogin: 'PROMPTGATE_BOT_LOGIN',
};

/** The App's secrets: never handed to providers or custom assertions. */
const APP_SECRETS = ['PRIVATE_KEY', 'PRIVATE_KEY_PATH', 'WEBHOOK_SECRET', 'GITHUB_CLIENT_SECRET', 'GITHUB_CLIENT_ID', 'WEBHOOK_PROXY_URL', 'REDIS_URL', 'SENTRY_DSN'];

export function readSettings(env: NodeJS.ProcessEnv): AppSettings {
  const raw = Object.fromEntries(Object.entries(NAMES).map(([key, name]) => [key, env[name] || undefined]));
  const result = settingsSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UserError(`${NAMES[issue.path[0] as keyof typeof NAMES] ?? String(issue.path[0])} ${issue.message}`, { hint: 'see "GitHub App" in README.md' });
  }
  // Without a webhook secret (a development setup; production refuses to start, see main.ts) the
  // key lives as long as the process: a restart then recomputes instead of trusting old state.
  return { ...result.data, env: providerEnv(env), stateKey: stateKey(env.WEBHOOK_SECRET || randomBytes(32).toString('hex')) };
}

/** The environment without the App's secrets. */
export function providerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !APP_SECRETS.includes(name)));
}
