import { diffWordsWithSpace } from 'diff';
import { formatPValue } from '../format.js';
import type { TestComparison, TestSide } from '../types.js';
import { el, type Child } from './dom.js';
import { fieldList, valueView } from './generic.js';

/** Past this many word edits the outputs are shown without a diff (a rewrite reads better whole). */
const MAX_WORD_EDITS = 400;
/** Fields with a view of their own; any other field of a test (or a side) is listed as it is. */
const SHOWN_TEST_FIELDS = new Set(['promptId', 'testId', 'description', 'category', 'vars', 'change', 'base', 'head', 'pValue', 'adjustedPValue', 'source']);
const SHOWN_SIDE_FIELDS = new Set(['outcome', 'passes', 'samples', 'errors', 'score', 'output', 'reason']);

/** What a reviewer needs to judge one test: both outputs with a word diff, why each side failed, the probe's input. */
export function testDetail(t: TestComparison): HTMLElement {
  const [base, head] = outputsWithDiff(t.base?.output ?? null, t.head?.output ?? null);
  return el(
    'div',
    { class: 'detail' },
    el('p', { class: 'meta' }, ...facts(t)),
    t.category !== undefined &&
      el('div', { class: 'probe' }, el('h4', null, `Probe: ${t.category}`), t.description, t.vars && el('h5', null, 'Input (the attack text included)'), t.vars && valueView(t.vars)),
    el('div', { class: 'sides' }, sideView('Base', t.base, base), sideView('Head', t.head, head)),
    fieldList(t as unknown as Record<string, unknown>, SHOWN_TEST_FIELDS),
  );
}

function facts(t: TestComparison): Child[] {
  const parts: string[] = [`${t.promptId} · ${t.testId}`];
  if (t.source) parts.push(`defined at ${t.source.file}${t.source.line ? `:${t.source.line}` : ''}`);
  if (t.pValue !== null) parts.push(`one-sided Fisher ${formatPValue(t.pValue)}`);
  if (t.adjustedPValue !== null) parts.push(`Holm-adjusted ${formatPValue(t.adjustedPValue)}`);
  return [parts.join(' · ')];
}

function sideView(title: string, side: TestSide | null, output: Child): HTMLElement {
  if (!side) return el('div', { class: 'side' }, el('h4', null, title), el('p', { class: 'empty' }, title === 'Base' ? 'Not at base (a new test).' : 'Not at head (removed).'));
  const counts = `${side.outcome} · ${side.passes} of ${side.samples - side.errors} completed samples passed${side.errors ? `, ${side.errors} errored` : ''} · score ${side.score.toFixed(2)}`;
  return el(
    'div',
    { class: `side side-${title.toLowerCase()}` },
    el('h4', null, title, ' ', el('span', { class: 'side-counts' }, counts)),
    el('pre', { class: 'output' }, output),
    el('h5', null, 'Assertions'),
    side.reason ? el('pre', { class: 'reason' }, side.reason) : el('p', { class: 'assertions-passed' }, side.outcome === 'passed' ? 'All assertions passed.' : 'No reason recorded.'),
    fieldList(side as unknown as Record<string, unknown>, SHOWN_SIDE_FIELDS),
  );
}

/** Each output as text runs, marking what the other side lacks (`del` at base, `ins` at head). */
function outputsWithDiff(base: string | null, head: string | null): [Child, Child] {
  if (base === null || head === null) return [base ?? '', head ?? ''];
  const changes = diffWordsWithSpace(base, head, { maxEditLength: MAX_WORD_EDITS });
  if (!changes) return [base, head];
  const baseRuns = el('span');
  const headRuns = el('span');
  for (const change of changes) {
    if (change.added) headRuns.append(el('ins', null, change.value));
    else if (change.removed) baseRuns.append(el('del', null, change.value));
    else {
      baseRuns.append(change.value);
      headRuns.append(change.value);
    }
  }
  return [baseRuns, headRuns];
}
