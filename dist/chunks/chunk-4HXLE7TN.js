#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/report/text.ts
import { styleText } from "node:util";
function styler(stream) {
  const on = stream.isTTY === true && !process.env.NO_COLOR;
  const wrap = (format) => (s) => on ? styleText(format, s) : s;
  return { red: wrap("red"), green: wrap("green"), yellow: wrap("yellow"), dim: wrap("dim"), bold: wrap("bold") };
}
function table(rows, header) {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => visibleLength(r[c] ?? ""))));
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((r) => /^[-+~]?[\d.,/%$]+[a-z%]*$|^—$/.test(strip(r[c] ?? ""))));
  const line = (r) => r.map((cell, c) => {
    const pad = " ".repeat(widths[c] - visibleLength(cell));
    return numeric[c] ? pad + cell : cell + pad;
  }).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}
var ANSI = /\x1b\[[0-9;]*m/g;
function strip(s) {
  return s.replace(ANSI, "");
}
function visibleLength(s) {
  return strip(s).length;
}
function oneLine(s, max = 80) {
  const flat = s.replace(/\s*\n\s*/g, " \u23CE ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}

export {
  styler,
  table,
  oneLine
};
