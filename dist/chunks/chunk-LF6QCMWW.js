#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/compare/types.ts
var MAX_SHARDS = 256;
var NO_CREDENTIALS = "Not evaluated: no provider credentials.";

export {
  MAX_SHARDS,
  NO_CREDENTIALS
};
