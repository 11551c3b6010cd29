#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  COMPARE_USAGE,
  compareCommand,
  repositoryPath,
  repositoryRoot
} from "./chunk-RWMTM3W2.js";
import "./chunk-XPYXLYMK.js";
import "./chunk-HWHWMFE2.js";
import "./chunk-NU224LGZ.js";
import "./chunk-6VOGPCTX.js";
import "./chunk-YTEJ4PKR.js";
import "./chunk-FU4A33PN.js";
import "./chunk-4HXLE7TN.js";
import "./chunk-VCFSZXPT.js";
import "./chunk-VLSWOUTB.js";
import "./chunk-5RNRS3JT.js";
import "./chunk-F5ZDEKI7.js";
import "./chunk-NBQT53KB.js";
import "./chunk-BSE5VMI7.js";
import "./chunk-5HX2GR4K.js";
export {
  COMPARE_USAGE,
  compareCommand,
  repositoryPath,
  repositoryRoot
};
