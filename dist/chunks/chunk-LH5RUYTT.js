#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderWorker
} from "./chunk-WNENITHW.js";
import {
  PromptFileError,
  UserError
} from "./chunk-BSE5VMI7.js";
import {
  __commonJS,
  __require
} from "./chunk-5HX2GR4K.js";

// vendored:handlebars
var require_handlebars = __commonJS({
  "vendored:handlebars"(exports, module) {
    var library2;
    try {
      library2 = __require("./vendor/handlebars.cjs");
    } catch (err) {
      if (err.code !== "MODULE_NOT_FOUND") throw err;
      library2 = __require("../vendor/handlebars.cjs");
    }
    module.exports = library2["handlebars"];
  }
});

// vendored:nunjucks
var require_nunjucks = __commonJS({
  "vendored:nunjucks"(exports, module) {
    var library2;
    try {
      library2 = __require("./vendor/nunjucks.cjs");
    } catch (err) {
      if (err.code !== "MODULE_NOT_FOUND") throw err;
      library2 = __require("../vendor/nunjucks.cjs");
    }
    module.exports = library2["nunjucks"];
  }
});

// vendored:handlebars/dist/cjs/handlebars.js
var require_handlebars2 = __commonJS({
  "vendored:handlebars/dist/cjs/handlebars.js"(exports, module) {
    var library2;
    try {
      library2 = __require("./vendor/handlebars.cjs");
    } catch (err) {
      if (err.code !== "MODULE_NOT_FOUND") throw err;
      library2 = __require("../vendor/handlebars.cjs");
    }
    module.exports = library2["handlebars/dist/cjs/handlebars.js"];
  }
});

// vendored:dotprompt
var require_dotprompt = __commonJS({
  "vendored:dotprompt"(exports, module) {
    var library2;
    try {
      library2 = __require("./vendor/handlebars.cjs");
    } catch (err) {
      if (err.code !== "MODULE_NOT_FOUND") throw err;
      library2 = __require("../vendor/handlebars.cjs");
    }
    module.exports = library2["dotprompt"];
  }
});

// node_modules/mustache/mustache.js
var require_mustache = __commonJS({
  "node_modules/mustache/mustache.js"(exports, module) {
    (function(global, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : (global = global || self, global.Mustache = factory());
    })(exports, (function() {
      "use strict";
      var objectToString = Object.prototype.toString;
      var isArray = Array.isArray || function isArrayPolyfill(object) {
        return objectToString.call(object) === "[object Array]";
      };
      function isFunction(object) {
        return typeof object === "function";
      }
      function typeStr(obj) {
        return isArray(obj) ? "array" : typeof obj;
      }
      function escapeRegExp(string) {
        return string.replace(/[\-\[\]{}()*+?.,\\\^$|#\s]/g, "\\$&");
      }
      function hasProperty(obj, propName) {
        return obj != null && typeof obj === "object" && propName in obj;
      }
      function primitiveHasOwnProperty(primitive, propName) {
        return primitive != null && typeof primitive !== "object" && primitive.hasOwnProperty && primitive.hasOwnProperty(propName);
      }
      var regExpTest = RegExp.prototype.test;
      function testRegExp(re, string) {
        return regExpTest.call(re, string);
      }
      var nonSpaceRe = /\S/;
      function isWhitespace(string) {
        return !testRegExp(nonSpaceRe, string);
      }
      var entityMap = {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "'": "&#39;",
        "/": "&#x2F;",
        "`": "&#x60;",
        "=": "&#x3D;"
      };
      function escapeHtml(string) {
        return String(string).replace(/[&<>"'`=\/]/g, function fromEntityMap(s) {
          return entityMap[s];
        });
      }
      var whiteRe = /\s*/;
      var spaceRe = /\s+/;
      var equalsRe = /\s*=/;
      var curlyRe = /\s*\}/;
      var tagRe = /#|\^|\/|>|\{|&|=|!/;
      function parseTemplate(template, tags) {
        if (!template)
          return [];
        var lineHasNonSpace = false;
        var sections = [];
        var tokens = [];
        var spaces = [];
        var hasTag = false;
        var nonSpace = false;
        var indentation = "";
        var tagIndex = 0;
        function stripSpace() {
          if (hasTag && !nonSpace) {
            while (spaces.length)
              delete tokens[spaces.pop()];
          } else {
            spaces = [];
          }
          hasTag = false;
          nonSpace = false;
        }
        var openingTagRe, closingTagRe, closingCurlyRe;
        function compileTags(tagsToCompile) {
          if (typeof tagsToCompile === "string")
            tagsToCompile = tagsToCompile.split(spaceRe, 2);
          if (!isArray(tagsToCompile) || tagsToCompile.length !== 2)
            throw new Error("Invalid tags: " + tagsToCompile);
          openingTagRe = new RegExp(escapeRegExp(tagsToCompile[0]) + "\\s*");
          closingTagRe = new RegExp("\\s*" + escapeRegExp(tagsToCompile[1]));
          closingCurlyRe = new RegExp("\\s*" + escapeRegExp("}" + tagsToCompile[1]));
        }
        compileTags(tags || mustache.tags);
        var scanner = new Scanner(template);
        var start, type, value, chr, token, openSection;
        while (!scanner.eos()) {
          start = scanner.pos;
          value = scanner.scanUntil(openingTagRe);
          if (value) {
            for (var i = 0, valueLength = value.length; i < valueLength; ++i) {
              chr = value.charAt(i);
              if (isWhitespace(chr)) {
                spaces.push(tokens.length);
                indentation += chr;
              } else {
                nonSpace = true;
                lineHasNonSpace = true;
                indentation += " ";
              }
              tokens.push(["text", chr, start, start + 1]);
              start += 1;
              if (chr === "\n") {
                stripSpace();
                indentation = "";
                tagIndex = 0;
                lineHasNonSpace = false;
              }
            }
          }
          if (!scanner.scan(openingTagRe))
            break;
          hasTag = true;
          type = scanner.scan(tagRe) || "name";
          scanner.scan(whiteRe);
          if (type === "=") {
            value = scanner.scanUntil(equalsRe);
            scanner.scan(equalsRe);
            scanner.scanUntil(closingTagRe);
          } else if (type === "{") {
            value = scanner.scanUntil(closingCurlyRe);
            scanner.scan(curlyRe);
            scanner.scanUntil(closingTagRe);
            type = "&";
          } else {
            value = scanner.scanUntil(closingTagRe);
          }
          if (!scanner.scan(closingTagRe))
            throw new Error("Unclosed tag at " + scanner.pos);
          if (type == ">") {
            token = [type, value, start, scanner.pos, indentation, tagIndex, lineHasNonSpace];
          } else {
            token = [type, value, start, scanner.pos];
          }
          tagIndex++;
          tokens.push(token);
          if (type === "#" || type === "^") {
            sections.push(token);
          } else if (type === "/") {
            openSection = sections.pop();
            if (!openSection)
              throw new Error('Unopened section "' + value + '" at ' + start);
            if (openSection[1] !== value)
              throw new Error('Unclosed section "' + openSection[1] + '" at ' + start);
          } else if (type === "name" || type === "{" || type === "&") {
            nonSpace = true;
          } else if (type === "=") {
            compileTags(value);
          }
        }
        stripSpace();
        openSection = sections.pop();
        if (openSection)
          throw new Error('Unclosed section "' + openSection[1] + '" at ' + scanner.pos);
        return nestTokens(squashTokens(tokens));
      }
      function squashTokens(tokens) {
        var squashedTokens = [];
        var token, lastToken;
        for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
          token = tokens[i];
          if (token) {
            if (token[0] === "text" && lastToken && lastToken[0] === "text") {
              lastToken[1] += token[1];
              lastToken[3] = token[3];
            } else {
              squashedTokens.push(token);
              lastToken = token;
            }
          }
        }
        return squashedTokens;
      }
      function nestTokens(tokens) {
        var nestedTokens = [];
        var collector = nestedTokens;
        var sections = [];
        var token, section;
        for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
          token = tokens[i];
          switch (token[0]) {
            case "#":
            case "^":
              collector.push(token);
              sections.push(token);
              collector = token[4] = [];
              break;
            case "/":
              section = sections.pop();
              section[5] = token[2];
              collector = sections.length > 0 ? sections[sections.length - 1][4] : nestedTokens;
              break;
            default:
              collector.push(token);
          }
        }
        return nestedTokens;
      }
      function Scanner(string) {
        this.string = string;
        this.tail = string;
        this.pos = 0;
      }
      Scanner.prototype.eos = function eos() {
        return this.tail === "";
      };
      Scanner.prototype.scan = function scan(re) {
        var match = this.tail.match(re);
        if (!match || match.index !== 0)
          return "";
        var string = match[0];
        this.tail = this.tail.substring(string.length);
        this.pos += string.length;
        return string;
      };
      Scanner.prototype.scanUntil = function scanUntil(re) {
        var index = this.tail.search(re), match;
        switch (index) {
          case -1:
            match = this.tail;
            this.tail = "";
            break;
          case 0:
            match = "";
            break;
          default:
            match = this.tail.substring(0, index);
            this.tail = this.tail.substring(index);
        }
        this.pos += match.length;
        return match;
      };
      function Context(view, parentContext) {
        this.view = view;
        this.cache = { ".": this.view };
        this.parent = parentContext;
      }
      Context.prototype.push = function push(view) {
        return new Context(view, this);
      };
      Context.prototype.lookup = function lookup(name) {
        var cache = this.cache;
        var value;
        if (cache.hasOwnProperty(name)) {
          value = cache[name];
        } else {
          var context = this, intermediateValue, names, index, lookupHit = false;
          while (context) {
            if (name.indexOf(".") > 0) {
              intermediateValue = context.view;
              names = name.split(".");
              index = 0;
              while (intermediateValue != null && index < names.length) {
                if (index === names.length - 1)
                  lookupHit = hasProperty(intermediateValue, names[index]) || primitiveHasOwnProperty(intermediateValue, names[index]);
                intermediateValue = intermediateValue[names[index++]];
              }
            } else {
              intermediateValue = context.view[name];
              lookupHit = hasProperty(context.view, name);
            }
            if (lookupHit) {
              value = intermediateValue;
              break;
            }
            context = context.parent;
          }
          cache[name] = value;
        }
        if (isFunction(value))
          value = value.call(this.view);
        return value;
      };
      function Writer() {
        this.templateCache = {
          _cache: {},
          set: function set(key, value) {
            this._cache[key] = value;
          },
          get: function get(key) {
            return this._cache[key];
          },
          clear: function clear() {
            this._cache = {};
          }
        };
      }
      Writer.prototype.clearCache = function clearCache() {
        if (typeof this.templateCache !== "undefined") {
          this.templateCache.clear();
        }
      };
      Writer.prototype.parse = function parse(template, tags) {
        var cache = this.templateCache;
        var cacheKey = template + ":" + (tags || mustache.tags).join(":");
        var isCacheEnabled = typeof cache !== "undefined";
        var tokens = isCacheEnabled ? cache.get(cacheKey) : void 0;
        if (tokens == void 0) {
          tokens = parseTemplate(template, tags);
          isCacheEnabled && cache.set(cacheKey, tokens);
        }
        return tokens;
      };
      Writer.prototype.render = function render(template, view, partials, config) {
        var tags = this.getConfigTags(config);
        var tokens = this.parse(template, tags);
        var context = view instanceof Context ? view : new Context(view, void 0);
        return this.renderTokens(tokens, context, partials, template, config);
      };
      Writer.prototype.renderTokens = function renderTokens(tokens, context, partials, originalTemplate, config) {
        var buffer = "";
        var token, symbol, value;
        for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
          value = void 0;
          token = tokens[i];
          symbol = token[0];
          if (symbol === "#") value = this.renderSection(token, context, partials, originalTemplate, config);
          else if (symbol === "^") value = this.renderInverted(token, context, partials, originalTemplate, config);
          else if (symbol === ">") value = this.renderPartial(token, context, partials, config);
          else if (symbol === "&") value = this.unescapedValue(token, context);
          else if (symbol === "name") value = this.escapedValue(token, context, config);
          else if (symbol === "text") value = this.rawValue(token);
          if (value !== void 0)
            buffer += value;
        }
        return buffer;
      };
      Writer.prototype.renderSection = function renderSection(token, context, partials, originalTemplate, config) {
        var self2 = this;
        var buffer = "";
        var value = context.lookup(token[1]);
        function subRender(template) {
          return self2.render(template, context, partials, config);
        }
        if (!value) return;
        if (isArray(value)) {
          for (var j = 0, valueLength = value.length; j < valueLength; ++j) {
            buffer += this.renderTokens(token[4], context.push(value[j]), partials, originalTemplate, config);
          }
        } else if (typeof value === "object" || typeof value === "string" || typeof value === "number") {
          buffer += this.renderTokens(token[4], context.push(value), partials, originalTemplate, config);
        } else if (isFunction(value)) {
          if (typeof originalTemplate !== "string")
            throw new Error("Cannot use higher-order sections without the original template");
          value = value.call(context.view, originalTemplate.slice(token[3], token[5]), subRender);
          if (value != null)
            buffer += value;
        } else {
          buffer += this.renderTokens(token[4], context, partials, originalTemplate, config);
        }
        return buffer;
      };
      Writer.prototype.renderInverted = function renderInverted(token, context, partials, originalTemplate, config) {
        var value = context.lookup(token[1]);
        if (!value || isArray(value) && value.length === 0)
          return this.renderTokens(token[4], context, partials, originalTemplate, config);
      };
      Writer.prototype.indentPartial = function indentPartial(partial, indentation, lineHasNonSpace) {
        var filteredIndentation = indentation.replace(/[^ \t]/g, "");
        var partialByNl = partial.split("\n");
        for (var i = 0; i < partialByNl.length; i++) {
          if (partialByNl[i].length && (i > 0 || !lineHasNonSpace)) {
            partialByNl[i] = filteredIndentation + partialByNl[i];
          }
        }
        return partialByNl.join("\n");
      };
      Writer.prototype.renderPartial = function renderPartial(token, context, partials, config) {
        if (!partials) return;
        var tags = this.getConfigTags(config);
        var value = isFunction(partials) ? partials(token[1]) : partials[token[1]];
        if (value != null) {
          var lineHasNonSpace = token[6];
          var tagIndex = token[5];
          var indentation = token[4];
          var indentedValue = value;
          if (tagIndex == 0 && indentation) {
            indentedValue = this.indentPartial(value, indentation, lineHasNonSpace);
          }
          var tokens = this.parse(indentedValue, tags);
          return this.renderTokens(tokens, context, partials, indentedValue, config);
        }
      };
      Writer.prototype.unescapedValue = function unescapedValue(token, context) {
        var value = context.lookup(token[1]);
        if (value != null)
          return value;
      };
      Writer.prototype.escapedValue = function escapedValue(token, context, config) {
        var escape = this.getConfigEscape(config) || mustache.escape;
        var value = context.lookup(token[1]);
        if (value != null)
          return typeof value === "number" && escape === mustache.escape ? String(value) : escape(value);
      };
      Writer.prototype.rawValue = function rawValue(token) {
        return token[1];
      };
      Writer.prototype.getConfigTags = function getConfigTags(config) {
        if (isArray(config)) {
          return config;
        } else if (config && typeof config === "object") {
          return config.tags;
        } else {
          return void 0;
        }
      };
      Writer.prototype.getConfigEscape = function getConfigEscape(config) {
        if (config && typeof config === "object" && !isArray(config)) {
          return config.escape;
        } else {
          return void 0;
        }
      };
      var mustache = {
        name: "mustache.js",
        version: "4.2.0",
        tags: ["{{", "}}"],
        clearCache: void 0,
        escape: void 0,
        parse: void 0,
        render: void 0,
        Scanner: void 0,
        Context: void 0,
        Writer: void 0,
        /**
         * Allows a user to override the default caching strategy, by providing an
         * object with set, get and clear methods. This can also be used to disable
         * the cache by setting it to the literal `undefined`.
         */
        set templateCache(cache) {
          defaultWriter.templateCache = cache;
        },
        /**
         * Gets the default or overridden caching object from the default writer.
         */
        get templateCache() {
          return defaultWriter.templateCache;
        }
      };
      var defaultWriter = new Writer();
      mustache.clearCache = function clearCache() {
        return defaultWriter.clearCache();
      };
      mustache.parse = function parse(template, tags) {
        return defaultWriter.parse(template, tags);
      };
      mustache.render = function render(template, view, partials, config) {
        if (typeof template !== "string") {
          throw new TypeError('Invalid template! Template should be a "string" but "' + typeStr(template) + '" was given as the first argument for mustache#render(template, view, partials)');
        }
        return defaultWriter.render(template, view, partials, config);
      };
      mustache.escape = escapeHtml;
      mustache.Scanner = Scanner;
      mustache.Context = Context;
      mustache.Writer = Writer;
      return mustache;
    }));
  }
});

// src/prompts/handlebars.ts
var environment;
function handlebars() {
  if (environment) return environment;
  const env = require_handlebars().create();
  env.registerHelper("log", () => "");
  env.registerHelper("json", (value, options) => {
    const indent = options.hash?.indent;
    return JSON.stringify(value, null, indent);
  });
  env.registerHelper("ifEquals", function(a, b, options) {
    return a == b ? options.fn(this) : options.inverse(this);
  });
  env.registerHelper("unlessEquals", function(a, b, options) {
    return a != b ? options.fn(this) : options.inverse(this);
  });
  return environment = env;
}
var KNOWN_HELPERS = /* @__PURE__ */ new Set(["if", "unless", "each", "with", "lookup", "json", "ifEquals", "unlessEquals"]);
var SCOPING_HELPERS = /* @__PURE__ */ new Set(["each", "with"]);
function handlebarsVariables(ast) {
  const names = /* @__PURE__ */ new Set();
  walk(ast, { variable: (name) => names.add(name) });
  return names;
}
var GUARDING_HELPERS = /* @__PURE__ */ new Set(["if", "unless", "each", "with"]);
function handlebarsMediaNames(node, names = /* @__PURE__ */ new Set()) {
  if (node === null || typeof node !== "object") return names;
  const n = node;
  if (n.type === "MustacheStatement" && n.path?.original === "media") {
    const url = n.hash?.pairs.find((pair) => pair.key === "url")?.value;
    if (url?.type === "PathExpression" && !url.data && url.depth === 0 && url.parts[0]) names.add(url.parts[0]);
  }
  for (const value of Object.values(node)) if (value !== null && typeof value === "object") handlebarsMediaNames(value, names);
  return names;
}
function handlebarsGuarded(program, scoped = false, names = /* @__PURE__ */ new Set()) {
  for (const statement of program.body) {
    if (statement.type !== "BlockStatement") continue;
    const block = statement;
    const helper = block.path.original;
    const [param] = block.params;
    if (!scoped && GUARDING_HELPERS.has(helper) && param?.type === "PathExpression") {
      const path = param;
      if (!path.data && path.depth === 0 && path.parts[0]) names.add(path.parts[0]);
    }
    handlebarsGuarded(block.program, scoped || SCOPING_HELPERS.has(helper) || !KNOWN_HELPERS.has(helper), names);
    if (block.inverse) handlebarsGuarded(block.inverse, scoped, names);
  }
  return names;
}
function walk(program, visitor, scoped = false) {
  for (const statement of program.body) {
    switch (statement.type) {
      case "MustacheStatement": {
        const node = statement;
        visitor.call?.(node.path);
        visitCall(node, visitor, scoped);
        break;
      }
      case "BlockStatement": {
        const block = statement;
        visitor.call?.(block.path);
        visitCall(block, visitor, scoped);
        const helper = block.path.original;
        const bodyScoped = scoped || SCOPING_HELPERS.has(helper) || !KNOWN_HELPERS.has(helper);
        walk(block.program, visitor, bodyScoped);
        if (block.inverse) walk(block.inverse, visitor, scoped);
        break;
      }
      case "PartialStatement":
      case "PartialBlockStatement":
        visitor.partial?.(statement);
        break;
    }
  }
}
function visitCall(node, visitor, scoped) {
  const isHelper = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0 || node.path.type === "PathExpression" && KNOWN_HELPERS.has(node.path.original);
  if (!isHelper) visitExpression(node.path, visitor, scoped);
  for (const param of node.params) visitExpression(param, visitor, scoped);
  for (const pair of node.hash?.pairs ?? []) visitExpression(pair.value, visitor, scoped);
}
function visitExpression(expr, visitor, scoped) {
  if (expr.type === "SubExpression") {
    const sub = expr;
    visitor.call?.(sub.path);
    visitCall(sub, visitor, scoped);
    return;
  }
  if (expr.type !== "PathExpression") return;
  const path = expr;
  const [head, next] = path.parts;
  if (path.data) {
    if (head === "root" && next) visitor.variable?.(next);
  } else if (head && (scoped ? path.depth > 0 : path.depth === 0)) {
    visitor.variable?.(head);
  }
}

// src/prompts/jinja2.ts
var UNSAFE_MEMBERS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var loaded;
function library() {
  if (loaded) return loaded;
  const nunjucks = require_nunjucks();
  loaded = { nunjucks, env: new nunjucks.Environment([], { autoescape: false, throwOnUndefined: false }) };
  return loaded;
}
function compileJinja2(text, origin) {
  const { nunjucks, env } = library();
  let template;
  try {
    template = new nunjucks.Template(text, env, origin.file, true);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /\[Line (\d+), Column (\d+)\]/.exec(message);
    throw new PromptFileError(`invalid Jinja2 template: ${message.split("\n").at(-1).trim().replace(/^Error: /, "")}`, {
      location: at ? { file: origin.file, line: origin.line + Number(at[1]) - 1, column: Number(at[2]) + 1 } : { file: origin.file, line: origin.line, column: 1 },
      hint: "Close every {% if %} / {% for %} with {% endif %} / {% endfor %}; Prompty templates use the Jinja2 subset of its spec \xA75.5.",
      cause: err
    });
  }
  refuseTemplateReferences(text, origin);
  refuseUnknownFilters(text, origin);
  return template;
}
function refuseUnknownFilters(text, origin) {
  const { root, nodes } = parseJinja2(text);
  const { env } = library();
  for (const filter of root.findAll(nodes.Filter)) {
    const name = String(filter.name?.value);
    try {
      env.getFilter(name);
    } catch {
      throw new PromptFileError(`the Jinja2 filter "${name}" does not exist`, {
        location: fileLocation(origin, filter.lineno + 1, filter.colno),
        hint: `Use a filter of Prompty's Jinja2 subset (default, upper, lower, join, length, trim) or another nunjucks filter${name === "tojson" ? "; `tojson` is `dump` in nunjucks" : ""}.`
      });
    }
  }
}
function fileLocation(origin, line, column) {
  return { file: origin.file, line: origin.line + line - 1, column: line === 1 ? origin.column + column : column + 1 };
}
var lastParsed;
function parseJinja2(text) {
  const { parser, nodes } = library().nunjucks;
  if (lastParsed?.text !== text) lastParsed = { text, root: parser.parse(text, [], {}) };
  return { root: lastParsed.root, nodes };
}
function refuseTemplateReferences(text, origin) {
  const { root, nodes } = parseJinja2(text);
  const found = ["Include", "Import", "FromImport", "Extends"].flatMap((type) => root.findAll(nodes[type]));
  const first = found.sort((a, b) => a.lineno - b.lineno || a.colno - b.colno)[0];
  if (!first) return;
  throw new PromptFileError("a Prompty template cannot include, import or extend another template", {
    location: fileLocation(origin, first.lineno + 1, first.colno),
    hint: "Write the text into this prompt, or pass it to the test as a variable."
  });
}
function renderJinja2(template, data, origin) {
  const runtime = library().nunjucks.runtime;
  const { memberLookup, callWrap } = runtime;
  runtime.memberLookup = ownDataMember;
  runtime.callWrap = refuseCall;
  try {
    return template.render(data);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /\[Line (\d+), Column (\d+)\]/.exec(message);
    throw new UserError(`could not render ${origin.file}: ${message.split("\n").at(-1).trim().replace(/^Error: /, "")}`, {
      location: at ? fileLocation(origin, Number(at[1]) + 1, Number(at[2])) : { file: origin.file },
      hint: "Check what the template does with the variables this test sets.",
      cause: err
    });
  } finally {
    runtime.memberLookup = memberLookup;
    runtime.callWrap = callWrap;
  }
}
function ownDataMember(object, property) {
  if (object === null || typeof object !== "object") return void 0;
  if (typeof property !== "string" && typeof property !== "number") return void 0;
  if (UNSAFE_MEMBERS.has(String(property))) return void 0;
  const descriptor = Object.getOwnPropertyDescriptor(object, property);
  return descriptor && "value" in descriptor ? descriptor.value : void 0;
}
function refuseCall(_callable, name) {
  throw new Error(`calling functions in a template is not allowed (${name})`);
}
function jinja2Variables(text) {
  const { root, nodes } = parseJinja2(text);
  const bound = /* @__PURE__ */ new Set(["loop"]);
  for (const loop of root.findAll(nodes.For)) for (const target of loop.name?.children ?? [loop.name]) bound.add(target?.value);
  for (const set of root.findAll(nodes.Set)) for (const target of set.targets ?? []) bound.add(target.value);
  for (const call of root.findAll(nodes.FunCall)) bound.add(call.name?.value);
  const tests = new Set(root.findAll(nodes.Is).map((is) => is.right));
  const names = /* @__PURE__ */ new Set();
  for (const symbol of root.findAll(nodes.Symbol)) if (typeof symbol.value === "string" && !bound.has(symbol.value) && !tests.has(symbol)) names.add(symbol.value);
  return names;
}
function jinja2Guarded(text) {
  const { root, nodes } = parseJinja2(text);
  const names = /* @__PURE__ */ new Set();
  const condition = (node) => {
    if (!node) return;
    if (node.typename === "Symbol" && typeof node.value === "string") names.add(node.value);
    else if (node.typename === "Not") condition(node.target);
    else if (node.typename === "And" || node.typename === "Or") condition(node.left), condition(node.right);
  };
  for (const filter of root.findAll(nodes.Filter)) if (filter.name?.value === "default" || filter.name?.value === "d") condition(filter.args?.children[0]);
  for (const is of root.findAll(nodes.Is)) condition(is.left);
  for (const branch of [...root.findAll(nodes.If), ...root.findAll(nodes.InlineIf)]) condition(branch.cond);
  return names;
}

// src/prompts/dotprompt-library.ts
function dotpromptInstance(options) {
  const shared = require_handlebars2();
  const { Dotprompt: Library } = require_dotprompt();
  const noConflict = shared.noConflict;
  shared.noConflict = () => Object.assign(shared.create(), { Visitor: shared.Visitor });
  try {
    return new Library(options).defineHelper("log", () => "");
  } finally {
    shared.noConflict = noConflict;
  }
}
function checkCompiles(template, partials) {
  compileTemplate(template);
  const inline = /* @__PURE__ */ new Set();
  const named = [];
  for (const text of [template, ...Object.values(partials)]) partialNames(handlebars().parse(text), named, inline);
  const missing = named.find((name) => !(name in partials) && !inline.has(name));
  if (missing !== void 0) throw new Error(`The partial ${missing} could not be found`);
}
function compileTemplate(text) {
  const knownHelpers = Object.fromEntries([...DOTPROMPT_HELPERS].map((name) => [name, true]));
  handlebars().precompile(text, { knownHelpers, knownHelpersOnly: true, noEscape: true });
}
function partialNames(node, named, inline) {
  if (node === null || typeof node !== "object") return;
  const n = node;
  if (n.type === "PartialStatement" && n.name?.original !== void 0 && typeof n.name.original === "string") named.push(n.name.original);
  if (n.type === "DecoratorBlock" && n.path?.original === "inline" && typeof n.params?.[0]?.value === "string") inline.add(n.params[0].value);
  for (const value of Object.values(node)) if (value !== null && typeof value === "object") partialNames(value, named, inline);
}
var DOTPROMPT_HELPERS = /* @__PURE__ */ new Set(["role", "history", "media", "section", "json", "ifEquals", "unlessEquals", "log"]);
var ROLES = { system: "system", user: "user", model: "assistant" };
function toPromptMessages(rendered, file) {
  return rendered.messages.map((message) => {
    const role = ROLES[message.role];
    if (!role) throw unsupported(file, `a "${message.role}" message`, "Use the roles system, user and model.");
    let content = "";
    for (const part of message.content) {
      if (typeof part.text === "string") content += part.text;
      else if (part.media) throw unsupported(file, `a media part ({{media url=\u2026}}, ${part.media.url || "no url"})`, "promptgate sends text only; describe the media in text, or leave this prompt out of `prompts`.");
      else if (part.toolRequest || part.toolResponse) throw unsupported(file, "a tool request or response part", "promptgate sends text only.");
    }
    return { role, content };
  });
}
function unsupported(file, what, hint) {
  return new UserError(`${file} renders ${what}, which promptgate cannot send to a model`, { location: { file }, hint });
}
var compiled = /* @__PURE__ */ new Map();
var MAX_COMPILED = 500;
async function renderDotprompt(file, source, partials, input) {
  const key = `${JSON.stringify(partials)}\0${source}`;
  let render = compiled.get(key);
  if (!render) {
    render = dotpromptInstance({ partials }).compile(source).then((fn) => (data) => fn({ input: data }));
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value);
    compiled.set(key, render);
  }
  try {
    return toPromptMessages(await (await render)(input), file);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`could not render ${file}: ${err instanceof Error ? err.message : String(err)}`, {
      location: { file },
      hint: "Check the shape of the values the template reads (lists for {{#each}}, objects for paths).",
      cause: err
    });
  }
}

// src/prompts/prompty-render.ts
import { randomBytes } from "node:crypto";
var ROLE_LINE = /^\s*#?\s*(system|developer|user|assistant)(\[\w+\s*=\s*[^\]]*\])?\s*:\s*$/i;
var ROLES2 = /* @__PURE__ */ new Set(["system", "developer", "user", "assistant"]);
var compiled2 = /* @__PURE__ */ new Map();
var MAX_COMPILED2 = 500;
function renderPrompty(prompt, data) {
  const template = prompt.template;
  const { render, nonce } = engineFor(prompt);
  const threads = /* @__PURE__ */ new Map();
  const inputs = { ...data };
  for (const [name, kind] of Object.entries(template.media ?? {})) {
    if (data[name] !== void 0 && data[name] !== "") throw mediaInput(prompt, name, kind);
    inputs[name] = "";
  }
  for (const name of template.threads ?? []) {
    const marker = `__PROMPTY_THREAD_${randomBytes(8).toString("hex")}_${name}__`;
    threads.set(marker, threadMessages(prompt, name, data[name]));
    inputs[name] = marker;
  }
  const rendered = render(inputs);
  return expandThreads(splitAtRoleLines(template.strict === false ? markRoleLines(rendered, nonce) : rendered, nonce), threads);
}
function engineFor(prompt) {
  const { source, line = 1 } = prompt.template;
  const key = `${prompt.engine}\0${prompt.path}\0${line}\0${source}`;
  let entry = compiled2.get(key);
  if (!entry) {
    const nonce = randomBytes(8).toString("hex");
    entry = { render: compileBody(prompt.engine, markRoleLines(source, nonce), { file: prompt.path, line, column: 1 }), nonce };
    if (compiled2.size >= MAX_COMPILED2) compiled2.delete(compiled2.keys().next().value);
    compiled2.set(key, entry);
  }
  return entry;
}
function compileBody(engine, body, origin) {
  if (engine === "jinja2") {
    const template = compileJinja2(body, origin);
    return (data) => renderJinja2(template, data, origin);
  }
  const mustache = require_mustache();
  try {
    mustache.parse(body);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const offset = Number(/ at (\d+)$/.exec(message)?.[1] ?? 0);
    const before = body.slice(0, offset);
    throw new PromptFileError(`invalid Mustache template: ${message.replace(/ at \d+$/, "")}`, {
      location: { file: origin.file, line: origin.line + before.split("\n").length - 1, column: offset - before.lastIndexOf("\n") },
      hint: "Close every {{#section}} with {{/section}}.",
      cause: err
    });
  }
  return (data) => mustache.render(body, data);
}
function mustacheGuarded(body) {
  const tokens = require_mustache().parse(body);
  return new Set(tokens.filter(([type]) => type === "#" || type === "^").map(([, value]) => String(value).split(".")[0]));
}
function mustacheVariables(body) {
  const tokens = require_mustache().parse(body);
  const names = /* @__PURE__ */ new Set();
  for (const [type, value] of tokens) if (type === "name" || type === "&" || type === "#" || type === "^") names.add(String(value).split(".")[0]);
  names.delete("");
  return names;
}
function markRoleLines(body, nonce) {
  return body.split("\n").map((line) => {
    const match = ROLE_LINE.exec(line);
    return match ? `${match[1].toLowerCase()}[nonce=${nonce}]:` : line;
  }).join("\n");
}
function splitAtRoleLines(text, nonce) {
  const boundary = `[nonce=${nonce}]:`;
  const messages = [];
  let role;
  let lines = [];
  const flush = () => {
    const content = trimBlankLines(lines);
    if (role !== void 0 || content !== "") messages.push({ role: role ?? "system", content });
  };
  for (const line of text.split("\n")) {
    const name = line.endsWith(boundary) ? line.slice(0, -boundary.length) : void 0;
    if (name !== void 0 && ROLES2.has(name)) {
      flush();
      role = name;
      lines = [];
    } else {
      lines.push(line);
    }
  }
  flush();
  return messages;
}
function trimBlankLines(lines) {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === "") start++;
  while (end > start && lines[end - 1].trim() === "") end--;
  return lines.slice(start, end).join("\n");
}
function expandThreads(messages, threads) {
  if (threads.size === 0) return messages;
  const out = [];
  for (const message of messages) {
    let rest = message.content;
    let found = false;
    for (const [marker, history] of threads) {
      const at = rest.indexOf(marker);
      if (at === -1) continue;
      found = true;
      const before = rest.slice(0, at).trim();
      if (before !== "") out.push({ role: message.role, content: before });
      out.push(...history);
      rest = rest.slice(at + marker.length);
    }
    if (!found) out.push(message);
    else if (rest.trim() !== "") out.push({ role: message.role, content: rest.trim() });
  }
  return out;
}
function mediaInput(prompt, name, kind) {
  return new UserError(`the ${kind} input "${name}" of ${prompt.path} is sent as ${kind === "file" ? "a" : "an"} ${kind} part, which promptgate cannot send to a model`, {
    location: { file: prompt.path },
    hint: `promptgate sends text only: leave "${name}" unset in this test (it then renders nothing), or leave this prompt out of \`prompts\`.`
  });
}
function threadMessages(prompt, name, value) {
  if (value === void 0 || value === "") return [];
  const list = typeof value === "string" ? parseJson(value) : value;
  if (Array.isArray(list) && list.every(isMessage)) return list.map((m) => ({ role: m.role, content: m.content }));
  throw new UserError(`the thread input "${name}" of ${prompt.path} is not a list of messages`, {
    location: { file: prompt.path },
    hint: `Give "${name}" as JSON: [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}] (roles system, developer, user, assistant).`
  });
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function isMessage(value) {
  const m = value;
  return m !== null && typeof m === "object" && ROLES2.has(m.role) && typeof m.content === "string";
}

// src/prompts/render-values.ts
function valueOf(vars, name) {
  return Object.hasOwn(vars, name) ? vars[name] : void 0;
}
var MAX_RENDERED_LENGTH = 1e6;
function withinCap(text, prompt, length = text.length) {
  if (length <= MAX_RENDERED_LENGTH) return text;
  throw new UserError(`could not render ${prompt.path}: a message rendered to ${length.toLocaleString("en-US")} characters; at most ${MAX_RENDERED_LENGTH.toLocaleString("en-US")} are allowed`, {
    location: { file: prompt.path },
    hint: "Shorten the variables the template repeats, or loop over fewer items."
  });
}
function missingVariable(prompt, name) {
  return new UserError(`prompt ${prompt.path} uses the variable "${name}", but the test does not set it`, {
    location: { file: prompt.path },
    hint: `Add "${name}" to the test's vars (a testData row in a .prompt.yml file, or tests[].vars in promptgate.yml).`
  });
}
function structuredVars(vars) {
  const data = {};
  for (const [name, text] of Object.entries(vars)) if (text !== void 0) data[name] = parseStructured(text);
  return data;
}
function parseStructured(text) {
  const first = text.trimStart()[0];
  if (first !== "[" && first !== "{") return text;
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  if (value === null || typeof value !== "object") return text;
  Object.defineProperty(value, "toString", { value: () => text, enumerable: false });
  return value;
}

// src/prompts/render-whole.ts
async function renderWhole(prompt, vars) {
  const template = prompt.template;
  const defaults = template.defaults ?? {};
  const optional = /* @__PURE__ */ new Set([...template.declared, ...template.guarded ?? []]);
  for (const name of [...template.required, ...prompt.variables.filter((v) => !optional.has(v))]) {
    if (valueOf(vars, name) === void 0 && !Object.hasOwn(defaults, name)) throw missingVariable(prompt, name);
  }
  const values = { ...defaults, ...typedVars(structuredVars(vars), template.types ?? {}) };
  let messages;
  try {
    messages = prompt.engine === "dotprompt" ? await renderDotprompt(prompt.path, template.source, template.partials ?? {}, values) : renderPrompty(prompt, values);
  } catch (err) {
    if (err instanceof UserError) throw err;
    const message = (err instanceof Error ? err.message : String(err)).split("\n").map((l) => l.trim()).filter(Boolean).join(" ");
    throw new UserError(`could not render ${prompt.path}: ${message}`, { location: { file: prompt.path }, hint: "Check what the template does with the variables this test sets.", cause: err });
  }
  if (messages.length === 0) {
    throw new UserError(`${prompt.path} renders to no message at all with this test's values`, {
      location: { file: prompt.path },
      hint: "Set the variables the prompt text depends on, or give them defaults in the file."
    });
  }
  return messages.map((m) => ({ role: m.role, content: withinCap(m.content, prompt) }));
}
function typedVars(data, types) {
  for (const [name, type] of Object.entries(types)) {
    const text = data[name];
    if (typeof text !== "string") continue;
    if (type === "boolean" && (text === "true" || text === "false")) data[name] = text === "true";
    else if (type === "number" && NUMBER.test(text.trim())) data[name] = Number(text);
  }
  return data;
}
var NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

// src/prompts/render.ts
var MUSTACHE_VAR = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;
var LITERAL_VAR = /\{\{([^{}]+)\}\}/g;
function templateVariables(text, engine) {
  const placeholders = () => new Set(Array.from(text.matchAll(engine === "literal" ? LITERAL_VAR : MUSTACHE_VAR), (m) => m[1]));
  let names;
  try {
    names = engine === "handlebars" || engine === "dotprompt" ? handlebarsVariables(handlebars().parse(text)) : engine === "jinja2" ? jinja2Variables(text) : engine === "full-mustache" ? mustacheVariables(text) : placeholders();
  } catch {
    names = placeholders();
  }
  if (engine === "dotprompt") for (const helper of DOTPROMPT_HELPERS) names.delete(helper);
  return [...names].sort();
}
async function renderMessages(prompt, vars) {
  const data = withDefaults(prompt, vars);
  if (prompt.engine === "mustache" || prompt.engine === "literal") return renderInThisThread(prompt, data);
  const worker = renderWorker();
  return worker ? worker.render(workerPrompt(prompt), data) : renderInThisThread(prompt, data);
}
function checkRenders(prompt, vars) {
  if (prompt.template || prompt.engine !== "mustache" && prompt.engine !== "literal") return false;
  const data = withDefaults(prompt, vars);
  const pattern = prompt.engine === "literal" ? LITERAL_VAR : MUSTACHE_VAR;
  for (const message of prompt.messages) withinCap("", prompt, renderedLength(templateParts(message.content, pattern), data, prompt, prompt.engine === "mustache"));
  return true;
}
function withDefaults(prompt, vars) {
  return prompt.defaults && !prompt.template ? { ...prompt.defaults, ...vars } : vars;
}
function renderedLength(parts, vars, prompt, strict) {
  let length = 0;
  for (const part of parts) {
    if (typeof part === "string") {
      length += part.length;
      continue;
    }
    const value = valueOf(vars, part.name);
    if (value === void 0 && strict) throw missingVariable(prompt, part.name);
    length += (value ?? part.raw).length;
  }
  return length;
}
function renderInThisThread(prompt, data) {
  if (prompt.template) return renderWhole(prompt, data);
  const renderers = compiledFor(prompt).renderers;
  return prompt.messages.map((message, i) => ({ role: message.role, content: withinCap(renderers[i](data, prompt), prompt) }));
}
function workerPrompt(prompt) {
  return { ...prompt, tests: [] };
}
function renderTemplate(template, vars, engine = "mustache") {
  return templateParts(template, engine === "literal" ? LITERAL_VAR : MUSTACHE_VAR).map((part) => typeof part === "string" ? part : valueOf(vars, part.name) ?? part.raw).join("");
}
var compiledPrompts = /* @__PURE__ */ new Map();
var MAX_COMPILED_PROMPTS = 500;
var mustacheCache = /* @__PURE__ */ new Map();
var MAX_MUSTACHE_TEMPLATES = 1e3;
function compiledFor(prompt) {
  const key = `${prompt.engine}:${prompt.version}`;
  const cached = compiledPrompts.get(key);
  if (cached && sameSources(cached.sources, prompt.messages)) return cached;
  const sources = prompt.messages.map((m) => m.content);
  const entry = { sources, renderers: sources.map((s) => rendererFor(prompt.engine, s)) };
  if (compiledPrompts.size >= MAX_COMPILED_PROMPTS) compiledPrompts.delete(compiledPrompts.keys().next().value);
  compiledPrompts.set(key, entry);
  return entry;
}
function sameSources(sources, messages) {
  return sources.length === messages.length && messages.every((m, i) => m.content === sources[i]);
}
function rendererFor(engine, template) {
  if (engine === "handlebars") return handlebarsRenderer(template);
  if (engine === "literal") return (vars) => renderTemplate(template, vars, "literal");
  return mustacheRenderer(template);
}
function mustacheRenderer(template) {
  const parts = templateParts(template, MUSTACHE_VAR);
  return (vars, prompt) => {
    withinCap("", prompt, renderedLength(parts, vars, prompt, true));
    let out = "";
    for (const part of parts) out += typeof part === "string" ? part : valueOf(vars, part.name);
    return out;
  };
}
function handlebarsRenderer(template) {
  const render = handlebars().compile(template, { noEscape: true, strict: true });
  return (vars, prompt) => {
    try {
      return render(structuredVars(vars));
    } catch (err) {
      const missing = /^"([^"]+)" not defined in/.exec(err instanceof Error ? err.message : "");
      if (missing) throw missingVariable(prompt, missing[1]);
      throw new UserError(`could not render ${prompt.path}: ${err instanceof Error ? err.message : String(err)}`, {
        location: { file: prompt.path },
        hint: "Check the Handlebars helpers and the shape of the variables the template uses.",
        cause: err
      });
    }
  };
}
function templateParts(template, pattern) {
  const key = `${pattern === LITERAL_VAR ? "l" : "m"}${template}`;
  const cached = mustacheCache.get(key);
  if (cached) return cached;
  const parts = [];
  let last = 0;
  for (const match of template.matchAll(pattern)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push({ name: match[1], raw: match[0] });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  if (mustacheCache.size >= MAX_MUSTACHE_TEMPLATES) mustacheCache.clear();
  mustacheCache.set(key, parts);
  return parts;
}

export {
  handlebars,
  handlebarsVariables,
  handlebarsMediaNames,
  handlebarsGuarded,
  jinja2Variables,
  jinja2Guarded,
  dotpromptInstance,
  checkCompiles,
  compileTemplate,
  DOTPROMPT_HELPERS,
  ROLE_LINE,
  compileBody,
  mustacheGuarded,
  mustacheVariables,
  templateVariables,
  renderMessages,
  checkRenders,
  renderInThisThread,
  renderTemplate
};
