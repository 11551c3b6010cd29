#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  COMPARE_USAGE,
  compareCommand,
  repositoryPath,
  repositoryRoot
} from "./chunk-GYSXIXGO.js";
import "./chunk-4HXLE7TN.js";
import "./chunk-NTI7AKON.js";
import "./chunk-NU224LGZ.js";
import "./chunk-GYHMI36K.js";
import "./chunk-ETQYSVJX.js";
import "./chunk-FU4A33PN.js";
import "./chunk-D3PKENDL.js";
import "./chunk-7NHFEETD.js";
import "./chunk-6NSPMDMH.js";
import "./chunk-F5ZDEKI7.js";
import "./chunk-OT7TVYGT.js";
import "./chunk-BSE5VMI7.js";
import "./chunk-5HX2GR4K.js";
export {
  COMPARE_USAGE,
  compareCommand,
  repositoryPath,
  repositoryRoot
};
