import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TokenEncoding } from './token-tables.js';

/**
 * How long the worker and its table stay after the last count: none. A count that follows an
 * answer at once (a burst, or a loop that counts again) clears the timer before it fires; a count
 * after other work loads the table again, which costs CPU on the other core but keeps its ~55 MB
 * from piling onto the run's own memory (the engine's peak RSS budget).
 */
const IDLE_MS = 0;

export interface TokenWorker {
  count(encoding: TokenEncoding, text: string): Promise<number>;
  /** Workers started so far (each loads its table afresh). */
  readonly starts: number;
}

/** The bundled worker beside the running bundle (dist/ or dist/chunks/), or undefined from source. */
export function bundledTokenWorker(): URL | undefined {
  return [new URL('./token-worker.js', import.meta.url), new URL('../token-worker.js', import.meta.url)].find(
    (u) => u.protocol === 'file:' && existsSync(fileURLToPath(u)),
  );
}

/** One worker at a time, started on the first count and ended when idle. */
export function workerClient(url: URL, idleMs = IDLE_MS): TokenWorker {
  let worker: Worker | undefined;
  let idle: NodeJS.Timeout | undefined;
  let starts = 0;
  let nextId = 0;
  const pending = new Map<number, { resolve: (n: number) => void; reject: (e: Error) => void }>();
  const stop = () => {
    if (pending.size > 0 || !worker) return;
    void worker.terminate();
    worker = undefined;
  };
  const start = (): Worker => {
    starts++;
    // A small young generation: the table is built once and kept, so a large one would only hold garbage.
    const w = new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    w.on('message', (msg: { id: number; count?: number; error?: string }) => {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.count !== undefined) p?.resolve(msg.count);
      else p?.reject(new Error(`token counting failed: ${msg.error}`));
      if (pending.size > 0) return;
      // Idle: the process may exit without waiting for the worker, which goes soon and frees its table.
      w.unref();
      idle = setTimeout(stop, idleMs).unref();
    });
    w.on('error', (err) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
      worker = undefined;
    });
    return w;
  };
  return {
    get starts() {
      return starts;
    },
    count(encoding, text) {
      clearTimeout(idle);
      worker ??= start();
      // A count in flight keeps the process alive until its answer arrives.
      worker.ref();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.postMessage({ id, encoding, text });
      });
    },
  };
}
