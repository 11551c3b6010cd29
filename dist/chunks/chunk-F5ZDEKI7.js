#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/prompts/token-tables.ts
import { readFile } from "node:fs/promises";
var AS_TEXT = { disallowedSpecial: /* @__PURE__ */ new Set() };
async function loadCounter(encoding) {
  const mod = encoding === "o200k_base" ? await import("./o200k_base-X5XFMMGH.js") : await import("./cl100k_base-FTPQS76C.js");
  return (text) => mod.countTokens(text, AS_TEXT);
}
async function loadCounterFromRanks(encoding, ranksFile) {
  const [{ GptEncoding }, text] = await Promise.all([import("./GptEncoding-WTIUUZKO.js"), readFile(ranksFile, "utf8")]);
  const ranks = JSON.parse(text);
  const api = GptEncoding.getEncodingApi(encoding, () => ranks);
  return (t) => api.countTokens(t, AS_TEXT);
}

export {
  loadCounter,
  loadCounterFromRanks
};
