#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  invalidModelsOrg
} from "./chunk-WOUCLFMX.js";
import {
  didYouMean
} from "./chunk-CECCCJKY.js";
import {
  UserError
} from "./chunk-BSE5VMI7.js";

// src/cli/args.ts
import { statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
function splitJsonFlag(argv) {
  const rest = [];
  let json;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (word.startsWith("--json=")) {
      json = { out: word.slice("--json=".length) };
    } else if (word === "--json") {
      const next = argv[i + 1];
      json = next !== void 0 && (next === "-" || /\.json$/i.test(next)) ? { out: argv[++i] } : {};
    } else {
      rest.push(word);
    }
  }
  return json ? { rest, json } : { rest };
}
function positiveInt(value, flag) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`${flag} takes a whole number of at least 1, not "${value}"`);
  return n;
}
async function writeOutput(io, dest, text) {
  if (dest === "-") {
    for (const piece of typeof text === "string" ? [text] : text) io.stdout.write(piece);
    return;
  }
  const path = resolve(io.cwd, dest);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  } catch (err) {
    const code = err?.code;
    throw new UserError(`cannot write ${dest}${typeof code === "string" ? ` (${code})` : ""}`, { hint: "name a file whose folder can be created and written, or - for standard output", cause: err });
  }
}
function checkOutputPath(cwd, dest, flag) {
  if (dest === void 0 || dest === "-") return;
  if (dest.trim() === "") throw new UserError(`${flag} needs a file name`, { hint: `e.g. ${flag} ${exampleOutput(flag)}, or ${flag} - for standard output` });
  let found;
  try {
    found = statSync(resolve(cwd, dest), { throwIfNoEntry: false });
  } catch (err) {
    throw new UserError(`cannot write ${dest} (${err.code ?? "unreadable path"})`, { hint: "name a file whose folder can be created and written, or - for standard output", cause: err });
  }
  if (found?.isDirectory()) {
    throw new UserError(`${flag} ${dest} is a directory, not a file to write`, { hint: `name a file, e.g. ${flag} ${dest.replace(/\/+$/, "")}/${exampleOutput(flag)}` });
  }
}
function exampleOutput(flag) {
  return `report${flag === "--out" ? ".csv" : flag === "--markdown" ? ".md" : flag === "--html" ? ".html" : ".json"}`;
}
function withModelsOrg(env, org) {
  if (org === void 0) return env;
  const invalid = invalidModelsOrg(org);
  if (invalid) throw new UserError(`--org: ${invalid}`, { hint: "give the organisation's login as in github.com/ORG, e.g. --org my-org" });
  return { ...env, PROMPTGATE_MODELS_ORG: org };
}
function promptsNamed(prompts, only, unreadable = []) {
  if (!only) return prompts;
  const ids = prompts.map((p) => p.prompt.id);
  const known = /* @__PURE__ */ new Set([...ids, ...prompts.map((p) => p.prompt.path), ...unreadable]);
  const unknown = only.find((name) => !known.has(name));
  if (unknown !== void 0) {
    const listed = ids.length > 10 ? `${ids.slice(0, 10).join(", ")} and ${ids.length - 10} more` : ids.join(", ");
    throw new UserError(`--prompt ${unknown} names no prompt${didYouMean(unknown, [...known])}`, { hint: ids.length ? `give a prompt's id or path: ${listed}` : "no prompt was found to choose from" });
  }
  return prompts.filter((p) => only.includes(p.prompt.id) || only.includes(p.prompt.path));
}

// src/cli/progress.ts
function progressReporter(stream, label) {
  const tty = stream.isTTY === true && !process.env.CI;
  let lastDecile = -1;
  let lastDraw = 0;
  return {
    update(p) {
      if (p.total === 0) return;
      const ratio = p.done / p.total;
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 50 && p.done < p.total) return;
        lastDraw = now;
        const width = 24;
        const filled = Math.round(ratio * width);
        stream.write(`\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${p.done}/${p.total}` + detail(p));
        return;
      }
      const decile = Math.floor(ratio * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        stream.write(`${label}: ${p.done}/${p.total} samples${detail(p)}
`);
      }
    },
    done() {
      if (tty) stream.write("\r\x1B[2K");
    }
  };
}
function detail(p) {
  const parts = [];
  if (p.cached) parts.push(`${p.cached} cached`);
  if (p.errored) parts.push(`${p.errored} errored`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

export {
  splitJsonFlag,
  positiveInt,
  writeOutput,
  checkOutputPath,
  withModelsOrg,
  promptsNamed,
  progressReporter
};
