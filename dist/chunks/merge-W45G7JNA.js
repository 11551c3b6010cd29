#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  mergeShards
} from "./chunk-7SQLM4IO.js";
import "./chunk-47SRM6VW.js";
import "./chunk-GWNQEOVN.js";
import "./chunk-OYIWJ56U.js";
import "./chunk-LF6QCMWW.js";
import "./chunk-FU4A33PN.js";
import "./chunk-35BH6QKZ.js";
import "./chunk-S4HFIW6M.js";
import "./chunk-WKKOZ42H.js";
import "./chunk-CECCCJKY.js";
import "./chunk-S3IFKC6U.js";
import "./chunk-Y5OWZ6QQ.js";
import "./chunk-WNENITHW.js";
import "./chunk-BSE5VMI7.js";
import "./chunk-5HX2GR4K.js";
export {
  mergeShards
};
