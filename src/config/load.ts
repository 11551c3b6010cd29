import type { Document, LineCounter, Node } from 'yaml';
import * as zod from 'zod';
import { documentValue, readWithEvents, yamlLibrary } from '../prompts/formats/yaml-source.js';
import { didYouMean } from '../util/did-you-mean.js';
import { ConfigError, formatLocation } from '../util/errors.js';
import { sha256 } from '../util/hash.js';
import { configSchema, type Config } from './schema.js';

export const DEFAULT_CONFIG_PATH = 'promptgate.yml';

export interface LoadedConfig {
  config: Config;
  /** Path of the file read, or undefined in zero-config mode. */
  file?: string;
  /** Hash of the config text ('' when absent): part of what binds a result to its inputs. */
  hash: string;
}

/**
 * Parses and validates `promptgate.yml` text. YAML syntax errors and schema violations become a
 * ConfigError at the offending node's line and column, naming what was expected.
 */
export function parseConfig(file: string, text: string): LoadedConfig {
  const hash = sha256(text).slice(0, 16);
  // Most configs are valid: read them the fast way, and re-read with yaml only to place an error.
  const fast = readWithEvents(text, { file, hint: '' });
  if (fast) {
    const result = configSchema.safeParse(fast.value ?? {});
    if (result.success) return { config: result.data, file, hash };
  }
  const { LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    throw new ConfigError(`invalid YAML: ${firstLine(first.message)}`, {
      location: { file, line: pos.line, column: pos.col },
      hint: 'fix the YAML syntax (indentation, quoting, a missing colon) at that position',
    });
  }
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  const hint = 'write the repeated values out, or nest fewer aliases inside one another';
  const raw: unknown = documentValue(doc, at, (message, location, cause) => new ConfigError(message, { location, hint, cause })) ?? {};
  const result = configSchema.safeParse(raw);
  if (!result.success) throw schemaError(file, doc, lineCounter, result.error);
  return { config: result.data, file, hash };
}

/** The zero-config default: every `*.prompt.yml` is a prompt with its own tests. */
export function defaultConfig(): LoadedConfig {
  return { config: configSchema.parse({}), hash: '' };
}

/**
 * Every schema problem, in file order: the first is the error's own location and message, the
 * rest follow on lines of their own, each with its line and column.
 */
function schemaError(file: string, doc: Document, lineCounter: LineCounter, error: zod.ZodError): ConfigError {
  const problems = error.issues
    .map((issue) => {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      const node = (issue.code === 'unrecognized_keys' && keyNode(doc, path, issue.keys[0]!)) || nearestNode(doc, path);
      const pos = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
      const where = path.length ? `\`${path.join('.')}\`` : 'the file';
      return { line: pos?.line, column: pos?.col, message: `${where}: ${describeIssue(issue, path)}` };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const [first, ...rest] = problems;
  const more = rest.map((p) => `\n  ${formatLocation({ file, line: p.line, column: p.column })}: ${p.message}`).join('');
  return new ConfigError(`${first!.message}${more}`, {
    location: { file, line: first!.line, column: first!.column },
    hint: 'see the promptgate.yml reference in README.md, or point your editor at schema/promptgate.schema.json',
  });
}

/** The keys the schema knows for the mapping at `path`, for "did you mean". */
function knownKeys(path: (string | number)[]): string[] {
  let schema: unknown = configSchema;
  for (const segment of [...path, undefined]) {
    // Look through defaults, optionals and unions to the object or list beneath.
    for (let unwrapped = true; unwrapped; ) {
      unwrapped = false;
      if (schema instanceof zod.ZodDefault || schema instanceof zod.ZodOptional) {
        schema = schema.unwrap();
        unwrapped = true;
      } else if (schema instanceof zod.ZodUnion) {
        schema = schema.options.find((o) => o instanceof zod.ZodObject) ?? schema.options[0];
        unwrapped = schema instanceof zod.ZodObject;
      }
    }
    if (segment === undefined) break;
    if (schema instanceof zod.ZodObject && typeof segment === 'string') schema = (schema.shape as Record<string, unknown>)[segment];
    else if (schema instanceof zod.ZodArray) schema = schema.element;
    else return [];
  }
  return schema instanceof zod.ZodObject ? Object.keys(schema.shape) : [];
}

/** The YAML node at `path`, or the closest ancestor that exists (a missing key points at its parent). */
function nearestNode(doc: Document, path: (string | number)[]): Node | undefined {
  const { isNode } = yamlLibrary();
  for (let n = path.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node)) return node;
  }
  return undefined;
}

/** The key node of `key` in the mapping at `path`: an unknown key is reported where it is written. */
function keyNode(doc: Document, path: (string | number)[], key: string): Node | undefined {
  const { isMap, isNode, isScalar } = yamlLibrary();
  const map: unknown = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
  return isNode(pair?.key) ? pair.key : undefined;
}

function describeIssue(issue: zod.core.$ZodIssue, path: (string | number)[]): string {
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(path);
    // Mappings with their own message (an assertion's, which lists its keys) keep it.
    if (known.length === 0) return issue.message;
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\`${didYouMean(k, known)}`).join(', ')}`;
  }
  return issue.message;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
