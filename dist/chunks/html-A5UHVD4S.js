#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  HTML_LIMITS,
  cappedForHtml,
  renderHtml,
  scriptJson
} from "./chunk-3LMK5CRD.js";
import "./chunk-FIKN4I2P.js";
import "./chunk-NTTIUXQI.js";
import "./chunk-5HX2GR4K.js";
export {
  HTML_LIMITS,
  cappedForHtml,
  renderHtml,
  scriptJson
};
