#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  withoutHostPaths
} from "./chunk-PLTEGRBA.js";
import {
  breakCommentDelimiters,
  codeBlock,
  escapeInline,
  inlineCode,
  preContent,
  safeSlice,
  truncate
} from "./chunk-FIKN4I2P.js";
import {
  UNKNOWN,
  formatCount,
  formatDuration,
  formatMs,
  formatPValue,
  formatPercent,
  formatScore,
  formatSigned,
  formatSignedCount,
  formatSignedUsd,
  formatTransition,
  formatUsd,
  plural,
  problemLocation,
  promptLabels,
  shortSha
} from "./chunk-NTTIUXQI.js";

// src/report/markdown-fit.ts
var MAX_REASON_CHARS = 400;
var MAX_NAME_CHARS = 100;
var MAX_NAMES = 15;
function fitItems(opts) {
  const { heading, items, render, budget, max, more, closing = "" } = opts;
  const noteRoom = more(items.length).length + 2;
  let text = heading;
  let shown = 0;
  for (const item of items) {
    if (shown >= max) break;
    const piece = `
${render(item)}`;
    if (text.length + piece.length + closing.length + noteRoom > budget) break;
    text += piece;
    shown++;
  }
  if (shown === 0) return "";
  const left = items.length - shown;
  return `${text}${closing}${left > 0 ? `

${more(left)}` : ""}`;
}

// src/report/markdown-prompts.ts
var MAX_PROMPT_ROWS = 50;
function promptsTable(report, budget) {
  if (report.prompts.length === 0) return "";
  const changed = new Set(report.changedPrompts.map((c) => c.id));
  const estimated = new Set(report.changedPrompts.filter((c) => c.tokensEstimated).map((c) => c.id));
  const counts = testCountsByPrompt(report.tests);
  const rank = (p) => p.regressed ? 0 : changed.has(p.id) ? 1 : 2;
  const rows = report.prompts.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map(({ p }) => p);
  const heading = [
    "#### Prompts",
    "",
    "| prompt | score | \u0394 score | pass rate | tests | prompt tokens \u0394 | cost / 1k calls \u0394 (USD) | p95 latency |",
    "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |"
  ].join("\n");
  return fitItems({
    heading,
    items: rows,
    render: (p) => promptRow(p, counts.get(p.id), estimated.has(p.id)),
    budget,
    max: MAX_PROMPT_ROWS,
    more: (left) => `\u2026and ${plural(left, "more prompt")} (see report.json).`
  });
}
function promptRow(p, counts, tokensEstimated) {
  const icon = p.regressed ? "\u274C " : p.significance.significant && (p.delta.score ?? 0) > 0 ? "\u2705 " : "";
  const cells = [
    `${icon}${promptCell(p)}`,
    formatTransition(formatScore(p.base?.meanScore ?? null), formatScore(p.head?.meanScore ?? null)),
    scoreDelta(p),
    formatTransition(formatPercent(p.base?.passRate ?? null), formatPercent(p.head?.passRate ?? null)),
    testCounts(counts),
    p.delta.tokens === null ? UNKNOWN : `${tokensEstimated ? "~" : ""}${formatSignedCount(p.delta.tokens)}`,
    formatSignedUsd(p.delta.costPer1kUsd),
    formatTransition(formatMs(p.base?.latencyP95Ms ?? null), formatMs(p.head?.latencyP95Ms ?? null))
  ];
  return `| ${cells.join(" | ")} |`;
}
function promptCell(p) {
  const model = escapeInline(truncate(p.model, MAX_NAME_CHARS));
  const named = p.name && p.name !== p.id;
  const title = escapeInline(truncate(named ? p.name : p.id, MAX_NAME_CHARS));
  const sub = named ? `${escapeInline(truncate(p.id, MAX_NAME_CHARS))} \xB7 ${model}` : model;
  const description = p.description ? `<br><sub><i>${escapeInline(truncate(p.description, MAX_NAME_CHARS))}</i></sub>` : "";
  return `${title}<br><sub>${sub}</sub>${description}`;
}
function promptTitle(p) {
  const id = escapeInline(truncate(p.id, MAX_NAME_CHARS));
  return p.name && p.name !== p.id ? `${escapeInline(truncate(p.name, MAX_NAME_CHARS))} (${id})` : id;
}
function scoreDelta(p) {
  const delta = formatSigned(p.delta.score);
  const { method, pValue, significant } = p.significance;
  if (method === "none" || pValue === null || p.delta.score === null) return delta;
  return significant ? `**${delta}** (${formatPValue(pValue)})` : `${delta} (${formatPValue(pValue)}, n.s.)`;
}
var COUNTED = ["regressed", "fixed", "flaky", "errored", "new", "removed"];
function testCountsByPrompt(tests) {
  const byPrompt = /* @__PURE__ */ new Map();
  for (const t of tests) {
    if (!COUNTED.includes(t.change)) continue;
    const counts = byPrompt.get(t.promptId) ?? /* @__PURE__ */ new Map();
    counts.set(t.change, (counts.get(t.change) ?? 0) + 1);
    byPrompt.set(t.promptId, counts);
  }
  return byPrompt;
}
function testCounts(counts) {
  const parts = COUNTED.flatMap((change) => counts?.get(change) ? [`${formatCount(counts.get(change))} ${change}`] : []);
  return parts.length ? parts.join(", ") : UNKNOWN;
}

// src/report/markdown-header.ts
var MAX_NOTES = 10;
var MAX_SUMMARY_CHARS = 1e3;
var MAX_NOTE_CHARS = 500;
var MAX_DETAIL_CHARS = 120;
var ICON = { pass: "\u2705", regression: "\u274C", fail: "\u{1F7E0}", inconclusive: "\u26A0\uFE0F", skipped: "\u23ED\uFE0F", error: "\u{1F4A5}" };
function header(report, title, groups, budget) {
  const icon = report.overridden ? "\u2611\uFE0F" : ICON[report.verdict];
  const verdict = report.overridden ? `${report.verdict} (accepted by override)` : report.verdict;
  const short = `### ${icon} ${title}: ${verdict}`;
  const detail = verdictDetail(report, groups);
  const full = `${short} \u2014 ${detail}`;
  const first = [full, short, `### ${icon} ${verdict}`].find((line) => line.length <= budget);
  if (first === void 0) return "";
  const lines = [first];
  let size = first.length;
  const add = (line) => {
    if (size + 2 + line.length > budget) return;
    lines.push(line);
    size += 2 + line.length;
  };
  const gate = gateLine(report);
  if (gate) add(gate);
  const summary = escapeInline(truncate(withoutHostPaths(report.summary), MAX_SUMMARY_CHARS));
  const byId = verdictDetail(report, groups, (p) => escapeInline(truncate(p.id, MAX_DETAIL_CHARS)));
  const repeats = first === full && [detail, byId].some((d) => summary.includes(d) || d.includes(summary.replace(/\.$/, "")));
  if (summary && !repeats) add(summary);
  const notes = report.notes.slice(0, MAX_NOTES).map((n) => `- ${escapeInline(truncate(withoutHostPaths(n), MAX_NOTE_CHARS))}`);
  if (report.notes.length > MAX_NOTES) notes.push(`- \u2026and ${plural(report.notes.length - MAX_NOTES, "more note")} (see report.json).`);
  if (notes.length) add(notes.join("\n"));
  return lines.join("\n\n");
}
function verdictDetail(report, groups, named = promptTitle) {
  const e = (text) => escapeInline(truncate(text, MAX_DETAIL_CHARS));
  switch (report.verdict) {
    case "regression": {
      const regressed = groups.get("regressed")?.length ?? 0;
      const where = names(report.prompts.filter((p) => p.regressed).map(named));
      return regressed ? `${plural(regressed, "test")} regressed in ${where}` : `score dropped in ${where}`;
    }
    case "pass": {
      const compared = report.tests.filter((t) => t.base && t.head).length;
      const fixed = groups.get("fixed")?.length ?? 0;
      return `no regression in ${plural(compared, "test")}${fixed ? `, ${formatCount(fixed)} fixed` : ""}`;
    }
    case "inconclusive": {
      const causes = report.providerErrors.slice(0, 2).map((p) => `${e(p.modelId)}: ${e(p.kind)} \xD7${formatCount(p.count)}`);
      const more = report.providerErrors.length > 2 ? ` and ${report.providerErrors.length - 2} more` : "";
      return causes.length ? `provider outage (${causes.join(", ")}${more}), not a regression` : "some tests could not be evaluated, not a regression";
    }
    case "skipped":
      return report.changedPrompts.length === 0 ? "no prompt changed" : "not evaluated";
    case "error": {
      const first = report.errors.find((p) => p.side === "head") ?? report.errors[0];
      return first ? `${e(problemLocation(first) || "a file")}: ${e(first.message)}` : "the comparison could not run";
    }
    case "fail":
      return e(withoutHostPaths(report.summary).replace(/\.$/, ""));
  }
}
function names(ids) {
  if (ids.length === 0) return "the changed prompts";
  return ids.length <= 2 ? ids.join(", ") : `${ids.slice(0, 2).join(", ")} and ${ids.length - 2} more prompts`;
}
function gateLine(report) {
  const o = report.override;
  if (report.overridden && o) {
    const accepted = report.tests.filter((t) => t.change === "regressed").map((t) => escapeInline(`${t.promptId} \u203A ${t.description ?? t.testId}`));
    const what = accepted.length ? `${plural(accepted.length, "regressed test")} (${names(accepted)})` : "this result";
    const why = o.reason ? ` Reason: ${escapeInline(truncate(o.reason, MAX_NOTE_CHARS))}` : "";
    return `**Accepted by ${inlineCode(`@${o.by}`)} (${escapeInline(o.role)}) at ${inlineCode(shortSha(o.headSha ?? ""))}:** ${what}. A new push needs a fresh acceptance.${why}`;
  }
  if (report.overridden) return "**Accepted by override:** a maintainer accepted this result for this head commit; a new push needs a fresh acceptance.";
  const overrideNote = o?.status === "refused" ? `The label ${inlineCode(o.label)} added by ${inlineCode(`@${o.by}`)} (${escapeInline(o.role)}) was ignored: accepting a regression needs the write, maintain or admin role.` : o?.status === "stale" ? `The acceptance by ${inlineCode(`@${o.by}`)}${o.headSha ? ` at ${inlineCode(shortSha(o.headSha))}` : ""} is stale: commits were pushed since, so the gate applies again. Remove and re-add ${inlineCode(o.label)} to accept this head.` : null;
  const line = gateLineFor(report);
  return overrideNote ? [line, overrideNote].filter(Boolean).join("\n\n") : line;
}
function gateLineFor(report) {
  if (!report.blocking) {
    const wouldBlock = report.verdict !== "pass" && report.verdict !== "skipped";
    return wouldBlock && report.gate.failOn === "never" ? "Not blocking: the gate is set to `failOn: never`." : null;
  }
  switch (report.verdict) {
    case "regression":
    case "fail":
      return "**Blocks merge.** Fix the prompt, or a maintainer can accept the change with the override label.";
    case "inconclusive":
      return "**Blocks merge** until the eval completes: re-run the check once the provider recovers.";
    case "error":
      return "**Blocks merge.** Fix the file below and push again.";
    default:
      return null;
  }
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/util/string.js
function longestCommonPrefix(str1, str2) {
  let i;
  for (i = 0; i < str1.length && i < str2.length; i++) {
    if (str1[i] != str2[i]) {
      return str1.slice(0, i);
    }
  }
  return str1.slice(0, i);
}
function longestCommonSuffix(str1, str2) {
  let i;
  if (!str1 || !str2 || str1[str1.length - 1] != str2[str2.length - 1]) {
    return "";
  }
  for (i = 0; i < str1.length && i < str2.length; i++) {
    if (str1[str1.length - (i + 1)] != str2[str2.length - (i + 1)]) {
      return str1.slice(-i);
    }
  }
  return str1.slice(-i);
}
function replacePrefix(string, oldPrefix, newPrefix) {
  if (string.slice(0, oldPrefix.length) != oldPrefix) {
    throw Error(`string ${JSON.stringify(string)} doesn't start with prefix ${JSON.stringify(oldPrefix)}; this is a bug`);
  }
  return newPrefix + string.slice(oldPrefix.length);
}
function replaceSuffix(string, oldSuffix, newSuffix) {
  if (!oldSuffix) {
    return string + newSuffix;
  }
  if (string.slice(-oldSuffix.length) != oldSuffix) {
    throw Error(`string ${JSON.stringify(string)} doesn't end with suffix ${JSON.stringify(oldSuffix)}; this is a bug`);
  }
  return string.slice(0, -oldSuffix.length) + newSuffix;
}
function removePrefix(string, oldPrefix) {
  return replacePrefix(string, oldPrefix, "");
}
function removeSuffix(string, oldSuffix) {
  return replaceSuffix(string, oldSuffix, "");
}
function maximumOverlap(string1, string2) {
  return string2.slice(0, overlapCount(string1, string2));
}
function overlapCount(a, b) {
  let startA = 0;
  if (a.length > b.length) {
    startA = a.length - b.length;
  }
  let endB = b.length;
  if (a.length < b.length) {
    endB = a.length;
  }
  const map = Array(endB);
  let k = 0;
  map[0] = 0;
  for (let j = 1; j < endB; j++) {
    if (b[j] == b[k]) {
      map[j] = map[k];
    } else {
      map[j] = k;
    }
    while (k > 0 && b[j] != b[k]) {
      k = map[k];
    }
    if (b[j] == b[k]) {
      k++;
    }
  }
  k = 0;
  for (let i = startA; i < a.length; i++) {
    while (k > 0 && a[i] != b[k]) {
      k = map[k];
    }
    if (a[i] == b[k]) {
      k++;
    }
  }
  return k;
}
function segment(string, segmenter) {
  const parts = [];
  for (const segmentObj of Array.from(segmenter.segment(string))) {
    const segment2 = segmentObj.segment;
    if (parts.length && /\s/.test(parts[parts.length - 1]) && /\s/.test(segment2)) {
      parts[parts.length - 1] += segment2;
    } else {
      parts.push(segment2);
    }
  }
  return parts;
}
function trailingWs(string, segmenter) {
  if (segmenter) {
    return leadingAndTrailingWs(string, segmenter)[1];
  }
  let i;
  for (i = string.length - 1; i >= 0; i--) {
    if (!string[i].match(/\s/)) {
      break;
    }
  }
  return string.substring(i + 1);
}
function leadingWs(string, segmenter) {
  if (segmenter) {
    return leadingAndTrailingWs(string, segmenter)[0];
  }
  const match = string.match(/^\s*/);
  return match ? match[0] : "";
}
function leadingAndTrailingWs(string, segmenter) {
  if (!segmenter) {
    return [leadingWs(string), trailingWs(string)];
  }
  if (segmenter.resolvedOptions().granularity != "word") {
    throw new Error('The segmenter passed must have a granularity of "word"');
  }
  const segments = segment(string, segmenter);
  const firstSeg = segments[0];
  const lastSeg = segments[segments.length - 1];
  const head = /\s/.test(firstSeg) ? firstSeg : "";
  const tail = /\s/.test(lastSeg) ? lastSeg : "";
  return [head, tail];
}

// node_modules/diff/libesm/diff/word.js
var extendedWordChars = "a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}";
var tokenizeIncludingWhitespace = new RegExp(`[${extendedWordChars}]+|\\s+|[^${extendedWordChars}]`, "ug");
var WordDiff = class extends Diff {
  equals(left, right, options) {
    if (options.ignoreCase) {
      left = left.toLowerCase();
      right = right.toLowerCase();
    }
    return left.trim() === right.trim();
  }
  tokenize(value, options = {}) {
    let parts;
    if (options.intlSegmenter) {
      const segmenter = options.intlSegmenter;
      if (segmenter.resolvedOptions().granularity != "word") {
        throw new Error('The segmenter passed must have a granularity of "word"');
      }
      parts = segment(value, segmenter);
    } else {
      parts = value.match(tokenizeIncludingWhitespace) || [];
    }
    const tokens = [];
    let prevPart = null;
    parts.forEach((part) => {
      if (/\s/.test(part)) {
        if (prevPart == null) {
          tokens.push(part);
        } else {
          tokens.push(tokens.pop() + part);
        }
      } else if (prevPart != null && /\s/.test(prevPart)) {
        if (tokens[tokens.length - 1] == prevPart) {
          tokens.push(tokens.pop() + part);
        } else {
          tokens.push(prevPart + part);
        }
      } else {
        tokens.push(part);
      }
      prevPart = part;
    });
    return tokens;
  }
  join(tokens) {
    return tokens.map((token, i) => {
      if (i == 0) {
        return token;
      } else {
        return token.replace(/^\s+/, "");
      }
    }).join("");
  }
  postProcess(changes, options) {
    if (!changes || options.oneChangePerToken) {
      return changes;
    }
    let lastKeep = null;
    let insertion = null;
    let deletion = null;
    changes.forEach((change) => {
      if (change.added) {
        insertion = change;
      } else if (change.removed) {
        deletion = change;
      } else {
        if (insertion || deletion) {
          dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, change, options.intlSegmenter);
        }
        lastKeep = change;
        insertion = null;
        deletion = null;
      }
    });
    if (insertion || deletion) {
      dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, null, options.intlSegmenter);
    }
    return changes;
  }
};
var wordDiff = new WordDiff();
function dedupeWhitespaceInChangeObjects(startKeep, deletion, insertion, endKeep, segmenter) {
  if (deletion && insertion) {
    const [oldWsPrefix, oldWsSuffix] = leadingAndTrailingWs(deletion.value, segmenter);
    const [newWsPrefix, newWsSuffix] = leadingAndTrailingWs(insertion.value, segmenter);
    if (startKeep) {
      const commonWsPrefix = longestCommonPrefix(oldWsPrefix, newWsPrefix);
      startKeep.value = replaceSuffix(startKeep.value, newWsPrefix, commonWsPrefix);
      deletion.value = removePrefix(deletion.value, commonWsPrefix);
      insertion.value = removePrefix(insertion.value, commonWsPrefix);
    }
    if (endKeep) {
      const commonWsSuffix = longestCommonSuffix(oldWsSuffix, newWsSuffix);
      endKeep.value = replacePrefix(endKeep.value, newWsSuffix, commonWsSuffix);
      deletion.value = removeSuffix(deletion.value, commonWsSuffix);
      insertion.value = removeSuffix(insertion.value, commonWsSuffix);
    }
  } else if (insertion) {
    if (startKeep) {
      const ws = leadingWs(insertion.value, segmenter);
      insertion.value = insertion.value.substring(ws.length);
    }
    if (endKeep) {
      const ws = leadingWs(endKeep.value, segmenter);
      endKeep.value = endKeep.value.substring(ws.length);
    }
  } else if (startKeep && endKeep) {
    const newWsFull = leadingWs(endKeep.value, segmenter), [delWsStart, delWsEnd] = leadingAndTrailingWs(deletion.value, segmenter);
    const newWsStart = longestCommonPrefix(newWsFull, delWsStart);
    deletion.value = removePrefix(deletion.value, newWsStart);
    const newWsEnd = longestCommonSuffix(removePrefix(newWsFull, newWsStart), delWsEnd);
    deletion.value = removeSuffix(deletion.value, newWsEnd);
    endKeep.value = replacePrefix(endKeep.value, newWsFull, newWsEnd);
    startKeep.value = replaceSuffix(startKeep.value, newWsFull, newWsFull.slice(0, newWsFull.length - newWsEnd.length));
  } else if (endKeep) {
    const endKeepWsPrefix = leadingWs(endKeep.value, segmenter);
    const deletionWsSuffix = trailingWs(deletion.value, segmenter);
    const overlap = maximumOverlap(deletionWsSuffix, endKeepWsPrefix);
    deletion.value = removeSuffix(deletion.value, overlap);
  } else if (startKeep) {
    const startKeepWsSuffix = trailingWs(startKeep.value, segmenter);
    const deletionWsPrefix = leadingWs(deletion.value, segmenter);
    const overlap = maximumOverlap(startKeepWsSuffix, deletionWsPrefix);
    deletion.value = removePrefix(deletion.value, overlap);
  }
}
var WordsWithSpaceDiff = class extends Diff {
  tokenize(value) {
    const regex = new RegExp(`(\\r?\\n)|[${extendedWordChars}]+|[^\\S\\n\\r]+|[^${extendedWordChars}]`, "ug");
    return value.match(regex) || [];
  }
};
var wordsWithSpaceDiff = new WordsWithSpaceDiff();
function diffWordsWithSpace(oldStr, newStr, options) {
  return wordsWithSpaceDiff.diff(oldStr, newStr, options);
}

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/report/prompt-diff.ts
var CONTEXT_LINES = 2;
var MAX_LINES = 150;
var SAME_TEXT_WINDOW = 60;
var MAX_RUN_CHARS = 1e3;
var MAX_WORD_EDITS = 3e3;
var SENTENCE_WORDS = 8;
var SENTENCE_CHARS = 40;
var NOTE_RESERVE = 120;
var LINE_BREAK = "&#10;";
function renderPromptDiff(baseText, headText, path, maxChars = 6e3) {
  if (baseText === null && headText === null) return truncate("_No content at either side._", maxChars);
  if (baseText === headText) return truncate("_Content unchanged._", maxChars);
  const base = baseText ?? "";
  const head = headText ?? "";
  if (baseText !== null && headText !== null && isProse(diffLines(base, head), path)) {
    const words = diffWordsWithSpace(base, head, { maxEditLength: MAX_WORD_EDITS });
    if (words) return renderWordDiff(words, maxChars);
  }
  return renderLineDiff(base, head, maxChars);
}
function isProse(lines, path) {
  const structured = /\.(ya?ml|json|prompty)$/i.test(path);
  const changed = lines.filter((c) => c.added || c.removed).flatMap((c) => c.value.split("\n")).map((line) => stripLineSyntax(line, structured)).filter((line) => line !== "");
  const sentences = changed.filter((line) => line.length >= SENTENCE_CHARS && line.split(/\s+/).length >= SENTENCE_WORDS);
  return changed.length > 0 && sentences.length * 2 >= changed.length;
}
function stripLineSyntax(line, structured) {
  const bare = line.trim().replace(/^(?:[-*+]|\d+[.)])\s+/, "");
  return structured ? bare.replace(/^["']?[\w.-]+["']?\s*:\s*[|>]?[-+]?\s*/, "").replace(/^["']|["'],?$/g, "") : bare;
}
function renderWordDiff(changes, maxChars) {
  const lines = splitIntoLines(changes);
  const changed = lines.map((line) => line.some((s) => s.kind !== "same"));
  const limit = maxChars - NOTE_RESERVE;
  const shown = [];
  let size = "<pre></pre>".length;
  let skipped = 0;
  let hidden = 0;
  const gap = () => skipped > 0 ? [`\u2026 ${plural(skipped, "unchanged line")} \u2026`] : [];
  const tryShow = (parts) => {
    const needed = parts.reduce((n, p) => n + p.length + LINE_BREAK.length, 0);
    if (shown.length + parts.length > MAX_LINES || size + needed > limit) return false;
    shown.push(...parts);
    size += needed;
    skipped = 0;
    return true;
  };
  for (let i = 0; i < lines.length; i++) {
    const nearChange = changed.slice(Math.max(0, i - CONTEXT_LINES), i + CONTEXT_LINES + 1).some(Boolean);
    if (!nearChange) skipped++;
    else if (hidden > 0 || !tryShow([...gap(), renderLine(lines[i])])) hidden += changed[i] ? 1 : 0;
  }
  if (hidden === 0) tryShow(gap());
  const body = shown.length ? `<pre>${shown.join(LINE_BREAK)}</pre>` : "";
  const note = hidden > 0 ? `
_\u2026 ${plural(hidden, "more changed line")} not shown (diff capped); see the file in the PR._` : "";
  return fit(body, note, maxChars);
}
function splitIntoLines(changes) {
  const lines = [[]];
  for (const change of changes) {
    const kind = change.added ? "ins" : change.removed ? "del" : "same";
    change.value.split("\n").forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece !== "") lines[lines.length - 1].push({ kind, text: piece });
    });
  }
  if (lines.length > 1 && lines[lines.length - 1].length === 0) lines.pop();
  return lines;
}
function renderLine(line) {
  const hasChange = line.some((s) => s.kind !== "same");
  return line.map((segment2, i) => {
    if (segment2.kind !== "same") return `<${segment2.kind}>${preContent(truncate(segment2.text, MAX_RUN_CHARS))}</${segment2.kind}>`;
    const text = hasChange ? shortenAroundChanges(segment2.text, i === 0, i === line.length - 1) : truncate(segment2.text, MAX_RUN_CHARS);
    return preContent(text);
  }).join("");
}
function shortenAroundChanges(text, isFirst, isLast) {
  if (text.length <= SAME_TEXT_WINDOW * 2 + 1) return text;
  const start = isFirst ? "" : safeSlice(text, SAME_TEXT_WINDOW);
  const end = isLast ? "" : safeTail(text, SAME_TEXT_WINDOW);
  return `${start}\u2026${end}`;
}
function safeTail(text, n) {
  const start = text.length - n;
  const code = text.charCodeAt(start);
  return text.slice(code >= 56320 && code <= 57343 ? start + 1 : start);
}
function renderLineDiff(base, head, maxChars) {
  const patch = structuredPatch("base", "head", base, head, "", "", { context: 3 });
  const lines = patch.hunks.flatMap((h) => [
    `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`,
    ...h.lines.filter((l) => !l.startsWith("\\")).map((l) => breakCommentDelimiters(truncate(l, MAX_RUN_CHARS)))
  ]);
  const longestRun = Math.max(0, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
  const overhead = 2 * Math.max(3, longestRun + 1) + "diff".length + 2;
  const kept = [];
  let size = overhead;
  for (const line of lines) {
    if (kept.length >= MAX_LINES || size + line.length + 1 > maxChars - NOTE_RESERVE) break;
    kept.push(line);
    size += line.length + 1;
  }
  const left = lines.length - kept.length;
  const note = left > 0 ? `
_\u2026 ${formatCount(left)} more diff lines not shown (diff capped); see the file in the PR._` : "";
  return fit(kept.length > 0 ? codeBlock(kept.join("\n"), "diff") : "", note, maxChars);
}
function fit(body, note, maxChars) {
  const text = `${body}${note}`.replace(/^\n/, "");
  if (text.length <= maxChars) return text;
  return truncate("_Diff too large to show here; see the file in the PR._", maxChars);
}

// src/report/markdown-sections.ts
var MAX_PROBLEMS = 20;
var MAX_DIFFS = 20;
var MAX_DIFF_CHARS = 8e3;
function problemsSection(report, budget) {
  const parts = [];
  let left = budget;
  const add = (text) => {
    if (text === "") return;
    parts.push(text);
    left -= text.length + 2;
  };
  if (report.providerErrors.length) {
    add(
      fitItems({
        heading: "#### \u26A0\uFE0F Provider errors (not counted as failures)\n",
        items: report.providerErrors,
        render: providerErrorLine,
        budget: left,
        max: MAX_PROBLEMS,
        more: (n) => `\u2026and ${plural(n, "more provider error")} (see report.json).`
      })
    );
  }
  if (report.errors.length) {
    add(
      fitItems({
        heading: "#### \u{1F4A5} File problems\n",
        items: report.errors,
        render: fileProblemLine,
        budget: left - 2,
        max: MAX_PROBLEMS,
        more: (n) => `\u2026and ${plural(n, "more file problem")} (see report.json).`
      })
    );
  }
  return parts.join("\n\n");
}
function providerErrorLine(e) {
  return `- ${inlineCode(truncate(e.modelId, MAX_NAME_CHARS))} ${escapeInline(truncate(e.kind, 40))} \xD7${formatCount(e.count)} (${e.side}): ${escapeInline(truncate(withoutHostPaths(e.message), MAX_REASON_CHARS))}`;
}
function fileProblemLine(p) {
  const where = problemLocation(p);
  const hint = p.hint ? ` \u2014 ${escapeInline(truncate(withoutHostPaths(p.hint), MAX_REASON_CHARS))}` : "";
  return `- ${where ? `${inlineCode(truncate(where, MAX_NAME_CHARS * 2))} ` : ""}(${p.side}): ${escapeInline(truncate(withoutHostPaths(p.message), MAX_REASON_CHARS))}${hint}`;
}
function diffsSection(changed, budget, names2 = /* @__PURE__ */ new Map()) {
  if (changed.length === 0) return "";
  const heading = "#### Prompt changes\n";
  const perDiff = Math.min(MAX_DIFF_CHARS, Math.floor((budget - heading.length - 200) / Math.min(changed.length, MAX_DIFFS)) - 400);
  if (perDiff < 300) return "";
  return fitItems({
    heading,
    items: changed,
    render: (c) => diffDetails(c, perDiff, changed.length === 1, names2.get(c.id)),
    budget,
    max: MAX_DIFFS,
    more: (left) => `\u2026and ${plural(left, "more changed prompt")} (see the PR's files).`
  });
}
function diffDetails(c, diffBudget, open, name) {
  const path = c.previousPath && c.previousPath !== c.path ? `${c.previousPath} \u2192 ${c.path}` : c.path;
  const tokens = c.baseTokens !== null || c.headTokens !== null ? `, ${c.tokensEstimated ? "~" : ""}${formatTransition(c.baseTokens === null ? UNKNOWN : formatCount(c.baseTokens), c.headTokens === null ? UNKNOWN : formatCount(c.headTokens))} tokens` : "";
  const summary = `<b>${promptTitle({ id: c.id, name })}</b> \u2014 ${escapeInline(truncate(path, MAX_NAME_CHARS * 2))} (${c.status}${tokens})`;
  return `<details${open ? " open" : ""}><summary>${summary}</summary>

${renderPromptDiff(c.baseText, c.headText, c.path, diffBudget)}

</details>`;
}
var CHECK_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", "n/a": "\u2796" };
function checklistSection(items, docsUrl, budget) {
  if (items.length === 0) return "";
  return fitItems({
    heading: "#### Readiness checklist\n\n| | check | evidence |\n| --- | --- | --- |",
    items,
    render: (item) => {
      const anchor = item.anchor.toLowerCase().replace(/[^a-z0-9-]/g, "");
      const title = `[${escapeInline(truncate(item.title, MAX_NAME_CHARS))}](${docsUrl}#checklist-${anchor})${item.required ? " (required)" : ""}`;
      return `| ${CHECK_ICON[item.status]} | ${title} | ${escapeInline(truncate(item.evidence, MAX_REASON_CHARS))} |`;
    },
    budget,
    max: items.length,
    more: (left) => `\u2026and ${plural(left, "more check")} (see report.json).`
  });
}
function growthSection(flags, budget) {
  return fitItems({
    heading: "#### \u{1F4C8} Prompt growth",
    items: flags,
    render: (g) => `- ${inlineCode(g.promptId)} grew ${Math.round(g.share * 100)}% (${formatCount(g.baseTokens)} \u2192 ${formatCount(g.headTokens)} tokens)` + (g.addedCostPer1kUsd === null ? "; its model is not priced." : `, adding ${formatUsd(g.addedCostPer1kUsd)} USD of input per 1,000 calls.`),
    budget,
    max: MAX_NAMES,
    more: (left) => `\u2026and ${plural(left, "more prompt")} (see report.json).`
  });
}
function reviewSampleSection(samples, budget) {
  if (samples.length === 0) return "";
  const perOutput = Math.max(200, Math.floor(budget / (samples.length + 1)) - 200);
  return fitItems({
    heading: `<details><summary>\u{1F9D1}\u200D\u2696\uFE0F ${plural(samples.length, "head output")} for human review (export more with <code>promptgate sample</code>)</summary>
`,
    items: samples,
    render: (r) => {
      const input = Object.entries(r.vars).map(([k, v]) => `${k}: ${v}`).join("\n");
      return `<p><b>${escapeInline(truncate(`${r.promptId} \u203A ${r.description ?? r.testId}`, MAX_NAME_CHARS))}</b> (${r.outcome})</p>
<pre>${preContent(truncate(input, MAX_REASON_CHARS))}</pre>
<pre>${preContent(truncate(r.output, perOutput))}</pre>`;
    },
    budget,
    max: samples.length,
    closing: "\n</details>",
    more: (left) => `\u2026and ${plural(left, "more sample")} (see report.json).`
  });
}

// src/report/markdown-tests.ts
var MAX_TEST_DETAILS = 20;
var MAX_OUTPUT_CHARS = 1500;
var MIN_OUTPUT_CHARS = 200;
var DETAILS_OVERHEAD = 450;
function testDetailsSection(group, kind, budget, labels = /* @__PURE__ */ new Map()) {
  if (group.length === 0) return "";
  const tests = [...group.filter((t) => !t.category), ...group.filter((t) => t.category)];
  const first = tests.slice(0, MAX_TEST_DETAILS);
  const reasons = first.reduce((n, t) => n + Math.min(t.base?.reason.length ?? 0, MAX_REASON_CHARS) + Math.min(t.head?.reason.length ?? 0, MAX_REASON_CHARS), 0);
  const forOutputs = (budget - first.length * DETAILS_OVERHEAD - reasons) / 1.1;
  const outputs = first.flatMap((t) => [t.base?.output.length ?? 0, t.head?.output.length ?? 0]);
  const outputCap = Math.max(MIN_OUTPUT_CHARS, Math.min(MAX_OUTPUT_CHARS, waterLevel(outputs, forOutputs)));
  const title = kind === "regressed" ? `#### \u274C Regressed tests (${formatCount(tests.length)})` : `#### \u2705 Fixed tests (${formatCount(tests.length)})`;
  return fitItems({
    heading: `${title}
`,
    items: tests,
    render: (t) => testDetails(t, kind, outputCap, labels),
    budget,
    max: MAX_TEST_DETAILS,
    more: (left) => `\u2026and ${plural(left, `more ${kind} test`)} (see report.json).`
  });
}
function waterLevel(lengths, total) {
  const sorted = [...lengths].sort((a, b) => a - b);
  let remaining = total;
  for (let i = 0; i < sorted.length; i++) {
    const level = remaining / (sorted.length - i);
    if (sorted[i] > level) return Math.floor(level);
    remaining -= sorted[i];
  }
  return Number.POSITIVE_INFINITY;
}
function testDetails(t, kind, outputCap, labels) {
  const icon = kind === "regressed" ? "\u274C" : "\u2705";
  const stats = `${sideLabel(t.base)} \u2192 ${sideLabel(t.head)}${confirmationNote(t)}`;
  const where = t.source ? `<sub>defined at ${inlineCode(`${t.source.file}${t.source.line ? `:${t.source.line}` : ""}`)}</sub>` : "";
  const sent = t.attack ? `<sub>built-in probe ${inlineCode(t.category ?? "")}, sent: ${inlineCode(truncate(t.attack, MAX_REASON_CHARS))}</sub>` : "";
  const cell = (side) => side ? `<pre>${preContent(truncate(side.output, outputCap))}</pre>` : "<i>not present</i>";
  const reason = (side) => side?.reason ? escapeInline(truncate(withoutHostPaths(side.reason), MAX_REASON_CHARS)) : "";
  const reasons = t.base?.reason || t.head?.reason ? `<tr><td>${reason(t.base)}</td><td>${reason(t.head)}</td></tr>` : "";
  return [
    `<details><summary>${icon} ${testName(t, labels)} \u2014 ${stats}</summary>`,
    where,
    sent,
    "<table>",
    `<tr><th>base \xB7 ${sideLabel(t.base)}</th><th>head \xB7 ${sideLabel(t.head)}</th></tr>`,
    `<tr><td>${cell(t.base)}</td><td>${cell(t.head)}</td></tr>`,
    reasons,
    "</table>",
    "</details>"
  ].filter((line) => line !== "").join("\n");
}
function confirmationNote(t) {
  const c = t.confirmation;
  if (!c || c.state !== "confirmed" || c.pValue === null) return t.pValue === null ? "" : `, ${formatPValue(t.pValue)}`;
  return ` \xB7 confirmed on fresh samples ${c.base.passes}/${c.base.samples} \u2192 ${c.head.passes}/${c.head.samples}, ${formatPValue(c.pValue)} (needed < ${formatLevel(c.level)} with ${plural(c.family, "candidate")})`;
}
function formatLevel(level) {
  return level >= 1e-3 ? String(Number(level.toPrecision(2))) : level.toExponential(1);
}
function testName(t, labels, max = MAX_NAME_CHARS) {
  return `${escapeInline(truncate(labels.get(t.promptId) ?? t.promptId, max))} \u203A ${escapeInline(truncate(t.description ?? t.testId, max))}`;
}
function sideLabel(side) {
  if (!side) return "absent";
  if (side.outcome === "errored") return `errored \xD7${side.errors}`;
  return `${side.outcome} ${side.passes}/${side.samples - side.errors}`;
}
function otherChangesSection(groups, budget, labels = /* @__PURE__ */ new Map()) {
  const kinds = ["flaky", "errored", "new", "removed"].filter((k) => (groups.get(k)?.length ?? 0) > 0);
  if (kinds.length === 0) return "";
  const counts = kinds.map((k) => `${formatCount(groups.get(k).length)} ${k}`).join(" \xB7 ");
  const lines = kinds.map((k) => {
    const tests = groups.get(k);
    const names2 = tests.slice(0, MAX_NAMES).map((t) => testName(t, labels, MAX_NAME_CHARS / 2)).join(", ");
    const more = tests.length > MAX_NAMES ? ` \u2026and ${formatCount(tests.length - MAX_NAMES)} more` : "";
    const why = k === "flaky" ? " \u2014 their samples disagreed and no drop was confirmed, so they do not block" : "";
    return `<p><b>${k} (${formatCount(tests.length)})</b>${why}: ${names2}${more}</p>`;
  });
  return fitItems({
    heading: `<details><summary>Other test changes: ${counts}</summary>`,
    items: lines,
    render: (line) => line,
    budget,
    max: lines.length,
    closing: "\n</details>",
    more: (left) => `(${plural(left, "list")} left out to fit the comment; see report.json.)`
  });
}

// src/report/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
var DEFAULT_DOCS_URL = "https://github.com/promptgate/promptgate/blob/main/README.md";
var MIN_CHARS = 200;
var SEPARATOR = "\n\n";
var FOOTER_RESERVE = 1e3;
function renderMarkdown(report, opts = {}) {
  const maxChars = opts.maxChars ?? GITHUB_COMMENT_LIMIT;
  if (!(maxChars >= MIN_CHARS)) throw new RangeError(`maxChars must be at least ${MIN_CHARS}, got ${maxChars}`);
  const title = escapeInline(truncate(opts.title ?? "promptgate", 60));
  const groups = groupByChange(report.tests);
  const labels = promptLabels(report.prompts);
  const scaled = (share) => Math.floor(maxChars * share);
  const has = (...changes) => changes.some((c) => groups.has(c));
  const sections = [
    { label: "verdict", present: true, priority: 0, cap: Math.max(scaled(0.1), MIN_CHARS), render: (b) => header(report, title, groups, b) },
    { label: "prompts table", present: report.prompts.length > 0, priority: 2, cap: scaled(0.25), render: (b) => promptsTable(report, b) },
    { label: "regressed tests", present: has("regressed"), priority: 3, cap: scaled(0.5), render: (b) => testDetailsSection(groups.get("regressed") ?? [], "regressed", b, labels) },
    { label: "fixed tests", present: has("fixed"), priority: 6, cap: scaled(0.25), render: (b) => testDetailsSection(groups.get("fixed") ?? [], "fixed", b, labels) },
    { label: "other test changes", present: has("flaky", "errored", "new", "removed"), priority: 5, cap: scaled(0.1), render: (b) => otherChangesSection(groups, b, labels) },
    {
      label: "provider errors and file problems",
      present: report.providerErrors.length + report.errors.length > 0,
      priority: 1,
      cap: scaled(0.15),
      render: (b) => problemsSection(report, b)
    },
    { label: "prompt growth", present: report.growth.length > 0, priority: 4, cap: scaled(0.05), render: (b) => growthSection(report.growth, b) },
    { label: "prompt diffs", present: report.changedPrompts.length > 0, priority: 7, cap: maxChars, render: (b) => diffsSection(report.changedPrompts, b, new Map(report.prompts.map((p) => [p.id, p.name]))) },
    { label: "review sample", present: report.reviewSample.length > 0, priority: 8, cap: scaled(0.15), render: (b) => reviewSampleSection(report.reviewSample, b) },
    {
      label: "checklist",
      present: report.checklist.length > 0,
      priority: 4,
      cap: scaled(0.1),
      render: (b) => checklistSection(report.checklist, opts.docsUrl ?? DEFAULT_DOCS_URL, b)
    }
  ];
  const footerBudget = Math.min(FOOTER_RESERVE, scaled(0.2));
  let remaining = maxChars - footerBudget;
  const rendered = /* @__PURE__ */ new Map();
  const dropped = [];
  for (const section of [...sections].sort((a, b) => a.priority - b.priority)) {
    const budget = Math.min(section.cap, remaining - SEPARATOR.length);
    const text = budget > 0 ? section.render(budget) : "";
    if (text === "" || text.length > budget) {
      if (section.present) dropped.push(section.label);
      continue;
    }
    rendered.set(section, text);
    remaining -= text.length + SEPARATOR.length;
  }
  const body = sections.flatMap((s) => rendered.get(s) ?? []);
  const foot = footer(report, dropped, remaining + footerBudget - SEPARATOR.length);
  return [...body, ...foot ? [foot] : []].join(SEPARATOR);
}
function groupByChange(tests) {
  const groups = /* @__PURE__ */ new Map();
  for (const t of tests) {
    const group = groups.get(t.change);
    if (group) group.push(t);
    else groups.set(t.change, [t]);
  }
  return groups;
}
function footer(report, dropped, budget) {
  const { stats } = report;
  const ref = (c) => `${escapeInline(truncate(c.ref, 40))} (${escapeInline(shortSha(c.sha))})`;
  const parts = [
    plural(stats.samples, "sample"),
    plural(stats.modelCalls, "model call"),
    `${formatCount(stats.cachedSamples)} cached`,
    ...stats.confirmation?.candidates ? [`${plural(stats.confirmation.samples, "call")} confirming ${plural(stats.confirmation.candidates, "candidate")} (${formatCount(stats.confirmation.confirmed)} confirmed)`] : stats.adaptiveSamples ? [`${formatCount(stats.adaptiveSamples)} adaptive`] : [],
    formatDuration(stats.durationMs),
    `base ${ref(report.base)}`,
    `head ${ref(report.head)}`,
    `merge base ${escapeInline(shortSha(report.mergeBase))}`
  ];
  const statsLine = `<sub>promptgate \xB7 ${parts.join(" \xB7 ")}</sub>`;
  const droppedLine = dropped.length ? `<sub>Left out to fit GitHub's comment limit: ${dropped.join(", ")}. The full results are in report.json.</sub>` : "";
  const both = [droppedLine, statsLine].filter(Boolean).join("<br>\n");
  if (both.length <= budget) return both;
  return droppedLine.length <= budget ? droppedLine : "";
}

export {
  structuredPatch,
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
};
