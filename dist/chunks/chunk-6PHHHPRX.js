#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/prompts/token-tables.ts
async function loadCounter(encoding) {
  const mod = encoding === "o200k_base" ? await import("./o200k_base-HMAVCD3Z.js") : await import("./cl100k_base-HA5EBYAW.js");
  const asText = { disallowedSpecial: /* @__PURE__ */ new Set() };
  return (text) => mod.countTokens(text, asText);
}

export {
  loadCounter
};
