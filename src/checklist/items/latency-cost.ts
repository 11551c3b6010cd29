import { formatMs, formatUsd } from '../../report/format.js';
import type { SideStats } from '../../report/types.js';
import { changedPrompts, findingOf, worstStatus, type ChecklistCheck, type Note } from './common.js';

interface Metric {
  name: string;
  budget: number | undefined;
  value: (side: SideStats) => number | null;
  format: (n: number) => string;
}

/**
 * Budgets are set, and each changed prompt's head p95 latency and cost per 1k calls are within
 * them. Over budget fails when this PR crossed the line (base within, or a new prompt), and
 * only warns when base was already over: the PR did not cause it.
 */
export const latencyCost: ChecklistCheck = {
  id: 'latency-cost',
  title: 'Latency and cost monitored',
  async run(ctx) {
    const changed = changedPrompts(ctx);
    if (changed.length === 0) return { status: 'n/a', evidence: 'no prompt changed' };
    const { p95LatencyMs, costPer1kCallsUsd } = ctx.config.budgets;
    const metrics: Metric[] = [
      { name: 'p95 latency', budget: p95LatencyMs, value: (s) => s.latencyP95Ms, format: formatMs },
      { name: 'cost', budget: costPer1kCallsUsd, value: (s) => s.costPer1kUsd, format: (n) => `${formatUsd(n)} USD/1k calls` },
    ];
    if (metrics.every((m) => m.budget === undefined)) {
      return { status: 'warn', evidence: 'no budgets: set budgets.p95LatencyMs and budgets.costPer1kCallsUsd in promptgate.yml' };
    }
    const notes: Note[] = changed.map(({ prompt }) => {
      const comparison = ctx.report.prompts.find((c) => c.id === prompt.id);
      const head = comparison?.head;
      if (!head) return { status: 'warn', text: `${prompt.id}: not measured at head` };
      const checks = metrics.filter((m) => m.budget !== undefined).map((m) => judge(m, head, comparison.base));
      return { status: worstStatus(checks), text: `${prompt.id}: ${checks.map((c) => c.text).join(', ')}` };
    });
    for (const m of metrics) if (m.budget === undefined) notes.push({ status: 'pass', text: `no ${m.name} budget set` });
    return findingOf(notes);
  },
};

function judge(metric: Metric, head: SideStats, base: SideStats | null): Note {
  const budget = metric.budget!;
  const value = metric.value(head);
  if (value === null) return { status: 'warn', text: `${metric.name} not measured (${metric.name === 'cost' ? 'model not priced' : 'no completed sample'})` };
  if (value <= budget) return { status: 'pass', text: `${metric.name} ${metric.format(value)} ≤ ${metric.format(budget)}` };
  const before = base ? metric.value(base) : null;
  const over = `${metric.name} ${metric.format(value)} > budget ${metric.format(budget)}`;
  if (before !== null && before > budget) return { status: 'warn', text: `${over}, over at base too (${metric.format(before)})` };
  const was = !base ? 'a new prompt' : before === null ? 'base not measured' : `base ${metric.format(before)}`;
  return { status: 'fail', text: `${over}, broken by this PR (${was})` };
}
