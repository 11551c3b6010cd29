#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  UserError
} from "./chunk-BSE5VMI7.js";

// src/util/utf8.ts
var strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeUtf8(bytes) {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const again = Buffer.from(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"), "utf8");
    let at = 0;
    while (at < bytes.length && bytes[at] === again[at]) at++;
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 10) line++;
    return { invalidLine: line };
  }
}
function fileText(path, decoded) {
  if ("text" in decoded) return decoded.text;
  throw new UserError(`the file is not UTF-8 text: line ${decoded.invalidLine} has a byte that is not UTF-8`, {
    location: { file: path, line: decoded.invalidLine },
    hint: "Save the file as UTF-8 (prompt and config files are read as UTF-8, as gh models reads them)."
  });
}

export {
  decodeUtf8,
  fileText
};
