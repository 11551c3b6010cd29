import { formatCount, formatDuration, formatPercent, shortSha } from '../format.js';
import type { ComparisonReport } from '../types.js';
import { badge, el } from './dom.js';

const VERDICT_TEXT: Record<ComparisonReport['verdict'], string> = {
  pass: 'Pass',
  regression: 'Regression',
  fail: 'Failed',
  inconclusive: 'Inconclusive',
  skipped: 'Skipped',
  error: 'Error',
};

/** The verdict, why, what was compared and what it cost. */
export function header(report: ComparisonReport, testCount: number): HTMLElement {
  const verdict = VERDICT_TEXT[report.verdict] ?? report.verdict;
  const state = report.overridden ? 'accepted' : report.blocking ? 'blocking' : 'not blocking';
  const { stats } = report;
  const cached = stats.samples ? formatPercent(stats.cachedSamples / stats.samples) : '—';
  return el(
    'header',
    { class: `verdict verdict-${report.verdict}` },
    el('p', { class: 'brand' }, 'promptgate report'),
    el('h1', null, badge(report.verdict, verdict), ' ', el('span', { class: 'summary' }, report.summary)),
    el(
      'p',
      { class: 'refs' },
      'base ',
      el('code', null, report.base.ref),
      ` @ ${shortSha(report.base.sha)} → head `,
      el('code', null, report.head.ref),
      ` @ ${shortSha(report.head.sha)}`,
      ` · ${state}`,
    ),
    report.override && el('p', { class: 'override' }, overrideText(report.override)),
    el(
      'p',
      { class: 'stats' },
      `${formatCount(testCount)} tests · ${formatCount(stats.samples)} samples · ${formatCount(stats.modelCalls)} model calls · ${cached} cached · ${formatDuration(stats.durationMs)}`,
    ),
    report.notes.length > 0 && el('ul', { class: 'notes' }, ...report.notes.map((note) => el('li', null, note))),
  );
}

function overrideText(o: NonNullable<ComparisonReport['override']>): string {
  const what = { accepted: 'accepted', refused: 'not accepted (the labeler lacks the write, maintain or admin role)', stale: 'given for an older head, so no longer in force' }[o.status];
  return `Override label "${o.label}" by ${o.by} (${o.role}): ${what}${o.headSha ? ` — for ${shortSha(o.headSha)}` : ''}${o.reason ? `. ${o.reason}` : ''}`;
}
