#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  mergeShards
} from "./chunk-5BUGNEVK.js";
import "./chunk-ZP2X7EUW.js";
import "./chunk-WWIESYJY.js";
import "./chunk-ASQL76XA.js";
import "./chunk-FU4A33PN.js";
import "./chunk-A23XLCHO.js";
import "./chunk-FNVTW6TH.js";
import "./chunk-WKKOZ42H.js";
import "./chunk-CECCCJKY.js";
import "./chunk-S3IFKC6U.js";
import "./chunk-52PJDMAI.js";
import "./chunk-WNENITHW.js";
import "./chunk-BSE5VMI7.js";
import "./chunk-5HX2GR4K.js";
export {
  mergeShards
};
