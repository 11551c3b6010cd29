#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  formatCount
} from "./chunk-NTTIUXQI.js";

// src/report/escape.ts
var ZWSP = "\u200B";
var REFERENCE = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "|": "&#124;",
  "[": "&#91;",
  "]": "&#93;",
  "(": "&#40;",
  ")": "&#41;",
  "!": "&#33;",
  "*": "&#42;",
  _: "&#95;",
  "`": "&#96;",
  "~": "&#126;",
  "\\": "&#92;",
  $: "&#36;"
};
var SPECIAL = /[&<>"'|[\]()!*_`~\\$]/g;
var BLOCK_START = /^(?:[#+=-]|\d+\.)/;
var CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
function neutraliseReferences(text) {
  return text.replace(/@/g, `@${ZWSP}`).replace(/(#|\bgh-)(?=\d)/gi, `$1${ZWSP}`);
}
function unlink(text) {
  return text.replace(/:\/\//g, `:/${ZWSP}/`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}
function encode(text) {
  return text.replace(SPECIAL, (c) => REFERENCE[c]);
}
function escapeInline(text) {
  const flat = text.replace(CONTROL, "\uFFFD").replace(/\s*[\r\n]\s*/g, " ").trim();
  const escaped = encode(neutraliseReferences(unlink(flat)));
  return escaped.replace(BLOCK_START, (m) => `${m.slice(0, -1)}&#${m.charCodeAt(m.length - 1)};`);
}
function inlineCode(text) {
  return `<code>${escapeInline(text)}</code>`;
}
function breakCommentDelimiters(text) {
  return text.replace(/<!--/g, `<!-${ZWSP}-`).replace(/--(!?)>/g, `-${ZWSP}-$1>`);
}
function codeBlock(text, lang = "") {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  const info = /^[\w+#.-]*$/.test(lang) ? lang : "";
  const body = breakCommentDelimiters(text.replace(CONTROL, "\uFFFD"));
  return `${fence}${info}
${body}${body.endsWith("\n") || body === "" ? "" : "\n"}${fence}`;
}
function preContent(text) {
  return encode(neutraliseReferences(text.replace(CONTROL, "\uFFFD"))).replace(/\r?\n/g, "&#10;");
}
function truncate(text, maxChars, note = cutNote) {
  if (text.length <= maxChars) return text;
  let keep = Math.max(0, maxChars - note(text.length - maxChars).length);
  while (keep > 0 && (keep + note(text.length - keep).length > maxChars || isHighSurrogate(text.charCodeAt(keep - 1)))) keep--;
  const suffix = note(text.length - keep);
  return keep + suffix.length <= maxChars ? text.slice(0, keep) + suffix : safeSlice(text, maxChars);
}
function cutNote(cut) {
  return ` \u2026 (${formatCount(cut)} more characters)`;
}
function safeSlice(text, maxChars) {
  if (text.length <= maxChars) return text;
  const end = maxChars > 0 && isHighSurrogate(text.charCodeAt(maxChars - 1)) ? maxChars - 1 : maxChars;
  return text.slice(0, end);
}
function isHighSurrogate(code) {
  return code >= 55296 && code <= 56319;
}
function escapeTerminal(text) {
  return text.replace(CONTROL, "\uFFFD");
}

export {
  escapeInline,
  inlineCode,
  breakCommentDelimiters,
  codeBlock,
  preContent,
  truncate,
  safeSlice,
  escapeTerminal
};
