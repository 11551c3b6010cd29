import { constructFromEvents, EVENT_ID, getScalarValue, SCALAR_STYLE, parseEvents, type Event, type ScalarEvent } from 'js-yaml';
import type { Alias, Document, Node } from 'yaml';
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

/**
 * Parse YAML text; syntax errors become a PromptFileError at the position the parser reports.
 *
 * Prompt files can hold thousands of test rows, so the text is read by js-yaml's event parser,
 * about three times faster than building yaml's document tree, and positions are looked up in
 * the event stream only when asked for. Anything js-yaml rejects (or a second document) is read
 * again by yaml, whose messages say more about what is wrong; both read the YAML 1.2 core schema.
 */
export function parseYaml(text: string, opts: YamlOptions): YamlSource {
  return readWithEvents(text, opts) ?? readWithDocument(text, opts);
}

/**
 * The yaml library, loaded on first use: after the event reader it is needed only for files
 * with errors or aliases, and it costs start-up time (the bundler keeps this `require` lazy).
 */
export function yamlLibrary(): typeof import('yaml') {
  return require('yaml') as typeof import('yaml');
}

/** The fast reader alone: undefined for anything it rejects. Exported to test it against {@link readWithDocument}. */
export function readWithEvents(text: string, opts: YamlOptions): YamlSource | undefined {
  let events: Event[];
  let documents: unknown[];
  try {
    events = parseEvents(text, { filename: opts.file });
    // js-yaml shares aliased values rather than copying them, so nested aliases ("billion
    // laughs") stay small here but explode in whatever walks the value later. yaml limits
    // how far aliases expand; files that use them are read there.
    if (events.some((e) => e.type === EVENT_ID.ALIAS)) return undefined;
    documents = constructFromEvents(events, { source: text, filename: opts.file });
  } catch {
    return undefined;
  }
  if (documents.length > 1) return undefined;
  let tree: PositionNode | undefined;
  let lines: LineStarts | undefined;
  return {
    file: opts.file,
    value: documents[0] ?? undefined,
    locate(path) {
      tree ??= positionTree(events, text);
      lines ??= new LineStarts(text);
      const { line, column } = lines.at(find(tree, path));
      return { file: opts.file, line: line + (opts.lineOffset ?? 0), column };
    },
  };
}

/** yaml's document reader, whose error messages say the most; the reference for positions. */
export function readWithDocument(text: string, opts: YamlOptions): YamlSource {
  const { LineCounter, parseDocument } = yamlLibrary();
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
  const value = documentValue(doc, at, (message, location, cause) => new PromptFileError(message, { location, hint: 'Write the repeated values out, or nest fewer aliases inside one another.', cause }));
  return { file: opts.file, value, locate: (path) => locateNode(doc, path, at) };
}

/** Where a node of the event stream starts, and its children by key or index. */
interface PositionNode {
  start: number;
  entries?: Map<string, PositionNode>;
  items?: PositionNode[];
}

/** The first document's nodes as a tree of start offsets; keys that are not scalars are left out. */
function positionTree(events: Event[], source: string): PositionNode {
  let root: PositionNode | undefined;
  type Frame = { node?: PositionNode; kind: 'document' | 'sequence' | 'mapping'; key?: string; keyEnd: number; expectKey: boolean };
  const stack: Frame[] = [];
  const place = (node: PositionNode, scalar?: ScalarEvent): void => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.kind === 'document') root ??= node;
    else if (top.kind === 'sequence') top.node!.items!.push(node);
    else if (top.expectKey) {
      top.key = scalar && getScalarValue(source, scalar);
      top.keyEnd = scalar && scalar.valueEnd >= 0 ? scalar.valueEnd : -1;
      top.expectKey = false;
    } else {
      if (top.key !== undefined && !top.node!.entries!.has(top.key)) top.node!.entries!.set(top.key, node);
      top.expectKey = true;
    }
  };
  /** An empty value (`key:` with nothing after it) sits just past its key's colon, where yaml puts it. */
  const emptyAt = (): number => {
    const top = stack[stack.length - 1];
    if (top?.kind === 'mapping' && !top.expectKey && top.keyEnd >= 0) {
      const colon = source.indexOf(':', top.keyEnd);
      if (colon >= 0) return colon + 1;
    }
    return top?.node?.start ?? 0;
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        stack.push({ kind: 'document', keyEnd: -1, expectKey: false });
        break;
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        const node: PositionNode = { start: startOf(event.start, event.anchorStart, event.tagStart) };
        if (event.type === EVENT_ID.SEQUENCE) node.items = [];
        else node.entries = new Map();
        place(node);
        stack.push({ node, kind: event.type === EVENT_ID.SEQUENCE ? 'sequence' : 'mapping', keyEnd: -1, expectKey: true });
        break;
      }
      case EVENT_ID.SCALAR: {
        const start = event.valueStart >= 0 ? scalarStart(event, source) : -1;
        place({ start: start >= 0 || event.tagStart >= 0 || event.anchorStart >= 0 ? startOf(start, event.anchorStart, event.tagStart) : emptyAt() }, event);
        break;
      }
      case EVENT_ID.POP:
        stack.pop();
        break;
    }
  }
  return root ?? { start: 0 };
}

/** Where a scalar was written: its opening quote, or its block's `|`/`>` indicator, like yaml's ranges. */
function scalarStart(event: ScalarEvent, source: string): number {
  switch (event.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return event.valueStart - 1;
    case SCALAR_STYLE.LITERAL_BLOCK:
    case SCALAR_STYLE.FOLDED_BLOCK: {
      const indicator = source.lastIndexOf(event.style === SCALAR_STYLE.LITERAL_BLOCK ? '|' : '>', event.valueStart);
      return indicator >= 0 ? indicator : event.valueStart;
    }
    default:
      return event.valueStart;
  }
}

/** The earliest of a node's anchor, tag and value offsets that is present. */
function startOf(...offsets: number[]): number {
  const present = offsets.filter((o) => o >= 0);
  return present.length ? Math.min(...present) : 0;
}

/** Start of the node at `path`, or of its nearest ancestor that exists. */
function find(root: PositionNode, path: readonly PropertyKey[]): number {
  let node = root;
  for (const seg of path) {
    const next = node.items && typeof seg === 'number' ? node.items[seg] : node.entries?.get(String(seg));
    if (!next) break;
    node = next;
  }
  return node.start;
}

/** 1-based line and column of an offset. */
class LineStarts {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
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

/**
 * The document as plain data. yaml limits how far aliases expand (a "billion laughs" file would
 * otherwise fill memory) by throwing a bare ReferenceError; here that becomes the error `fail`
 * makes, placed at the first alias that copies a value holding aliases itself, where the blow-up starts.
 */
export function documentValue(doc: Document, at: (offset: number) => SourceLocation, fail: (message: string, location: SourceLocation, cause: unknown) => Error): unknown {
  try {
    return doc.contents === null ? undefined : doc.toJS();
  } catch (err) {
    if (!(err instanceof ReferenceError)) throw err;
    const alias = expandingAlias(doc);
    const what = alias ? `*${alias.source} copies a value that holds aliases itself; ` : '';
    throw fail(`YAML aliases expand too far: ${what}nested aliases multiply the document past the reader's limit`, at(alias?.range?.[0] ?? 0), err);
  }
}

/** The first alias whose anchored value contains aliases (else the first alias at all). */
function expandingAlias(doc: Document): Alias | undefined {
  const { visit } = yamlLibrary();
  let first: Alias | undefined;
  let nesting: Alias | undefined;
  visit(doc, {
    Alias(_, alias) {
      first ??= alias;
      const target = alias.resolve(doc);
      let inner = false;
      if (target) visit(target, { Alias: () => ((inner = true), visit.BREAK) });
      if (!inner) return undefined;
      nesting = alias;
      return visit.BREAK;
    },
  });
  return nesting ?? first;
}

function locateNode(doc: Document, path: readonly PropertyKey[], at: (offset: number) => SourceLocation): SourceLocation {
  const { isMap, isSeq } = yamlLibrary();
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
