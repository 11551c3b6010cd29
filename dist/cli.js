#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import "./chunks/chunk-NU224LGZ.js";
import {
  didYouMean
} from "./chunks/chunk-CECCCJKY.js";
import {
  EXIT
} from "./chunks/chunk-6NSPMDMH.js";
import {
  UserError,
  describeError
} from "./chunks/chunk-BSE5VMI7.js";
import {
  tuneHeapForLargeMerge,
  tuneHeapForManySmallCalls
} from "./chunks/chunk-2TDNYJMX.js";
import "./chunks/chunk-5HX2GR4K.js";

// package.json
var package_default = {
  name: "promptgate",
  version: "0.1.0",
  description: "CI for LLM prompts: base-vs-head evals, a gate you can trust, one sticky PR comment.",
  type: "module",
  license: "MIT",
  bin: {
    promptgate: "dist/cli.js"
  },
  engines: {
    node: ">=20.12.0"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit && tsc --noEmit -p src/report/html-page",
    demo: "npm run build && node scripts/demo.mjs",
    test: "npm run typecheck && vitest run",
    bench: "npm run build && node bench/run.mjs",
    "bench:trust": "node scripts/run-ts.mjs bench/trust.ts",
    schema: "node scripts/run-ts.mjs scripts/schema.ts"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@anthropic-ai/sdk": "^1.14.0",
    "@octokit/openapi": "^23.0.2",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/webhooks-examples": "^7.6.1",
    "@octokit/webhooks-types": "^7.6.1",
    "@pydantic/genai-prices": "^0.1.8",
    "@types/mustache": "^4.2.6",
    "@types/node": "^20.19.43",
    "@types/nunjucks": "^3.2.6",
    "@types/picomatch": "^4.0.3",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    "chart.js": "^4.6.1",
    diff: "^9.0.0",
    dotprompt: "^1.1.2",
    esbuild: "^0.28.2",
    "fastest-levenshtein": "^1.0.16",
    "gpt-tokenizer": "^4.0.0",
    handlebars: "^4.7.10",
    "js-yaml": "^5.5.0",
    mustache: "^4.2.0",
    nunjucks: "^3.2.4",
    openai: "^6.49.0",
    "p-limit": "^7.3.3",
    picomatch: "^4.0.7",
    "playwright-core": "^1.65.1",
    probot: "^14.3.2",
    re2js: "^2.10.0",
    "safe-stable-stringify": "^2.5.0",
    tinyglobby: "^0.2.17",
    typescript: "5.9",
    vitest: "^4.1.12",
    zod: "^4.6.7"
  }
};

// src/cli/commands.ts
var COMMANDS = {
  eval: {
    summary: "evaluate the prompts in the working tree, or the prompt files named (as gh models eval does)",
    load: async () => {
      const m = await import("./chunks/eval-USWIKHLY.js");
      return { run: m.evalCommand, usage: m.EVAL_USAGE };
    }
  },
  compare: {
    summary: "evaluate base and head of a change and report what it did",
    load: async () => {
      const m = await import("./chunks/compare-5MCKKKCP.js");
      return { run: m.compareCommand, usage: m.COMPARE_USAGE };
    }
  },
  sample: {
    summary: "export a sample of your own tests' outputs as CSV for human review",
    load: async () => {
      const m = await import("./chunks/sample-Z2TDOFCH.js");
      return { run: m.sampleCommand, usage: m.SAMPLE_USAGE };
    }
  },
  merge: {
    summary: "one report from the partial reports of sharded compare runs",
    load: async () => {
      const m = await import("./chunks/merge-QMUVLCVA.js");
      return { run: m.mergeCommand, usage: m.MERGE_USAGE };
    }
  }
};
var HELP = /* @__PURE__ */ new Set(["--help", "-h"]);
var VERSION = /* @__PURE__ */ new Set(["--version", "-v", "version"]);
function overview() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length)) + 3;
  return `promptgate ${package_default.version} \u2014 CI for LLM prompts

Usage: promptgate <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`).join("\n")}
  ${"help".padEnd(width)}show this help, or a command's: promptgate help eval

Every command takes --help; --version prints the version.`;
}
async function run(argv2, io) {
  const [command, ...rest] = argv2;
  try {
    if (command !== void 0 && VERSION.has(command)) {
      io.stdout.write(`${package_default.version}
`);
      return EXIT.ok;
    }
    if (command === void 0 || HELP.has(command) || command === "help") {
      const topic = command === "help" ? rest[0] : void 0;
      if (topic === void 0) {
        io.stdout.write(`${overview()}
`);
        return command === void 0 ? EXIT.usage : EXIT.ok;
      }
      return await showUsage(topic, io);
    }
    const entry = COMMANDS[command];
    if (!entry) throw new UserError(`unknown command "${command}"${didYouMean(command, Object.keys(COMMANDS))}`, { hint: `the commands are ${Object.keys(COMMANDS).join(", ")}; run \`promptgate help\`` });
    const options = rest.includes("--") ? rest.slice(0, rest.indexOf("--")) : rest;
    if (options.some((word) => HELP.has(word))) return await showUsage(command, io);
    const { run: runCommand, usage } = await entry.load();
    try {
      return await runCommand(rest, io);
    } catch (err) {
      if (isParseError(err)) throw new UserError(parseProblem(err, usage), { hint: `usage: ${usage.split("\n")[0]}
run \`promptgate ${command} --help\` for every option` });
      throw err;
    }
  } catch (err) {
    if (err instanceof UserError) {
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
async function showUsage(topic, io) {
  const entry = COMMANDS[topic];
  if (!entry) throw new UserError(`no help for "${topic}": it is not a command`, { hint: `the commands are ${Object.keys(COMMANDS).join(", ")}` });
  io.stdout.write(`${(await entry.load()).usage}
`);
  return EXIT.ok;
}
function isParseError(err) {
  const code = err?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}
function parseProblem(err, usage) {
  const unknown = /^Unknown option '(--[^']+)'/.exec(err instanceof Error ? err.message : "")?.[1];
  if (unknown === void 0) return describeError(err);
  return `Unknown option '${unknown}'${didYouMean(unknown, [...new Set(usage.match(/--[a-z][a-z-]*/g) ?? [])])}`;
}

// src/cli/main.ts
var argv = process.argv.slice(2);
if (argv[0] === "eval") tuneHeapForManySmallCalls();
if (argv[0] === "merge") tuneHeapForLargeMerge();
process.exitCode = await run(argv, {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr
});
