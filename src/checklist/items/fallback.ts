import type { EvalJob } from '../../engine/run-jobs.js';
import type { SuitePrompt } from '../../engine/suite.js';
import { keyOf, passRateOf } from '../../engine/types.js';
import { parseModelRef } from '../../providers/model-ref.js';
import { formatPercent } from '../../report/format.js';
import { authoredTests, changedPrompts, findingOf, firstError, nameList, type ChecklistCheck, type ChecklistContext, type Note } from './common.js';

/**
 * `providers.fallback` names a model other than the primary, and an outage drill proves it: the
 * changed prompts' tests run once more with the primary forced down in promptgate's own
 * client, must all be answered by a fallback, and the fallback's pass rate is set against the
 * primary's from the comparison.
 */
export const fallback: ChecklistCheck = {
  id: 'fallback',
  title: 'Fallback provider configured and tested',
  async run(ctx) {
    const changed = changedPrompts(ctx);
    if (changed.length === 0) return { status: 'n/a', evidence: 'no prompt changed' };
    const { endpoints } = ctx.config.providers;
    const chain = ctx.config.providers.fallback.map((id) => parseModelRef(id, endpoints).id);
    if (chain.length === 0) return { status: 'fail', evidence: 'no fallback model: providers.fallback is empty' };

    const notes: Note[] = [];
    const byPrimary = new Map<string, SuitePrompt[]>();
    for (const p of changed) byPrimary.set(p.modelId, [...(byPrimary.get(p.modelId) ?? []), p]);
    for (const [primary, prompts] of byPrimary) {
      const fallbacks = chain.filter((id) => id !== primary);
      if (fallbacks.length === 0) {
        notes.push({ status: 'fail', text: `${primary} has no fallback but itself (${nameList(prompts.map((p) => p.prompt.id))})` });
        continue;
      }
      notes.push(await outageDrill(ctx, primary, prompts));
    }
    notes.push({ status: 'pass', text: `chain: ${chain.join(' → ')}` });
    return findingOf(notes);
  },
};

/**
 * Tests per prompt the outage drill runs. The fallback's pass rate is an estimate set against the
 * primary's on the same tests: a spread of this many measures it, where every test of a prompt
 * of thousands would double the PR's model calls.
 */
export const FALLBACK_DRILL_TESTS_PER_PROMPT = 50;

/** The prompts' own tests (generated ones when they have none), at most a spread of {@link FALLBACK_DRILL_TESTS_PER_PROMPT} each, one sample each, with `primary` down. */
async function outageDrill(ctx: ChecklistContext, primary: string, prompts: SuitePrompt[]): Promise<Note> {
  let total = 0;
  const jobs: EvalJob[] = prompts.flatMap((p) => {
    const tests = authoredTests(p).length > 0 ? authoredTests(p) : p.tests;
    total += tests.length;
    return spread(tests, FALLBACK_DRILL_TESTS_PER_PROMPT).map((test) => ({ prompt: p.prompt, modelId: p.modelId, test, samples: 1 }));
  });
  if (jobs.length === 0) return { status: 'warn', text: `no tests to drill ${primary}'s outage with` };
  const results = await ctx.runHead(jobs, { forceDown: [primary] });
  const runs = results.flatMap((r) => r.runs);
  const drill = `${primary} forced down`;
  const cached = runs.filter((r) => r.cached).length;
  if (cached > 0) return { status: 'warn', text: `${drill}: ${cached} answers came from the response cache, so the outage was not exercised` };
  const errored = results.filter((r) => r.outcome === 'errored');
  if (errored.length > 0) {
    return { status: 'fail', text: `${drill}: ${errored.length} of ${results.length} tests errored (${firstError(errored[0]!)})` };
  }
  const answeredBy = [...new Set(runs.flatMap((r) => (r.answeredBy && r.answeredBy !== primary ? [r.answeredBy] : [])))];
  const fallbackRate = passRateOf(results);
  const primaryRate = primaryPassRate(ctx, jobs);
  const rates = `pass rate ${formatPercent(fallbackRate)} on the fallback vs ${formatPercent(primaryRate)} on the primary`;
  const sampled = total > jobs.length ? ` (${jobs.length} of the ${total} tests, spread over each prompt's list)` : '';
  const text = `${drill}: ${results.length}/${results.length} tests answered by ${answeredBy.join(', ')}${sampled}; ${rates}`;
  return { status: fallbackRate !== null && primaryRate !== null && fallbackRate < primaryRate ? 'warn' : 'pass', text };
}

/** The same tests' head pass rate in the comparison, where the primary answered. */
function primaryPassRate(ctx: ChecklistContext, jobs: EvalJob[]): number | null {
  // By key once: a drill of every test of a large suite must not search the report per test.
  const compared = new Map(ctx.report.tests.map((t) => [keyOf(t.promptId, t.testId), t]));
  const heads = jobs.flatMap((job) => compared.get(keyOf(job.prompt.id, job.test.id))?.head ?? []);
  return passRateOf(heads.map((head) => ({ passes: head.passes, completed: head.samples })));
}

/** At most `n` of `items`, evenly spaced from the first, in their order. */
function spread<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}
