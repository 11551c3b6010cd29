import { plural } from '../../report/format.js';
import { authoredTests, changedPrompts, isCI, nameList, type ChecklistCheck } from './common.js';

/**
 * Every changed prompt has tests of its own, at least one of which can fail (asserts something
 * with weight above 0: a test that asserts nothing passes whatever the model answers), and this
 * comparison is a CI run (not only a laptop's).
 */
export const regressionSuite: ChecklistCheck = {
  id: 'regression-suite',
  title: 'A regression eval suite runs in CI',
  async run(ctx) {
    const changed = changedPrompts(ctx);
    if (changed.length === 0) return { status: 'n/a', evidence: 'no prompt changed' };
    const untested = changed.filter((p) => authoredTests(p).length === 0).map((p) => p.prompt.id);
    if (untested.length > 0) return { status: 'fail', evidence: `${untested.length} of ${plural(changed.length, 'changed prompt')} without a test: ${nameList(untested)}` };
    const unfailing = changed.filter((p) => !authoredTests(p).some((t) => t.assert.some((a) => a.weight > 0))).map((p) => p.prompt.id);
    if (unfailing.length > 0) {
      return { status: 'fail', evidence: `${unfailing.length} of ${plural(changed.length, 'changed prompt')} without a test that can fail (none asserts anything): ${nameList(unfailing)}` };
    }
    const authored = changed.reduce((n, p) => n + authoredTests(p).length, 0);
    const generated = changed.reduce((n, p) => n + p.tests.length, 0) - authored;
    const suite = `${plural(authored, 'test')}${generated > 0 ? ` (+${generated} generated)` : ''} on ${plural(changed.length, 'changed prompt')}`;
    if (!isCI(ctx.env)) return { status: 'warn', evidence: `${suite}, run outside CI (neither CI nor GITHUB_ACTIONS is set)` };
    return { status: 'pass', evidence: `${suite}, run in CI${ctx.env.GITHUB_ACTIONS === 'true' ? ' (GitHub Actions)' : ''}` };
  },
};
