import { checkPromptSize } from '../prompts/formats/parse.js';
import type { FileSource } from '../source/types.js';
import { LimitError, UserError } from '../util/errors.js';

/** Reading a suite's prompt files and the files they link to, each refused by its size before it is read. */

/**
 * The files prompts link to (Dotprompt partials, Prompty `${file:}` targets), read as prompt files
 * are: refused by size before they are read (a pull request could link a 90 MB blob), and counted
 * with the prompt files against the cap (it could link thousands, each a download).
 */
export class LinkedFiles {
  private readonly seen = new Set<string>();

  constructor(
    private readonly source: FileSource,
    /** How many more files may be read; undefined: no cap. */
    private readonly cap: { count: number; limitName: string } | undefined,
    private readonly configFile: string,
  ) {}

  async read(path: string): Promise<string | undefined> {
    const bytes = await this.source.sizeOf(path);
    if (bytes === undefined) return undefined;
    checkPromptSize(path, bytes);
    this.seen.add(path);
    if (this.cap && this.seen.size > this.cap.count) {
      throw new LimitError(`${this.source.label} has more prompt files and files they link to (partials, \${file:} targets) than ${this.cap.limitName} allows`, {
        location: { file: this.configFile },
        hint: `raise ${this.cap.limitName} in ${this.configFile} on the base branch if this many files are intended`,
      });
    }
    return this.source.readFile(path);
  }
}

/** The file's text, or the reason it may not be read (a size over the limit, known before reading; a link out of the repository). */
export async function readBounded(source: FileSource, path: string): Promise<string | UserError | undefined> {
  const bytes = await source.sizeOf(path);
  if (bytes === undefined) return undefined;
  try {
    checkPromptSize(path, bytes);
    return await source.readFile(path);
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
}
