/**
 * The HTML report page: reads report.json from the page's JSON script element and draws it.
 * Sections in reading order: verdict, prompts (charts), tests, prompt diffs, checklist, and
 * everything else the report holds (fields this page does not know yet included).
 */
import './style.css';
import type { ComparisonReport } from '../types.js';
import { checklistSection } from './checklist.js';
import { el } from './dom.js';
import { firstScreenDrawn } from './first-screen.js';
import { header } from './header.js';
import { otherSections } from './other.js';
import { promptDiffsSection } from './prompt-diffs.js';
import { promptsSection } from './prompts.js';
import { attachOutputs } from './outputs.js';
import { testsSection } from './tests-table.js';

const DATA_ID = 'promptgate-report';

function readReport(): ComparisonReport {
  const text = document.getElementById(DATA_ID)?.textContent;
  if (!text) throw new Error(`the report data (#${DATA_ID}) is missing from this file`);
  return JSON.parse(text) as ComparisonReport;
}

performance.mark('promptgate:script-start');
const app = document.getElementById('app')!;
try {
  const report = readReport();
  document.title = `promptgate: ${report.verdict} — ${report.head.ref}`;
  app.append(header(report), promptsSection(report), testsSection(report, attachOutputs(report.tests)), promptDiffsSection(report), checklistSection(report), ...otherSections(report));
  firstScreenDrawn();
} catch (err) {
  app.append(el('p', { class: 'fatal', role: 'alert' }, `This report could not be shown: ${err instanceof Error ? err.message : String(err)}`));
  throw err;
}
