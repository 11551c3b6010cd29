import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError, type SourceLocation } from '../util/errors.js';
import type { Prompt, PromptMessage } from './model.js';

/** How long one prompt's messages may take to render; a normal template takes microseconds. */
export const RENDER_TIME_LIMIT_MS = 2_000;
/** Heap of the render worker: a template that multiplies text runs out here, not in the process. */
const WORKER_HEAP_MB = 256;

/** The messages between this client and its worker (`render-worker.ts`). */
export interface RenderRequest {
  id: number;
  prompt: Prompt;
  vars: Record<string, string | undefined>;
}

/** A UserError as data, to be thrown again on the main thread. */
export interface RenderFailure {
  message: string;
  location?: SourceLocation;
  hint?: string;
}

export type RenderReply = { id: number } & ({ messages: PromptMessage[] } | { failure: RenderFailure });

export interface RenderWorker {
  /** The prompt's messages for these variables; rejects with a UserError naming the prompt. */
  render(prompt: Prompt, vars: Record<string, string | undefined>): Promise<PromptMessage[]>;
  /** Starts the worker before its first request, without keeping the process alive. */
  start(): void;
}

/** What came back for one request. */
type Outcome = { messages: PromptMessage[] } | { failure: RenderFailure } | { limit: string };

let located: URL | null | undefined;
let client: RenderWorker | undefined;

/**
 * Starts the render worker ahead of the first template that needs it (a Prompty or Dotprompt
 * file): a thread takes tens of milliseconds to load, time a caller can overlap with its reads.
 */
export function startRenderWorker(): void {
  renderWorker()?.start();
}

/** The bundled render worker beside the running bundle (dist/ or dist/chunks/), or undefined from source. */
export function renderWorker(): RenderWorker | undefined {
  located ??= [new URL('./render-worker.js', import.meta.url), new URL('../render-worker.js', import.meta.url)].find((u) => u.protocol === 'file:' && existsSync(fileURLToPath(u))) ?? null;
  if (!located) return undefined;
  client ??= renderWorkerClient(located);
  return client;
}

interface Pending {
  request: Omit<RenderRequest, 'id'>;
  resolve: (outcome: Outcome) => void;
}

/**
 * One worker renders one request at a time, so the time limit measures that request alone. A
 * request over the limit, or over the worker's heap, ends the worker (the next request starts
 * a fresh one) and comes back as an error. Whatever a template's helpers print (Handlebars'
 * `{{log}}`) stays in the worker: untrusted text never reaches the host's logs. Exported for tests.
 */
export function renderWorkerClient(url: URL, limitMs = RENDER_TIME_LIMIT_MS): RenderWorker {
  const queue = new RenderQueue(url, limitMs);
  return {
    start: () => queue.warm(),
    async render(prompt, vars) {
      const outcome = await queue.submit({ prompt, vars });
      if ('messages' in outcome) return outcome.messages;
      if ('failure' in outcome) throw new UserError(outcome.failure.message, { location: outcome.failure.location, hint: outcome.failure.hint });
      throw new UserError(`could not render ${prompt.path}: ${outcome.limit}`, {
        location: { file: prompt.path },
        hint: 'A loop inside a loop over long lists multiplies the work: loop over fewer items, or flatten the loops.',
      });
    },
  };
}

/** The requests waiting for the worker, the one it renders now, and the clock on that one. */
class RenderQueue {
  private worker: { thread: Worker; ready: Promise<void> } | undefined;
  private current: (Pending & { id: number }) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private nextId = 0;
  private readonly queue: Pending[] = [];

  constructor(
    private readonly url: URL,
    private readonly limitMs: number,
  ) {}

  submit(request: Omit<RenderRequest, 'id'>): Promise<Outcome> {
    return new Promise<Outcome>((resolve) => {
      this.queue.push({ request, resolve });
      void this.next();
    });
  }

  /** The worker started while nothing is asked of it: idle, it lets the process exit. */
  warm(): void {
    if (this.worker) return;
    this.worker = this.start();
    if (!this.current) this.worker.thread.unref();
  }

  private start(): { thread: Worker; ready: Promise<void> } {
    const thread = new Worker(this.url, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const ready = new Promise<void>((resolve) => thread.once('message', () => resolve()));
    const started = { thread, ready };
    thread.on('message', (msg: RenderReply | 'ready') => {
      if (msg === 'ready' || msg.id !== this.current?.id) return;
      const { id: _, ...outcome } = msg;
      this.finish(outcome);
    });
    thread.on('error', (err: Error & { code?: string }) => {
      if (this.worker === started) this.worker = undefined;
      this.finish({ limit: err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `rendering needed more than ${WORKER_HEAP_MB} MB of memory` : `the render worker failed: ${err.message}` });
    });
    return started;
  }

  private finish(outcome: Outcome): void {
    clearTimeout(this.timer);
    const done = this.current;
    this.current = undefined;
    done?.resolve(outcome);
    void this.next();
  }

  private async next(): Promise<void> {
    if (this.current) return;
    const pending = this.queue.shift();
    if (!pending) {
      // Idle: the process may exit without waiting for the worker.
      this.worker?.thread.unref();
      return;
    }
    const current = (this.current = { ...pending, id: this.nextId++ });
    const running = (this.worker ??= this.start());
    running.thread.ref();
    // The clock starts once the worker has loaded: only the template's own work is timed.
    await running.ready;
    if (this.worker !== running) return;
    this.timer = setTimeout(() => {
      this.worker = undefined;
      void running.thread.terminate();
      this.finish({ limit: `rendering took longer than ${this.limitMs / 1000} s` });
    }, this.limitMs);
    const request: RenderRequest = { id: current.id, ...current.request };
    running.thread.postMessage(request);
  }
}
