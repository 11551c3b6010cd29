#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/report/format.ts
var UNKNOWN = "\u2014";
var counts;
var usds;
var count = { format: (n) => (counts ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 })).format(n) };
var fourSignificant = { format: (n) => (usds ??= new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 })).format(n) };
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
  promptLabel
};
