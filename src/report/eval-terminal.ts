import type { EvalSummary, PromptSummary } from '../engine/evaluate.js';
import type { TestResult } from '../engine/types.js';
import { describeError, type UserError } from '../util/errors.js';
import { oneLine, styler, table } from './text.js';

export interface EvalView {
  prompts: PromptSummary[];
  results: TestResult[];
  summary: EvalSummary;
  errors: UserError[];
  /** Configured tests whose prompt did not load. */
  notRun: { test: string; file: string; reason: string }[];
  durationMs: number;
  cache: { hits: number; misses: number };
}

/** The `promptgate eval` table: one row per prompt, then what failed and why, then totals. */
export function renderEvalTable(view: EvalView, stream: NodeJS.WriteStream): string {
  const s = styler(stream);
  const rows = view.prompts.map((p) => [
    p.id,
    p.version.slice(0, 7),
    p.model,
    `${p.tokens.estimated ? '~' : ''}${p.tokens.tokens}`,
    String(p.tests),
    p.passRate === undefined ? '—' : `${Math.round(p.passRate * 100)}%`,
    p.meanScore === undefined ? '—' : p.meanScore.toFixed(2),
    [p.failed && s.red(`${p.failed} failed`), p.flaky && s.yellow(`${p.flaky} flaky`), p.errored && s.yellow(`${p.errored} errored`)]
      .filter(Boolean)
      .join(', ') || s.green('ok'),
  ]);
  const out: string[] = [table(rows, ['prompt', 'version', 'model', 'tokens', 'tests', 'pass', 'score', 'status'])];

  const failing = view.results.filter((r) => r.outcome === 'failed' || r.outcome === 'flaky');
  if (failing.length) {
    out.push('', s.bold('Failures'));
    for (const r of failing) {
      const run = r.runs.find((x) => x.outcome === 'failed');
      out.push(`${s.red('✗')} ${r.promptId} › ${r.testId}${r.description ? s.dim(` “${oneLine(r.description, 50)}”`) : ''}${r.outcome === 'flaky' ? s.yellow(` flaky ${r.passes}/${r.completed}`) : ''}`);
      for (const a of run?.assertions.filter((x) => !x.pass) ?? []) out.push(`    ${a.name}: ${oneLine(a.reason, 110)}`);
      if (run) out.push(s.dim(`    output: ${oneLine(run.output, 100)}`));
    }
  }

  const erroredRuns = view.results.flatMap((r) => r.runs.filter((x) => x.error).map((x) => x.error!));
  if (erroredRuns.length) {
    out.push('', s.bold('Provider errors') + s.dim(' (not counted as failures)'));
    const byCause = new Map<string, number>();
    for (const e of erroredRuns) {
      const key = `${e.modelId}: ${e.kind} — ${oneLine(e.message, 90)}`;
      byCause.set(key, (byCause.get(key) ?? 0) + 1);
    }
    for (const [cause, n] of byCause) out.push(`  ${s.yellow('!')} ${cause} ×${n}`);
  }

  if (view.errors.length) {
    out.push('', s.bold('Could not load'));
    for (const e of view.errors) {
      out.push(`  ${s.red('✗')} ${describeError(e).replace(/\n/g, '\n    ')}`);
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
