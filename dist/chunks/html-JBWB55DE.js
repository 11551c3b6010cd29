#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  HTML_LIMITS,
  cappedForHtml,
  renderHtml,
  scriptJson
} from "./chunk-HWHWMFE2.js";
import "./chunk-VLSWOUTB.js";
import "./chunk-5HX2GR4K.js";
export {
  HTML_LIMITS,
  cappedForHtml,
  renderHtml,
  scriptJson
};
