#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  COMPARE_USAGE,
  compareCommand,
  repositoryPath,
  repositoryRoot
} from "./chunk-5DFA226T.js";
import "./chunk-ABNIZ7F3.js";
import "./chunk-UTDDWGVM.js";
import "./chunk-NU224LGZ.js";
import "./chunk-JQQFHSWE.js";
import "./chunk-OFCLAFKY.js";
import "./chunk-FU4A33PN.js";
import "./chunk-4HXLE7TN.js";
import "./chunk-VLSWOUTB.js";
import "./chunk-52EIG3N3.js";
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
