import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedFiles } from '../../src/source/changed-files.js';
import { GitCommitSource } from '../../src/source/git.js';
import type { ChangedFile } from '../../src/source/types.js';
import { TestRepo } from '../support/git-repo.js';

const repo = new TestRepo();
afterAll(() => repo.cleanup());

/** What `git diff --find-renames` itself says, read independently of the code under test. */
function gitSays(from: string, to: string): ChangedFile[] {
  const fields = repo.git('diff', '--name-status', '-z', '--find-renames', from, to).split('\0').filter(Boolean);
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++]!;
    if (code.startsWith('R')) files.push({ previousPath: fields[i++]!, path: fields[i++]!, status: 'renamed' });
    else files.push({ path: fields[i++]!, status: code === 'A' ? 'added' : code === 'D' ? 'deleted' : 'modified' });
  }
  return files;
}

repo.write({ 'prompts/a.prompt.yml': 'name: a\n', 'prompts/deep/b.prompt.yml': 'name: b\n', 'prompts/deep/er/c.md': 'c\n', 'tools/run.sh': 'echo\n', 'README.md': 'r\n' });
symlinkSync('a.prompt.yml', join(repo.dir, 'prompts/link.yml'));
const first = repo.commit('first');

describe('the files that differ between two commits', () => {
  it('finds edits deep in the tree, a mode change and a link pointed elsewhere, as git does', () => {
    repo.write({ 'prompts/deep/er/c.md': 'c, edited\n' });
    chmodSync(join(repo.dir, 'tools/run.sh'), 0o755);
    repo.remove('prompts/link.yml');
    symlinkSync('deep/b.prompt.yml', join(repo.dir, 'prompts/link.yml'));
    const second = repo.commit('edits');
    return expect(changedFiles(repo.dir, first, second)).resolves.toEqual(gitSays(first, second));
  });

  it('lists files only added, or only deleted, by path', async () => {
    const base = repo.commit('nothing');
    repo.write({ 'prompts/new/d.prompt.yml': 'name: d\n', 'z.md': 'z\n' });
    const added = repo.commit('adds');
    repo.remove('prompts/a.prompt.yml', 'README.md');
    const deleted = repo.commit('deletes');
    expect(await changedFiles(repo.dir, base, added)).toEqual([
      { path: 'prompts/new/d.prompt.yml', status: 'added' },
      { path: 'z.md', status: 'added' },
    ]);
    expect(await changedFiles(repo.dir, added, deleted)).toEqual(gitSays(added, deleted));
    expect(await changedFiles(repo.dir, deleted, deleted)).toEqual([]);
  });

  it('keeps a moved and edited prompt one renamed file, as git’s rename detection pairs them', async () => {
    const lines = ['name: long', 'messages:', '  - role: system', '    content: |', ...Array.from({ length: 12 }, (_, i) => `      Rule ${i + 1}: answer questions about orders, refunds and shipping.`)];
    repo.write({ 'prompts/long.prompt.yml': `${lines.join('\n')}\n` });
    const before = repo.commit('long prompt');
    repo.move('prompts/long.prompt.yml', 'prompts/moved/long.prompt.yml');
    repo.write({ 'prompts/moved/long.prompt.yml': `${lines.join('\n').replace('Rule 3: answer', 'Rule 3: politely answer')}\n` });
    const after = repo.commit('move and edit');
    const files = await changedFiles(repo.dir, before, after);
    expect(files).toEqual([{ path: 'prompts/moved/long.prompt.yml', previousPath: 'prompts/long.prompt.yml', status: 'renamed' }]);
    expect(files).toEqual(gitSays(before, after));
  });

  it('reads a file list with its links, executables and nested folders as ls-tree lists it', async () => {
    const source = new GitCommitSource(repo.dir, first);
    const listed = repo.git('ls-tree', '-r', '-z', '--name-only', first).split('\0').filter(Boolean).sort();
    expect(await source.listFiles()).toEqual(listed);
    expect(await source.readFile('prompts/link.yml')).toBe('a.prompt.yml');
    expect(await source.sizeOf('prompts/deep/er/c.md')).toBe(2);
  });
});
