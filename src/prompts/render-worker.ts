import { parentPort } from 'node:worker_threads';
import { UserError } from '../util/errors.js';
import type { RenderReply, RenderRequest } from './render-worker-client.js';
import { renderInThisThread } from './render.js';

// Whatever a template's helpers print (Handlebars' `{{log}}`) stays here: untrusted text never
// reaches the host's logs. Silenced in the worker rather than piped to the parent as
// `stdout: true` streams, which keep the parent process alive after the worker is unref'd.
process.stdout.write = () => true;
process.stderr.write = () => true;

/**
 * Renders templates that can loop, off the main thread: a template from a pull request may
 * nest loops over large lists, and here the main thread can stop it (terminate this worker)
 * while the App keeps answering webhooks.
 */
parentPort!.on('message', async (msg: RenderRequest) => {
  let reply: RenderReply;
  try {
    reply = { id: msg.id, messages: await renderInThisThread(msg.prompt, msg.vars) };
  } catch (err) {
    const failure = err instanceof UserError ? { message: err.message, location: err.location, hint: err.hint } : { message: `could not render ${msg.prompt.path}: ${err instanceof Error ? err.message : String(err)}` };
    reply = { id: msg.id, failure };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage('ready');
