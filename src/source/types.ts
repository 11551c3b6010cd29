export type FileStatus = 'added' | 'modified' | 'deleted' | 'renamed';

export interface ChangedFile {
  path: string;
  status: FileStatus;
  /** For renames: the path at base. */
  previousPath?: string;
}

/** The two commits a comparison is between, and the merge base the head's changes are taken from. */
export interface CommitRange {
  baseRef: string;
  headRef: string;
  baseSha: string;
  headSha: string;
  /** Where the head branched off base; the base side of the comparison. */
  mergeBaseSha: string;
  /** Set when the merge base could not be found and base itself stands in for it. */
  note?: string;
}

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
  /** The file's size in bytes without reading it (a tree listing's size), or undefined when it does not exist. */
  sizeOf(path: string): Promise<number | undefined>;
}

/**
 * Where a change comes from: a local clone (CLI, Action) or the GitHub API (App). The compare
 * core asks it for the commits, the changed files and the files at each side, nothing else.
 */
export interface ChangeSource {
  /** Resolves base (null: none, head is evaluated alone) and head to commits and their merge base. */
  resolve(base: string | null, head: string): Promise<CommitRange>;
  /** Files that differ between two commits, renames detected. */
  changedFiles(from: string, to: string): Promise<ChangedFile[]>;
  /** The files of one commit. */
  at(sha: string, label: string): FileSource;
}
