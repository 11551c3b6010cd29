import type { SuitePrompt, Suite } from '../engine/suite.js';
import type { PromptTestCase } from '../prompts/model.js';
import { hashValue } from '../util/hash.js';
import type { ChangedFile } from '../source/types.js';
import { judgeTests, type HeadChange } from './judged-tests.js';

/** A prompt as it is at base and at head (either side may be missing). */
export interface PromptPair {
  id: string;
  base?: SuitePrompt;
  /** The head prompt with the tests it is judged by (see {@link judgeTests}), not the head's own list. */
  head?: SuitePrompt;
  status: 'added' | 'modified' | 'deleted' | 'renamed' | 'unchanged';
  previousPath?: string;
  /** Ids of tests to run on both sides; tests of an added/deleted prompt are all of its side's. */
  affectedTests: Set<string>;
  /** Base tests the head removed or changed: judged as at base, and shown as such. */
  headChanges: Map<string, HeadChange>;
  /** Base tests the head prompt cannot run, and why: they count as removed. */
  unrunnable: Map<string, string>;
}

/** Shared tests (by what they are) over which a moved prompt is recognised: at least this share of the base's. */
const SAME_TESTS_SHARE = 0.5;
/** Or the share of words its messages keep. */
const SAME_TEXT_SHARE = 0.8;

/**
 * Pairs base and head prompts and decides which tests a change affects: every test of a changed
 * prompt, tests whose own definition changed, and tests whose custom assertion file changed.
 * A prompt that moves stays one prompt whatever git's rename detection says: pairs are made by
 * id, then by git's renames, then by what the prompts are (the same tests, or nearly the same text).
 */
export function planComparison(base: Suite, head: Suite, changed: ChangedFile[]): PromptPair[] {
  const renamedFrom = new Map(changed.filter((f) => f.status === 'renamed').map((f) => [f.path, f.previousPath!]));
  const changedPaths = new Set(changed.flatMap((f) => (f.previousPath ? [f.path, f.previousPath] : [f.path])));
  const baseById = new Map(base.prompts.map((p) => [p.prompt.id, p]));
  const baseByPath = new Map(base.prompts.map((p) => [p.prompt.path, p]));
  const partner = new Map<SuitePrompt, SuitePrompt | undefined>();
  const pairedBase = new Set<SuitePrompt>();

  for (const h of head.prompts) {
    const oldPath = renamedFrom.get(h.prompt.path);
    const b = baseById.get(h.prompt.id) ?? (oldPath ? baseByPath.get(oldPath) : undefined);
    if (b && !pairedBase.has(b)) {
      pairedBase.add(b);
      partner.set(h, b);
    } else partner.set(h, undefined);
  }
  for (const h of head.prompts) {
    if (partner.get(h)) continue;
    const b = sameAs(h, base.prompts.filter((p) => !pairedBase.has(p)));
    if (b) {
      pairedBase.add(b);
      partner.set(h, b);
    }
  }

  const pairs = head.prompts.map((h) => pairOf(h.prompt.id, partner.get(h), h, changedPaths));
  for (const b of base.prompts) if (!pairedBase.has(b)) pairs.push(pairOf(b.prompt.id, b, undefined, changedPaths));
  return pairs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The unpaired base prompt a head prompt most resembles, if it is the same prompt moved. */
function sameAs(head: SuitePrompt, candidates: SuitePrompt[]): SuitePrompt | undefined {
  let best: { prompt: SuitePrompt; score: number } | undefined;
  for (const b of candidates) {
    const score = Math.max(sharedTests(b, head) / SAME_TESTS_SHARE, sharedWords(b, head) / SAME_TEXT_SHARE);
    if (score >= 1 && (!best || score > best.score)) best = { prompt: b, score };
  }
  return best?.prompt;
}

/** Share of the base prompt's own tests that the head has too, by their inputs. */
function sharedTests(base: SuitePrompt, head: SuitePrompt): number {
  const own = (p: SuitePrompt) => p.tests.filter((t) => !t.category).map((t) => hashValue(inputsOf(t, base)));
  const baseTests = own(base);
  if (baseTests.length === 0) return 0;
  const headTests = new Set(own(head));
  return baseTests.filter((t) => headTests.has(t)).length / baseTests.length;
}

function inputsOf(t: PromptTestCase, base: SuitePrompt): Record<string, string> {
  return Object.fromEntries(base.prompt.variables.filter((v) => t.vars[v] !== undefined).map((v) => [v, t.vars[v]!]));
}

/** Jaccard similarity of the words of both prompts' messages. */
function sharedWords(base: SuitePrompt, head: SuitePrompt): number {
  const words = (p: SuitePrompt) => new Set(p.prompt.messages.flatMap((m) => m.content.toLowerCase().split(/\W+/).filter(Boolean)));
  const a = words(base);
  const b = words(head);
  if (a.size === 0 || b.size === 0) return 0;
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / (a.size + b.size - shared);
}

function pairOf(id: string, base: SuitePrompt | undefined, head: SuitePrompt | undefined, changedPaths: Set<string>): PromptPair {
  const none = { headChanges: new Map<string, HeadChange>(), unrunnable: new Map<string, string>() };
  if (!base) return { id, head, status: 'added', affectedTests: new Set(head!.tests.map((t) => t.id)), ...none };
  if (!head) return { id, base, status: 'deleted', affectedTests: new Set(base.tests.map((t) => t.id)), ...none };
  const renamed = base.prompt.path !== head.prompt.path;
  const promptChanged = base.prompt.version !== head.prompt.version || base.modelId !== head.modelId || hashValue(base.prompt.meta) !== hashValue(head.prompt.meta);
  const status = renamed ? 'renamed' : promptChanged ? 'modified' : 'unchanged';
  const judged = judgeTests(base, head);
  const affected = new Set<string>();
  const baseIds = new Set(base.tests.map((t) => t.id));
  for (const t of judged.head) {
    if (promptChanged || !baseIds.has(t.id) || judged.headChanges.has(t.id) || usesChangedFile(t, changedPaths)) affected.add(t.id);
  }
  for (const id of judged.unrunnable.keys()) affected.add(id);
  return {
    id,
    base,
    head: { ...head, tests: judged.head },
    status,
    previousPath: renamed ? base.prompt.path : undefined,
    affectedTests: affected,
    headChanges: judged.headChanges,
    unrunnable: judged.unrunnable,
  };
}

function usesChangedFile(t: PromptTestCase, changedPaths: Set<string>): boolean {
  return t.assert.some((a) => a.file !== undefined && [...changedPaths].some((p) => p.endsWith(a.file!.replace(/^\.\//, ''))));
}

/**
 * Notes on what the head did to the tests and prompts the base evaluated: removed or changed
 * tests stay in force; tests the head prompt cannot run count as removed; a removed prompt
 * whose file name appears elsewhere was moved out of the prompt selection.
 */
export function headChangeNotes(pairs: PromptPair[], headFiles: string[]): string[] {
  const notes: string[] = [];
  const inForce = pairs.flatMap((p) => [...p.headChanges].map(([id, change]) => `${p.id}/${id} (${change})`));
  if (inForce.length) notes.push(`tests the head removes or changes stay in force until merge and were judged as at base: ${listed(inForce)}`);
  const unrunnable = pairs.flatMap((p) => [...p.unrunnable].map(([id, why]) => `${p.id}/${id}: ${why}`));
  if (unrunnable.length) notes.push(`base tests the head prompt cannot run count as removed: ${listed(unrunnable)}`);
  for (const p of pairs.filter((x) => x.status === 'deleted')) {
    const name = p.base!.prompt.path.split('/').at(-1)!.toLowerCase();
    const lookalike = headFiles.find((f) => f.split('/').at(-1)!.toLowerCase() === name);
    notes.push(
      `${p.base!.prompt.path} is no longer an evaluated prompt at head${lookalike ? ` (${lookalike} has its name but is outside the prompt selection)` : ''}: removing a prompt needs acceptance`,
    );
  }
  return notes;
}

function listed(items: string[]): string {
  return items.length > 5 ? `${items.slice(0, 5).join('; ')} and ${items.length - 5} more` : items.join('; ');
}
