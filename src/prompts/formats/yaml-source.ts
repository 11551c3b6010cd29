import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { PromptFileError, type SourceLocation } from '../../util/errors.js';

/** A YAML document read from a prompt file, able to say where any value in it was written. */
export interface YamlSource {
  file: string;
  /** The document as plain data; undefined when it holds nothing but comments or blank lines. */
  value: unknown;
  /** Location of the node at `path`, or of its nearest ancestor that exists. */
  locate(path: readonly PropertyKey[]): SourceLocation;
}

export interface YamlOptions {
  file: string;
  /** Lines of the file before `text` starts (front matter starts after its `---` line). */
  lineOffset?: number;
  /** What to do when the YAML does not parse, e.g. where the format is documented. */
  hint: string;
}

/** Parse YAML text; syntax errors become a PromptFileError at the position the parser reports. */
export function parseYaml(text: string, opts: YamlOptions): YamlSource {
  const lineOffset = opts.lineOffset ?? 0;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    throw new PromptFileError(`invalid YAML: ${firstLine(first.message)}`, {
      location: { file: opts.file, line: (pos?.line ?? 1) + lineOffset, column: pos?.col ?? 1 },
      hint: `Fix the YAML syntax: indent nested keys consistently with spaces; quote values that contain ": " or start with "{". ${opts.hint}`,
      cause: first,
    });
  }
  const at = (offset: number): SourceLocation => {
    const pos = lineCounter.linePos(offset);
    return { file: opts.file, line: pos.line + lineOffset, column: pos.col };
  };
  return { file: opts.file, value: toJs(doc, opts.file, lineOffset, opts.hint), locate: (path) => locateNode(doc, path, at) };
}

/** Which value to validate, when it is not the whole document: its path and its (possibly decoded) value. */
export interface ValidationTarget {
  path: readonly PropertyKey[];
  value: unknown;
}

/**
 * Validate a YAML value against a zod schema. The first issue becomes a PromptFileError that
 * points at the offending node (or, for a missing key, at the mapping that lacks it).
 */
export function validateYaml<T>(
  schema: z.ZodType<T>,
  source: YamlSource,
  hint: string,
  target: ValidationTarget = { path: [], value: source.value },
): T {
  const result = schema.safeParse(target.value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const described = describeIssue(issue, target);
  throw new PromptFileError(described.message, {
    location: source.locate([...target.path, ...issue.path]),
    hint: described.hint ?? hint,
  });
}

/** `messages[0].role`, `modelParameters.temperature`, or `the file` for the root. */
function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  return path
    .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? String(seg) : `.${String(seg)}`))
    .join('');
}

function toJs(doc: Document, file: string, lineOffset: number, hint: string): unknown {
  try {
    // The default alias limit guards against exponential "billion laughs" expansion.
    return doc.contents === null ? undefined : doc.toJS();
  } catch (err) {
    throw new PromptFileError(`invalid YAML: ${err instanceof Error ? err.message : String(err)}`, {
      location: { file, line: 1 + lineOffset, column: 1 },
      hint,
      cause: err,
    });
  }
}

function locateNode(doc: Document, path: readonly PropertyKey[], at: (offset: number) => SourceLocation): SourceLocation {
  let node: Node | null | undefined = doc.contents;
  for (const seg of path) {
    let next: unknown;
    if (isMap(node)) next = node.get(seg, true);
    else if (isSeq(node) && typeof seg === 'number') next = node.get(seg, true);
    if (next === undefined || next === null || typeof next !== 'object' || !('range' in next)) break;
    node = next as Node;
  }
  return at(node?.range?.[0] ?? 0);
}

interface DescribedIssue {
  message: string;
  hint?: string;
}

function describeIssue(issue: z.core.$ZodIssue, target: ValidationTarget): DescribedIssue {
  const fullPath = [...target.path, ...issue.path];
  const where = formatPath(fullPath);
  const value = valueAt(target.value, issue.path);
  switch (issue.code) {
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
      return {
        message: `${where} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${describeValue(value)}`,
      };
    case 'too_small':
      return {
        message:
          issue.origin === 'array' || issue.origin === 'string'
            ? `${where} must not be empty`
            : `${where} must be at least ${String(issue.minimum)}, not ${describeValue(value)}`,
      };
    case 'invalid_union': {
      // `stop: string | string[]` and the like: name every shape that would have been accepted.
      const expected = issue.errors.map(([first]) =>
        first?.code === 'invalid_type' && first.path.length === 0 ? first.expected : undefined,
      );
      if (expected.every((e) => e !== undefined)) {
        return { message: `${where} must be ${expected.map((e) => withArticle(e)).join(' or ')}, not ${describeValue(value)}` };
      }
      return { message: `${where}: ${issue.message}` };
    }
    case 'too_big':
      return { message: `${where} must be at most ${String(issue.maximum)}, not ${describeValue(value)}` };
    default:
      return { message: `${where}: ${issue.message}` };
  }
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

function firstLine(message: string): string {
  // yaml's pretty errors append " at line N, column M:" and a code frame; the location is reported separately.
  return message.split(/ at line \d+, column \d+/)[0]!.split('\n')[0]!;
}
