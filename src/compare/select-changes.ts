import type { LoadedConfig } from '../config/load.js';
import { selectsPromptFile } from '../engine/prompt-files.js';
import type { ChangedFile, ChangeSource, CommitRange, FileSource } from '../source/types.js';

/** Files that differ from the merge base to head; without a base, every file at head is added. */
export async function changedFilesOf(source: ChangeSource, range: CommitRange, headSource: FileSource): Promise<ChangedFile[]> {
  if (range.mergeBaseSha) return source.changedFiles(range.mergeBaseSha, range.headSha);
  return (await headSource.listFiles()).map((path) => ({ path, status: 'added' as const }));
}

/**
 * Whether a change touches the suite: the config itself, a prompt file either config selects
 * (at its old path too, for a rename), or a custom assertion module a config's test names.
 */
export function touchesSuite(changed: ChangedFile[], configs: LoadedConfig[], configPath: string): boolean {
  return changed.some(
    (f) =>
      f.path === configPath ||
      configs.some((c) => selectsPromptFile(c, f.path) || (f.previousPath !== undefined && selectsPromptFile(c, f.previousPath)) || referencesFile(c, f.path)),
  );
}

function referencesFile(loaded: LoadedConfig, path: string): boolean {
  return loaded.config.tests.some((t) => t.assert.some((a) => a.file !== undefined && path.endsWith(a.file.replace(/^\.\//, ''))));
}
