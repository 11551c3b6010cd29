import type { Prompt } from '../prompts/model.js';
import { templateVariables } from '../prompts/render.js';

/** Name parts that mark a variable as retrieved context (a place for indirect injection). */
const CONTEXT_PARTS = new Set(['context', 'contexts', 'document', 'documents', 'doc', 'docs', 'retrieved', 'passage', 'passages', 'source', 'sources']);

/**
 * Variables a user (or retrieved content) controls: those used in user or assistant messages,
 * in order of first appearance. Variables used only in the system prompt are the application's.
 */
export function userControlledVariables(prompt: Prompt): string[] {
  // Prompty threads (a list of messages) and image, file or audio inputs take no text to inject.
  const notText = new Set([...(prompt.template?.threads ?? []), ...Object.keys(prompt.template?.media ?? {})]);
  const names: string[] = [];
  for (const message of prompt.messages) {
    if (message.role !== 'user' && message.role !== 'assistant') continue;
    const used = templateVariables(message.content, prompt.engine);
    used.sort((a, b) => message.content.indexOf(a) - message.content.indexOf(b));
    for (const name of used) if (!names.includes(name) && !notText.has(name)) names.push(name);
  }
  return names;
}

/** Whether a variable's name says it carries retrieved context: `context`, `retrieved_docs`, `sourcePassages`. */
export function isContextVariable(name: string): boolean {
  const parts = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return parts.some((part) => CONTEXT_PARTS.has(part));
}

/** Where a probe puts its inputs: the user's own input and the retrieved context, when the prompt has them. */
export interface InputSlots {
  /** The first user-controlled variable that is not retrieved context, else the first one. */
  input?: string;
  context?: string;
}

export function inputSlots(prompt: Prompt): InputSlots {
  const names = userControlledVariables(prompt);
  const context = names.find(isContextVariable);
  const input = names.find((n) => !isContextVariable(n)) ?? names[0];
  return { input, context };
}
