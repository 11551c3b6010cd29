import * as zod from 'zod';
import { didYouMean } from '../util/did-you-mean.js';
import { formatLocation, type SourceLocation } from '../util/errors.js';
import type { YamlSource } from './read.js';

/** Which value to validate, when it is not the whole document: its path and its (possibly decoded) value. */
export interface ValidationTarget {
  path: readonly PropertyKey[];
  value: unknown;
}

/**
 * Validate a YAML value against a zod schema: the one way a schema problem in a config or prompt
 * file becomes an error. Every problem is listed in file order, each at its line and column (an
 * unknown key where it is written, a missing one at the mapping that lacks it); the first is the
 * error's own location, its hint the problem's own or else `hint`.
 */
export function validateYaml<T>(schema: zod.ZodType<T>, source: YamlSource, hint: string, target: ValidationTarget = { path: [], value: source.value }): T {
  // Without zod's compiled fast path: it generates and compiles code for a schema on its first
  // parse, which costs more than it saves on the few files a run validates with each schema.
  const result = schema.safeParse(target.value, { jitless: true });
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => {
      const described = describeIssue(issue, target, schema);
      const key = issue.code === 'unrecognized_keys' ? source.locateKey([...target.path, ...issue.path], issue.keys[0]!) : undefined;
      return { ...described, location: key ?? source.locate([...target.path, ...issue.path]) };
    })
    .sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0));
  const [first, ...rest] = problems;
  const more = rest.map((p) => `\n  ${formatLocation(p.location)}: ${p.message}`).join('');
  return fail(source, `${first!.message}${more}`, first!.location, first!.hint ?? hint);
}

function fail(source: YamlSource, message: string, location: SourceLocation, hint: string): never {
  throw new source.error(message, { location, hint });
}

/** `messages[0].role`, `modelParameters.temperature`, or `the file` for the root. */
function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? String(seg) : `.${String(seg)}`)).join('');
}

interface DescribedIssue {
  message: string;
  hint?: string;
}

function describeIssue(issue: zod.core.$ZodIssue, target: ValidationTarget, schema: zod.ZodType): DescribedIssue {
  const fullPath = [...target.path, ...issue.path];
  const where = formatPath(fullPath);
  const value = valueAt(target.value, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(schema, issue.path);
      // Mappings with their own message (an assertion's, which lists its keys) keep it.
      if (known.length === 0) return { message: `${where}: ${issue.message}` };
      return { message: `${where}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\`${didYouMean(k, known)}`).join(', ')}` };
    }
    case 'invalid_type': {
      if (value === undefined && fullPath.length > 0) {
        const key = String(fullPath.at(-1));
        const parent = fullPath.slice(0, -1);
        return {
          message: `"${key}" is missing${parent.length > 0 ? ` in ${formatPath(parent)}` : ''}`,
          hint: `Add a "${key}:" key ${parent.length > 0 ? `to ${formatPath(parent)}` : 'at the top level'}.`,
        };
      }
      if (fullPath.length === 0) {
        if (value === undefined) return { message: 'the file is empty' };
        return { message: `the file must be a YAML mapping of keys to values, not ${describeValue(value)}` };
      }
      return { message: `${where} must be ${withArticle(issue.expected)}, not ${describeValue(value)}` };
    }
    case 'invalid_value':
      return { message: `${where} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${describeValue(value)}` };
    case 'too_small':
      return {
        message: issue.origin === 'array' || issue.origin === 'string' ? `${where} must not be empty` : `${where} must be at least ${String(issue.minimum)}, not ${describeValue(value)}`,
      };
    case 'invalid_union': {
      // `stop: string | string[]` and the like: name every shape that would have been accepted.
      const expected = issue.errors.map(([first]) => (first?.code === 'invalid_type' && first.path.length === 0 ? first.expected : undefined));
      if (expected.every((e) => e !== undefined)) return { message: `${where} must be ${expected.map((e) => withArticle(e)).join(' or ')}, not ${describeValue(value)}` };
      return { message: `${where}: ${issue.message}` };
    }
    case 'too_big':
      return { message: `${where} must be at most ${String(issue.maximum)}, not ${describeValue(value)}` };
    default:
      return { message: `${where}: ${issue.message}` };
  }
}

/** The keys the schema knows for the mapping at `path`, for "did you mean". */
function knownKeys(schema: unknown, path: readonly PropertyKey[]): string[] {
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

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const seg of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[seg];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

function withArticle(expected: string): string {
  const names: Record<string, string> = { object: 'a mapping', record: 'a mapping', array: 'a list', int: 'an integer', number: 'a number' };
  return names[expected] ?? (/^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`);
}
