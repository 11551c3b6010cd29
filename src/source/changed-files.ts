import { commitFiles, git } from './git.js';
import type { ChangedFile } from './types.js';

/**
 * Files that differ between two commits. Renames are detected (with edits too), so a moved
 * prompt stays one prompt instead of a deletion plus an addition.
 *
 * The two commits' file lists (read anyway, to read their files) say what was added, deleted or
 * modified; only when a file was both added and deleted somewhere, so that git may pair them as
 * a rename, is git's own diff asked: the answer is git's in every case, without a git process
 * for a change that moves nothing.
 */
export async function changedFiles(repo: string, from: string, to: string): Promise<ChangedFile[]> {
  const [before, after] = await Promise.all([commitFiles(repo, from), commitFiles(repo, to)]);
  const files: ChangedFile[] = [];
  for (const [path, entry] of after) {
    const was = before.get(path);
    if (!was) files.push({ path, status: 'added' });
    else if (was.oid !== entry.oid || was.mode !== entry.mode) files.push({ path, status: 'modified' });
  }
  for (const path of before.keys()) if (!after.has(path)) files.push({ path, status: 'deleted' });
  if (files.some((f) => f.status === 'added') && files.some((f) => f.status === 'deleted')) return diffWithRenames(repo, from, to);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** `git diff --find-renames` between the commits. */
async function diffWithRenames(repo: string, from: string, to: string): Promise<ChangedFile[]> {
  const out = await git(repo, ['diff', '--name-status', '-z', '--find-renames', '--no-ext-diff', from, to]);
  const fields = out.split('\0').filter((f) => f !== '');
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++]!;
    if (code.startsWith('R') || code.startsWith('C')) {
      const previousPath = fields[i++]!;
      const path = fields[i++]!;
      files.push(code.startsWith('R') ? { path, previousPath, status: 'renamed' } : { path, status: 'added' });
    } else {
      const path = fields[i++]!;
      files.push({ path, status: code === 'A' ? 'added' : code === 'D' ? 'deleted' : 'modified' });
    }
  }
  return files;
}
