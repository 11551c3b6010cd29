import { evaluateAssertions } from '../../assertions/evaluate.js';
import type { AssertionContext } from '../../assertions/types.js';
import type { AssertionSpec } from '../../prompts/assertion-spec.js';
import type { EvalJob } from '../../engine/run-jobs.js';
import type { SuitePrompt } from '../../engine/suite.js';
import type { PromptTestCase } from '../../prompts/model.js';
import { plural } from '../../report/format.js';
import { UserError } from '../../util/errors.js';
import { authoredTests, changedPrompts, findingOf, nameList, sampleVars, testName, type ChecklistCheck, type ChecklistContext, type Note } from './common.js';

/** Checks of an answer's form that a static response can be held to (content checks cannot apply). */
const FORMAT_CHECKS = new Set<AssertionSpec['type']>(['is-json', 'json-schema', 'regex', 'max-length', 'max-tokens']);

/**
 * Each changed prompt says what the application does when every provider is down: a static
 * `degraded.response` or an `degraded.error` contract. An all-providers-down drill confirms
 * promptgate sees every call fail (errored, never passed), and a static response must pass the
 * format checks of the prompt's tests and its JSON-schema response format, as a real answer would.
 */
export const gracefulDegradation: ChecklistCheck = {
  id: 'graceful-degradation',
  title: 'Graceful degradation when the model is unavailable',
  async run(ctx) {
    const changed = changedPrompts(ctx);
    if (changed.length === 0) return { status: 'n/a', evidence: 'no prompt changed' };
    const notes: Note[] = [];
    const undeclared = changed.filter((p) => !p.prompt.meta.degraded?.response && !p.prompt.meta.degraded?.error);
    if (undeclared.length > 0) {
      notes.push({ status: 'fail', text: `no degraded response or error contract: ${nameList(undeclared.map((p) => p.prompt.id))}` });
    }
    notes.push(await allDownDrill(ctx, changed));
    for (const p of changed) {
      const { response, error } = p.prompt.meta.degraded ?? {};
      if (response) notes.push(await staticResponse(p, response));
      else if (error) notes.push({ status: 'pass', text: `${p.prompt.id}: error contract "${error}"` });
    }
    return findingOf(notes);
  },
};

/**
 * Tests per prompt the all-down drill runs: the outage path is the prompt's (its model chain),
 * the same for every test, so a prompt of thousands of tests needs no thousands of drill calls.
 */
export const DRILL_TESTS_PER_PROMPT = 20;

/** Every call with every provider forced down must come back errored: an outage never passes. */
async function allDownDrill(ctx: ChecklistContext, prompts: SuitePrompt[]): Promise<Note> {
  const jobs: EvalJob[] = prompts.flatMap((p) => {
    const tests = authoredTests(p).slice(0, DRILL_TESTS_PER_PROMPT);
    const probe = { id: 'checklist/all-down', description: 'every provider down', vars: sampleVars(p), assert: [] };
    return (tests.length > 0 ? tests : [probe]).map((test) => ({ prompt: p.prompt, modelId: p.modelId, test, samples: 1 }));
  });
  const results = await ctx.runHead(jobs, { forceDown: 'all' });
  const answered = results.filter((r) => r.outcome !== 'errored');
  if (answered.length > 0) {
    const cached = answered.some((r) => r.runs.some((run) => run.cached)) ? ' (from the response cache)' : '';
    return { status: 'fail', text: `every provider forced down, yet ${answered.length} of ${plural(results.length, 'call')} answered${cached}: ${nameList(answered.map((r) => `${r.promptId}#${r.testId}`))}` };
  }
  return { status: 'pass', text: `every provider forced down: ${results.length}/${plural(results.length, 'call')} errored, none passed` };
}

/** The static response against the JSON-schema response format and the format checks of each test. */
async function staticResponse(p: SuitePrompt, response: string): Promise<Note> {
  const { prompt } = p;
  const schema = prompt.responseFormat?.type === 'json_schema' ? prompt.responseFormat.schema : undefined;
  const checks: { test?: PromptTestCase; specs: AssertionSpec[] }[] = [
    { specs: schema ? [{ type: 'json-schema', negate: false, value: schema, weight: 1, name: 'json_schema response format' }] : [] },
    ...authoredTests(p).map((test) => ({ test, specs: test.assert.filter((a) => FORMAT_CHECKS.has(a.type) && a.weight > 0) })),
  ];
  const count = checks.reduce((n, c) => n + c.specs.length, 0);
  if (count === 0) return { status: 'pass', text: `${prompt.id}: static degraded response (no format checks to hold it to)` };
  const failures: string[] = [];
  for (const { test, specs } of checks) {
    if (specs.length === 0) continue;
    let outcome;
    try {
      outcome = await evaluateAssertions(specs, staticContext(p, response, test));
    } catch (err) {
      // A response the checks cannot be run on (longer than a pattern may search) is not a pass.
      if (!(err instanceof UserError)) throw err;
      return { status: 'fail', text: `${prompt.id}: degraded response in ${prompt.path} cannot be checked: ${err.message}` };
    }
    for (const r of outcome.results.filter((x) => !x.pass)) failures.push(`${r.name}${test ? ` of ${testName(prompt.id, test)}` : ''}: ${r.reason}`);
  }
  if (failures.length > 0) return { status: 'fail', text: `${prompt.id}: degraded response fails ${nameList(failures, 1)}` };
  return { status: 'pass', text: `${prompt.id}: degraded response passes ${plural(count, 'format check')}` };
}

/** What a format check sees of a static answer: no model was called, so there is no latency, cost or judge. */
function staticContext(p: SuitePrompt, output: string, test: PromptTestCase | undefined): AssertionContext {
  const noModel = () => Promise.reject(new Error('format checks call no model'));
  return { output, vars: test?.vars ?? {}, expected: test?.expected, prompt: p.prompt, latencyMs: 0, model: p.modelId, judge: noModel, embed: noModel, baseDir: '.', moduleRoot: '.' };
}
