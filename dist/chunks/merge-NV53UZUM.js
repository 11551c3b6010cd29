#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  mergeShards
} from "./chunk-TAPU42FF.js";
import "./chunk-2BGRH3VY.js";
import "./chunk-GWNQEOVN.js";
import "./chunk-6MBK4DL2.js";
import "./chunk-LF6QCMWW.js";
import "./chunk-FU4A33PN.js";
import "./chunk-WOUCLFMX.js";
import "./chunk-BGY524Z6.js";
import "./chunk-WKKOZ42H.js";
import "./chunk-CECCCJKY.js";
import "./chunk-S3IFKC6U.js";
import "./chunk-LH5RUYTT.js";
import "./chunk-WNENITHW.js";
import "./chunk-BSE5VMI7.js";
import "./chunk-5HX2GR4K.js";
export {
  mergeShards
};
