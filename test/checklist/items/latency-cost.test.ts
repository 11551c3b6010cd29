import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { latencyCost } from '../../../src/checklist/items/latency-cost.js';
import type { TestRepo } from '../../support/git-repo.js';
import { startModelServer, type ScriptedModelServer } from '../../support/model-server.js';
import { checklistContext, readyRepo } from '../../support/checklist-harness.js';

let server: ScriptedModelServer;
const repos: TestRepo[] = [];
beforeAll(async () => {
  server = await startModelServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.reset();
  for (const r of repos.splice(0)) r.cleanup();
});

/** Store policies pasted into the support prompt: about 1,900 words more on every call. */
const POLICY_DUMP = Array.from(
  { length: 60 },
  (_, i) => `      Policy ${i + 1}: gift cards, vouchers and store credit cannot be exchanged for cash and expire two years after purchase.`,
).join('\n');

async function check(opts: { budgets: string; grow?: boolean }) {
  const repo = readyRepo(repos);
  const read = (path: string) => readFileSync(`${repo.dir}/${path}`, 'utf8');
  const support = read('prompts/support.prompt.yml');
  repo.write({
    'prompts/support.prompt.yml': opts.grow
      ? support.replace('until they ship.\n', `until they ship.\n${POLICY_DUMP}\n`)
      : support.replace('Be friendly.', 'Be kind.'),
    'promptgate.yml': read('promptgate.yml').replace(/budgets:\n(  .*\n)+/, opts.budgets),
  });
  repo.commit('change support');
  const ctx = await checklistContext(repo, server);
  return { ctx, finding: await latencyCost.run(ctx) };
}

describe('checklist: latency and cost monitored', () => {
  it('passes with the measured head values within budget', async () => {
    const { ctx, finding } = await check({ budgets: 'budgets:\n  p95LatencyMs: 4000\n  costPer1kCallsUsd: 3\n' });
    const head = ctx.report.prompts[0]!.head!;
    expect(head.costPer1kUsd).toBeGreaterThan(0);
    expect(finding.status).toBe('pass');
    expect(finding.evidence).toMatch(/^support: p95 latency \d+ ms ≤ 4 s, cost 0\.0\d+ USD\/1k calls ≤ 3 USD\/1k calls$/);
  });

  it('warns when no budget is configured', async () => {
    const { finding } = await check({ budgets: '' });
    expect(finding).toEqual({ status: 'warn', evidence: 'no budgets: set budgets.p95LatencyMs and budgets.costPer1kCallsUsd in promptgate.yml' });
  });

  it('fails naming the prompt and the numbers when this PR breaks the cost budget', async () => {
    const { ctx, finding } = await check({ budgets: 'budgets:\n  costPer1kCallsUsd: 0.1\n', grow: true });
    const { base, head } = ctx.report.prompts[0]!;
    expect(base!.costPer1kUsd).toBeLessThan(0.1);
    expect(head!.costPer1kUsd).toBeGreaterThan(0.1);
    expect(finding.status).toBe('fail');
    expect(finding.evidence).toMatch(/^support: cost 0\.\d+ USD\/1k calls > budget 0\.1 USD\/1k calls, broken by this PR \(base 0\.0\d+ USD\/1k calls\); no p95 latency budget set$/);
  });

  it('only warns when the prompt was already over budget at base', async () => {
    server.setLatency(40);
    const { finding } = await check({ budgets: 'budgets:\n  p95LatencyMs: 20\n' });
    expect(finding.status).toBe('warn');
    expect(finding.evidence).toMatch(/^support: p95 latency \d+ ms > budget 20 ms, over at base too \(\d+ ms\); no cost budget set$/);
  });

  it('is n/a when no prompt changed', async () => {
    const repo = readyRepo(repos);
    repo.write({ 'src/app.ts': '// no prompt change\n' }).commit('code only');
    expect(await latencyCost.run(await checklistContext(repo, server))).toEqual({ status: 'n/a', evidence: 'no prompt changed' });
  });
});
