import type { SuitePrompt } from '../engine/suite.js';
import type { TestResult } from '../engine/types.js';

/**
 * The JSON `gh models eval FILE --json` prints, field for field, so a workflow that reads it
 * keeps working when promptgate runs instead — down to Go's `null` for an empty list of tests
 * or evaluators. Two additions, both absent when unused: a test
 * whose model call failed carries `error` (gh models would have stopped the run), and the
 * summary counts such tests as `erroredTests` (neither passed nor failed).
 */
export interface GhModelsEvaluation {
  name: string;
  description: string;
  model: string;
  testResults: GhModelsTestResult[] | null;
  summary: { totalTests: number; passedTests: number; failedTests: number; passRate: number; erroredTests?: number };
}

interface GhModelsTestResult {
  testCase: Record<string, unknown>;
  modelResponse: string;
  evaluationResults: { evaluatorName: string; score: number; passed: boolean; details?: string }[] | null;
  error?: string;
}

/** One prompt's results in `gh models eval --json` form; `results` are that prompt's, in test order. */
export function ghModelsEvaluation(entry: SuitePrompt, results: readonly TestResult[]): GhModelsEvaluation {
  // The row with its YAML types where it has them (`n: 2` prints as 2, not "2"), as gh models prints it.
  const rows = new Map(entry.tests.map((t): [string, Record<string, unknown>] => [t.id, t.row ?? t.vars]));
  const testResults = inFileOrder(entry, results).map((r): GhModelsTestResult => {
    // gh models runs each test once; with repeats, the first completed sample stands for the test.
    const run = r.runs.find((x) => x.outcome !== 'errored');
    const result: GhModelsTestResult = {
      testCase: rows.get(r.testId) ?? {},
      modelResponse: run?.output.trim() ?? '',
      evaluationResults: nullIfEmpty(
        (run?.assertions ?? []).map((a) => ({
          evaluatorName: a.name,
          score: a.rawScore ?? a.score,
          passed: a.pass,
          ...(a.reason ? { details: a.reason } : {}),
        })),
      ),
    };
    const error = r.runs.find((x) => x.error)?.error;
    if (r.outcome === 'errored' && error) result.error = `${error.modelId}: ${error.message}`;
    return result;
  });
  const passedTests = results.filter((r) => r.outcome === 'passed').length;
  const erroredTests = results.filter((r) => r.outcome === 'errored').length;
  const totalTests = results.length;
  return {
    name: entry.prompt.name ?? '',
    description: entry.prompt.description ?? '',
    model: entry.prompt.model ?? entry.modelId,
    testResults: nullIfEmpty(testResults),
    summary: {
      totalTests,
      passedTests,
      failedTests: totalTests - passedTests - erroredTests,
      passRate: totalTests === 0 ? 100 : (passedTests / totalTests) * 100,
      ...(erroredTests ? { erroredTests } : {}),
    },
  };
}

/**
 * Results in the order gh models runs the tests: the file's testData rows from top to bottom
 * (the suite orders tests by id), then any tests promptgate.yml adds, in its order.
 */
function inFileOrder(entry: SuitePrompt, results: readonly TestResult[]): TestResult[] {
  const place = new Map(entry.tests.map((t, i): [string, [number, number]] => [t.id, t.source?.file === entry.prompt.path ? [0, t.source.line ?? i] : [1, i]]));
  const rank = (r: TestResult) => place.get(r.testId) ?? [2, 0];
  return [...results].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1];
  });
}

/** Go marshals a nil slice as `null`, and gh models leaves these slices nil when nothing was added. */
function nullIfEmpty<T>(list: T[]): T[] | null {
  return list.length === 0 ? null : list;
}
