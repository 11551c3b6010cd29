import { readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { glob } from 'tinyglobby';
import type { FileSource } from './types.js';

/** Directories never searched for prompts: dependencies, VCS data and promptgate's own cache. */
export const IGNORED_DIRS = ['**/node_modules/**', '**/.git/**', '**/.promptgate/**', '**/dist/**'];

/** Files of a directory on disk (the CLI's working tree). */
export class DirectorySource implements FileSource {
  readonly label: string;
  readonly root: string;
  private files?: Promise<string[]>;

  constructor(root: string, label = 'working tree') {
    this.root = root;
    this.label = label;
  }

  listFiles(): Promise<string[]> {
    this.files ??= glob('**/*', { cwd: this.root, ignore: IGNORED_DIRS, dot: false, onlyFiles: true }).then((files) =>
      files.map((f) => f.split(sep).join('/')).sort(),
    );
    return this.files;
  }

  async readFile(path: string): Promise<string | undefined> {
    try {
      return await readFile(join(this.root, path), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  async sizeOf(path: string): Promise<number | undefined> {
    try {
      return (await stat(join(this.root, path))).size;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  /** Repository-relative form of a path given on the command line. */
  relativePath(path: string): string {
    return relative(this.root, path).split(sep).join('/');
  }
}
