/**
 * Runs the scripted model server as its own process (for the demo, the benchmark and
 * child-process tests): `node model-server-main.js [port]`, or PORT and LATENCY_MS in the
 * environment. Prints `MODEL_SERVER_URL=<url>` and `MODEL_SERVER_ENV=<json of env()>` once it listens; exits on
 * SIGTERM or SIGINT.
 */
import { startModelServer } from './model-server.js';

const port = Number(process.argv[2] ?? process.env.PORT ?? 0);
const latencyMs = Number(process.env.LATENCY_MS ?? 0);
const server = await startModelServer({ port, latencyMs });
process.stdout.write(`MODEL_SERVER_URL=${server.url}\nMODEL_SERVER_ENV=${JSON.stringify(server.env())}\n`);

const stop = (): void => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
