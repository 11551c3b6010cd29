import type { Prompt } from '../model.js';

/** One prompt file handed to a format reader: its repository path and its text. */
export interface PromptSource {
  file: string;
  content: string;
}

/** What a format reader produces; `parsePromptFile` adds id, path, format, version and meta. */
export type PromptDraft = Pick<
  Prompt,
  'engine' | 'name' | 'description' | 'model' | 'params' | 'responseFormat' | 'messages' | 'variables' | 'defaults' | 'tests'
>;
