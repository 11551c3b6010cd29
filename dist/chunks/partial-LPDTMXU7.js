#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  PARTIAL_KIND,
  PARTIAL_VERSION,
  partialReportSchema,
  partialRun,
  readPartials,
  serialisePartial
} from "./chunk-GWNQEOVN.js";
import "./chunk-LF6QCMWW.js";
import "./chunk-WKKOZ42H.js";
import "./chunk-BSE5VMI7.js";
import "./chunk-5HX2GR4K.js";
export {
  PARTIAL_KIND,
  PARTIAL_VERSION,
  partialReportSchema,
  partialRun,
  readPartials,
  serialisePartial
};
