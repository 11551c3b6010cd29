import type { SuitePrompt } from '../engine/suite.js';
import type { PromptTestCase } from '../prompts/model.js';
import { canonicalJson } from '../util/hash.js';

/** What the head did to a base test that nonetheless stays in force until merge. */
export type HeadChange = 'removed' | 'changed';

/** The tests a prompt present at both sides is judged by. */
export interface JudgedTests {
  /**
   * What runs against the head prompt: every base test in its base definition (under its base
   * id, with values for variables only the head prompt has taken from the head's version of the
   * test), then the tests only the head has (they run as `new`).
   */
  head: PromptTestCase[];
  /** Base tests the head removed or changed, by base id: they were judged as at base. */
  headChanges: Map<string, HeadChange>;
  /** Base tests that cannot run against the head prompt (it needs variables they do not set), with why. */
  unrunnable: Map<string, string>;
  /** Base test id → the head test it was matched with, whatever its id is now. */
  matched: Map<string, PromptTestCase>;
}

/**
 * The base decides what a prompt is tested with: a test the head removes or weakens stays in
 * force (in its base definition) against the head prompt, and the head's own additions run as
 * new. Tests are matched by what they are, not by their id, which is a hash of every variable:
 * first by id, then by the values of the variables the base prompt uses, so an edit such as an
 * unused extra variable does not turn a regressed test into a new one.
 */
export function judgeTests(base: SuitePrompt, head: SuitePrompt): JudgedTests {
  const matched = matchTests(base, head);
  const headChanges = new Map<string, HeadChange>();
  const unrunnable = new Map<string, string>();
  const judged: PromptTestCase[] = [];
  for (const b of base.tests) {
    const h = matched.get(b.id);
    // Generated probes are promptgate's, derived from each side's prompt: the head did not write them.
    if (b.category === undefined) {
      if (!h) headChanges.set(b.id, 'removed');
      else if (definitionOf(b, base, head) !== definitionOf(h, base, head)) headChanges.set(b.id, 'changed');
    }
    const vars = sameKeys(h?.vars, b.vars) ? b.vars : { ...h?.vars, ...b.vars };
    const missing = missingAtHead(vars, base, head);
    if (missing.length) {
      unrunnable.set(b.id, `the head prompt needs ${missing.map((v) => `\`${v}\``).join(', ')}, which this base test does not set`);
      continue;
    }
    // Object.assign, not a spread: V8 gives a spread copy of each test (of a suite of thousands)
    // a hidden class of its own, about 450 bytes a test; assigned copies share one.
    judged.push(Object.assign({}, b, { vars, source: h?.source ?? { file: head.prompt.path } }));
  }
  const matchedHead = new Set(matched.values());
  judged.push(...head.tests.filter((t) => !matchedHead.has(t)));
  return { head: judged, headChanges, unrunnable, matched };
}

/** Base id → head test: the same id first, then the same values for the variables the base prompt uses. */
function matchTests(base: SuitePrompt, head: SuitePrompt): Map<string, PromptTestCase> {
  const matched = new Map<string, PromptTestCase>();
  const free = new Set(head.tests);
  const byId = new Map(head.tests.map((t) => [t.id, t]));
  for (const b of base.tests) {
    const h = byId.get(b.id);
    if (h && free.has(h)) {
      matched.set(b.id, h);
      free.delete(h);
    }
  }
  const identity = (t: PromptTestCase) => canonicalJson({ category: t.category ?? null, vars: restrict(t.vars, base.prompt.variables) });
  const byIdentity = new Map<string, PromptTestCase[]>();
  for (const h of free) {
    const k = identity(h);
    const same = byIdentity.get(k);
    if (same) same.push(h);
    else byIdentity.set(k, [h]);
  }
  for (const b of base.tests) {
    if (matched.has(b.id)) continue;
    const h = byIdentity.get(identity(b))?.shift();
    if (h) matched.set(b.id, h);
  }
  return matched;
}

/**
 * What a test checks, as text to compare: its inputs as either prompt or its assertions read
 * them, its expectation and its assertions. Not hashed: only compared with its partner's.
 */
function definitionOf(t: PromptTestCase, base: SuitePrompt, head: SuitePrompt): string {
  const assertions = assertionsOf(t.assert);
  const names = new Set([...base.prompt.variables, ...head.prompt.variables, ...assertions.variables]);
  // Keys in sorted order: canonicalJson writes such an object as it is, without copying it.
  return canonicalJson({ expected: t.expected ?? null, inject: t.inject ?? null, vars: restrict(t.vars, [...names]) }) + assertions.text;
}

/**
 * An assertion list's canonical text and the variables `{{name}}` it refers to (gh models'
 * `contains: "{{expected}}"`), once per list: a prompt's evaluators are one list all its tests share.
 */
const assertionLists = new WeakMap<PromptTestCase['assert'], { text: string; variables: string[] }>();
function assertionsOf(assert: PromptTestCase['assert']): { text: string; variables: string[] } {
  let known = assertionLists.get(assert);
  if (!known) {
    const text = canonicalJson(assert);
    known = { text, variables: [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]!) };
    assertionLists.set(assert, known);
  }
  return known;
}

/**
 * Variables the head prompt needs that neither the test nor a default sets. A variable the base
 * prompt renders without is optional (a `{{#if}}`), so only what the head newly needs counts.
 */
function missingAtHead(vars: Record<string, string>, base: SuitePrompt, head: SuitePrompt): string[] {
  const unset = (p: SuitePrompt) => p.prompt.variables.filter((v) => vars[v] === undefined && p.prompt.defaults?.[v] === undefined);
  const optional = new Set(unset(base));
  return unset(head).filter((v) => !optional.has(v));
}

/** Whether `{ ...head, ...base }` would hold nothing but `base`, in its order (then it need not be copied). */
function sameKeys(head: Record<string, string> | undefined, base: Record<string, string>): boolean {
  if (!head) return true;
  const a = Object.keys(head);
  const b = Object.keys(base);
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

function restrict(vars: Record<string, string>, names: string[]): Record<string, string> {
  return Object.fromEntries(names.filter((n) => vars[n] !== undefined).map((n) => [n, vars[n]!]));
}
