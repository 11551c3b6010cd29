import { contentWords } from './scripted-answers.js';

/** A function a request offers the scripted model. */
export interface OfferedTool {
  name: string;
  description?: string;
  parameters?: { properties?: Record<string, { type?: unknown; enum?: unknown[] }>; required?: string[] };
}

/**
 * The scripted model's tool use. When a request offers functions and the last user message
 * shares a content word with a function's name or description, the model calls the function
 * sharing the most (ties: the first offered) instead of answering in text. Its arguments: each
 * property of the function's parameters gets the first value of its `enum`, else for a string
 * the user message itself, for a number 1, for a boolean true. No shared word → no call, and
 * the text rules answer as usual.
 */
export function pickToolCall(messages: { role: string; content: string }[], tools: OfferedTool[]): { name: string; arguments: Record<string, unknown> } | undefined {
  const question = messages.findLast((m) => m.role === 'user')?.content ?? '';
  const asked = new Set(contentWords(question));
  let best: { tool: OfferedTool; score: number } | undefined;
  for (const tool of tools) {
    const words = new Set(contentWords(`${tool.name.replace(/[_-]/g, ' ')} ${tool.description ?? ''}`));
    const score = [...words].filter((w) => asked.has(w)).length;
    if (score > 0 && (!best || score > best.score)) best = { tool, score };
  }
  if (!best) return undefined;
  const args: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(best.tool.parameters?.properties ?? {})) {
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    args[name] = schema.enum?.[0] ?? (type === 'number' || type === 'integer' ? 1 : type === 'boolean' ? true : question.trim());
  }
  return { name: best.tool.name, arguments: args };
}
