#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  concludeComparison,
  confirmTests,
  limitReportOf,
  prepareComparison,
  screenTests
} from "./chunk-6MBK4DL2.js";
import {
  LimitError
} from "./chunk-BSE5VMI7.js";

// src/compare/compare.ts
async function compare(opts) {
  const prepared = await prepareComparison(opts);
  if (prepared.report) return { report: prepared.report, inputs: prepared.inputs, reused: prepared.reused };
  const done = (report) => ({ report, inputs: prepared.inputs, reused: false });
  try {
    return done(await concludeComparison(prepared, await confirmTests(prepared, await screenTests(prepared, prepared.pairs))));
  } catch (err) {
    if (!(err instanceof LimitError)) throw err;
    return done(await limitReportOf(prepared, err));
  }
}

export {
  compare
};
