import { formatCount, formatPValue, promptLabels } from '../format.js';
import type { ComparisonReport, TestComparison, TestSide } from '../types.js';
import { badge, el, replace, section } from './dom.js';
import { testDetail } from './test-detail.js';

/** Rows drawn at once: a page of a 5,000-test report costs what a small report does. */
export const PAGE_SIZE = 50;
/** Most telling changes first. */
const CHANGE_ORDER = ['regressed', 'errored', 'flaky', 'fixed', 'new', 'removed', 'unchanged'];
const COLUMNS = ['Change', 'Prompt', 'Test', 'Base', 'Head', 'p (adjusted)'];

interface Filter {
  change: string;
  prompt: string;
  query: string;
  page: number;
}

/**
 * Every test in one paged table, filterable by change, prompt and text; a row opens its detail.
 * Outputs arrive later (`outputs`): a search or an opened row waits for them.
 */
export function testsSection(report: ComparisonReport, outputs: Promise<void>): HTMLElement {
  const rank = (c: string) => (CHANGE_ORDER.includes(c) ? CHANGE_ORDER.indexOf(c) : CHANGE_ORDER.length);
  // Code-point order, not localeCompare: ids are ASCII paths, and ICU collation is slow at 5,000 rows.
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const tests = [...report.tests].sort((a, b) => rank(a.change) - rank(b.change) || order(a.promptId, b.promptId) || order(a.testId, b.testId));
  const haystacks = new Map<TestComparison, string>();
  const haystack = (t: TestComparison) => {
    let text = haystacks.get(t);
    if (text === undefined) {
      text = [t.promptId, t.testId, t.description, t.category, t.base?.output, t.head?.output, t.base?.reason, t.head?.reason].join('\n').toLowerCase();
      haystacks.set(t, text);
    }
    return text;
  };

  const filter: Filter = { change: '', prompt: '', query: '', page: 0 };
  const counts = new Map<string, number>();
  for (const t of tests) counts.set(t.change, (counts.get(t.change) ?? 0) + 1);
  const changes = [...counts.keys()].sort((a, b) => rank(a) - rank(b));
  const prompts = [...new Set(tests.map((t) => t.promptId))].sort();
  const labels = promptLabels(report.prompts);

  const changeSelect = el('select', { id: 'filter-change', 'aria-label': 'Change' }, option('', `all changes (${formatCount(tests.length)})`), ...changes.map((c) => option(c, `${c} (${formatCount(counts.get(c)!)})`)));
  const promptSelect = el('select', { id: 'filter-prompt', 'aria-label': 'Prompt' }, option('', `all prompts (${formatCount(prompts.length)})`), ...prompts.map((p) => option(p, labels.get(p) ?? p)));
  const search = el('input', { id: 'filter-text', type: 'search', placeholder: 'Search tests and outputs', 'aria-label': 'Search tests and outputs' });
  const status = el('p', { class: 'count', 'aria-live': 'polite' });
  const body = el('tbody');
  const previous = el('button', { type: 'button', class: 'page-previous' }, '‹ Previous');
  const next = el('button', { type: 'button', class: 'page-next' }, 'Next ›');
  const pageLabel = el('span', { class: 'page-label' });

  let matching = tests;
  const refilter = async () => {
    const query = filter.query.trim().toLowerCase();
    if (query) await outputs;
    matching = tests.filter((t) => (!filter.change || t.change === filter.change) && (!filter.prompt || t.promptId === filter.prompt) && (!query || haystack(t).includes(query)));
    filter.page = 0;
    draw();
  };
  const draw = () => {
    const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
    filter.page = Math.min(filter.page, pages - 1);
    const start = filter.page * PAGE_SIZE;
    const shown = matching.slice(start, start + PAGE_SIZE);
    replace(body, ...(shown.length ? shown.flatMap((t) => testRow(t, outputs, labels)) : [el('tr', null, el('td', { colspan: COLUMNS.length, class: 'empty' }, 'No test matches these filters.'))]));
    status.textContent = matching.length ? `Showing ${formatCount(start + 1)}–${formatCount(start + shown.length)} of ${formatCount(matching.length)} tests` : `0 of ${formatCount(tests.length)} tests`;
    pageLabel.textContent = `Page ${formatCount(filter.page + 1)} of ${formatCount(pages)}`;
    previous.disabled = filter.page === 0;
    next.disabled = filter.page >= pages - 1;
  };

  changeSelect.addEventListener('change', () => ((filter.change = changeSelect.value), void refilter()));
  promptSelect.addEventListener('change', () => ((filter.prompt = promptSelect.value), void refilter()));
  let typing: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => ((filter.query = search.value), void refilter()), 150);
  });
  previous.addEventListener('click', () => (filter.page--, draw()));
  next.addEventListener('click', () => (filter.page++, draw()));
  draw();

  return section(
    'tests',
    'Tests',
    el('div', { class: 'filters' }, changeSelect, promptSelect, search),
    status,
    el('div', { class: 'scroll' }, el('table', { class: 'tests' }, el('thead', null, el('tr', null, ...COLUMNS.map((c) => el('th', { scope: 'col' }, c)))), body)),
    el('nav', { class: 'pager', 'aria-label': 'Test pages' }, previous, pageLabel, next),
  );
}

function option(value: string, label: string): HTMLOptionElement {
  return el('option', { value }, label);
}

/** The row, and the detail row it opens (drawn on first open). */
function testRow(t: TestComparison, outputs: Promise<void>, labels: ReadonlyMap<string, string>): HTMLTableRowElement[] {
  const toggle = el('button', { type: 'button', class: 'test-toggle', 'aria-expanded': 'false' }, t.testId);
  const detail = el('tr', { class: 'test-detail', hidden: true }, el('td', { colspan: COLUMNS.length }));
  const row = el(
    'tr',
    { class: `test change-${t.change}`, 'data-change': t.change },
    el('td', null, badge(t.change)),
    el('td', { class: 'prompt-id' }, labels.get(t.promptId) ?? t.promptId),
    el('td', null, toggle, t.description && el('div', { class: 'description' }, t.description)),
    el('td', null, sideText(t.base)),
    el('td', null, sideText(t.head)),
    el('td', { class: 'num' }, t.adjustedPValue === null ? '—' : formatPValue(t.adjustedPValue)),
  );
  row.addEventListener('click', async (e) => {
    if ((e.target as HTMLElement).closest('.test-detail')) return;
    const open = detail.hidden;
    if (open && !detail.firstElementChild!.hasChildNodes()) {
      await outputs;
      if (!detail.firstElementChild!.hasChildNodes()) detail.firstElementChild!.append(testDetail(t));
    }
    detail.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  });
  return [row, detail];
}

function sideText(side: TestSide | null): string {
  if (!side) return '—';
  return side.samples > 1 ? `${side.outcome} ${side.passes}/${side.samples - side.errors}` : side.outcome;
}
