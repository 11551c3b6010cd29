import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ResponseCache } from '../../src/engine/cache.js';
import { ModelCalls } from '../../src/engine/model-calls.js';
import { runJobs, type EvalJob } from '../../src/engine/run-jobs.js';
import { parsePromptFile } from '../../src/prompts/formats/parse.js';
import { ProviderStack } from '../../src/providers/stack.js';
import { startModelServer, type ScriptedModelServer } from '../support/model-server.js';

let server: ScriptedModelServer;
beforeAll(async () => {
  server = await startModelServer({ latencyMs: 20 });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const prompt = await parsePromptFile(
  'prompts/echo.prompt.yml',
  `name: echo
model: openai/gpt-4o-mini
messages:
  - role: system
    content: You are a support assistant. Refunds are available within 30 days.
  - role: user
    content: "{{question}}"
testData:
${Array.from({ length: 12 }, (_, i) => `  - question: "Question ${i}: how long do refunds take?"`).join('\n')}
evaluators:
  - name: mentions days
    string: { contains: days }
`,
);

function jobs(samples: (i: number) => number): EvalJob[] {
  return prompt.tests.map((test, i) => ({ prompt, modelId: 'github:openai/gpt-4o-mini', test, samples: samples(i) }));
}

describe('running jobs', () => {
  it('keeps no more samples under way than it is given lanes, whatever the provider would allow', async () => {
    const calls = new ModelCalls(new ProviderStack({ env: server.env(), concurrency: 10 }), new ResponseCache(undefined));
    const results = await runJobs(jobs(() => 2), { calls, baseDir: process.cwd(), moduleRoot: process.cwd(), inFlight: 3 });
    expect(server.callCount()).toBe(24);
    expect(server.maxInFlight()).toBe(3);
    expect(results.map((r) => r.testId)).toEqual(prompt.tests.map((t) => t.id));
    expect(results.every((r) => r.outcome === 'passed' && r.runs.map((run) => run.repeatIndex).join() === '0,1')).toBe(true);
  });

  it('fills the provider’s slots when it has more lanes than slots', async () => {
    const calls = new ModelCalls(new ProviderStack({ env: server.env(), concurrency: 4 }), new ResponseCache(undefined));
    await runJobs(jobs(() => 1), { calls, baseDir: process.cwd(), moduleRoot: process.cwd(), inFlight: 8 });
    expect(server.maxInFlight()).toBe(4);
  });

  it('returns a result for every job, in job order, with the samples each asked for', async () => {
    const calls = new ModelCalls(new ProviderStack({ env: server.env() }), new ResponseCache(undefined));
    const progress: number[] = [];
    const results = await runJobs(
      jobs((i) => i % 3),
      { calls, baseDir: process.cwd(), moduleRoot: process.cwd(), inFlight: 5, onProgress: (p) => progress.push(p.done) },
    );
    expect(results.map((r) => r.runs.length)).toEqual(prompt.tests.map((_, i) => i % 3));
    expect(results.map((r) => r.testId)).toEqual(prompt.tests.map((t) => t.id));
    // A job asked for no samples has nothing conclusive to report.
    expect(results.filter((r) => r.runs.length === 0).every((r) => r.outcome === 'errored')).toBe(true);
    expect(progress.at(-1)).toBe(12);
  });
});
