#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  UserError
} from "./chunk-BSE5VMI7.js";

// src/prompts/render-worker-client.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var RENDER_TIME_LIMIT_MS = 2e3;
var WORKER_HEAP_MB = 256;
var located;
var client;
function startRenderWorker() {
  renderWorker()?.start();
}
function renderWorker() {
  located ??= [new URL("./render-worker.js", import.meta.url), new URL("../render-worker.js", import.meta.url)].find((u) => u.protocol === "file:" && existsSync(fileURLToPath(u))) ?? null;
  if (!located) return void 0;
  client ??= renderWorkerClient(located);
  return client;
}
function renderWorkerClient(url, limitMs = RENDER_TIME_LIMIT_MS) {
  const queue = new RenderQueue(url, limitMs);
  return {
    start: () => queue.warm(),
    async render(prompt, vars) {
      const outcome = await queue.submit({ prompt, vars });
      if ("messages" in outcome) return outcome.messages;
      if ("failure" in outcome) throw new UserError(outcome.failure.message, { location: outcome.failure.location, hint: outcome.failure.hint });
      throw new UserError(`could not render ${prompt.path}: ${outcome.limit}`, {
        location: { file: prompt.path },
        hint: "A loop inside a loop over long lists multiplies the work: loop over fewer items, or flatten the loops."
      });
    }
  };
}
var RenderQueue = class {
  constructor(url, limitMs) {
    this.url = url;
    this.limitMs = limitMs;
  }
  url;
  limitMs;
  worker;
  current;
  timer;
  nextId = 0;
  queue = [];
  submit(request) {
    return new Promise((resolve) => {
      this.queue.push({ request, resolve });
      void this.next();
    });
  }
  /** The worker started while nothing is asked of it: idle, it lets the process exit. */
  warm() {
    if (this.worker) return;
    this.worker = this.start();
    if (!this.current) this.worker.thread.unref();
  }
  start() {
    const thread = new Worker(this.url, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const ready = new Promise((resolve) => thread.once("message", () => resolve()));
    const started = { thread, ready };
    thread.on("message", (msg) => {
      if (msg === "ready" || msg.id !== this.current?.id) return;
      const { id: _, ...outcome } = msg;
      this.finish(outcome);
    });
    thread.on("error", (err) => {
      if (this.worker === started) this.worker = void 0;
      this.finish({ limit: err.code === "ERR_WORKER_OUT_OF_MEMORY" ? `rendering needed more than ${WORKER_HEAP_MB} MB of memory` : `the render worker failed: ${err.message}` });
    });
    return started;
  }
  finish(outcome) {
    clearTimeout(this.timer);
    const done = this.current;
    this.current = void 0;
    done?.resolve(outcome);
    void this.next();
  }
  async next() {
    if (this.current) return;
    const pending = this.queue.shift();
    if (!pending) {
      this.worker?.thread.unref();
      return;
    }
    const current = this.current = { ...pending, id: this.nextId++ };
    const running = this.worker ??= this.start();
    running.thread.ref();
    await running.ready;
    if (this.worker !== running) return;
    this.timer = setTimeout(() => {
      this.worker = void 0;
      void running.thread.terminate();
      this.finish({ limit: `rendering took longer than ${this.limitMs / 1e3} s` });
    }, this.limitMs);
    const request = { id: current.id, ...current.request };
    running.thread.postMessage(request);
  }
};

export {
  startRenderWorker,
  renderWorker
};
