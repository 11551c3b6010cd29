#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  COMPARE_USAGE,
  compareCommand,
  repositoryPath,
  repositoryRoot
} from "./chunk-CWEDJCLN.js";
import "./chunk-3LMK5CRD.js";
import "./chunk-ZP2X7EUW.js";
import "./chunk-6YJZVGUR.js";
import "./chunk-MPLN2ADJ.js";
import "./chunk-WWIESYJY.js";
import "./chunk-NU224LGZ.js";
import "./chunk-NDOUGVVP.js";
import "./chunk-V6HLFPIL.js";
import "./chunk-R6H3XCL7.js";
import "./chunk-ASQL76XA.js";
import "./chunk-FU4A33PN.js";
import "./chunk-4HXLE7TN.js";
import "./chunk-FIKN4I2P.js";
import "./chunk-A23XLCHO.js";
import "./chunk-NTTIUXQI.js";
import "./chunk-FNVTW6TH.js";
import "./chunk-WKKOZ42H.js";
import "./chunk-6NSPMDMH.js";
import "./chunk-CECCCJKY.js";
import "./chunk-TW33II5R.js";
import "./chunk-S3IFKC6U.js";
import "./chunk-52PJDMAI.js";
import "./chunk-WNENITHW.js";
import "./chunk-BSE5VMI7.js";
import "./chunk-5HX2GR4K.js";
export {
  COMPARE_USAGE,
  compareCommand,
  repositoryPath,
  repositoryRoot
};
