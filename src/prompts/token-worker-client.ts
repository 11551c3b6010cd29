import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TokenEncoding } from './token-tables.js';

/**
 * How long an idle worker lives when nobody holds it: it goes at once and frees its table. Callers
 * with several bursts of counts to make hold it across them.
 */
const IDLE_MS = 0;

export interface TokenWorker {
  count(encoding: TokenEncoding, texts: string[]): Promise<number[]>;
  /**
   * Keep the worker (and its table) between counts until the returned function is called; with
   * `encoding`, start loading that table now, on the other core, while this thread does other work.
   */
  hold(encoding?: TokenEncoding): () => void;
  /** Workers started so far (each loads its table afresh). */
  readonly starts: number;
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

/** One worker at a time, started on demand and terminated when idle. Exported for tests. */
export function workerClient(url: URL): TokenWorker {
  let worker: Worker | undefined;
  let idle: NodeJS.Timeout | undefined;
  let holds = 0;
  let starts = 0;
  let nextId = 0;
  const pending = new Map<number, { resolve: (c: number[]) => void; reject: (e: Error) => void }>();
  const start = (): Worker => {
    starts++;
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
        if (holds === 0) idle = setTimeout(stop, IDLE_MS).unref();
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
  const api: TokenWorker = {
    get starts() {
      return starts;
    },
    hold(encoding) {
      holds++;
      if (encoding) {
        void api.count(encoding, []).catch(() => {
          // A failed load is reported by the count that needs it.
        });
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds--;
        if (holds === 0 && pending.size === 0) stop();
      };
    },
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
  return api;
}
