/**
 * Any JSON value as text: how the page shows report fields it has no dedicated view for
 * (including fields report.json gains after this page was written).
 */
import { el, type Child } from './dom.js';

/** Rows of an array of objects shown as a table at most; the rest are counted. */
const MAX_ROWS = 200;

export function valueView(value: unknown): Child {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value.includes('\n') || value.length > 120 ? el('pre', { class: 'text' }, value) : value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return arrayView(value);
  return fieldList(value as Record<string, unknown>);
}

/** An object's fields as a definition list; `skip` names fields shown elsewhere. */
export function fieldList(value: Record<string, unknown>, skip: ReadonlySet<string> = new Set()): HTMLElement | null {
  const entries = Object.entries(value).filter(([key]) => !skip.has(key));
  if (entries.length === 0) return null;
  return el('dl', { class: 'fields' }, ...entries.flatMap(([key, item]) => [el('dt', null, key), el('dd', null, valueView(item))]));
}

function arrayView(items: unknown[]): Child {
  if (items.length === 0) return el('span', { class: 'empty' }, 'none');
  if (!items.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) {
    return el('ul', null, ...items.slice(0, MAX_ROWS).map((item) => el('li', null, valueView(item))), more(items.length));
  }
  const rows = items as Record<string, unknown>[];
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return el(
    'div',
    { class: 'scroll' },
    el(
      'table',
      { class: 'generic' },
      el('thead', null, el('tr', null, ...columns.map((c) => el('th', { scope: 'col' }, c)))),
      el('tbody', null, ...rows.slice(0, MAX_ROWS).map((row) => el('tr', null, ...columns.map((c) => el('td', null, valueView(row[c])))))),
    ),
    more(items.length),
  );
}

function more(total: number): Child {
  return total > MAX_ROWS && el('p', { class: 'hint' }, `… and ${total - MAX_ROWS} more (see report.json).`);
}
