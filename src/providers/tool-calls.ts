/** A function the model asked to call: its name and arguments (parsed JSON when they parse). */
export interface ToolCall {
  name: string;
  arguments: unknown;
}

/** Tool arguments as the model wrote them: JSON text is parsed, anything else kept as text. */
export function toolArguments(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * The answer text assertions check. A tool call is part of what the model answered, so it is
 * written into the text as JSON, `[{"name": …, "arguments": {…}}]`, after any text the model
 * wrote: `contains`, `is-json`, `javascript` and the judges see which function was called with
 * what, and the cache keeps it with the rest of the answer.
 */
export function answerWithToolCalls(text: string, calls: ToolCall[]): string {
  if (calls.length === 0) return text;
  const json = JSON.stringify(calls);
  return text.trim() === '' ? json : `${text}\n\n${json}`;
}
