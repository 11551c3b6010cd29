#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  COMPARE_USAGE,
  checkReportOutputs,
  compareCommand,
  exitCodeOfRun,
  repositoryPath,
  repositoryRoot,
  writeReports
} from "./chunk-B5RKFX53.js";
import "./chunk-3LMK5CRD.js";
import "./chunk-47SRM6VW.js";
import "./chunk-GWNQEOVN.js";
import "./chunk-6YJZVGUR.js";
import "./chunk-3JKM2XLJ.js";
import "./chunk-NU224LGZ.js";
import "./chunk-5TKHP2SM.js";
import "./chunk-KD3SET7L.js";
import "./chunk-OYIWJ56U.js";
import "./chunk-LF6QCMWW.js";
import "./chunk-FU4A33PN.js";
import "./chunk-5VIE2S3B.js";
import "./chunk-PLTEGRBA.js";
import "./chunk-35BH6QKZ.js";
import "./chunk-4HXLE7TN.js";
import "./chunk-FIKN4I2P.js";
import "./chunk-S4HFIW6M.js";
import "./chunk-NTTIUXQI.js";
import "./chunk-WKKOZ42H.js";
import "./chunk-CECCCJKY.js";
import "./chunk-6NSPMDMH.js";
import "./chunk-TW33II5R.js";
import "./chunk-S3IFKC6U.js";
import "./chunk-Y5OWZ6QQ.js";
import "./chunk-WNENITHW.js";
import "./chunk-BSE5VMI7.js";
import "./chunk-5HX2GR4K.js";
export {
  COMPARE_USAGE,
  checkReportOutputs,
  compareCommand,
  exitCodeOfRun,
  repositoryPath,
  repositoryRoot,
  writeReports
};
