import { existsSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { loadCounter, loadCounterFromRanks, type CountFn, type TokenEncoding } from './token-tables.js';

const counters = new Map<TokenEncoding, Promise<CountFn>>();

/** The rank table saved beside the bundle at build time, else gpt-tokenizer's own module. */
function counter(encoding: TokenEncoding): Promise<CountFn> {
  let loading = counters.get(encoding);
  if (!loading) {
    const ranks = new URL(`./token-ranks/${encoding}.json`, import.meta.url);
    loading = existsSync(ranks) ? loadCounterFromRanks(encoding, ranks) : loadCounter(encoding);
    counters.set(encoding, loading);
  }
  return loading;
}

/**
 * Counts tokens off the main thread: loading a table takes most of a second of CPU, which here
 * runs on the other core instead of stalling the run's event loop, and its tens of MB go with
 * the worker when it ends.
 */
parentPort!.on('message', async (msg: { id: number; encoding: TokenEncoding; text: string }) => {
  try {
    const count = await counter(msg.encoding);
    parentPort!.postMessage({ id: msg.id, count: count(msg.text) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
