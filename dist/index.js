#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  mergeShards
} from "./chunks/chunk-IDP2MQ4X.js";
import {
  LocalGitChanges,
  PARTIAL_KIND,
  PARTIAL_VERSION,
  evaluateShard,
  readPartials,
  reportJson,
  serialisePartial
} from "./chunks/chunk-6VOGPCTX.js";
import {
  boundHead,
  checkRunOutput,
  coerce_exports,
  judgeMergeGroup,
  judgePullRequest,
  lastLabeling,
  publishCheckRun,
  publishPullRequest,
  shownComment
} from "./chunks/chunk-MQ6IQ6OU.js";
import {
  compare,
  renderMarkdown
} from "./chunks/chunk-YTEJ4PKR.js";
import "./chunks/chunk-FU4A33PN.js";
import "./chunks/chunk-4HXLE7TN.js";
import {
  _enum,
  array,
  boolean,
  number,
  object,
  string,
  url
} from "./chunks/chunk-VCFSZXPT.js";
import "./chunks/chunk-VLSWOUTB.js";
import {
  conclusionOf,
  gateFailure
} from "./chunks/chunk-5RNRS3JT.js";
import "./chunks/chunk-F5ZDEKI7.js";
import "./chunks/chunk-NBQT53KB.js";
import {
  UserError,
  describeError
} from "./chunks/chunk-BSE5VMI7.js";
import "./chunks/chunk-5HX2GR4K.js";

// src/action/main.ts
import { mkdir as mkdir3, writeFile as writeFile3 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/report/html-link.ts
function htmlReportLink(runUrl2) {
  if (!runUrl2 || !/^https:\/\/[^\s()<>]+$/.test(runUrl2)) return "";
  return `

\u{1F4CA} HTML report (charts, every test's outputs side by side, prompt diffs): in the artifacts of [this workflow run](${runUrl2}), when the workflow uploads \`html-path\`.
`;
}

// src/action/event.ts
import { readFileSync } from "node:fs";
var ref = object({ ref: string(), sha: string() });
var pullRequestPayload = object({
  action: string(),
  number: number().int(),
  pull_request: object({
    base: ref,
    head: ref.extend({ repo: object({ full_name: string(), fork: boolean().optional() }).nullable() }),
    labels: array(object({ name: string() })).default([])
  }),
  repository: object({ full_name: string() }),
  label: object({ name: string() }).optional(),
  sender: object({ login: string() })
});
var mergeGroupPayload = object({
  merge_group: object({ head_sha: string(), head_ref: string(), base_sha: string(), base_ref: string() })
});
var pushPayload = object({ ref: string(), before: string(), after: string() });
var ZERO_SHA = /^0+$/;
function readEvent(env) {
  const name = env.GITHUB_EVENT_NAME;
  const path = env.GITHUB_EVENT_PATH;
  if (!name || !path) throw new UserError("GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set", { hint: "promptgate runs as a step of a GitHub Actions workflow" });
  const payload = JSON.parse(readFileSync(path, "utf8"));
  const parse = (schema) => {
    const result = schema.safeParse(payload);
    if (result.success) return result.data;
    throw new UserError(`the ${name} event payload is not what GitHub sends: ${result.error.issues[0].path.join(".")}: ${result.error.issues[0].message}`);
  };
  switch (name) {
    case "pull_request":
    case "pull_request_target": {
      const p = parse(pullRequestPayload);
      return {
        kind: "pull_request",
        action: p.action,
        number: p.number,
        base: { ref: p.pull_request.base.ref, sha: p.pull_request.base.sha },
        head: { ref: p.pull_request.head.ref, sha: p.pull_request.head.sha },
        labels: p.pull_request.labels.map((l) => l.name),
        labeled: p.action === "labeled" && p.label ? { label: p.label.name, by: p.sender.login } : void 0,
        fork: p.pull_request.head.repo?.fork === true || p.pull_request.head.repo !== null && p.pull_request.head.repo.full_name !== p.repository.full_name
      };
    }
    case "merge_group": {
      const m = parse(mergeGroupPayload).merge_group;
      return { kind: "merge_group", base: { ref: m.base_ref, sha: m.base_sha }, head: { ref: m.head_ref, sha: m.head_sha } };
    }
    case "push": {
      const p = parse(pushPayload);
      return { kind: "push", base: ZERO_SHA.test(p.before) ? null : { ref: p.before, sha: p.before }, head: { ref: p.ref, sha: p.after } };
    }
    case "workflow_dispatch":
      return { kind: "workflow_dispatch", head: { ref: env.GITHUB_REF ?? "HEAD", sha: env.GITHUB_SHA ?? "HEAD" } };
    default:
      throw new UserError(`promptgate does not handle the ${name} event`, {
        hint: "trigger it on pull_request (opened, synchronize, reopened, labeled, unlabeled), merge_group, push or workflow_dispatch"
      });
  }
}

// src/action/inputs.ts
var inputSchema = object({
  githubToken: string().min(1, "is empty: pass `github-token: ${{ github.token }}` (the default)"),
  config: string().min(1).default("promptgate.yml"),
  failOn: _enum(["regression", "any-failure", "never"]).optional(),
  overrideLabel: string().min(1).optional(),
  comment: _enum(["true", "false"]).default("true").transform((v) => v === "true"),
  modelsUrl: url().optional(),
  maxConcurrency: coerce_exports.number().int().min(1).max(256).optional(),
  shard: string().regex(/^\d+\/\d+$/, "must look like i/n, e.g. 1/4").transform((s) => {
    const [index, total] = s.split("/").map(Number);
    return { index, total };
  }).refine((s) => s.total >= 1 && s.index >= 1 && s.index <= s.total, "needs 1 \u2264 i \u2264 n").optional(),
  merge: string().min(1).optional()
});
var NAMES = {
  githubToken: "github-token",
  config: "config",
  failOn: "fail-on",
  overrideLabel: "override-label",
  comment: "comment",
  modelsUrl: "models-url",
  maxConcurrency: "max-concurrency",
  shard: "shard",
  merge: "merge"
};
function readInputs() {
  const raw = Object.fromEntries(Object.entries(NAMES).map(([key, name2]) => [key, getInput(name2) || void 0]));
  const result = inputSchema.safeParse(raw);
  if (result.success) {
    if (result.data.shard && result.data.merge) throw new UserError("inputs `shard` and `merge` are set together", { hint: "shard jobs set `shard: i/n`; the one job that `needs:` them sets `merge:` to where it downloaded their reports" });
    return result.data;
  }
  const issue2 = result.error.issues[0];
  const name = NAMES[issue2.path[0]] ?? String(issue2.path[0]);
  throw new UserError(`input \`${name}\` ${issue2.message}`, { hint: "see the inputs in action.yml / README.md" });
}

// src/action/shard.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { join } from "node:path";
async function runShard(opts, shard, tempDir) {
  const reportPath = join(tempDir, "promptgate", `partial-${shard.index}-of-${shard.total}.ndjson`);
  await mkdir2(join(reportPath, ".."), { recursive: true });
  setOutput("report-path", reportPath);
  let result;
  try {
    result = await evaluateShard(opts, shard);
  } catch (err) {
    const failed = { kind: PARTIAL_KIND, schemaVersion: PARTIAL_VERSION, status: "failed", shard, headSha: opts.head, reason: describeError(err) };
    await writeFile2(reportPath, serialisePartial(failed));
    throw err;
  }
  await writeFile2(reportPath, serialisePartial(result.header, result.samples));
  const { tests, samples } = result.header.stats;
  const line = `promptgate shard ${shard.index}/${shard.total}: sampled ${tests} test${tests === 1 ? "" : "s"} (${samples} samples); the merge job gives the verdict.`;
  info(line);
  await summary.addRaw(line + "\n").write();
}

// src/action/main.ts
var SECRET_VARIABLES = ["GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "AZURE_OPENAI_API_KEY"];
async function run() {
  try {
    await runAction(process.env);
  } catch (err) {
    setFailed(describeError(err));
  }
}
async function runAction(processEnv) {
  const inputs = readInputs();
  const env = { ...processEnv, GITHUB_TOKEN: processEnv.GITHUB_TOKEN || inputs.githubToken };
  if (inputs.modelsUrl) env.PROMPTGATE_MODELS_URL = inputs.modelsUrl;
  for (const name of SECRET_VARIABLES) if (env[name]) setSecret(env[name]);
  setSecret(inputs.githubToken);
  const event = readEvent(env);
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const answering = signal();
  const comparison = comparisonOptions(inputs, event, env, workspace, answering.resolve);
  if (inputs.shard) return runShard(comparison, inputs.shard, env.RUNNER_TEMP ?? workspace);
  const comparing = compareOrMerge(comparison, inputs.merge, workspace);
  comparing.catch(() => void 0);
  await Promise.race([answering.done, comparing.then(() => void 0, () => void 0)]);
  const { createOctokit } = await import("./chunks/octokit-JHAGWWQ3.js");
  const api = createOctokit(inputs.githubToken, env, (line) => info(line));
  const identity = { id: `${env.GITHUB_WORKFLOW ?? "promptgate"}/${env.GITHUB_JOB ?? "promptgate"}`, isOwnAuthor: await ownAuthor(api) };
  const check = { owner, repo, headSha: event.head.sha, detailsUrl: runUrl(env) };
  let report;
  let published;
  if (event.kind === "pull_request") {
    const pull = { owner, repo, number: event.number, headSha: event.head.sha, labels: event.labels };
    const given = event.labeled ? await labelAcceptance(api, pull, identity, event.labeled) : void 0;
    const result = await judgePullRequest({ api, pull, identity, compare: () => comparing, given });
    report = result.report;
    published = await publishPullRequest(api, result, check, { comment: inputs.comment });
  } else {
    report = (await comparing).report;
    if (event.kind === "merge_group") report = await judgeMergeGroup(api, { owner, repo }, identity, report, event.head.ref);
    published = await publishCheck(api, report, check);
  }
  await reportToWorkflow(report, published, env, workspace);
  const failure = gateFailure(report);
  if (failure) setFailed(`promptgate: ${failure}`);
  else info(`promptgate: ${report.verdict}${report.overridden ? " (accepted by override)" : ""}: ${report.summary}`);
}
function comparisonOptions(inputs, event, env, workspace, answering) {
  const log = progressLogger();
  return {
    source: new LocalGitChanges(workspace, (line) => info(line)),
    root: workspace,
    // The cache lives outside the checkout: a committed `.promptgate/cache` is the head's, not answers.
    cacheRoot: env.RUNNER_TEMP || tmpdir(),
    // The checkout is the PR's head: custom assertion modules come from the base commit instead.
    moduleDir: join2(env.RUNNER_TEMP ?? tmpdir(), "promptgate", "modules"),
    base: "base" in event && event.base ? event.base.sha : null,
    head: event.head.sha,
    configPath: inputs.config,
    gate: { failOn: inputs.failOn, overrideLabel: inputs.overrideLabel },
    requireCredentials: true,
    env,
    concurrency: inputs.maxConcurrency,
    onProgress: (p) => {
      if (p.done > 0) answering();
      log(p);
    }
  };
}
async function compareOrMerge(comparison, merge, workspace) {
  if (!merge) return compare(comparison);
  const report = await mergeShards(comparison, await readPartials(join2(workspace, merge), merge));
  return { report, inputs: { baseSha: report.base.sha, headSha: report.head.sha, mergeBaseSha: report.mergeBase, configHash: report.config.hash }, reused: false };
}
function signal() {
  let resolve;
  const done = new Promise((r) => resolve = r);
  return { done, resolve };
}
async function labelAcceptance(api, pull, identity, labeled) {
  const shown = await shownComment(api, pull, identity);
  const labeling = await lastLabeling(api, { ...pull, issue: pull.number, label: labeled.label });
  const at = labeling?.by === labeled.by ? labeling.at : void 0;
  return { via: "label", label: labeled.label, by: labeled.by, headSha: boundHead(pull.headSha, shown, at) };
}
async function publishCheck(api, report, check) {
  const url2 = (await publishCheckRun(api, check, conclusionOf(report), checkRunOutput(report))).url;
  return { commentUrl: "", checkUrl: url2, degraded: [] };
}
async function reportToWorkflow(report, published, env, workspace) {
  const reportPath = join2(env.RUNNER_TEMP ?? workspace, "promptgate", "report.json");
  await mkdir3(join2(reportPath, ".."), { recursive: true });
  await writeFile3(reportPath, reportJson(report));
  const htmlPath = reportPath.replace(/\.json$/, ".html");
  const { renderHtml } = await import("./chunks/html-JBWB55DE.js");
  await writeFile3(htmlPath, renderHtml(report));
  const degraded = published.degraded.map((e) => e.format());
  if (degraded.length) {
    for (const line of degraded) warning(line, { title: "promptgate could not publish to the pull request" });
    for (const a of checkRunOutput(report).annotations) error(a.message, { title: a.title, file: a.path, startLine: a.start_line, endLine: a.end_line });
  }
  const summaryNote = degraded.length ? `

> [!NOTE]
> ${degraded.map((d) => d.replace(/\n/g, " ")).join("\n> ")}
` : "";
  await summary.addRaw(renderMarkdown(report, { maxChars: 5e5 }) + htmlReportLink(runUrl(env)) + summaryNote).write();
  setOutput("verdict", report.verdict);
  setOutput("overridden", String(report.overridden));
  setOutput("report-path", reportPath);
  setOutput("html-path", htmlPath);
  setOutput("comment-url", published.commentUrl);
  setOutput("check-url", published.checkUrl);
}
async function ownAuthor(api) {
  try {
    const { data } = await api.request("GET /user");
    const login = String(data.login);
    return (a) => a.login === login;
  } catch {
    return (a) => a.login === "github-actions[bot]" && a.type === "Bot";
  }
}
function runUrl(env) {
  return env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
}
function progressLogger() {
  let last = -1;
  return (p) => {
    const quarter = p.total ? Math.floor(p.done / p.total * 4) : 0;
    if (quarter !== last) {
      last = quarter;
      info(`promptgate: ${p.done}/${p.total} samples`);
    }
  };
}

// src/action/index.ts
await run();
