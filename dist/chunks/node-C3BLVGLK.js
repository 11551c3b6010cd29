#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
} from "./chunk-IKWXJ4SY.js";
import "./chunk-5HX2GR4K.js";
export {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
};
