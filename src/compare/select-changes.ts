import type { LoadedConfig } from '../config/load.js';
import { selectsPromptFile } from '../engine/prompt-files.js';
import { promptFormatFor } from '../prompts/formats/parse.js';
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

/**
 * A note for each prompt file the change adds or edits that the judging config does not select:
 * with an explicit `prompts` list, a new prompt file is easily left out, and nothing would say so.
 */
export function unselectedPromptNotes(changed: ChangedFile[], trusted: LoadedConfig, configPath: string): string[] {
  const left = changed.filter((f) => f.status !== 'deleted' && namedAsPrompt(f.path) && !selectsPromptFile(trusted, f.path)).map((f) => f.path);
  if (left.length === 0) return [];
  const listed = left.length > 5 ? `${left.slice(0, 5).join(', ')} and ${left.length - 5} more` : left.join(', ');
  const why = trusted.file ? `not among the prompts ${trusted.file} selects (\`prompts\`)` : `not evaluated without a ${configPath} that lists ${left.length === 1 ? 'it' : 'them'} in \`prompts\` (only *.prompt.yml files are)`;
  return [`${listed} ${left.length === 1 ? 'is' : 'are'} ${why}${trusted.file ? `, so ${left.length === 1 ? 'it was' : 'they were'} not evaluated` : ''}`];
}

/** Named as only prompt files are (not a Dotprompt partial); `.md` and `.txt` are prompts only when a config says so. */
function namedAsPrompt(path: string): boolean {
  const format = promptFormatFor(path);
  return format !== undefined && format !== 'plain';
}
