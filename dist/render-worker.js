#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderInThisThread
} from "./chunks/chunk-LH5RUYTT.js";
import "./chunks/chunk-WNENITHW.js";
import {
  UserError
} from "./chunks/chunk-BSE5VMI7.js";
import "./chunks/chunk-5HX2GR4K.js";

// src/prompts/render-worker.ts
import { parentPort } from "node:worker_threads";
process.stdout.write = () => true;
process.stderr.write = () => true;
parentPort.on("message", async (msg) => {
  let reply;
  try {
    reply = { id: msg.id, messages: await renderInThisThread(msg.prompt, msg.vars) };
  } catch (err) {
    const failure = err instanceof UserError ? { message: err.message, location: err.location, hint: err.hint } : { message: `could not render ${msg.prompt.path}: ${err instanceof Error ? err.message : String(err)}` };
    reply = { id: msg.id, failure };
  }
  parentPort.postMessage(reply);
});
parentPort.postMessage("ready");
