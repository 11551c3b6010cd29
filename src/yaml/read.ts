import { constructFromEvents, CORE_SCHEMA, EVENT_ID, getScalarValue, mergeTag, parseEvents, SCALAR_STYLE, YAMLException, type Event } from 'js-yaml';
import { PromptFileError, type SourceLocation, type UserError } from '../util/errors.js';
import { findKey, findNode, LineStarts, nodeAt, positionTree, type PositionNode } from './positions.js';

/** A YAML document read from a file, able to say where any value in it was written. */
export interface YamlSource {
  file: string;
  /** The document as plain data; undefined when it holds nothing but comments or blank lines. */
  value: unknown;
  /** Location of the node at `path`, or of its nearest ancestor that exists. */
  locate(path: readonly PropertyKey[]): SourceLocation;
  /** Location of the key `key` of the mapping at `path`, when it is written there. */
  locateKey(path: readonly PropertyKey[], key: string): SourceLocation | undefined;
  /** Location of each item of the sequence at `path` (none when there is none there): every row of a table at once. */
  locateItems(path: readonly PropertyKey[]): SourceLocation[];
  /**
   * The text of the plain (unquoted) scalar at `path` as written, before YAML typed it (`3.10`,
   * not 3.1); undefined where no plain scalar is written.
   */
  plainScalar(path: readonly PropertyKey[]): string | undefined;
  /** The error type this file's problems are reported as. */
  readonly error: UserErrorType;
}

export type UserErrorType = new (message: string, opts: { location?: SourceLocation; hint?: string; cause?: unknown }) => UserError;

export interface YamlOptions {
  file: string;
  /** Lines of the file before `text` starts (front matter starts after its `---` line). */
  lineOffset?: number;
  /** What to do when the YAML does not parse, e.g. where the format is documented. */
  hint: string;
  /** How problems are reported: PromptFileError unless said (a config's are ConfigErrors). */
  error?: UserErrorType;
}

/**
 * Aliases may copy at most this many values in all. An honest file shares a few blocks (2,000 test
 * rows sharing a ten-key block copy 20,000); nested aliases ("billion laughs") copy billions.
 */
const MAX_ALIASED_VALUES = 100_000;

/**
 * YAML 1.2's core schema with merge keys (`<<: *defaults`), which gh models' reader (Go's
 * yaml.v3), Prompty's and most hand-written files rely on to share a block of test values.
 */
const SCHEMA = CORE_SCHEMA.withTags(mergeTag);

const SYNTAX_HINT = 'Fix the YAML syntax at that position: check its indentation (spaces only, nested keys aligned), and quote values that contain ": " or start with "{".';

/**
 * Read YAML text (the YAML 1.2 core schema) with js-yaml's event parser: the value is built from
 * the events at once, and positions only when one is asked for (only a problem or a regressed
 * test's evidence needs its line). Syntax errors, a second document and aliases that expand too far
 * become errors at their line and column.
 */
export function parseYaml(text: string, opts: YamlOptions): YamlSource {
  const error = opts.error ?? PromptFileError;
  const lines = new LineStarts(text);
  const at = (offset: number): SourceLocation => {
    const { line, column } = lines.at(offset);
    return { file: opts.file, line: line + (opts.lineOffset ?? 0), column };
  };
  let events: Event[];
  let documents: unknown[];
  try {
    events = parseEvents(text, { filename: opts.file });
    checkAliases(events, text, at, error);
    documents = constructFromEvents(events, { source: text, filename: opts.file, schema: SCHEMA });
  } catch (err) {
    if (!(err instanceof YAMLException)) throw err;
    throw new error(`invalid YAML: ${err.reason}`, { location: at(err.mark?.position ?? 0), hint: `${SYNTAX_HINT} ${opts.hint}`.trim(), cause: err });
  }
  if (documents.length > 1) {
    throw new error('the file holds more than one YAML document', { location: at(secondDocument(text)), hint: 'Remove the `---` line, or move the second document into a file of its own.' });
  }
  let tree: PositionNode | undefined;
  return {
    file: opts.file,
    value: documents[0] ?? undefined,
    error,
    locate: (path) => at(findNode((tree ??= positionTree(events, text)), path)),
    locateKey(path, key) {
      const offset = findKey((tree ??= positionTree(events, text)), path, key);
      return offset === undefined ? undefined : at(offset);
    },
    locateItems: (path) => (nodeAt(positionTree(events, text, path), path)?.items ?? []).map((item) => at(item.start)),
    plainScalar(path) {
      const scalar = nodeAt((tree ??= positionTree(events, text)), path)?.scalar;
      return scalar?.style === SCALAR_STYLE.PLAIN ? getScalarValue(text, scalar) : undefined;
    },
  };
}

/**
 * js-yaml shares an aliased value rather than copying it, so nested aliases stay small here and
 * explode in whatever walks the value later. Counts what the aliases would copy, and refuses a
 * document past {@link MAX_ALIASED_VALUES} at the first alias that copies a value holding aliases
 * itself, where the blow-up starts.
 */
function checkAliases(events: readonly Event[], text: string, at: (offset: number) => SourceLocation, error: UserErrorType): void {
  if (!events.some((e) => e.type === EVENT_ID.ALIAS)) return;
  const anchors = new Map<string, { size: number; nested: boolean }>();
  const open: { size: number; nested: boolean; anchor?: string }[] = [];
  /** Anchored collections not yet closed, by the name an alias would use now (the latest definition). */
  const unfinished = new Map<string, (typeof open)[number]>();
  let copied = 0;
  let nesting: { anchorStart: number; anchorEnd: number } | undefined;
  const add = (size: number, nested: boolean) => {
    const top = open[open.length - 1];
    if (top) {
      top.size = Math.min(top.size + size, MAX_ALIASED_VALUES + 1);
      top.nested ||= nested;
    }
  };
  for (const e of events) {
    if (e.type === EVENT_ID.SEQUENCE || e.type === EVENT_ID.MAPPING) {
      const entry = { size: 1, nested: false, anchor: e.anchorStart >= 0 ? text.slice(e.anchorStart, e.anchorEnd) : undefined };
      open.push(entry);
      if (entry.anchor !== undefined) unfinished.set(entry.anchor, entry);
    } else if (e.type === EVENT_ID.SCALAR) {
      if (e.anchorStart >= 0) anchors.set(text.slice(e.anchorStart, e.anchorEnd), { size: 1, nested: false });
      if (e.anchorStart >= 0) unfinished.delete(text.slice(e.anchorStart, e.anchorEnd));
      add(1, false);
    } else if (e.type === EVENT_ID.ALIAS) {
      const name = text.slice(e.anchorStart, e.anchorEnd);
      // js-yaml builds a value that contains itself, and every walk over it recurses without end.
      if (unfinished.has(name)) {
        throw new error(`the YAML alias *${name} is inside the value &${name} names, so that value would contain itself`, {
          location: at(e.anchorStart - 1),
          hint: 'Write the value out here, or point the alias at an anchor outside this value.',
        });
      }
      const target = anchors.get(name);
      const size = target?.size ?? 1;
      if (target?.nested) nesting ??= e;
      copied = Math.min(copied + size, MAX_ALIASED_VALUES + 1);
      add(size, true);
    } else if (e.type === EVENT_ID.POP && open.length > 0) {
      const done = open.pop()!;
      if (done.anchor !== undefined) anchors.set(done.anchor, { size: done.size, nested: done.nested });
      if (done.anchor !== undefined && unfinished.get(done.anchor) === done) unfinished.delete(done.anchor);
      add(done.size, done.nested);
    }
    if (copied > MAX_ALIASED_VALUES) {
      const alias = nesting ?? (events.find((x) => x.type === EVENT_ID.ALIAS) as { anchorStart: number; anchorEnd: number });
      const what = nesting ? `*${text.slice(alias.anchorStart, alias.anchorEnd)} copies a value that holds aliases itself; ` : '';
      throw new error(`YAML aliases expand too far: ${what}nested aliases multiply the document past the reader's limit`, {
        location: at(alias.anchorStart - 1),
        hint: 'Write the repeated values out, or nest fewer aliases inside one another.',
      });
    }
  }
}

/** Where the second document starts: the `---` line that opens it (the first one opens the first document when only comments precede it). */
function secondDocument(text: string): number {
  const markers = [...text.matchAll(/^---/gm)].map((m) => m.index);
  const opensFirst = markers.length > 0 && text.slice(0, markers[0]).split('\n').every((l) => l.trim() === '' || l.trimStart().startsWith('#'));
  return markers[opensFirst ? 1 : 0] ?? 0;
}
