#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  EXIT
} from "./chunks/chunk-54IHLNLM.js";
import {
  UserError,
  describeError
} from "./chunks/chunk-V5TGORXK.js";
import "./chunks/chunk-5HX2GR4K.js";

// src/cli/run.ts
var COMMANDS = {
  eval: async () => (await import("./chunks/eval-7R2UG22F.js")).evalCommand,
  compare: async () => (await import("./chunks/compare-YKX6IDFU.js")).compareCommand,
  sample: async () => (await import("./chunks/sample-5REGSEBP.js")).sampleCommand
};
async function usage() {
  const [{ EVAL_USAGE }, { COMPARE_USAGE }, { SAMPLE_USAGE }] = await Promise.all([import("./chunks/eval-7R2UG22F.js"), import("./chunks/compare-YKX6IDFU.js"), import("./chunks/sample-5REGSEBP.js")]);
  return `promptgate \u2014 CI for LLM prompts

Commands:
  eval      evaluate the prompts in the working tree
  compare   evaluate base and head of a change and report what it did
  sample    export a sample of outputs as CSV for human review
  help      show this help

${EVAL_USAGE}

${COMPARE_USAGE}

${SAMPLE_USAGE}`;
}
async function run(argv, io) {
  const [command, ...rest] = argv;
  try {
    const load = command === void 0 ? void 0 : COMMANDS[command];
    if (load) return await (await load())(rest, io);
    if (command === void 0 || command === "help" || command === "--help" || command === "-h") {
      io.stdout.write(await usage() + "\n");
      return command === void 0 ? EXIT.usage : EXIT.ok;
    }
    throw new UserError(`unknown command "${command}"`, { hint: "run `promptgate help` for the commands" });
  } catch (err) {
    if (isUsageError(err)) {
      io.stderr.write(`error: ${describeError(err)}
`);
      return EXIT.usage;
    }
    io.stderr.write(`promptgate: unexpected error: ${describeError(err)}
`);
    if (io.env.PROMPTGATE_DEBUG && err instanceof Error && err.stack) io.stderr.write(err.stack + "\n");
    io.stderr.write("This is a bug in promptgate; rerun with PROMPTGATE_DEBUG=1 for details and report it.\n");
    return EXIT.usage;
  }
}
function isUsageError(err) {
  if (err instanceof UserError) return true;
  const code = err?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

// src/cli/main.ts
process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr
});
