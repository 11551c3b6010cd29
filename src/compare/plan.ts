import type { SuitePrompt, Suite } from '../engine/suite.js';
import type { PromptTestCase } from '../prompts/model.js';
import { hashValue } from '../util/hash.js';
import type { ChangedFile } from './changed-files.js';

/** A prompt as it is at base and at head (either side may be missing). */
export interface PromptPair {
  id: string;
  base?: SuitePrompt;
  head?: SuitePrompt;
  status: 'added' | 'modified' | 'deleted' | 'renamed' | 'unchanged';
  previousPath?: string;
  /** Ids of tests to run on both sides; tests of an added/deleted prompt are all of its side's. */
  affectedTests: Set<string>;
}

/**
 * Pairs base and head prompts (following renames, so a moved and edited prompt stays one
 * prompt) and decides which tests a change affects: every test of a changed prompt, tests whose
 * own definition changed, and tests whose custom assertion file changed.
 */
export function planComparison(base: Suite, head: Suite, changed: ChangedFile[]): PromptPair[] {
  const renamedFrom = new Map(changed.filter((f) => f.status === 'renamed').map((f) => [f.path, f.previousPath!]));
  const changedPaths = new Set(changed.flatMap((f) => (f.previousPath ? [f.path, f.previousPath] : [f.path])));
  const baseById = new Map(base.prompts.map((p) => [p.prompt.id, p]));
  const baseByPath = new Map(base.prompts.map((p) => [p.prompt.path, p]));
  const pairedBase = new Set<SuitePrompt>();
  const pairs: PromptPair[] = [];

  for (const h of head.prompts) {
    const oldPath = renamedFrom.get(h.prompt.path);
    const b = baseById.get(h.prompt.id) ?? (oldPath ? baseByPath.get(oldPath) : undefined);
    if (b) pairedBase.add(b);
    pairs.push(pairOf(h.prompt.id, b, h, changedPaths));
  }
  for (const b of base.prompts) {
    if (!pairedBase.has(b)) pairs.push(pairOf(b.prompt.id, b, undefined, changedPaths));
  }
  return pairs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function pairOf(id: string, base: SuitePrompt | undefined, head: SuitePrompt | undefined, changedPaths: Set<string>): PromptPair {
  if (!base) return { id, head, status: 'added', affectedTests: new Set(head!.tests.map((t) => t.id)) };
  if (!head) return { id, base, status: 'deleted', affectedTests: new Set(base.tests.map((t) => t.id)) };
  const renamed = base.prompt.path !== head.prompt.path;
  const promptChanged = base.prompt.version !== head.prompt.version || base.modelId !== head.modelId || hashValue(base.prompt.meta) !== hashValue(head.prompt.meta);
  const status = renamed ? 'renamed' : promptChanged ? 'modified' : 'unchanged';
  const affected = new Set<string>();
  const baseTests = new Map(base.tests.map((t) => [t.id, t]));
  for (const t of head.tests) {
    const before = baseTests.get(t.id);
    if (promptChanged || !before || testKey(before) !== testKey(t) || usesChangedFile(t, changedPaths)) affected.add(t.id);
  }
  for (const t of base.tests) if (!head.tests.some((h) => h.id === t.id)) affected.add(t.id);
  return { id, base, head, status, previousPath: renamed ? base.prompt.path : undefined, affectedTests: affected };
}

/** What makes two definitions of a test the same test: everything but where it is written. */
function testKey(t: PromptTestCase): string {
  return hashValue({ vars: t.vars, expected: t.expected ?? null, assert: t.assert, repeat: t.repeat ?? 1 });
}

function usesChangedFile(t: PromptTestCase, changedPaths: Set<string>): boolean {
  return t.assert.some((a) => a.file !== undefined && [...changedPaths].some((p) => p.endsWith(a.file!.replace(/^\.\//, ''))));
}
