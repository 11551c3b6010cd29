#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  loadCounter
} from "./chunks/chunk-6PHHHPRX.js";
import "./chunks/chunk-5HX2GR4K.js";

// src/prompts/token-worker.ts
import { parentPort } from "node:worker_threads";
parentPort.on("message", async (msg) => {
  try {
    const count = await loadCounter(msg.encoding);
    parentPort.postMessage({ id: msg.id, counts: msg.texts.map(count) });
  } catch (err) {
    parentPort.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
