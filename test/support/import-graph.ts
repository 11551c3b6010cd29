import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Every relative import of every `.ts` file under `root`, type-only and dynamic imports included. */
export interface ImportGraph {
  /** File (path relative to `root`) → the files it imports. */
  files: Map<string, Set<string>>;
  /** Directory (relative to `root`; a subdirectory is its own directory) → the directories it imports. */
  directories: Map<string, Set<string>>;
}

export function readImportGraph(root: string): ImportGraph {
  const files = new Map<string, Set<string>>();
  for (const file of typeScriptFiles(root)) {
    const imports = new Set<string>();
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      imports.add(relative(root, resolve(dirname(file), fileName.replace(/\.js$/, '.ts'))));
    }
    files.set(relative(root, file), imports);
  }
  const directories = new Map<string, Set<string>>();
  for (const [file, imports] of files) {
    const from = dirname(file);
    const targets = directories.get(from) ?? new Set<string>();
    directories.set(from, targets);
    for (const imported of imports) if (dirname(imported) !== from) targets.add(dirname(imported));
  }
  return { files, directories };
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * The cycles of a graph: its strongly connected components with more than one node
 * (Tarjan's algorithm), each sorted, so a failure names every member of a cycle at once.
 */
export function cycles(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    lowLink.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        lowLink.set(node, Math.min(lowLink.get(node)!, lowLink.get(next)!));
      } else if (onStack.has(next)) {
        lowLink.set(node, Math.min(lowLink.get(node)!, index.get(next)!));
      }
    }
    if (lowLink.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) components.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components;
}
