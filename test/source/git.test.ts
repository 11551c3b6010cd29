import { afterAll, describe, expect, it } from 'vitest';
import { GitCommitSource, readObjects, resolveCommits } from '../../src/source/git.js';
import { TestRepo } from '../support/git-repo.js';

const repo = new TestRepo();
afterAll(() => repo.cleanup());
repo.write({ 'prompts/a.prompt.yml': 'name: a\n', 'prompts/ünï.md': 'Grüße 東京\n', 'empty.txt': '', 'notes/b.md': 'line one\nline two' });
const sha = repo.commit('files');

describe('reading a commit’s files from git', () => {
  it('reads many objects in one call, in order, a missing one as undefined', async () => {
    const got = await readObjects(repo.dir, [`${sha}:prompts/ünï.md`, `${sha}:nope.md`, `${sha}:empty.txt`, `${sha}:notes/b.md`]);
    expect(got).toEqual(['Grüße 東京\n', undefined, '', 'line one\nline two']);
  });

  it('answers reads asked for together, each with its own file, and a file it lacks as undefined', async () => {
    const source = new GitCommitSource(repo.dir, sha);
    const files = await source.listFiles();
    const texts = await Promise.all(files.map((f) => source.readFile(f)));
    expect(Object.fromEntries(files.map((f, i) => [f, texts[i]]))).toEqual({
      'empty.txt': '',
      'notes/b.md': 'line one\nline two',
      'prompts/a.prompt.yml': 'name: a\n',
      'prompts/ünï.md': 'Grüße 東京\n',
    });
    expect(await source.readFile('prompts/missing.md')).toBeUndefined();
    expect(await source.readFile('notes/b.md')).toBe('line one\nline two');
  });

  it('resolves several revisions to commits in one call, what is not a commit as undefined', async () => {
    expect(await resolveCommits(repo.dir, ['main', sha, 'HEAD', 'origin/main', 'no-such-branch', `${sha}:empty.txt`])).toEqual([
      sha,
      sha,
      sha,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
