import { parentPort } from 'node:worker_threads';
import { loadCounter, type TokenEncoding } from './token-tables.js';

/**
 * Counts tokens off the main thread. A tokenizer table costs ~70 MB; in a worker that exits
 * once idle, that memory is returned instead of staying for the rest of the run.
 */
parentPort!.on('message', async (msg: { id: number; encoding: TokenEncoding; texts: string[] }) => {
  try {
    const count = await loadCounter(msg.encoding);
    parentPort!.postMessage({ id: msg.id, counts: msg.texts.map(count) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
