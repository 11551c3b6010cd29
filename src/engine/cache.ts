import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { TokenUsage } from '../providers/types.js';

/** A stored model answer. API keys never reach the cache: only request content and answers do. */
export interface CachedCompletion {
  text: string;
  usage: TokenUsage;
  latencyMs: number;
  ttftMs?: number;
  modelId: string;
  costUsd?: number;
}

/** Packs beyond this many are merged into one when a cache opens. */
const MERGE_AT_PACKS = 16;
/** A merge keeps the newest entries up to this many bytes and drops the rest. */
const MAX_BYTES = 64 * 1024 * 1024;
/** A pack untouched this long is finished: its writer has closed it, so a merge may remove it. */
const SETTLED_MS = 60_000;
/** A writer closes its pack after this long without a write (a long-lived App process). */
const IDLE_CLOSE_MS = 1_000;

const PACK = /^\d{13}-\d+-[a-z0-9]+\.pack$/;

/**
 * Content-addressed response cache on disk. Keys hash everything that determines an answer
 * (model, parameters, rendered messages, sample index), so a changed prompt misses and an
 * unchanged one costs nothing.
 *
 * Entries live in append-only packs, `dir/<time>-<pid>-<random>.pack`, one `key<TAB>json` line
 * per entry. Each writer appends to a pack of its own, so concurrent runs (base and head, the
 * App's parallel evaluations, two CI jobs on a shared directory) never interleave; a line cut
 * short by a crash fails to parse and reads as a miss. A run writes one small line per answer
 * instead of creating a file per answer, which on a journaled disk costs an inode, a rename and
 * several system calls each: for a 2,000-test run that was most of promptgate's own CPU time.
 *
 * All packs are indexed on first use. When there are more than {@link MERGE_AT_PACKS}, the
 * settled ones are merged into one, newest entry first, keeping at most {@link MAX_BYTES}.
 */
export class ResponseCache {
  readonly stats = { hits: 0, misses: 0, writes: 0 };
  /** Why answers stopped being stored (a read-only or full disk); the run itself goes on. */
  writeError: string | undefined;
  readonly dir: string | undefined;
  private index: Map<string, string> | undefined;
  private fd: number | undefined;
  private idle: NodeJS.Timeout | undefined;
  private pending: string[] = [];

  /** `dir` undefined disables caching. */
  constructor(dir: string | undefined) {
    this.dir = dir;
  }

  async get<T = CachedCompletion>(key: string): Promise<T | undefined> {
    if (this.dir === undefined) return undefined;
    const json = this.entries().get(key);
    if (json !== undefined) {
      try {
        const value = JSON.parse(json) as T;
        this.stats.hits++;
        return value;
      } catch {
        // A line cut short (a crash mid-write): a miss, written again after the call.
      }
    }
    this.stats.misses++;
    return undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    if (this.dir === undefined) return;
    const json = JSON.stringify(value);
    this.entries().set(key, json);
    if (this.writeError !== undefined) return;
    this.pending.push(`${key}\t${json}\n`);
    if (this.pending.length === 1) {
      unflushed.add(this);
      setImmediate(() => this.flush());
      registerExitFlush();
    }
  }

  /**
   * Appends what was stored since the last flush in one write. Answers arrive in bursts (twenty
   * calls finishing within a millisecond or two), so one write per turn of the event loop
   * replaces a system call per answer; the process's exit flushes whatever is left.
   */
  flush(): void {
    unflushed.delete(this);
    if (this.pending.length === 0) return;
    const lines = this.pending;
    this.pending = [];
    if (this.writeError !== undefined) return;
    try {
      this.append(lines.join(''));
      this.stats.writes += lines.length;
    } catch (err) {
      this.close();
      this.writeError = `cannot write the response cache in ${this.dir}: ${(err as Error).message}`;
    }
  }

  /** True when nothing is stored (or caching is off). */
  isEmpty(): boolean {
    return this.dir === undefined || this.entries().size === 0;
  }

  /** Flushes and closes this writer's pack now rather than after it idles. Later writes open a new pack. */
  close(): void {
    this.flush();
    if (this.idle) clearTimeout(this.idle);
    this.idle = undefined;
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private entries(): Map<string, string> {
    if (!this.index) {
      // Another cache of this process may hold answers for the same directory not yet written.
      for (const other of [...unflushed]) if (other.dir === this.dir) other.flush();
      this.index = loadPacks(this.dir!);
    }
    return this.index;
  }

  /** A synchronous append: a few KB into the page cache cost less than a trip to the thread pool. */
  private append(text: string): void {
    if (this.fd === undefined) {
      mkdirSync(this.dir!, { recursive: true });
      this.fd = openSync(join(this.dir!, `${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2, 10)}.pack`), 'a');
      this.idle = setTimeout(() => this.close(), IDLE_CLOSE_MS);
      this.idle.unref();
    } else {
      this.idle?.refresh();
    }
    writeSync(this.fd, text);
  }
}

/** Caches holding answers not yet written; `process.exit()` skips pending immediates, not exit listeners. */
const unflushed = new Set<ResponseCache>();
let exitFlushRegistered = false;

function registerExitFlush(): void {
  if (exitFlushRegistered) return;
  exitFlushRegistered = true;
  process.on('exit', () => {
    for (const cache of [...unflushed]) cache.flush();
  });
}

/** Every pack's entries, later packs winning; merges the settled packs when there are many. */
function loadPacks(dir: string): Map<string, string> {
  const index = new Map<string, string>();
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => PACK.test(n)).sort();
  } catch {
    return index; // No cache yet.
  }
  const settled: string[] = [];
  const now = Date.now();
  for (const name of names) {
    const path = join(dir, name);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
      if (now - statSync(path).mtimeMs > SETTLED_MS) settled.push(name);
    } catch {
      continue; // Merged away by another run between listing and reading.
    }
    readLines(text, index);
  }
  if (settled.length > MERGE_AT_PACKS) merge(dir, settled);
  return index;
}

function readLines(text: string, into: Map<string, string>): void {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab > start && tab < end) into.set(text.slice(start, tab), text.slice(tab + 1, end));
    start = end + 1;
  }
}

/**
 * Rewrites the settled packs as one, newest entries first up to {@link MAX_BYTES}, then removes
 * them. Two runs merging at once each write a merged pack; the next merge folds those together.
 */
function merge(dir: string, settled: string[]): void {
  const newestFirst = new Map<string, string>();
  for (const name of [...settled].reverse()) {
    try {
      const packed = new Map<string, string>();
      readLines(readFileSync(join(dir, name), 'utf8'), packed);
      for (const [k, v] of packed) if (!newestFirst.has(k)) newestFirst.set(k, v);
    } catch {
      return; // Another run is merging these packs; leave it to that one.
    }
  }
  const lines: string[] = [];
  let bytes = 0;
  for (const [k, v] of newestFirst) {
    bytes += k.length + v.length + 2;
    if (bytes > MAX_BYTES) break;
    lines.push(`${k}\t${v}\n`);
  }
  // Named after the newest pack it replaces, so it sorts (and wins) where that pack did.
  const newest = settled[settled.length - 1]!;
  const merged = newest.replace(/-[a-z0-9]+\.pack$/, `-${Math.random().toString(36).slice(2, 10)}.pack`);
  try {
    const tmp = join(dir, `${merged}.tmp`);
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, lines.join(''));
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, join(dir, merged));
    for (const name of settled) unlinkSync(join(dir, name));
  } catch {
    // A full or read-only disk: the packs stay as they were, and the cache still reads them.
  }
}
