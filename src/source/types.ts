/**
 * Where prompt files, tests and config come from: the working tree, a git commit, or (for the
 * App) the GitHub API. Paths are repository-relative with forward slashes.
 */
export interface FileSource {
  /** Shown in messages, e.g. `working tree` or `base 1a2b3c4`. */
  readonly label: string;
  /** Every file path in the source (tracked files for git). */
  listFiles(): Promise<string[]>;
  /** The file's text, or undefined when it does not exist in this source. */
  readFile(path: string): Promise<string | undefined>;
}
