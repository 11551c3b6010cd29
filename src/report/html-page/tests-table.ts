import { formatCount, formatPValue, promptLabels } from '../format.js';
import type { FirstScreenData, TestRow } from '../html-data.js';
import { byPageOrder, changeRank, TESTS_PAGE_SIZE } from '../test-order.js';
import type { ComparisonReport, TestComparison } from '../types.js';
import { badge, el, replace, section } from './dom.js';
import { testDetail } from './test-detail.js';

const COLUMNS = ['Change', 'Prompt', 'Test', 'Base', 'Head', 'p (adjusted)'];

interface Filter {
  change: string;
  prompt: string;
  query: string;
  page: number;
}

/**
 * Every test in one paged table, filterable by change, prompt and text; a row opens its detail.
 * The first page is drawn from the data before the page script; the filters, the other pages and
 * the details work once the tests have arrived (`late`).
 */
export function testsSection(report: ComparisonReport, first: FirstScreenData, late: Promise<void>): HTMLElement {
  const labels = promptLabels(report.prompts);
  const c = controls(first.testCount);
  const full = new Map<TestRow, TestComparison>();
  const detailOf = async (t: TestRow) => (await late, full.get(t)!);
  const haystack = searchText(full);
  const filter: Filter = { change: '', prompt: '', query: '', page: 0 };
  let tests: TestRow[] = first.firstTests;
  let total = first.testCount;
  let matching = tests;

  const refilter = () => {
    const query = filter.query.trim().toLowerCase();
    matching = tests.filter((t) => (!filter.change || t.change === filter.change) && (!filter.prompt || t.promptId === filter.prompt) && (!query || haystack(t).includes(query)));
    filter.page = 0;
    draw();
  };
  const drawPager = (shown: number) => {
    // Until every test is here, `matching` is the first page of `total` tests.
    const count = matching === tests ? total : matching.length;
    const pages = Math.max(1, Math.ceil(count / TESTS_PAGE_SIZE));
    const start = filter.page * TESTS_PAGE_SIZE;
    c.status.textContent = matching.length ? `Showing ${formatCount(start + 1)}–${formatCount(start + shown)} of ${formatCount(count)} tests` : `0 of ${formatCount(total)} tests`;
    c.pageLabel.textContent = `Page ${formatCount(filter.page + 1)} of ${formatCount(pages)}`;
    c.previous.disabled = filter.page === 0;
    c.next.disabled = start + TESTS_PAGE_SIZE >= matching.length;
  };
  const draw = () => {
    filter.page = Math.min(filter.page, Math.max(0, Math.ceil(matching.length / TESTS_PAGE_SIZE) - 1));
    const shown = matching.slice(filter.page * TESTS_PAGE_SIZE, (filter.page + 1) * TESTS_PAGE_SIZE);
    replace(c.body, ...(shown.length ? shown.flatMap((t) => testRow(t, detailOf, labels)) : [el('tr', null, el('td', { colspan: COLUMNS.length, class: 'empty' }, 'No test matches these filters.'))]));
    drawPager(shown.length);
  };

  void late.then(() => {
    const all = [...report.tests].sort(byPageOrder);
    // The rows already drawn are the first page of the same order: they open the full tests.
    first.firstTests.forEach((t, i) => full.set(t, all[i]!));
    for (const t of all.slice(first.firstTests.length)) full.set(t, t);
    tests = matching = [...first.firstTests, ...all.slice(first.firstTests.length)];
    total = tests.length;
    fillFilters(c.changeSelect, c.promptSelect, tests, labels);
    for (const control of [c.changeSelect, c.promptSelect, c.search]) control.disabled = false;
    drawPager(Math.min(TESTS_PAGE_SIZE, tests.length));
  });
  c.changeSelect.addEventListener('change', () => ((filter.change = c.changeSelect.value), refilter()));
  c.promptSelect.addEventListener('change', () => ((filter.prompt = c.promptSelect.value), refilter()));
  let typing: ReturnType<typeof setTimeout> | undefined;
  c.search.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => ((filter.query = c.search.value), refilter()), 150);
  });
  c.previous.addEventListener('click', () => (filter.page--, draw()));
  c.next.addEventListener('click', () => (filter.page++, draw()));
  draw();
  return c.section;
}

/** The section's filters (disabled until every test is here), count, table body and pager. */
function controls(testCount: number) {
  const changeSelect = el('select', { id: 'filter-change', 'aria-label': 'Change', disabled: true }, option('', `all changes (${formatCount(testCount)})`));
  const promptSelect = el('select', { id: 'filter-prompt', 'aria-label': 'Prompt', disabled: true }, option('', 'all prompts'));
  const search = el('input', { id: 'filter-text', type: 'search', placeholder: 'Search tests and outputs', 'aria-label': 'Search tests and outputs', disabled: true });
  const status = el('p', { class: 'count', 'aria-live': 'polite' });
  const body = el('tbody');
  const previous = el('button', { type: 'button', class: 'page-previous' }, '‹ Previous');
  const next = el('button', { type: 'button', class: 'page-next' }, 'Next ›');
  const pageLabel = el('span', { class: 'page-label' });
  const view = section(
    'tests',
    'Tests',
    el('div', { class: 'filters' }, changeSelect, promptSelect, search),
    status,
    el('div', { class: 'scroll' }, el('table', { class: 'tests' }, el('thead', null, el('tr', null, ...COLUMNS.map((h) => el('th', { scope: 'col' }, h)))), body)),
    el('nav', { class: 'pager', 'aria-label': 'Test pages' }, previous, pageLabel, next),
  );
  return { section: view, changeSelect, promptSelect, search, status, body, previous, next, pageLabel };
}

/** What a text search looks in, lower-cased once per test: ids, description, outputs, failing reasons. */
function searchText(full: ReadonlyMap<TestRow, TestComparison>): (t: TestRow) => string {
  const texts = new Map<TestRow, string>();
  return (t) => {
    let text = texts.get(t);
    if (text === undefined) {
      const f = full.get(t)!;
      text = [t.promptId, t.testId, t.description, t.category, f.base?.output, f.head?.output, t.base?.reason, t.head?.reason].join('\n').toLowerCase();
      texts.set(t, text);
    }
    return text;
  };
}

/** The change and prompt filters' options, with counts, once every test is known. */
function fillFilters(changeSelect: HTMLSelectElement, promptSelect: HTMLSelectElement, tests: TestRow[], labels: ReadonlyMap<string, string>): void {
  const counts = new Map<string, number>();
  for (const t of tests) counts.set(t.change, (counts.get(t.change) ?? 0) + 1);
  const changes = [...counts.keys()].sort((a, b) => changeRank(a) - changeRank(b));
  const prompts = [...new Set(tests.map((t) => t.promptId))].sort();
  replace(changeSelect, option('', `all changes (${formatCount(tests.length)})`), ...changes.map((c) => option(c, `${c} (${formatCount(counts.get(c)!)})`)));
  replace(promptSelect, option('', `all prompts (${formatCount(prompts.length)})`), ...prompts.map((p) => option(p, labels.get(p) ?? p)));
}

function option(value: string, label: string): HTMLOptionElement {
  return el('option', { value }, label);
}

/** The row, and the detail row it opens (drawn on first open, once the test's outputs are in). */
function testRow(t: TestRow, detailOf: (t: TestRow) => Promise<TestComparison>, labels: ReadonlyMap<string, string>): HTMLTableRowElement[] {
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
      const test = await detailOf(t);
      if (!detail.firstElementChild!.hasChildNodes()) detail.firstElementChild!.append(testDetail(test));
    }
    detail.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  });
  return [row, detail];
}

function sideText(side: TestRow['base']): string {
  if (!side) return '—';
  return side.samples > 1 ? `${side.outcome} ${side.passes}/${side.samples - side.errors}` : side.outcome;
}
