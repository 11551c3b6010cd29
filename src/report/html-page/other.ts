import { problemLocation } from '../format.js';
import type { ComparisonReport } from '../types.js';
import { el, section } from './dom.js';
import { fieldList, valueView } from './generic.js';

/** Top-level fields with a section of their own (here or elsewhere on the page). */
const SHOWN = new Set([
  'schemaVersion', 'verdict', 'summary', 'blocking', 'overridden', 'override', 'base', 'head', 'notes', 'stats',
  'prompts', 'tests', 'changedPrompts', 'checklist', 'errors', 'providerErrors', 'growth', 'reviewSample',
]);

/** Files that could not be read, provider failures, token growth, the review sample, and everything else in the report. */
export function otherSections(report: ComparisonReport): HTMLElement[] {
  const sections: HTMLElement[] = [];
  if (report.errors.length) {
    sections.push(
      section(
        'file-errors',
        'Files that could not be read',
        el('ul', null, ...report.errors.map((e) => el('li', null, el('code', null, problemLocation(e) || '(no file)'), ` (${e.side}): ${e.message}`, e.hint && el('div', { class: 'hint' }, e.hint)))),
      ),
    );
  }
  if (report.providerErrors.length) sections.push(section('provider-errors', 'Provider failures', valueView(report.providerErrors)));
  if (report.growth.length) sections.push(section('growth', 'Prompt growth', valueView(report.growth)));
  if (report.reviewSample.length) sections.push(section('review-sample', 'Head outputs to read', valueView(report.reviewSample)));
  const rest = fieldList(report as unknown as Record<string, unknown>, SHOWN);
  if (rest) sections.push(section('more', 'Run details', rest));
  return sections;
}
