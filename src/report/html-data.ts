/**
 * The data an HTML report carries for its page, in two `<script type="application/json">`
 * elements: what the first screen needs before the page script, the rest after it. Shared by
 * the writer (src/report/html.ts) and the page (src/report/html-page/).
 */
import type { ChangedPrompt, ComparisonReport, TestComparison, TestSide } from './types.js';

/** The element before the page script: {@link FirstScreenData}. */
export const FIRST_SCREEN_DATA_ID = 'promptgate-report';
/**
 * The element after the page script: {@link LateData}. The tests, their outputs and the prompt
 * files are most of a big report's bytes; coming last, they do not hold up the first screen,
 * which needs only its first page of tests.
 */
export const LATE_DATA_ID = 'promptgate-texts';

/** A test as its table row shows it: without the outputs, which come with the late data. */
export type TestRow = Omit<TestComparison, 'base' | 'head'> & { base: Omit<TestSide, 'output'> | null; head: Omit<TestSide, 'output'> | null };

/** What the first screen needs: the report without its tests and prompt texts, how many tests there are, and the table's first page. */
export interface FirstScreenData {
  report: Omit<ComparisonReport, 'tests' | 'changedPrompts'> & { changedPrompts: Omit<ChangedPrompt, 'baseText' | 'headText'>[] };
  testCount: number;
  firstTests: TestRow[];
}

/** The rest of the report. */
export interface LateData {
  /** Every test, outputs included, in report order. */
  tests: TestComparison[];
  /** `[baseText, headText]` per changed prompt, in report order. */
  promptTexts: [string | null, string | null][];
}
