import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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
 */
export class ResponseCache {
  readonly stats = { hits: 0, misses: 0, writes: 0 };
  private readonly dir: string | undefined;

  /** `dir` undefined disables caching. */
  constructor(dir: string | undefined) {
    this.dir = dir;
  }

  async get<T = CachedCompletion>(key: string): Promise<T | undefined> {
    if (!this.dir) return undefined;
    try {
      const value = JSON.parse(await readFile(this.pathOf(key), 'utf8')) as T;
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
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Write then rename, so a concurrent reader never sees half a file.
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(tmp, JSON.stringify(value));
    await rename(tmp, path);
    this.stats.writes++;
  }

  private pathOf(key: string): string {
    return join(this.dir!, key.slice(0, 2), `${key.slice(2)}.json`);
  }
}
