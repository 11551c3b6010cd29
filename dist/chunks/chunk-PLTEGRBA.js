#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/report/host-paths.ts
import { homedir, tmpdir } from "node:os";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
var HOST_PATH = "<host path>";
var ABSOLUTE = /(?<![\w:/.~-])(?:file:\/\/)?(?:\/[\w.@+~-]+){2,}\/?|\b[A-Za-z]:\\[^\s'"`)]+/g;
function withoutHostPaths(text, roots = []) {
  const known = [...roots, process.cwd(), homedir(), tmpdir(), dirname(fileURLToPath(import.meta.url))].filter((r) => r.length > 1).sort((a, b) => b.length - a.length);
  let out = text;
  for (const root of known) out = out.replace(new RegExp(`(?:file://)?${root.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[^\\s'"\`),;:]*`, "g"), HOST_PATH);
  return out.replace(ABSOLUTE, HOST_PATH);
}

export {
  withoutHostPaths
};
