import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cycles, readImportGraph } from './support/import-graph.js';

const src = fileURLToPath(new URL('../src', import.meta.url));
const graph = readImportGraph(src);

describe('the import graph of src/', () => {
  it('is read from the real source tree', () => {
    expect(graph.files.size).toBeGreaterThan(100);
    expect(graph.files.get('cli/main.ts')?.size).toBeGreaterThan(0);
  });

  it('has no directory that imports one that imports it back (a subdirectory counts as its own)', () => {
    expect(cycles(graph.directories)).toEqual([]);
  });

  it('has no file that imports one that imports it back', () => {
    expect(cycles(graph.files)).toEqual([]);
  });
});

describe('cycles', () => {
  it('finds a cycle through three nodes and leaves the acyclic rest out', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a', 'd'])],
      ['d', new Set<string>()],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
  });
});
