#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import "./chunk-5HX2GR4K.js";

// src/providers/http-fetch.ts
import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { urlToHttpOptions } from "node:url";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
var agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
var ResponseHeaders = class {
  #raw;
  constructor(raw) {
    this.#raw = raw;
  }
  get(name) {
    const value = this.#raw[name.toLowerCase()];
    return value === void 0 ? null : Array.isArray(value) ? value.join(", ") : value;
  }
  *entries() {
    for (const name of Object.keys(this.#raw)) yield [name, this.get(name)];
  }
  [Symbol.iterator]() {
    return this.entries();
  }
};
var HttpResponse = class {
  status;
  ok;
  headers;
  body;
  url;
  constructor(message, url) {
    this.status = message.statusCode ?? 0;
    this.ok = this.status >= 200 && this.status < 300;
    this.headers = new ResponseHeaders(message.headers);
    this.body = decoded(message);
    this.url = url;
  }
  async text() {
    const chunks = [];
    for await (const chunk of this.body) chunks.push(chunk);
    return Buffer.concat(chunks).toString("utf8");
  }
  async json() {
    return JSON.parse(await this.text());
  }
};
function decoded(message) {
  const encoding = message.headers["content-encoding"]?.trim().toLowerCase();
  const decoder = encoding === "gzip" || encoding === "x-gzip" ? createGunzip() : encoding === "br" ? createBrotliDecompress() : encoding === "deflate" ? createInflate() : void 0;
  if (!decoder) return message;
  message.on("error", (err) => decoder.destroy(err));
  return message.pipe(decoder);
}
function requestHeaders(headers) {
  if (!headers) return {};
  if (Array.isArray(headers)) return Object.fromEntries(headers);
  if (typeof headers.forEach === "function") {
    const out = {};
    headers.forEach((value, name) => out[name] = value);
    return out;
  }
  return { ...headers };
}
function requestBody(body) {
  if (body === void 0 || body === null) return void 0;
  if (typeof body === "string" || body instanceof Uint8Array) return body;
  throw new TypeError("promptgate sends JSON request bodies only (text or bytes)");
}
var targets = /* @__PURE__ */ new Map();
var MAX_TARGETS = 100;
function target(href) {
  let known = targets.get(href);
  if (!known) {
    const url = new URL(href);
    known = { https: url.protocol === "https:", options: urlToHttpOptions(url) };
    if (targets.size >= MAX_TARGETS) targets.clear();
    targets.set(href, known);
  }
  return known;
}
function abortReason(signal) {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}
function httpFetch(input, init = {}) {
  return new Promise((resolve, reject) => {
    const href = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const { signal } = init;
    if (signal?.aborted) return reject(abortReason(signal));
    const { https, options: where } = target(href);
    const body = requestBody(init.body);
    const options = { ...where, method: init.method ?? "GET", headers: requestHeaders(init.headers), agent: https ? agents.https : agents.http };
    const req = (https ? httpsRequest : httpRequest)(options);
    let message;
    const onAbort = () => {
      const reason = abortReason(signal);
      if (message) message.destroy(reason);
      else req.destroy(reason);
      reject(reason);
    };
    const settled = () => signal?.removeEventListener("abort", onAbort);
    signal?.addEventListener("abort", onAbort, { once: true });
    req.once("response", (res) => {
      message = res;
      res.once("close", settled);
      resolve(new HttpResponse(res, href));
    });
    req.once("error", (err) => {
      settled();
      reject(signal?.aborted ? abortReason(signal) : new TypeError("fetch failed", { cause: err }));
    });
    req.end(body);
  });
}
var transport = httpFetch;
export {
  transport
};
