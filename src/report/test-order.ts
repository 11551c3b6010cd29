import type { TestComparison } from './types.js';

/** Test rows the HTML report shows at once: a page of a 5,000-test report costs what a small report does. */
export const TESTS_PAGE_SIZE = 50;

/** Most telling changes first. */
const CHANGE_ORDER = ['regressed', 'errored', 'flaky', 'fixed', 'new', 'removed', 'unchanged'];

/** Where a change sorts: known changes in {@link CHANGE_ORDER}, anything else after them. */
export function changeRank(change: string): number {
  const i = CHANGE_ORDER.indexOf(change);
  return i === -1 ? CHANGE_ORDER.length : i;
}

/**
 * The order of the HTML report's tests table: by change, then prompt id, then test id. The file
 * carries the first page in this order before the page script, so both must sort alike.
 */
export function byPageOrder(a: TestComparison, b: TestComparison): number {
  return changeRank(a.change) - changeRank(b.change) || codePointOrder(a.promptId, b.promptId) || codePointOrder(a.testId, b.testId);
}

// Code-point order, not localeCompare: ids are ASCII paths, and ICU collation is slow at 5,000 rows.
function codePointOrder(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
