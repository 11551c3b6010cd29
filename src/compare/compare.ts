import type { ComparisonReport } from '../report/types.js';
import { LimitError } from '../util/errors.js';
import { concludeComparison, confirmTests, limitReportOf, screenTests } from './conclude.js';
import { prepareComparison } from './prepare.js';
import type { CompareOptions, Comparison } from './types.js';

/**
 * The main job: what did the change from base to head do to the prompts' evals? The base
 * branch's tip decides how the change is judged (config, tests, models, limits); the head
 * supplies only what is judged. The steps, in order:
 *   1–4. prepare (prepare.ts): resolve the commits, read the judging config, select the changes
 *        that touch the suite, plan the pairs and check the limits, check credentials;
 *   5.   screen both sides, then confirm the candidates on fresh samples (conclude.ts, sampling.ts);
 *   6.   conclude: build the report and its verdict, run the checklist drills (conclude.ts).
 * A limit reached on the way ends the comparison with a report that names it.
 */
export async function compare(opts: CompareOptions): Promise<Comparison> {
  const prepared = await prepareComparison(opts);
  if (prepared.report) return { report: prepared.report, inputs: prepared.inputs, reused: prepared.reused };
  const done = (report: ComparisonReport): Comparison => ({ report, inputs: prepared.inputs, reused: false });
  try {
    return done(await concludeComparison(prepared, await confirmTests(prepared, await screenTests(prepared, prepared.pairs))));
  } catch (err) {
    if (!(err instanceof LimitError)) throw err;
    return done(await limitReportOf(prepared, err));
  }
}
