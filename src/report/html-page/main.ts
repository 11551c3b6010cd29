/**
 * The HTML report page: reads the report from the file's two JSON script elements (src/report/html-data.ts) and draws it.
 * Sections in reading order: verdict, prompts (charts), tests, prompt diffs, checklist, and
 * everything else the report holds (fields this page does not know yet included).
 */
import './style.css';
import { FIRST_SCREEN_DATA_ID, type FirstScreenData } from '../html-data.js';
import type { ComparisonReport } from '../types.js';
import { checklistSection } from './checklist.js';
import { el } from './dom.js';
import { afterFirstScreen, firstScreenDrawn } from './first-screen.js';
import { header } from './header.js';
import { attachLateData } from './late-data.js';
import { otherSections } from './other.js';
import { promptDiffsSection } from './prompt-diffs.js';
import { promptsSection } from './prompts.js';
import { testsSection } from './tests-table.js';

function readFirstScreen(): FirstScreenData {
  const text = document.getElementById(FIRST_SCREEN_DATA_ID)?.textContent;
  if (!text) throw new Error(`the report data (#${FIRST_SCREEN_DATA_ID}) is missing from this file`);
  return JSON.parse(text) as FirstScreenData;
}

performance.mark('promptgate:script-start');
const app = document.getElementById('app')!;
shown(() => {
  const first = readFirstScreen();
  // The tests and prompt texts are put in when the rest of the file has been read.
  const report: ComparisonReport = { ...first.report, tests: [], changedPrompts: first.report.changedPrompts.map((p) => ({ ...p, baseText: null, headText: null })) };
  const late = attachLateData(report);
  document.title = `promptgate: ${report.verdict} — ${report.head.ref}`;
  // The first screen: what a reviewer sees on opening. The sections below it are drawn once it
  // has been painted, so their layout does not hold it up.
  app.append(header(report, first.testCount), promptsSection(report), testsSection(report, first, late));
  afterFirstScreen(() => shown(() => app.append(promptDiffsSection(report, late), checklistSection(report), ...otherSections(report))));
  firstScreenDrawn();
});

/** Runs `draw`; should it fail, the page says why instead of staying blank. */
function shown(draw: () => void): void {
  try {
    draw();
  } catch (err) {
    app.append(el('p', { class: 'fatal', role: 'alert' }, `This report could not be shown: ${err instanceof Error ? err.message : String(err)}`));
    throw err;
  }
}
