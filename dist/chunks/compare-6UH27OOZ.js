#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  COMPARE_USAGE,
  compareCommand,
  repositoryPath,
  repositoryRoot
} from "./chunk-TQTTEMM5.js";
import "./chunk-CB6GBIYN.js";
import "./chunk-NTZTEH5M.js";
import "./chunk-NU224LGZ.js";
import "./chunk-AHW2WCW2.js";
import "./chunk-56G7A5TZ.js";
import "./chunk-FU4A33PN.js";
import "./chunk-4HXLE7TN.js";
import "./chunk-AJADSJ2B.js";
import "./chunk-CP72JDVT.js";
import "./chunk-5RNRS3JT.js";
import "./chunk-F5ZDEKI7.js";
import "./chunk-YALWADJY.js";
import "./chunk-BSE5VMI7.js";
import "./chunk-5HX2GR4K.js";
export {
  COMPARE_USAGE,
  compareCommand,
  repositoryPath,
  repositoryRoot
};
