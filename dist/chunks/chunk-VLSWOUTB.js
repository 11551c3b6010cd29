#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/report/format.ts
var UNKNOWN = "\u2014";
var count = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
var fourSignificant = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 });
function formatCount(n) {
  return count.format(n);
}
function formatScore(score) {
  return score === null ? UNKNOWN : score.toFixed(2);
}
function formatSigned(delta, digits = 2) {
  if (delta === null) return UNKNOWN;
  const text = Math.abs(delta).toFixed(digits);
  if (Number(text) === 0) return text;
  return `${delta < 0 ? "-" : "+"}${text}`;
}
function formatSignedCount(delta) {
  if (delta === null) return UNKNOWN;
  const rounded = Math.round(delta);
  return rounded === 0 ? "0" : `${rounded < 0 ? "-" : "+"}${count.format(Math.abs(rounded))}`;
}
function formatPercent(rate) {
  if (rate === null) return UNKNOWN;
  return `${Number((rate * 100).toFixed(1))}%`;
}
function formatUsd(usd) {
  return usd === null ? UNKNOWN : fourSignificant.format(usd);
}
function formatSignedUsd(delta) {
  if (delta === null) return UNKNOWN;
  if (delta === 0) return "0";
  return `${delta < 0 ? "-" : "+"}${fourSignificant.format(Math.abs(delta))}`;
}
function formatMs(ms) {
  if (ms === null) return UNKNOWN;
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${Number((ms / 1e3).toPrecision(3))} s`;
}
function formatDuration(ms) {
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)} s`;
  const seconds = Math.round(ms / 1e3);
  return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, "0")}s`;
}
function formatPValue(p) {
  return p < 1e-3 ? "p<0.001" : `p=${Number(p.toPrecision(2))}`;
}
function formatTransition(base, head) {
  return base === head ? head : `${base} \u2192 ${head}`;
}
function shortSha(sha) {
  return sha.slice(0, 7);
}
function plural(n, noun, nouns = `${noun}s`) {
  return `${formatCount(n)} ${n === 1 ? noun : nouns}`;
}
function problemLocation(p) {
  return p.file === null ? "" : [p.file, p.line, p.line === null ? null : p.column].filter((x) => x !== null).join(":");
}
var MAX_LABEL_NAME = 60;
function promptLabels(prompts) {
  return new Map(prompts.map((p) => [p.id, promptLabel(p)]));
}
function promptLabel(p) {
  if (!p.name || p.name === p.id) return p.id;
  const name = p.name.replace(/\s+/g, " ").trim();
  return `${name.length > MAX_LABEL_NAME ? `${name.slice(0, MAX_LABEL_NAME - 1)}\u2026` : name} (${p.id})`;
}

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
  UNKNOWN,
  formatCount,
  formatScore,
  formatSigned,
  formatSignedCount,
  formatPercent,
  formatUsd,
  formatSignedUsd,
  formatMs,
  formatDuration,
  formatPValue,
  formatTransition,
  shortSha,
  plural,
  problemLocation,
  promptLabels,
  promptLabel,
  escapeInline,
  inlineCode,
  breakCommentDelimiters,
  codeBlock,
  preContent,
  truncate,
  safeSlice,
  escapeTerminal
};
