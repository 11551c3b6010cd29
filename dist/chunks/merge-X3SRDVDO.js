#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  mergeShards
} from "./chunk-ZBHPYDZU.js";
import "./chunk-AOLIIGCC.js";
import "./chunk-WWIESYJY.js";
import "./chunk-LQKBX4DX.js";
import "./chunk-FU4A33PN.js";
import "./chunk-AFDHGFDS.js";
import "./chunk-CQ7ICPMS.js";
import "./chunk-WKKOZ42H.js";
import "./chunk-CECCCJKY.js";
import "./chunk-S3IFKC6U.js";
import "./chunk-THXMWWGI.js";
import "./chunk-WNENITHW.js";
import "./chunk-BSE5VMI7.js";
import "./chunk-5HX2GR4K.js";
export {
  mergeShards
};
