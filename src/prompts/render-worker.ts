import { parentPort } from 'node:worker_threads';
import { renderLooping, type Rendering } from './template-engines.js';
import type { TemplateEngine } from './model.js';

export interface RenderRequest {
  id: number;
  engine: TemplateEngine;
  templates: string[];
  vars: Record<string, string | undefined>;
}

export type RenderReply = { id: number } & Rendering;

/**
 * Renders templates that can loop, off the main thread: a template from a pull request may
 * nest loops over large lists, and here the main thread can stop it (terminate this worker)
 * while the App keeps answering webhooks.
 */
parentPort!.on('message', (msg: RenderRequest) => {
  const reply: RenderReply = { id: msg.id, ...renderLooping(msg.engine, msg.templates, msg.vars) };
  parentPort!.postMessage(reply);
});
parentPort!.postMessage('ready');
