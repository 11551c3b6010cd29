import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { streaming } from '../../../src/checklist/items/streaming.js';
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

/** The ready repository with one prompt touched and the config edited by `config`. */
async function check(prompt: 'support' | 'refund', config: (text: string) => string = (t) => t) {
  const repo = readyRepo(repos);
  const read = (path: string) => readFileSync(`${repo.dir}/${path}`, 'utf8');
  const file = `prompts/${prompt}.prompt.yml`;
  repo.write({ [file]: read(file).replace('description: ', 'description: Now reviewed. '), 'promptgate.yml': config(read('promptgate.yml')) }).commit('change');
  const ctx = await checklistContext(repo, server);
  return { ctx, finding: await streaming.run(ctx) };
}

describe('checklist: streaming for interactive use', () => {
  it('passes with the time to first token of the streamed head run, within budget', async () => {
    const { finding } = await check('support');
    expect(finding.status).toBe('pass');
    expect(finding.evidence).toMatch(/^support: TTFT p50 \d+ ms, p95 \d+ ms ≤ budget 2 s$/);
    // The engine streamed every call of the interactive prompt.
    expect(server.calls().every((c) => c.stream)).toBe(true);
  });

  it('fails when the p95 time to first token is over budget', async () => {
    server.setLatency(60);
    const { ctx, finding } = await check('support', (c) => c.replace('ttftP95Ms: 2000', 'ttftP95Ms: 25'));
    expect(finding.status).toBe('fail');
    const p95 = ctx.report.prompts[0]!.head!.ttftP95Ms!;
    expect(p95).toBeGreaterThanOrEqual(60);
    expect(finding.evidence).toMatch(new RegExp(`^support: TTFT p50 \\d+ ms, p95 ${Math.round(p95)} ms > budget 25 ms$`));
  });

  it('passes reporting TTFT when no TTFT budget is set', async () => {
    const { finding } = await check('support', (c) => c.replace('  ttftP95Ms: 2000\n', ''));
    expect(finding.status).toBe('pass');
    expect(finding.evidence).toMatch(/^support: TTFT p50 \d+ ms, p95 \d+ ms; no ttftP95Ms budget set$/);
  });

  it('warns when no streamed call completed to measure (every provider failing)', async () => {
    server.setFaults([{ kind: '500' }]);
    const { finding } = await check('support');
    expect(finding).toEqual({ status: 'warn', evidence: 'support: no completed streamed sample to measure' });
  });

  it('is n/a when no changed prompt is interactive', async () => {
    const { finding } = await check('refund');
    expect(finding).toEqual({ status: 'n/a', evidence: 'no changed prompt is marked interactive' });
  });
});
