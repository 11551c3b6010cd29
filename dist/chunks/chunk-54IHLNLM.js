#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/cli/io.ts
var EXIT = { ok: 0, failure: 1, usage: 2, inconclusive: 3 };

export {
  EXIT
};
