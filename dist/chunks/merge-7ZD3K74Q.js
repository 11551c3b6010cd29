#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  mergeShards
} from "./chunk-X3XSQHJ6.js";
import "./chunk-DKLSJ65Y.js";
import "./chunk-WWIESYJY.js";
import "./chunk-SLS4KASN.js";
import "./chunk-FU4A33PN.js";
import "./chunk-MPGI7D5W.js";
import "./chunk-VGC4VPAN.js";
import "./chunk-WKKOZ42H.js";
import "./chunk-CECCCJKY.js";
import "./chunk-S3IFKC6U.js";
import "./chunk-TJBT5DRG.js";
import "./chunk-WNENITHW.js";
import "./chunk-BSE5VMI7.js";
import "./chunk-5HX2GR4K.js";
export {
  mergeShards
};
