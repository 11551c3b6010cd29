import { EVENT_ID, getScalarValue, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';

/** Where a node of the event stream starts, and its children by key (with the key's own offset) or index. */
export interface PositionNode {
  start: number;
  entries?: Map<string, { key: number; value: PositionNode }>;
  items?: PositionNode[];
  /** A scalar's event, to read its text as written. */
  scalar?: ScalarEvent;
}

type Frame = {
  node?: PositionNode;
  kind: 'document' | 'sequence' | 'mapping';
  key?: string;
  keyStart: number;
  keyEnd: number;
  expectKey: boolean;
  /** Items placed so far (a sequence's), counted also when they get no node. */
  index: number;
  /** Depth of this frame's node: the length of its path. */
  depth: number;
};

/**
 * The first document's nodes as a tree of start offsets, built from js-yaml's event stream on the
 * first request for a position (most files are valid and never ask); keys that are not scalars
 * are left out. Offsets follow the yaml library's node ranges: a quoted scalar starts at its
 * quote, a block scalar at its `|`/`>`, an empty value just past its key's colon.
 *
 * With `within`, only the nodes on that path and the children of the node at its end are built
 * (the same offsets, far fewer nodes): every row of a large table located in one walk.
 */
export function positionTree(events: readonly Event[], source: string, within?: readonly PropertyKey[]): PositionNode {
  let root: PositionNode | undefined;
  const stack: Frame[] = [];
  const place = (node: PositionNode | undefined, scalar?: ScalarEvent): void => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.kind === 'document') root ??= node;
    else if (top.kind === 'sequence') {
      if (node) top.node!.items![top.index] = node;
      top.index++;
    } else if (top.expectKey) {
      top.key = scalar && (top.node ? getScalarValue(source, scalar) : undefined);
      top.keyStart = node?.start ?? -1;
      top.keyEnd = scalar && scalar.valueEnd >= 0 ? scalar.valueEnd : -1;
      top.expectKey = false;
    } else {
      if (node && top.key !== undefined && !top.node!.entries!.has(top.key)) top.node!.entries!.set(top.key, { key: top.keyStart, value: node });
      top.expectKey = true;
    }
  };
  for (const event of events) {
    const top = stack[stack.length - 1];
    const depth = top ? top.depth + (top.kind === 'document' ? 0 : 1) : 0;
    if (event.type === EVENT_ID.DOCUMENT) {
      if (root) break;
      stack.push({ kind: 'document', keyStart: -1, keyEnd: -1, expectKey: false, index: 0, depth: 0 });
    } else if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING) {
      let node: PositionNode | undefined;
      if (top && wanted(top, within)) {
        node = { start: startOf(event.start, event.anchorStart - 1, event.tagStart) };
        if (event.type === EVENT_ID.SEQUENCE) node.items = [];
        else node.entries = new Map();
      }
      place(node);
      stack.push({ node, kind: event.type === EVENT_ID.SEQUENCE ? 'sequence' : 'mapping', keyStart: -1, keyEnd: -1, expectKey: true, index: 0, depth });
    } else if (event.type === EVENT_ID.SCALAR) {
      let node: PositionNode | undefined;
      if (top && (keyPlaced(top) || wanted(top, within))) {
        const start = event.valueStart >= 0 ? scalarStart(event, source) : -1;
        const anchor = event.anchorStart >= 0 ? event.anchorStart - 1 : -1;
        node = { start: start >= 0 || event.tagStart >= 0 || anchor >= 0 ? startOf(start, anchor, event.tagStart) : emptyAt(top, source), scalar: event };
      }
      place(node, event);
    } else if (event.type === EVENT_ID.ALIAS) {
      place(top && (keyPlaced(top) || wanted(top, within)) ? { start: event.anchorStart - 1 } : undefined);
    } else if (event.type === EVENT_ID.POP) {
      stack.pop();
    }
  }
  return root ?? { start: 0 };
}

/** Whether the child about to be placed under `top` gets a node: always, unless only the nodes `within` a path are built. */
function wanted(top: Frame, within: readonly PropertyKey[] | undefined): boolean {
  if (!within) return true;
  if (!top.node && top.kind !== 'document') return false;
  if (top.depth >= within.length) return top.depth === within.length;
  const step = within[top.depth];
  if (top.kind === 'sequence') return step === top.index;
  if (top.kind === 'mapping') return !top.expectKey && top.key !== undefined && String(step) === top.key && !top.node!.entries!.has(top.key);
  return true;
}

/** A mapping's keys are placed (for their text and offset) whenever the mapping has a node. */
function keyPlaced(top: Frame): boolean {
  return top.kind === 'mapping' && top.expectKey && top.node !== undefined;
}

/** Where an empty value is: just past its key's colon in a mapping, else at its parent. */
function emptyAt(top: Frame, source: string): number {
  if (top.kind === 'mapping' && !top.expectKey && top.keyEnd >= 0) {
    const colon = source.indexOf(':', top.keyEnd);
    if (colon >= 0) return colon + 1;
  }
  return top.node?.start ?? 0;
}

/** Start of the node at `path`, or of its nearest ancestor that exists. */
export function findNode(root: PositionNode, path: readonly PropertyKey[]): number {
  let node = root;
  for (const seg of path) {
    const next = node.items && typeof seg === 'number' ? node.items[seg] : node.entries?.get(String(seg))?.value;
    if (!next) break;
    node = next;
  }
  return node.start;
}

/** Start of the key `key` in the mapping at `path`, when both exist: an unknown key is reported where it is written. */
export function findKey(root: PositionNode, path: readonly PropertyKey[], key: string): number | undefined {
  return nodeAt(root, path)?.entries?.get(key)?.key;
}

/** The node at `path`, when there is one. */
export function nodeAt(root: PositionNode, path: readonly PropertyKey[]): PositionNode | undefined {
  let node: PositionNode | undefined = root;
  for (const seg of path) node = node?.items && typeof seg === 'number' ? node.items[seg] : node?.entries?.get(String(seg))?.value;
  return node;
}

/** Where a scalar was written: its opening quote, or its block's `|`/`>` indicator. */
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

/** 1-based line and column of an offset. */
export class LineStarts {
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
