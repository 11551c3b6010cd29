import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TokenEncoding } from './token-tables.js';

/** How long an idle worker lives: long enough for a burst of counts, short enough to free its table. */
const IDLE_MS = 0;

export interface TokenWorker {
  count(encoding: TokenEncoding, texts: string[]): Promise<number[]>;
}

let located: URL | null | undefined;
let client: TokenWorker | undefined;

/** The bundled worker beside the running bundle (dist/ or dist/chunks/), or null from source. */
export function tokenWorker(): TokenWorker | undefined {
  located ??= [new URL('./token-worker.js', import.meta.url), new URL('../token-worker.js', import.meta.url)].find((u) => u.protocol === 'file:' && existsSync(fileURLToPath(u))) ?? null;
  if (!located) return undefined;
  client ??= workerClient(located);
  return client;
}

/** One worker at a time, started on demand and terminated when idle. */
function workerClient(url: URL): TokenWorker {
  let worker: Worker | undefined;
  let idle: NodeJS.Timeout | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (c: number[]) => void; reject: (e: Error) => void }>();
  const start = (): Worker => {
    // A small young generation: the table is built once and kept, so a large one would only hold garbage.
    const w = new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    w.on('message', (msg: { id: number; counts?: number[]; error?: string }) => {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.counts) p?.resolve(msg.counts);
      else p?.reject(new Error(`token counting failed: ${msg.error}`));
      if (pending.size === 0) {
        // Idle: let the process exit without waiting for the worker, and free its table soon.
        w.unref();
        idle = setTimeout(stop, IDLE_MS).unref();
      }
    });
    w.on('error', (err) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
      worker = undefined;
    });
    return w;
  };
  const stop = () => {
    if (pending.size === 0 && worker) {
      void worker.terminate();
      worker = undefined;
    }
  };
  return {
    count(encoding, texts) {
      clearTimeout(idle);
      worker ??= start();
      // A count in flight keeps the process alive until its answer arrives.
      worker.ref();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.postMessage({ id, encoding, texts });
      });
    },
  };
}
