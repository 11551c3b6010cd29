#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  mergeShards
} from "./chunk-RVEHK4QM.js";
import "./chunk-IFECZHS6.js";
import "./chunk-GWNQEOVN.js";
import "./chunk-UWZMG3ZU.js";
import "./chunk-FU4A33PN.js";
import "./chunk-DMQF7VJ7.js";
import "./chunk-S4HFIW6M.js";
import "./chunk-LF6QCMWW.js";
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
