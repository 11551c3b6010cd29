#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  mergeShards
} from "./chunk-MBHCPFXI.js";
import "./chunk-OQCC276T.js";
import "./chunk-WWIESYJY.js";
import "./chunk-CRUGW7DC.js";
import "./chunk-FU4A33PN.js";
import "./chunk-5XVYSSIO.js";
import "./chunk-4RXWENO5.js";
import "./chunk-WKKOZ42H.js";
import "./chunk-CECCCJKY.js";
import "./chunk-S3IFKC6U.js";
import "./chunk-REBMQBTI.js";
import "./chunk-WNENITHW.js";
import "./chunk-BSE5VMI7.js";
import "./chunk-5HX2GR4K.js";
export {
  mergeShards
};
