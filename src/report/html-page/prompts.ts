import { formatCount, formatMs, formatPercent, formatPValue, formatScore, formatSigned, formatUsd, promptLabel } from '../format.js';
import type { ComparisonReport, PromptComparison, SideStats } from '../types.js';
import { baseHeadChart, scoreChangeChart } from './charts.js';
import { badge, el, replace, section, type Child } from './dom.js';

/** Prompts in the overview chart at most. */
const OVERVIEW_PROMPTS = 25;
/** Table rows drawn at first (the most changed prompts); the others are drawn when asked for. */
const FIRST_ROWS = 25;

/**
 * Per prompt: the score change with its interval for the most changed prompts, a table of
 * every prompt's numbers, and for the selected prompt base-vs-head charts of score, pass rate,
 * latency, tokens and cost.
 */
export function promptsSection(report: ComparisonReport): HTMLElement {
  if (report.prompts.length === 0) return section('prompts', 'Prompts', el('p', { class: 'empty' }, 'No prompt was compared.'));
  const ordered = [...report.prompts].sort((a, b) => Number(b.regressed) - Number(a.regressed) || (a.delta.score ?? 0) - (b.delta.score ?? 0));
  const overview = ordered.slice(0, OVERVIEW_PROMPTS);
  const detail = el('div', { class: 'prompt-detail', 'aria-live': 'polite' });
  const rows: HTMLTableRowElement[] = [];
  const select = (index: number) => {
    rows.forEach((row, i) => row.setAttribute('aria-selected', String(i === index)));
    replace(detail, ...promptCharts(ordered[index]!));
  };
  const body = el('tbody');
  const drawRows = (upTo: number) => {
    for (let i = rows.length; i < upTo; i++) {
      const row = promptRow(ordered[i]!);
      row.addEventListener('click', () => select(i));
      row.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          select(i);
        }
      });
      rows.push(row);
      body.append(row);
    }
  };
  drawRows(Math.min(FIRST_ROWS, ordered.length));
  const more = ordered.length > FIRST_ROWS && el('button', { type: 'button', class: 'show-all' }, `Show all ${formatCount(ordered.length)} prompts`);
  if (more) more.addEventListener('click', () => (drawRows(ordered.length), more.remove()));
  const table = el(
    'table',
    { class: 'prompts' },
    el('thead', null, el('tr', null, ...['Prompt', 'Model', 'Score base → head', 'Δ (95% interval)', 'Pass rate', 'Latency p50 / p95', 'Tokens', 'Cost / 1k calls (USD)'].map((h) => el('th', { scope: 'col' }, h)))),
    body,
  );
  const view = section(
    'prompts',
    'Prompts',
    scoreChangeChart(
      ordered.length > OVERVIEW_PROMPTS ? `Score change, head − base (the ${OVERVIEW_PROMPTS} most changed of ${formatCount(ordered.length)} prompts)` : 'Score change, head − base',
      overview.map((p) => ({ label: promptLabel(p), delta: p.delta.score, ci95: p.significance.ci95 })),
      (v) => formatSigned(v),
    ),
    el('p', { class: 'hint' }, 'Select a prompt to chart it.'),
    el('div', { class: 'scroll' }, table),
    more,
    detail,
  );
  select(0);
  return view;
}

function promptRow(p: PromptComparison): HTMLTableRowElement {
  const pair = (pick: (s: SideStats) => number | null, format: (v: number | null) => string) => `${format(p.base ? pick(p.base) : null)} → ${format(p.head ? pick(p.head) : null)}`;
  const ci = p.significance.ci95;
  const significance = p.significance.pValue === null ? '' : ` ${formatPValue(p.significance.pValue)}`;
  return el(
    'tr',
    { class: 'selectable', tabindex: 0, 'aria-selected': 'false' },
    el('th', { scope: 'row' }, p.regressed && badge('regressed'), ' ', ...promptTitle(p)),
    el('td', null, p.model),
    el('td', { class: 'num' }, pair((s) => s.meanScore, formatScore)),
    el('td', { class: 'num' }, `${formatSigned(p.delta.score)}${ci ? ` (${formatSigned(ci[0])} … ${formatSigned(ci[1])})` : ''}${significance}`),
    el('td', { class: 'num' }, pair((s) => s.passRate, formatPercent)),
    el('td', { class: 'num' }, `${pair((s) => s.latencyP50Ms, formatMs)} / ${pair((s) => s.latencyP95Ms, formatMs)}`),
    el('td', { class: 'num' }, pair((s) => s.tokens, (v) => (v === null ? '—' : formatCount(v)))),
    el('td', { class: 'num' }, pair((s) => s.costPer1kUsd, formatUsd)),
  );
}

/** The prompt's `name:` over its id, or the id alone; the `description:` as the row's tooltip. */
function promptTitle(p: PromptComparison): Child[] {
  if (!p.name || p.name === p.id) return [p.id];
  return [el('span', { class: 'prompt-name', title: p.description ?? '' }, p.name), el('div', { class: 'prompt-id' }, p.id)];
}

function promptCharts(p: PromptComparison): Child[] {
  const side = (pick: (s: SideStats) => number | null) => [p.base ? pick(p.base) : null, p.head ? pick(p.head) : null] as const;
  const series = (labels: string[], picks: ((s: SideStats) => number | null)[]) => ({
    labels,
    base: picks.map((pick) => side(pick)[0]),
    head: picks.map((pick) => side(pick)[1]),
  });
  return [
    el('h3', null, promptLabel(p)),
    p.description && el('p', { class: 'description' }, p.description),
    el(
      'div',
      { class: 'charts' },
      baseHeadChart('Score and pass rate', series(['mean score', 'pass rate'], [(s) => s.meanScore, (s) => s.passRate]), (v) => v.toFixed(2), 1),
      baseHeadChart('Latency', series(['p50', 'p95'], [(s) => s.latencyP50Ms, (s) => s.latencyP95Ms]), (v) => formatMs(v)),
      baseHeadChart('Tokens per call', series(['tokens'], [(s) => s.tokens]), (v) => formatCount(v)),
      baseHeadChart('Cost per 1,000 calls (USD)', series(['cost / 1k'], [(s) => s.costPer1kUsd]), (v) => formatUsd(v)),
    ),
  ];
}
