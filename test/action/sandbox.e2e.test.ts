/**
 * What a read-only contributor's fork PR can make the bundled Action run (`node dist/index.js`
 * on a depth-1 checkout of the head): custom assertion modules and the config's YAML. README.md
 * "Security model" lists the rule each one checks.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-runner.js';
import { ForkPullRequest } from '../support/fork-pr.js';
import type { TestRepo } from '../support/git-repo.js';
import { startModelServer, type ScriptedModelServer } from '../support/model-server.js';

const PR = 11;

/** A base test of the `answer` prompt judged by a custom module of the repository. */
const CHECKED = `  - prompt: answer\n    description: names the weight\n    vars:\n      context: The X200 drill weighs 1.4 kg.\n      question: How much does the X200 drill weigh?\n    assert:\n      - javascript: checks/weight.mjs\n`;
const BASE_CHECK = `export default (output) => output.includes('1.4 kg');\n`;

let models: ScriptedModelServer;
const cleanup: (() => unknown)[] = [];
beforeAll(async () => {
  models = await startModelServer();
});
afterAll(() => models.close());
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
  models.reset();
});

/** A fork PR (test/support/fork-pr.ts) making `change`, with `setupBase` on main, run by the Action on a depth-1 checkout of its head. */
async function forkPullRequest(change: (repo: TestRepo) => void, setupBase: (repo: TestRepo) => void = () => undefined) {
  const pr = await ForkPullRequest.open({ number: PR, change, setupBase, headRef: 'contrib', roles: { maintainer: 'admin' } }, cleanup);
  // The Action fetches the base commit by its SHA into its depth-1 checkout.
  pr.origin.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
  const workspace = pr.origin.shallowClone('contrib');
  cleanup.push(() => workspace.cleanup());
  const run = await runAction({ eventName: 'pull_request', payload: pr.event('opened'), workspace: workspace.dir, apiUrl: pr.github.url, env: models.env() });
  return { run, github: pr.github };
}

const withBaseCheck = (repo: TestRepo) => {
  const config = readFileSync(join(repo.dir, 'promptgate.yml'), 'utf8');
  repo.write({ 'promptgate.yml': config.replace('tests:\n', () => `tests:\n${CHECKED}`), 'checks/weight.mjs': BASE_CHECK });
};

describe('issue 6 row 1: code from the head never runs in the Action', () => {
  it('runs the base version of a custom assertion the head rewrote, and says so', async () => {
    const loot = mkdtempSync(join(tmpdir(), 'promptgate-loot-'));
    cleanup.push(() => rmSync(loot, { recursive: true, force: true }));
    const marker = join(loot, 'env.json');
    const { run } = await forkPullRequest((repo) => {
      repo.write({
        'checks/weight.mjs': `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, JSON.stringify(process.env));\nexport default () => true;\n`,
        'prompts/answer.prompty': `${readFileSync(join(repo.dir, 'prompts/answer.prompty'), 'utf8')}\nBe brief.\n`,
      });
    }, withBaseCheck);
    expect(existsSync(marker)).toBe(false);
    expect(run.report).toMatchObject({ notes: expect.arrayContaining(['the custom assertion checks/weight.mjs changed at head; its base version runs (the change takes effect after merge)']) });
    expect(run.report).toMatchObject({ tests: expect.arrayContaining([expect.objectContaining({ description: 'names the weight' })]) });
  });

  it('never loads a custom assertion that exists only at the head', async () => {
    const loot = mkdtempSync(join(tmpdir(), 'promptgate-loot-'));
    cleanup.push(() => rmSync(loot, { recursive: true, force: true }));
    const marker = join(loot, 'ran');
    const { run } = await forkPullRequest((repo) => {
      const config = readFileSync(join(repo.dir, 'promptgate.yml'), 'utf8');
      repo.write({
        'promptgate.yml': config.replace('tests:\n', () => `tests:\n${CHECKED.replace('weight.mjs', 'new.mjs')}`),
        'checks/new.mjs': `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'x');\nexport default () => true;\n`,
        'prompts/answer.prompty': `${readFileSync(join(repo.dir, 'prompts/answer.prompty'), 'utf8')}\nBe brief.\n`,
      });
    });
    expect(existsSync(marker)).toBe(false);
    // The base judges: a test the head's config adds with a javascript assertion waits for the
    // merge, so the head's module is never loaded (the loader's own refusal of a module missing
    // from the base commit is in test/assertions/custom.test.ts).
    expect(JSON.stringify(run.report)).toContain('after merge');
    expect(run.stdout).not.toContain(tmpdir());
  });
});

describe('issue 6, also: an alias bomb in promptgate.yml', () => {
  it('is a config error at its line, not a raw ReferenceError', async () => {
    const bomb = readFileSync(fileURLToPath(new URL('../../fixtures/config/alias-bomb.yml', import.meta.url)), 'utf8');
    const { run } = await forkPullRequest((repo) => repo.write({ 'promptgate.yml': bomb }));
    expect(run.outputs.verdict).toBe('error');
    expect(run.summary).toMatch(/promptgate\.yml:6:10: YAML aliases expand too far: &#42;b copies a value that holds aliases itself/);
    expect(run.stdout + run.stderr + run.summary).not.toContain('ReferenceError');
  });
});
