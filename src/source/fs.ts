import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { PromptFileError } from '../util/errors.js';
import type { FileSource } from './types.js';
import { decodeUtf8, fileText } from '../util/utf8.js';

/** Directories never searched for prompts: dependencies, VCS data and promptgate's own cache. */
export const IGNORED_DIRS = ['**/node_modules/**', '**/.git/**', '**/.promptgate/**', '**/dist/**'];

/**
 * Files of a directory on disk (the CLI's working tree). Symbolic links are listed, so a prompt
 * that is one is reported rather than silently skipped, but read only where they lead to a file
 * inside the directory: a prompt linked to `~/.ssh/id_rsa` would otherwise be sent to a model.
 */
export class DirectorySource implements FileSource {
  readonly label: string;
  readonly root: string;
  private files?: Promise<string[]>;
  private realRoot?: Promise<string>;

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
    let real: string;
    try {
      real = await realpath(join(this.root, path));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    this.realRoot ??= realpath(this.root);
    const inside = relative(await this.realRoot, real);
    if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
      throw new PromptFileError(`${path} is a symbolic link to a file outside the repository; promptgate does not read it`, {
        location: { file: path },
        hint: 'Copy the file into the repository instead of linking to it.',
      });
    }
    return fileText(path, decodeUtf8(await readFile(real)));
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
