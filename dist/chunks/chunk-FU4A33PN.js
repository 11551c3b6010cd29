#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/util/round-robin.ts
function roundRobin(items, groupOf, size) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = groupOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  const out = [];
  for (let round = 0; out.length < size; round++) {
    let took = false;
    for (const list of groups.values()) {
      if (round < list.length && out.length < size) {
        out.push(list[round]);
        took = true;
      }
    }
    if (!took) break;
  }
  return out;
}

export {
  roundRobin
};
