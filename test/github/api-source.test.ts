import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProbotOctokit } from 'probot';
import type { GitHubApi } from '../../src/github/api.js';
import { GitHubApiChanges } from '../../src/github/api-source.js';
import { UserError } from '../../src/util/errors.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { TestRepo } from '../support/git-repo.js';
import { APP_TOKEN, APP_TOKENS } from '../support/app-harness.js';

const repo = new TestRepo();
let github: FakeGitHub;
let api: GitHubApi;
let base: string;
let head: string;
const ref = { owner: 'acme', repo: 'docs' };

beforeAll(async () => {
  repo.write({ 'prompts/a.prompt.yml': 'name: a\nmessages: []\n', 'prompts/keep.md': 'Hello {{name}}\n', 'README.md': '# docs\n' });
  base = repo.commit('base');
  repo.branch('big');
  repo.write(Object.fromEntries(Array.from({ length: 350 }, (_, i) => [`docs/page-${i}.md`, `# Page ${i}\n`])));
  repo.move('prompts/a.prompt.yml', 'prompts/renamed.prompt.yml');
  repo.write({ 'prompts/keep.md': 'Hi {{name}}\n' }).remove('README.md');
  head = repo.commit('big change');
  github = await startFakeGitHub({ ...ref, gitDir: repo.dir, tokens: APP_TOKENS, pulls: [{ number: 3, baseRef: 'main', baseSha: base, headRef: 'big', headSha: head }] });
  api = new ProbotOctokit({ auth: { token: APP_TOKEN }, baseUrl: github.url, retry: { enabled: false }, throttle: { enabled: false } }) as unknown as GitHubApi;
});
afterAll(async () => {
  await github.close();
  repo.cleanup();
});

describe('the GitHub API change source', () => {
  it('resolves base, head and merge base with the compare endpoint, and a branch name to its commit', async () => {
    const source = new GitHubApiChanges(api, ref);
    expect(await source.resolve('main', head)).toMatchObject({ baseSha: base, headSha: head, mergeBaseSha: base });
    expect((await source.resolve(null, 'big')).headSha).toBe(head);
  });

  it('lists more than 300 changed files through the pull request files list, renames included', async () => {
    const files = await new GitHubApiChanges(api, ref, { pullNumber: 3 }).changedFiles(base, head);
    expect(files).toHaveLength(353);
    expect(files).toContainEqual({ path: 'prompts/renamed.prompt.yml', status: 'renamed', previousPath: 'prompts/a.prompt.yml' });
    expect(files).toContainEqual({ path: 'prompts/keep.md', status: 'modified' });
    expect(files).toContainEqual({ path: 'README.md', status: 'deleted' });
    expect(github.requests.filter((r) => r.path.endsWith('/pulls/3/files')).length).toBe(4);
  });

  it('falls back to comparing the two trees without a pull request, finding unchanged renames', async () => {
    const files = await new GitHubApiChanges(api, ref).changedFiles(base, head);
    expect(files).toHaveLength(353);
    expect(files).toContainEqual({ path: 'prompts/renamed.prompt.yml', status: 'renamed', previousPath: 'prompts/a.prompt.yml' });
  });

  it('reads the files of a commit through the trees and blobs APIs, each blob once', async () => {
    const source = new GitHubApiChanges(api, ref);
    const at = source.at(head, 'head');
    expect((await at.listFiles()).filter((f) => f.startsWith('prompts/'))).toEqual(['prompts/keep.md', 'prompts/renamed.prompt.yml']);
    expect(await at.readFile('prompts/keep.md')).toBe('Hi {{name}}\n');
    expect(await at.readFile('README.md')).toBeUndefined();
    const before = github.requests.length;
    expect(await source.at(base, 'base').readFile('prompts/a.prompt.yml')).toBe('name: a\nmessages: []\n');
    expect(await at.readFile('prompts/renamed.prompt.yml')).toBe('name: a\nmessages: []\n');
    expect(github.requests.slice(before).filter((r) => r.path.includes('/git/blobs/'))).toHaveLength(1);
    expect(github.unknownRoutes).toEqual([]);
  });

  it('refuses a file that is not UTF-8, at the line where it stops being so', async () => {
    writeFileSync(join(repo.dir, 'prompts/latin1.prompt.yml'), Buffer.from('name: a\nmessages: []\ndescription: caf\xe9\n', 'latin1'));
    const sha = repo.commit('a Latin-1 file');
    const err = await new GitHubApiChanges(api, ref).at(sha, 'x').readFile('prompts/latin1.prompt.yml').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err).toMatchObject({ message: 'the file is not UTF-8 text: line 3 has a byte that is not UTF-8', location: { file: 'prompts/latin1.prompt.yml', line: 3 } });
  });
});
