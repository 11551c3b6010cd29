import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHECKLIST, runChecklist } from '../../../src/checklist/checklist.js';
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

async function readyPr() {
  const repo = readyRepo(repos);
  const read = (path: string) => readFileSync(`${repo.dir}/${path}`, 'utf8');
  repo.write({
    'prompts/support.prompt.yml': read('prompts/support.prompt.yml').replace('Be friendly.', 'Be kind.'),
    'prompts/refund.prompt.yml': read('prompts/refund.prompt.yml').replace('description: ', 'description: Reviewed. '),
  });
  repo.commit('change both prompts');
  return checklistContext(repo, server, { env: { GITHUB_ACTIONS: 'true' } });
}

describe('the readiness checklist', () => {
  it('runs all eight items in order, each linking to its README section, required as gate.require says', async () => {
    const items = await runChecklist(await readyPr());
    expect(items.map((i) => [i.id, i.status, i.required])).toEqual([
      ['version-controlled', 'pass', false],
      ['bounded-inputs', 'pass', false],
      ['streaming', 'pass', false],
      ['fallback', 'pass', true],
      ['output-validation', 'pass', false],
      ['regression-suite', 'pass', false],
      ['latency-cost', 'pass', false],
      ['graceful-degradation', 'pass', true],
    ]);
    expect(items.every((i) => i.anchor === i.id && i.title.length > 0 && i.evidence.length > 0)).toBe(true);
  });

  it('reports an item whose drill cannot run, and still checks the rest', async () => {
    const ctx = await readyPr();
    const items = await runChecklist({ ...ctx, runHead: () => Promise.reject(new Error('engine unavailable')) });
    const drilled = ['bounded-inputs', 'fallback', 'graceful-degradation'];
    expect(items.map((i) => i.id)).toEqual(CHECKLIST.map((c) => c.id));
    for (const item of items) {
      if (drilled.includes(item.id)) expect(item).toMatchObject({ status: 'warn', evidence: 'could not be checked: engine unavailable' });
      else expect(item.status).toBe('pass');
    }
  });
});
