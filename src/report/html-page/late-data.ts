import { LATE_DATA_ID, type LateData } from '../html-data.js';
import type { ComparisonReport } from '../types.js';

/**
 * The tests with their outputs and the changed prompts' texts, which the file carries after the
 * page script (src/report/html-data.ts) so the first screen is drawn before the browser has even
 * read them. Resolves once they are put into `report`, when the document has been read to its end.
 */
export function attachLateData(report: ComparisonReport): Promise<void> {
  return new Promise((resolve, reject) => {
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        const text = document.getElementById(LATE_DATA_ID)?.textContent;
        if (!text) return reject(new Error(`the tests and prompt texts (#${LATE_DATA_ID}) are missing from this file`));
        const late = JSON.parse(text) as LateData;
        report.tests = late.tests;
        report.changedPrompts.forEach((p, i) => {
          p.baseText = late.promptTexts[i]?.[0] ?? null;
          p.headText = late.promptTexts[i]?.[1] ?? null;
        });
        resolve();
      },
      { once: true },
    );
  });
}
