import { existsSync } from 'node:fs';
import { createProbot, run } from 'probot';
import promptgate, { createPromptgateApp } from './index.js';
import { createService } from './server.js';
import { readSettings } from './settings.js';
import { checkStartup } from './startup.js';
import { describeError } from '../util/errors.js';

/** How long a shutdown waits for running evaluations before leaving them to a re-run. */
const DRAIN_MS = 25_000;

/**
 * `node dist/app.js`: the App as a plain Node service. Probot's standard settings (APP_ID,
 * PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, GHE_HOST, GHE_PROTOCOL, LOG_LEVEL, …) from
 * the environment or a `.env` file; without credentials, Probot's setup page registers the App
 * from `app.yml`.
 */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const env = process.env;
  checkStartup(env);
  if (!env.APP_ID || !(env.PRIVATE_KEY || env.PRIVATE_KEY_PATH)) {
    await run(promptgate);
    return;
  }
  const settings = readSettings(env);
  const app = createPromptgateApp(settings);
  const probot = createProbot({ env: { LOG_LEVEL: 'info', LOG_FORMAT: 'json', ...env } });
  const server = await createService({ probot, promptgate: app, webhookPath: env.WEBHOOK_PATH });
  const port = Number(env.PORT) || 3000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, env.HOST, resolve);
  });
  const address = server.address();
  probot.log.info({ address, webhookPath: env.WEBHOOK_PATH || '/api/github/webhooks', workDir: settings.workDir }, 'promptgate GitHub App listening');

  const stop = (signal: string) => {
    probot.log.info(`${signal}: no new webhooks; waiting for running evaluations`);
    server.close();
    const timer = setTimeout(() => process.exit(0), DRAIN_MS);
    void app.queue.idle().then(() => {
      clearTimeout(timer);
      process.exit(0);
    });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(`promptgate: ${describeError(err)}`);
  process.exit(1);
});
