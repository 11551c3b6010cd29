#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  COMPARE_USAGE,
  compareCommand,
  repositoryPath,
  repositoryRoot
} from "./chunk-JG7QGU64.js";
import "./chunk-2ITF377U.js";
import "./chunk-ABNIZ7F3.js";
import "./chunk-NU224LGZ.js";
import "./chunk-PDFKNZJR.js";
import "./chunk-ZBPF6ZHR.js";
import "./chunk-FU4A33PN.js";
import "./chunk-4HXLE7TN.js";
import "./chunk-Z4MH2TLF.js";
import "./chunk-VLSWOUTB.js";
import "./chunk-5RNRS3JT.js";
import "./chunk-F5ZDEKI7.js";
import "./chunk-ENFKZR3H.js";
import "./chunk-BSE5VMI7.js";
import "./chunk-5HX2GR4K.js";
export {
  COMPARE_USAGE,
  compareCommand,
  repositoryPath,
  repositoryRoot
};
