import type { ComparisonReport } from '../types.js';
import { badge, el, section } from './dom.js';

/** The readiness checklist: each item's status and the evidence behind it. */
export function checklistSection(report: ComparisonReport): HTMLElement {
  if (report.checklist.length === 0) return section('checklist', 'Readiness checklist', el('p', { class: 'empty' }, 'No checklist item applies to this change.'));
  return section(
    'checklist',
    'Readiness checklist',
    el(
      'table',
      { class: 'checklist' },
      el('thead', null, el('tr', null, ...['Status', 'Check', 'Required', 'Evidence'].map((h) => el('th', { scope: 'col' }, h)))),
      el(
        'tbody',
        null,
        ...report.checklist.map((item) =>
          el('tr', { id: `check-${item.anchor}` }, el('td', null, badge(item.status)), el('th', { scope: 'row' }, item.title), el('td', null, item.required ? 'required' : 'advisory'), el('td', { class: 'evidence' }, item.evidence)),
        ),
      ),
    ),
  );
}
