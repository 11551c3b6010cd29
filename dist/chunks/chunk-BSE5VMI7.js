#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/util/errors.ts
var UserError = class extends Error {
  location;
  hint;
  constructor(message, opts = {}) {
    super(message, opts.cause === void 0 ? void 0 : { cause: opts.cause });
    this.name = "UserError";
    this.location = opts.location;
    this.hint = opts.hint;
  }
  /** `file:line:col: message` followed by the hint on its own line. */
  format() {
    const where = formatLocation(this.location);
    const head = where ? `${where}: ${this.message}` : this.message;
    return this.hint ? `${head}
  \u2192 ${this.hint}` : head;
  }
};
var ConfigError = class extends UserError {
  name = "ConfigError";
};
var PromptFileError = class extends UserError {
  name = "PromptFileError";
};
var LimitError = class extends UserError {
  name = "LimitError";
};
function formatLocation(loc) {
  if (!loc) return "";
  let s = loc.file;
  if (loc.line !== void 0) s += `:${loc.line}`;
  if (loc.line !== void 0 && loc.column !== void 0) s += `:${loc.column}`;
  return s;
}
function describeError(err) {
  if (err instanceof UserError) return err.format();
  if (err instanceof Error) return err.message;
  return String(err);
}

export {
  UserError,
  ConfigError,
  PromptFileError,
  LimitError,
  formatLocation,
  describeError
};
