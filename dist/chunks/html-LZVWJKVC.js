#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  HTML_LIMITS,
  REPORT_DATA_ID,
  REPORT_OUTPUTS_ID,
  cappedForHtml,
  renderHtml,
  scriptJson
} from "./chunk-LA4KPLGD.js";
import "./chunk-VLSWOUTB.js";
import "./chunk-5HX2GR4K.js";
export {
  HTML_LIMITS,
  REPORT_DATA_ID,
  REPORT_OUTPUTS_ID,
  cappedForHtml,
  renderHtml,
  scriptJson
};
