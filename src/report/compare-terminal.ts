import { structuredPatch } from 'diff';
import { escapeTerminal } from './escape.js';
import {
  formatCount,
  formatDuration,
  formatMs,
  formatPercent,
  formatPValue,
  formatScore,
  formatSigned,
  formatSignedCount,
  formatSignedUsd,
  formatTransition,
  plural,
  problemLocation,
  promptLabel,
  promptLabels,
  shortSha,
} from './format.js';
import { oneLine, styler, table, type Styler } from './text.js';
import type { ChangedPrompt, ComparisonReport, PromptComparison, TestComparison, Verdict } from './types.js';

/** Tests listed per group (regressed, fixed) before "…and N more": the rest is in report.json. */
const MAX_TESTS = 10;
const MAX_PROMPT_ROWS = 30;
/** Provider errors and file problems listed, each. */
const MAX_PROBLEMS = 10;
/** Changed prompts whose diff is printed, and diff lines per prompt. */
const MAX_DIFFS = 3;
const MAX_DIFF_LINES = 10;

const MARK: Record<Verdict, string> = { pass: '✔', regression: '✗', fail: '✗', inconclusive: '!', skipped: '–', error: '✗' };

/**
 * `promptgate compare` in a terminal: verdict, prompts table, regressed and fixed tests with
 * one-line outputs, provider errors, file problems and a short diff of each changed prompt.
 * Untrusted text is stripped of control characters, so a model output cannot drive the terminal.
 */
export function renderCompareTerminal(report: ComparisonReport, stream: NodeJS.WriteStream): string {
  const s = styler(stream);
  const out: string[] = [verdictLine(report, s)];
  if (report.summary) out.push(escapeTerminal(oneLine(report.summary, 200)));
  for (const note of report.notes) out.push(s.dim(`note: ${escapeTerminal(oneLine(note, 160))}`));

  if (report.prompts.length) out.push('', promptsTable(report, s));
  // The user's own tests first: a hand-written regression must not hide behind the probes.
  const own = report.tests.filter((t) => !t.category);
  const probes = report.tests.filter((t) => t.category);
  out.push(
    ...testGroup(own, report.prompts, 'regressed', 'Regressed tests', s),
    ...testGroup(own, report.prompts, 'fixed', 'Fixed tests', s),
    ...testGroup(probes, report.prompts, 'regressed', 'Regressed built-in probes', s),
    ...testGroup(probes, report.prompts, 'fixed', 'Fixed built-in probes', s),
    ...otherChanges(report.tests, s),
  );

  if (report.providerErrors.length) {
    out.push('', s.bold('Provider errors') + s.dim(' (not counted as failures)'));
    for (const e of report.providerErrors.slice(0, MAX_PROBLEMS)) {
      out.push(`  ${s.yellow('!')} ${escapeTerminal(e.modelId)}: ${escapeTerminal(e.kind)} ×${e.count} (${e.side}) — ${escapeTerminal(oneLine(e.message, 100))}`);
    }
    out.push(...more(report.providerErrors.length - MAX_PROBLEMS, 'more provider error', s));
  }
  if (report.errors.length) {
    out.push('', s.bold('File problems'));
    for (const p of report.errors.slice(0, MAX_PROBLEMS)) {
      const where = problemLocation(p);
      out.push(`  ${s.red('✗')} ${escapeTerminal(where ? `${where}: ` : '')}${escapeTerminal(oneLine(p.message, 120))} ${s.dim(`(${p.side})`)}`);
      if (p.hint) out.push(`    → ${escapeTerminal(oneLine(p.hint, 120))}`);
    }
    out.push(...more(report.errors.length - MAX_PROBLEMS, 'more file problem', s));
  }
  out.push(...promptDiffs(report.changedPrompts, s));

  const { stats } = report;
  out.push(
    '',
    s.dim(
      `${plural(stats.samples, 'sample')}, ${plural(stats.modelCalls, 'model call')}, ${formatCount(stats.cachedSamples)} cached in ${formatDuration(stats.durationMs)} · ` +
        `base ${escapeTerminal(report.base.ref)}@${shortSha(report.base.sha)} · head ${escapeTerminal(report.head.ref)}@${shortSha(report.head.sha)}`,
    ),
  );
  return out.join('\n');
}

function verdictLine(report: ComparisonReport, s: Styler): string {
  const color = report.verdict === 'pass' || report.overridden ? s.green : report.verdict === 'skipped' ? s.dim : report.verdict === 'inconclusive' ? s.yellow : s.red;
  const text = `${MARK[report.verdict]} ${report.verdict}${report.overridden ? ' (accepted by override)' : ''}`;
  const blocking = report.blocking && !report.overridden ? s.bold(' — blocks merge') : '';
  return `${s.bold(color(text))}${blocking}`;
}

function promptsTable(report: ComparisonReport, s: Styler): string {
  const shown = [...report.prompts].sort((a, b) => Number(b.regressed) - Number(a.regressed)).slice(0, MAX_PROMPT_ROWS);
  const rows = shown.map((p) => {
    const delta = formatSigned(p.delta.score);
    const pValue = p.significance.pValue === null ? '' : ` ${formatPValue(p.significance.pValue)}`;
    return [
      p.regressed ? s.red(escapeTerminal(promptLabel(p))) : escapeTerminal(promptLabel(p)),
      formatTransition(formatScore(p.base?.meanScore ?? null), formatScore(p.head?.meanScore ?? null)),
      p.significance.significant ? s.bold(delta) + pValue : delta + s.dim(pValue),
      formatTransition(formatPercent(p.base?.passRate ?? null), formatPercent(p.head?.passRate ?? null)),
      formatSignedCount(p.delta.tokens),
      formatSignedUsd(p.delta.costPer1kUsd),
      formatTransition(formatMs(p.base?.latencyP95Ms ?? null), formatMs(p.head?.latencyP95Ms ?? null)),
    ];
  });
  const text = table(rows, ['prompt', 'score', 'Δ', 'pass rate', 'tokens Δ', 'cost/1k Δ $', 'p95 latency']);
  return [text, ...more(report.prompts.length - shown.length, 'more prompt', s)].join('\n');
}

function testGroup(tests: readonly TestComparison[], prompts: readonly PromptComparison[], change: 'regressed' | 'fixed', title: string, s: Styler): string[] {
  const group = tests.filter((t) => t.change === change);
  if (group.length === 0) return [];
  const mark = change === 'regressed' ? s.red('✗') : s.green('✔');
  const lines = ['', s.bold(`${title} (${group.length})`)];
  const names = promptLabels(prompts);
  for (const t of group.slice(0, MAX_TESTS)) {
    const where = t.source?.line ? s.dim(` ${escapeTerminal(t.source.file)}:${t.source.line}`) : '';
    lines.push(`${mark} ${escapeTerminal(names.get(t.promptId) ?? t.promptId)} › ${escapeTerminal(oneLine(t.description ?? t.testId, 60))}${where}`);
    if (t.attack) lines.push(s.dim(`    sent: ${escapeTerminal(oneLine(t.attack, 100))}`));
    lines.push(s.dim(`    base: ${escapeTerminal(oneLine(t.base?.output ?? '(absent)', 100))}`));
    lines.push(`    head: ${escapeTerminal(oneLine(t.head?.output ?? '(absent)', 100))}`);
    const reason = (change === 'regressed' ? t.head : t.base)?.reason;
    if (reason) lines.push(s.dim(`    why:  ${escapeTerminal(oneLine(reason, 100))}`));
  }
  lines.push(...more(group.length - MAX_TESTS, `more ${change} test`, s));
  return lines;
}

function otherChanges(tests: readonly TestComparison[], s: Styler): string[] {
  const counts = (['flaky', 'errored', 'new', 'removed'] as const)
    .map((change) => [change, tests.filter((t) => t.change === change).length] as const)
    .filter(([, n]) => n > 0);
  return counts.length ? ['', s.dim(`Also: ${counts.map(([change, n]) => `${formatCount(n)} ${change}`).join(', ')}`)] : [];
}

/** A few changed lines of each changed prompt: enough to recognise the change, not to review it. */
function promptDiffs(changed: readonly ChangedPrompt[], s: Styler): string[] {
  if (changed.length === 0) return [];
  const lines = ['', s.bold('Prompt changes')];
  for (const c of changed.slice(0, MAX_DIFFS)) {
    lines.push(`${s.bold(escapeTerminal(c.path))} ${s.dim(`(${c.status})`)}`);
    const patch = structuredPatch('base', 'head', c.baseText ?? '', c.headText ?? '', '', '', { context: 0 });
    const diffLines = patch.hunks.flatMap((h) => h.lines).filter((l) => l.startsWith('+') || l.startsWith('-'));
    for (const l of diffLines.slice(0, MAX_DIFF_LINES)) {
      const text = `  ${escapeTerminal(oneLine(l, 110))}`;
      lines.push(l.startsWith('+') ? s.green(text) : s.red(text));
    }
    if (diffLines.length > MAX_DIFF_LINES) lines.push(s.dim(`  …${plural(diffLines.length - MAX_DIFF_LINES, 'more changed line')}`));
  }
  lines.push(...more(changed.length - MAX_DIFFS, 'more changed prompt', s));
  return lines;
}

/** "…and N more things (all are in the --json report)" when anything was left out. */
function more(left: number, noun: string, s: Styler): string[] {
  return left > 0 ? [s.dim(`  …and ${plural(left, noun)} (all are in the --json report)`)] : [];
}
