import type { Prompt } from '../model.js';

/** One prompt file handed to a format reader: its repository path and its text. */
export interface PromptSource {
  file: string;
  content: string;
  /**
   * Another file of the same source (repository-relative path), for Prompty `${file:…}`
   * references and Dotprompt partials; undefined when it does not exist.
   */
  readFile(path: string): Promise<string | undefined>;
}

/** What a format reader produces; `parsePromptFile` adds id, path, format, version and meta. */
export type PromptDraft = Pick<
  Prompt,
  | 'engine'
  | 'name'
  | 'description'
  | 'model'
  | 'params'
  | 'responseFormat'
  | 'messages'
  | 'template'
  | 'tools'
  | 'variables'
  | 'defaults'
  | 'tests'
  | 'readNotes'
>;
