import type { EvalSummary, PromptSummary } from '../engine/engine.js';
import type { Suite } from '../engine/suite.js';
import { keyOf, type TestResult } from '../engine/types.js';
import type { PromptTestCase } from '../prompts/model.js';
import { describeError, type UserError } from '../util/errors.js';
import { escapeTerminal } from './escape.js';
import { promptLabel, promptLabels } from './format.js';
import { oneLine, styler, table, type Styler } from './text.js';

export interface EvalView {
  prompts: PromptSummary[];
  /** The tests as loaded: what a probe sent, and which tests are the user's own. */
  suite: Suite;
  results: TestResult[];
  summary: EvalSummary;
  errors: UserError[];
  /** Configured tests whose prompt did not load. */
  notRun: { test: string; file: string; reason: string }[];
  durationMs: number;
  cache: { hits: number; misses: number };
}

/**
 * The `promptgate eval` table: one row per prompt (by its `name:` when it has one), then what
 * failed and why — the prompt's own tests first, the built-in probes after, each with the
 * attack it sent — then totals. Prompt files and model outputs are untrusted: control
 * characters are stripped.
 */
export function renderEvalTable(view: EvalView, stream: NodeJS.WriteStream): string {
  const s = styler(stream);
  const rows = view.prompts.map((p) => [
    escapeTerminal(promptLabel(p)),
    p.version.slice(0, 7),
    escapeTerminal(p.model),
    `${p.tokens.estimated ? '~' : ''}${p.tokens.tokens}`,
    String(p.tests),
    p.passRate === undefined ? '—' : `${Math.round(p.passRate * 100)}%`,
    p.meanScore === undefined ? '—' : p.meanScore.toFixed(2),
    [p.failed && s.red(`${p.failed} failed`), p.flaky && s.yellow(`${p.flaky} flaky`), p.errored && s.yellow(`${p.errored} errored`)]
      .filter(Boolean)
      .join(', ') || s.green('ok'),
  ]);
  const out: string[] = [table(rows, ['prompt', 'version', 'model', 'tokens', 'tests', 'pass', 'score', 'status'])];

  const cases = new Map(view.suite.prompts.flatMap((p) => p.tests.map((t) => [keyOf(p.prompt.id, t.id), t] as const)));
  const labels = promptLabels(view.prompts);
  const failing = view.results.filter((r) => r.outcome === 'failed' || r.outcome === 'flaky');
  const caseOf = (r: TestResult) => cases.get(keyOf(r.promptId, r.testId));
  const own = failing.filter((r) => !caseOf(r)?.category);
  const probes = failing.filter((r) => caseOf(r)?.category);
  if (own.length) out.push('', s.bold('Failures'), ...own.flatMap((r) => failureLines(r, caseOf(r), labels, s)));
  if (probes.length) out.push('', s.bold('Failed built-in probes'), ...probes.flatMap((r) => failureLines(r, caseOf(r), labels, s)));

  const erroredRuns = view.results.flatMap((r) => r.runs.filter((x) => x.error).map((x) => x.error!));
  if (erroredRuns.length) {
    out.push('', s.bold('Provider errors') + s.dim(' (not counted as failures)'));
    const byCause = new Map<string, number>();
    for (const e of erroredRuns) {
      const key = `${e.modelId}: ${e.kind} — ${oneLine(e.message, 90)}`;
      byCause.set(key, (byCause.get(key) ?? 0) + 1);
    }
    for (const [cause, n] of byCause) out.push(`  ${s.yellow('!')} ${escapeTerminal(cause)} ×${n}`);
  }

  if (view.errors.length) {
    out.push('', s.bold('Could not load'));
    for (const e of view.errors) {
      out.push(`  ${s.red('✗')} ${escapeTerminal(describeError(e)).replace(/\n/g, '\n    ')}`);
      for (const t of view.notRun.filter((n) => n.file === e.location?.file)) out.push(`    ${s.dim(`not run: ${t.reason} — ${t.test}`)}`);
    }
  }

  const { summary: t } = view;
  const parts = [s.green(`${t.passed} passed`), t.failed ? s.red(`${t.failed} failed`) : `${t.failed} failed`];
  if (t.flaky) parts.push(s.yellow(`${t.flaky} flaky`));
  if (t.errored) parts.push(s.yellow(`${t.errored} errored`));
  out.push('', `${t.tests} tests: ${parts.join(', ')} ${s.dim(`in ${(view.durationMs / 1000).toFixed(1)}s, ${view.cache.hits} cached`)}`);
  return out.join('\n');
}

function failureLines(r: TestResult, test: PromptTestCase | undefined, labels: ReadonlyMap<string, string>, s: Styler): string[] {
  const run = r.runs.find((x) => x.outcome === 'failed');
  const where = test?.source?.line ? s.dim(` ${test.source.file}:${test.source.line}`) : '';
  const lines = [
    `${s.red('✗')} ${escapeTerminal(labels.get(r.promptId) ?? r.promptId)} › ${escapeTerminal(r.testId)}${r.description ? s.dim(` “${escapeTerminal(oneLine(r.description, 50))}”`) : ''}${r.outcome === 'flaky' ? s.yellow(` flaky ${r.passes}/${r.completed}`) : ''}${where}`,
  ];
  if (test?.attack) lines.push(s.dim(`    sent:   ${escapeTerminal(oneLine(test.attack, 100))}`));
  for (const a of run?.assertions.filter((x) => !x.pass) ?? []) lines.push(`    ${escapeTerminal(a.name)}: ${escapeTerminal(oneLine(a.reason, 110))}`);
  if (run) lines.push(s.dim(`    output: ${escapeTerminal(oneLine(run.output, 100))}`));
  return lines;
}
