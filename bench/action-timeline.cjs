// Preloaded into the Action by bench/action-cold-start.ts when ACTION_TIMELINE is set (through
// NODE_OPTIONS=--require): appends to $ACTION_TIMELINE a line per event, in ms since the process
// started — each git process started (with the main-thread time the start took) and ended, each
// worker thread started and ready, the first model request with the process's CPU time so far.
// It only observes: what the bench measures without it is unchanged.
const { appendFileSync } = require('node:fs');
const childProcess = require('node:child_process');
const http = require('node:http');
const { syncBuiltinESMExports } = require('node:module');
const { promisify } = require('node:util');
const workerThreads = require('node:worker_threads');

const file = process.env.ACTION_TIMELINE;
const log = (line) => appendFileSync(file, `${performance.now().toFixed(1).padStart(8)} ${line}\n`);

if (workerThreads.isMainThread) {
  log('node ready');
  for (const name of ['spawn', 'execFile']) {
    const original = childProcess[name];
    const traced = function (command, args, ...rest) {
      const what = `${command} ${Array.isArray(args) ? args.filter((a) => !a.startsWith('-')).join(' ').slice(0, 60) : ''}`;
      const started = performance.now();
      const child = original.call(this, command, args, ...rest);
      log(`start ${what} (${(performance.now() - started).toFixed(1)} ms on the main thread)`);
      child.once('exit', (code) => log(`end   ${what} (exit ${code})`));
      return child;
    };
    // util.promisify(execFile) resolves { stdout, stderr }, as the original's custom promisify does.
    if (name === 'execFile') {
      traced[promisify.custom] = (...args) =>
        new Promise((resolve, reject) => traced(...args, (err, stdout, stderr) => (err ? reject(Object.assign(err, { stdout, stderr })) : resolve({ stdout, stderr }))));
    }
    childProcess[name] = traced;
  }
  const request = http.request;
  let first = true;
  http.request = function (...args) {
    if (first) {
      first = false;
      const cpu = process.cpuUsage();
      log(`first HTTP request (${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU so far, all threads)`);
    }
    return request.apply(this, args);
  };
  const { Worker } = workerThreads;
  workerThreads.Worker = class extends Worker {
    constructor(url, options) {
      super(url, options);
      const name = String(url).replace(/.*\//, '');
      log(`start worker ${name}`);
      this.once('message', () => log(`ready worker ${name}`));
    }
  };
  syncBuiltinESMExports();
}
