import type { TestComparison } from '../types.js';

const OUTPUTS_ID = 'promptgate-outputs';

/**
 * The tests' outputs, which the file carries after the page script (src/report/html.ts) so the
 * first screen is drawn before the browser has even read them. Resolves once they are attached
 * to `tests` (report order), when the document has been read to its end.
 */
export function attachOutputs(tests: TestComparison[]): Promise<void> {
  return new Promise((resolve, reject) => {
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        const text = document.getElementById(OUTPUTS_ID)?.textContent;
        if (!text) return reject(new Error(`the tests' outputs (#${OUTPUTS_ID}) are missing from this file`));
        const outputs = JSON.parse(text) as [string | null, string | null][];
        tests.forEach((t, i) => {
          if (t.base) t.base.output = outputs[i]?.[0] ?? '';
          if (t.head) t.head.output = outputs[i]?.[1] ?? '';
        });
        resolve();
      },
      { once: true },
    );
  });
}
