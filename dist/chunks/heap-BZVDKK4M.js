#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  tuneHeapForLargeMerge,
  tuneHeapForManySmallCalls
} from "./chunk-2TDNYJMX.js";
import "./chunk-5HX2GR4K.js";
export {
  tuneHeapForLargeMerge,
  tuneHeapForManySmallCalls
};
