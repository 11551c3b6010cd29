import { git } from './git.js';
import type { ChangedFile } from './types.js';

/**
 * Files that differ between two commits. Renames are detected (with edits too), so a moved
 * prompt stays one prompt instead of a deletion plus an addition.
 */
export async function changedFiles(repo: string, from: string, to: string): Promise<ChangedFile[]> {
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
