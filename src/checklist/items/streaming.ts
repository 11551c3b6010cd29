import { formatMs } from '../../report/format.js';
import { changedPrompts, findingOf, type ChecklistCheck, type Note } from './common.js';

/**
 * Changed prompts marked `interactive` are evaluated streamed (the engine streams them), so
 * the head run measured time to first token; its p95 is held to `budgets.ttftP95Ms` when set.
 */
export const streaming: ChecklistCheck = {
  id: 'streaming',
  title: 'Streaming for interactive use',
  async run(ctx) {
    const interactive = changedPrompts(ctx).filter((p) => p.prompt.meta.interactive === true);
    if (interactive.length === 0) return { status: 'n/a', evidence: 'no changed prompt is marked interactive' };
    const budget = ctx.config.budgets.ttftP95Ms;
    const notes: Note[] = interactive.map(({ prompt }): Note => {
      const head = ctx.report.prompts.find((c) => c.id === prompt.id)?.head;
      const completed = head ? head.passed + head.failed + head.flaky : 0;
      if (!head || completed === 0) return { status: 'warn', text: `${prompt.id}: no completed streamed sample to measure` };
      if (head.ttftP50Ms === null || head.ttftP95Ms === null) return { status: 'fail', text: `${prompt.id}: evaluated without streaming (no time to first token)` };
      const ttft = `${prompt.id}: TTFT p50 ${formatMs(head.ttftP50Ms)}, p95 ${formatMs(head.ttftP95Ms)}`;
      if (budget === undefined) return { status: 'pass', text: ttft };
      return head.ttftP95Ms > budget
        ? { status: 'fail', text: `${ttft} > budget ${formatMs(budget)}` }
        : { status: 'pass', text: `${ttft} ≤ budget ${formatMs(budget)}` };
    });
    if (budget === undefined) notes.push({ status: 'pass', text: 'no ttftP95Ms budget set' });
    return findingOf(notes);
  },
};

