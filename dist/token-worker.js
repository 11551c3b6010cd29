#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  loadCounter,
  loadCounterFromRanks
} from "./chunks/chunk-F5ZDEKI7.js";
import "./chunks/chunk-5HX2GR4K.js";

// src/prompts/token-worker.ts
import { existsSync } from "node:fs";
import { parentPort } from "node:worker_threads";
var counters = /* @__PURE__ */ new Map();
function counter(encoding) {
  let loading = counters.get(encoding);
  if (!loading) {
    const ranks = new URL(`./token-ranks/${encoding}.json`, import.meta.url);
    loading = existsSync(ranks) ? loadCounterFromRanks(encoding, ranks) : loadCounter(encoding);
    counters.set(encoding, loading);
  }
  return loading;
}
parentPort.on("message", async (msg) => {
  try {
    const count = await counter(msg.encoding);
    parentPort.postMessage({ id: msg.id, count: count(msg.text) });
  } catch (err) {
    parentPort.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
