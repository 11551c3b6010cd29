/**
 * What a read-only contributor's fork PR can make the App run: modules, patterns and templates.
 * Each attack goes through the bundled App as a process (`node dist/app.js`) and is shown failing,
 * with the App still answering `/healthz` while it evaluates. README.md "Security model" lists
 * the rule each one checks.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../support/fake-github.js';
import { ForkPullRequest } from '../support/fork-pr.js';
import type { TestRepo } from '../support/git-repo.js';
import { startModelServer, type ScriptedModelServer } from '../support/model-server.js';
import { APP_TOKENS } from '../support/app-harness.js';
import { startAppProcess, waitFor, type AppProcess } from '../support/app-process.js';

const recipe = readFileSync(fileURLToPath(new URL('../../fixtures/formats/dotprompt/recipe.prompt', import.meta.url)), 'utf8');
const PR = 9;
const BOT = 'promptgate-test[bot]';

/** The base config plus a Dotprompt recipe whose base test passes a 300-item pantry. */
const PANTRY = JSON.stringify(Array.from({ length: 300 }, (_, i) => `item ${i}`));
const recipeEntry = `  - path: prompts/recipe.prompt\n    id: recipe\n    model: github:openai/gpt-4o-mini\n`;
const recipeTest = `  - prompt: prompts/recipe.prompt\n    vars: { dish: rice, pantry: '${PANTRY}' }\n    assert: [{ icontains: rice }]\n`;

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

/** A fork PR (test/support/fork-pr.ts) and `node dist/app.js` running against its fake GitHub. */
class AppOnForkPullRequest {
  pr!: ForkPullRequest;
  github!: FakeGitHub;
  app!: AppProcess;

  get head() {
    return this.pr.head;
  }

  async open(change: (repo: TestRepo) => void, setupBase: (repo: TestRepo) => void = () => undefined): Promise<this> {
    this.pr = await ForkPullRequest.open({ number: PR, change, setupBase, headRef: 'contrib', roles: { maintainer: 'admin', reader: 'read' }, tokens: APP_TOKENS }, cleanup);
    this.github = this.pr.github;
    this.app = await startAppProcess({ githubUrl: this.github.url, env: models.env() });
    cleanup.push(() => this.app.stop());
    return this;
  }

  opened() {
    return this.app.send('pull_request', this.pr.event('opened', { labels: [], sender: 'reader' }));
  }

  /** Waits for the completed check on the head, asking `/healthz` all along; returns the check and how often it answered. */
  async completed() {
    let health = 0;
    const done = () => this.github.checkRuns.find((r) => r.head_sha === this.head.sha && r.status === 'completed');
    await waitFor(async () => {
      const res = await fetch(`${this.app.url}/healthz`, { signal: AbortSignal.timeout(5_000) }).catch(() => undefined);
      if (res?.status === 200) health++;
      return done() !== undefined;
    }, this.app.logs);
    return { check: done()!, health };
  }

  /** Everything the App published: comments and check output. */
  published(): string {
    const comments = this.github.comments.filter((c) => c.user.login === BOT).map((c) => c.body);
    const checks = this.github.checkRuns.map((r) => [r.output.title, r.output.summary, r.output.text].join('\n'));
    return [...comments, ...checks].join('\n');
  }
}

describe('issue 6 row 1: code from the head never runs in the App', () => {
  it('never runs javascript modules a head config names by absolute path, by a climb out of the repository, or by package name', async () => {
    const loot = mkdtempSync(join(tmpdir(), 'promptgate-loot-'));
    cleanup.push(() => rmSync(loot, { recursive: true, force: true }));
    // A module already on the host (another installation's, or one dropped there): it would write the App's secrets.
    const evil = join(loot, 'evil.mjs');
    writeFileSync(evil, `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(join(loot, 'env.json'))}, JSON.stringify(process.env));\nexport default () => true;\n`);
    const climb = `${'../'.repeat(12)}${evil.slice(1)}`;
    const s = await new AppOnForkPullRequest().open((repo) => {
      const config = readFileSync(join(repo.dir, 'promptgate.yml'), 'utf8');
      const tests = [evil, climb, '@actions/exec']
        .map((file) => `  - prompt: answer\n    vars: { context: c, question: q }\n    assert: [{ javascript: ${JSON.stringify(file)} }]\n`)
        .join('');
      repo.write({ 'promptgate.yml': config.replace('tests:\n', () => `tests:\n${tests}`), 'prompts/answer.prompty': `${readFileSync(join(repo.dir, 'prompts/answer.prompty'), 'utf8')}\nBe brief.\n` });
    });
    expect(await s.opened()).toBe(200);
    const { check } = await s.completed();
    expect(existsSync(join(loot, 'env.json'))).toBe(false);
    expect(check.status).toBe('completed');
    const published = s.published();
    // The base judges: tests a head config adds with a javascript assertion wait for the merge
    // (the refusal of each path itself is in test/assertions/custom.test.ts and the Action's e2e).
    expect(published).toContain('after merge');
    expect(published).not.toContain(loot);
    expect(published).not.toContain(tmpdir());
    expect(s.app.logs()).not.toContain('evil.mjs returned');
  });
});

describe('issue 12 row 8, issue 12 row 13: untrusted templates', () => {
  it('stops a Dotprompt that nests loops over the base test’s list, while /healthz keeps answering', async () => {
    const s = await new AppOnForkPullRequest().open(
      (repo) =>
        repo.write({
          'prompts/recipe.prompt': recipe.replace('{{#each pantry}}', '{{#each pantry}}{{#each @root.pantry}}{{#each @root.pantry}}{{#each @root.pantry}}.{{/each}}{{/each}}{{/each}}'),
        }),
      (repo) => {
        const config = readFileSync(join(repo.dir, 'promptgate.yml'), 'utf8');
        repo.write({ 'prompts/recipe.prompt': recipe, 'promptgate.yml': config.replace('prompts:\n', () => `prompts:\n${recipeEntry}`).replace('tests:\n', () => `tests:\n${recipeTest}`) });
      },
    );
    expect(await s.opened()).toBe(200);
    const { check, health } = await s.completed();
    expect(health).toBeGreaterThan(0);
    expect(check.conclusion).not.toBe('success');
    expect(s.published()).toContain('rendering took longer than 2 s');
  });

  it('keeps a template’s {{log}} out of the App’s log', async () => {
    const forged = '{"level":30,"msg":"deployment approved by admin"}';
    const s = await new AppOnForkPullRequest().open(
      (repo) => repo.write({ 'prompts/recipe.prompt': recipe.replace('Write a recipe', `{{log ${JSON.stringify(forged)}}}Write a recipe`) }),
      (repo) => {
        const config = readFileSync(join(repo.dir, 'promptgate.yml'), 'utf8');
        repo.write({ 'prompts/recipe.prompt': recipe, 'promptgate.yml': config.replace('prompts:\n', () => `prompts:\n${recipeEntry}`).replace('tests:\n', () => `tests:\n${recipeTest}`) });
      },
    );
    expect(await s.opened()).toBe(200);
    await s.completed();
    expect(s.app.logs()).not.toContain('deployment approved by admin');
    expect(s.app.logs()).not.toContain('"level":30,"msg":"deployment');
  });
});

describe('issue 6 row 6: untrusted patterns', () => {
  it('keeps answering while a head regex ^(a+)+$ and a head degraded response are judged by the base rules', async () => {
    const s = await new AppOnForkPullRequest().open((repo) => {
      const config = readFileSync(join(repo.dir, 'promptgate.yml'), 'utf8');
      const degraded = `    degraded:\n      response: ${'a'.repeat(50_000)}!\n`;
      const test = `  - prompt: answer\n    vars: { context: c, question: q }\n    assert: [{ regex: '^(a+)+$' }]\n`;
      repo.write({
        'promptgate.yml': config.replace('    maxInputTokens: 2000\n', () => `    maxInputTokens: 2000\n${degraded}`).replace('tests:\n', () => `tests:\n${test}`),
        'prompts/answer.prompty': `${readFileSync(join(repo.dir, 'prompts/answer.prompty'), 'utf8')}\nBe brief.\n`,
      });
    });
    expect(await s.opened()).toBe(200);
    const { check, health } = await s.completed();
    expect(health).toBeGreaterThan(0);
    // The head's `degraded` setting is the base's to decide: it waits for the merge, and the
    // head's pattern runs on RE2 against the model's answers (linear time; see deterministic.test.ts).
    expect(s.published()).toContain('after merge');
    expect(check.status).toBe('completed');
  });
});
