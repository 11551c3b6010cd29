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
} from "./chunk-M7FE5IP4.js";
import "./chunk-3LMK5CRD.js";
import "./chunk-2BGRH3VY.js";
import "./chunk-GWNQEOVN.js";
import "./chunk-6YJZVGUR.js";
import "./chunk-EKMLBXRK.js";
import "./chunk-NU224LGZ.js";
import "./chunk-5TKHP2SM.js";
import "./chunk-4BD6ROUD.js";
import "./chunk-6MBK4DL2.js";
import "./chunk-LF6QCMWW.js";
import "./chunk-FU4A33PN.js";
import "./chunk-5VIE2S3B.js";
import "./chunk-PLTEGRBA.js";
import "./chunk-WOUCLFMX.js";
import "./chunk-4HXLE7TN.js";
import "./chunk-FIKN4I2P.js";
import "./chunk-BGY524Z6.js";
import "./chunk-NTTIUXQI.js";
import "./chunk-WKKOZ42H.js";
import "./chunk-CECCCJKY.js";
import "./chunk-6NSPMDMH.js";
import "./chunk-TW33II5R.js";
import "./chunk-S3IFKC6U.js";
import "./chunk-LH5RUYTT.js";
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
