import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ObjectReader } from '../../src/source/cat-file.js';
import { GitCommitSource, GitError, resolveCommits } from '../../src/source/git.js';
import { TestRepo } from '../support/git-repo.js';

const repo = new TestRepo();
afterAll(() => repo.cleanup());
// Larger than a pipe's buffer, so its answer arrives in pieces.
const big = 'x'.repeat(300_000) + '\n';
repo.write({ 'prompts/a.prompt.yml': 'name: a\n', 'prompts/ünï.md': 'Grüße 東京\n', 'empty.txt': '', 'notes/b.md': 'line one\nline two', 'big.txt': big });
const sha = repo.commit('files');

describe('reading a commit’s files from git', () => {
  it('reads many objects asked for at once from one git process, each its own, a missing one as undefined', async () => {
    const reader = new ObjectReader(repo.dir, process.env, (message, stderr) => new GitError(message, stderr));
    const names = [`${sha}:prompts/ünï.md`, `${sha}:nope.md`, `${sha}:big.txt`, `${sha}:empty.txt`, `${sha}:notes/b.md`];
    expect(await Promise.all(names.map((n) => reader.read(n)))).toEqual(['Grüße 東京\n', undefined, big, '', 'line one\nline two']);
    expect(await reader.read(`${sha}:empty.txt`)).toBe('');
  });

  it('fails every read with git’s reason when git cannot read the repository, and tries again on the next', async () => {
    const notRepo = mkdtempSync(join(tmpdir(), 'promptgate-not-repo-'));
    try {
      const reader = new ObjectReader(notRepo, { ...process.env, GIT_CEILING_DIRECTORIES: tmpdir() }, (message, stderr) => new GitError(message, stderr));
      await expect(reader.read('HEAD:a.md')).rejects.toThrow(/git cat-file failed: .*not a git repository/);
      await expect(reader.read('HEAD:a.md')).rejects.toBeInstanceOf(GitError);
    } finally {
      rmSync(notRepo, { recursive: true, force: true });
    }
  });

  it('knows a file’s size, and keeps the text of a small one for its read', async () => {
    const source = new GitCommitSource(repo.dir, sha);
    expect(await source.sizeOf('prompts/ünï.md')).toBe(Buffer.byteLength('Grüße 東京\n'));
    expect(await source.sizeOf('big.txt')).toBe(big.length);
    expect(await source.sizeOf('missing.md')).toBeUndefined();
  });

  it('answers reads asked for together, each with its own file, and a file it lacks as undefined', async () => {
    const source = new GitCommitSource(repo.dir, sha);
    const files = await source.listFiles();
    const texts = await Promise.all(files.map((f) => source.readFile(f)));
    expect(Object.fromEntries(files.map((f, i) => [f, texts[i]]))).toEqual({
      'big.txt': big,
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

  it('refuses a file that is not UTF-8, at the line where it stops being so, and keeps a BOM', async () => {
    writeFileSync(join(repo.dir, 'prompts/latin1.prompt.yml'), Buffer.from('name: a\nmessages: []\ndescription: caf\xe9\n', 'latin1'));
    repo.write({ 'prompts/bom.prompt.yml': '\ufeffname: b\n' });
    const source = new GitCommitSource(repo.dir, repo.commit('a Latin-1 file'));
    await expect(source.readFile('prompts/latin1.prompt.yml')).rejects.toMatchObject({ location: { file: 'prompts/latin1.prompt.yml', line: 3 } });
    expect(await source.readFile('prompts/bom.prompt.yml')).toBe('\ufeffname: b\n');
  });
});
