#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  COMPARE_USAGE,
  compareCommand,
  repositoryPath,
  repositoryRoot
} from "./chunk-DXYRUGIP.js";
import "./chunk-CRJDWVYQ.js";
import "./chunk-ABNIZ7F3.js";
import "./chunk-NU224LGZ.js";
import "./chunk-LH6YBU6Y.js";
import "./chunk-UEN3SP4C.js";
import "./chunk-FU4A33PN.js";
import "./chunk-4HXLE7TN.js";
import "./chunk-UPARLIIH.js";
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
