import { mkdir, readFileSync, rename, writeFile } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
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

/**
 * Content-addressed response cache on disk: one JSON file per key under `dir/ab/cdef…`.
 * Keys hash everything that determines an answer (model, parameters, rendered messages,
 * sample index), so a changed prompt misses and an unchanged one costs nothing.
 *
 * Reads are synchronous: an entry is a few hundred bytes on a local disk, one blocking read
 * costs tens of microseconds, and `fs/promises` spends four thread-pool round trips and a
 * FileHandle per file, about ten times the CPU over the thousands of entries of one run.
 * Writes create a file each, which costs far more (a journaled inode), so they stay on the
 * thread pool, through the callback API, which skips the FileHandle.
 */
export class ResponseCache {
  readonly stats = { hits: 0, misses: 0, writes: 0 };
  private readonly dir: string | undefined;
  /** Shard directories known to exist, so a write does not repeat the mkdir. */
  private readonly shards = new Set<string>();

  /** `dir` undefined disables caching. */
  constructor(dir: string | undefined) {
    this.dir = dir;
  }

  async get<T = CachedCompletion>(key: string): Promise<T | undefined> {
    if (!this.dir) return undefined;
    try {
      const value = JSON.parse(readFileSync(join(this.dir, shardOf(key), fileOf(key)), 'utf8')) as T;
      this.stats.hits++;
      return value;
    } catch {
      // Missing or unreadable (e.g. a write cut short): treat as a miss and overwrite later.
      this.stats.misses++;
      return undefined;
    }
  }

  async set(key: string, value: unknown): Promise<void> {
    if (!this.dir) return;
    const shard = join(this.dir, shardOf(key));
    const path = join(shard, fileOf(key));
    // Write then rename, so a concurrent reader never sees half a file.
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    const text = JSON.stringify(value);
    if (!this.shards.has(shard)) await makeDirectory(shard, { recursive: true });
    try {
      await writeText(tmp, text);
    } catch (err) {
      // The directory went away mid-run (the cache was cleared): make it again, once.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      await makeDirectory(shard, { recursive: true });
      await writeText(tmp, text);
    }
    this.shards.add(shard);
    await moveFile(tmp, path);
    this.stats.writes++;
  }
}

const makeDirectory = promisify(mkdir);
const writeText = promisify(writeFile);
const moveFile = promisify(rename);

function shardOf(key: string): string {
  return key.slice(0, 2);
}

function fileOf(key: string): string {
  return `${key.slice(2)}.json`;
}
