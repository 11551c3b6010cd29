import { randomBytes } from 'node:crypto';
import type Mustache from 'mustache';
import type nunjucks from 'nunjucks';
import { PromptFileError, UserError } from '../util/errors.js';
import type { Prompt, PromptMessage, Role } from './model.js';
import { compileJinja2, renderJinja2 } from './jinja2.js';

/**
 * A role line (spec §6.2): `system:`, `# user:`, `assistant[name="Bot"]:`, any case. Brackets hold
 * `key=value` attributes, as both runtimes' boundary patterns require: `assistant[Bot]:` is text.
 */
export const ROLE_LINE = /^\s*#?\s*(system|developer|user|assistant)(\[\w+\s*=\s*[^\]]*\])?\s*:\s*$/i;

const ROLES = new Set<Role>(['system', 'developer', 'user', 'assistant']);

type Engine = (data: Record<string, unknown>) => string;

const compiled = new Map<string, { render: Engine; nonce: string }>();
const MAX_COMPILED = 500;

/**
 * Render a Prompty body as its runtime does (spec §5–§6): the whole body through its template
 * engine, then cut into messages at role lines, with `kind: thread` inputs expanded in place.
 *
 * Role lines of the file are marked with a random nonce before rendering, and only marked lines
 * start messages (the spec's injection defence, §6.3). A role line that arrives in a variable's
 * value stays text of the message it is in: the runtime refuses such a render, promptgate keeps
 * the text so an injection probe still tests the model rather than erroring. A file that turns the
 * defence off (`template.format.strict: false`) is cut at every role line of the rendered text,
 * as the runtime then cuts it.
 */
export function renderPrompty(prompt: Prompt, data: Record<string, unknown>): PromptMessage[] {
  const template = prompt.template!;
  const { render, nonce } = engineFor(prompt);
  const threads = new Map<string, PromptMessage[]>();
  const inputs = { ...data };
  for (const [name, kind] of Object.entries(template.media ?? {})) {
    if (data[name] !== undefined && data[name] !== '') throw mediaInput(prompt, name, kind);
    inputs[name] = '';
  }
  for (const name of template.threads ?? []) {
    const marker = `__PROMPTY_THREAD_${randomBytes(8).toString('hex')}_${name}__`;
    threads.set(marker, threadMessages(prompt, name, data[name]));
    inputs[name] = marker;
  }
  const rendered = render(inputs);
  return expandThreads(splitAtRoleLines(template.strict === false ? markRoleLines(rendered, nonce) : rendered, nonce), threads);
}

/**
 * The compiled body with its role lines marked by a nonce drawn when it was compiled: a test's
 * values are fixed before the run starts, so they cannot know it.
 */
function engineFor(prompt: Prompt): { render: Engine; nonce: string } {
  const { source, line = 1 } = prompt.template!;
  // The path and line are part of the key: render errors name the file and line they come from.
  const key = `${prompt.engine}\0${prompt.path}\0${line}\0${source}`;
  let entry = compiled.get(key);
  if (!entry) {
    const nonce = randomBytes(8).toString('hex');
    // Marking keeps every line where it was, so positions in the marked body are the file's.
    entry = { render: compileBody(prompt.engine, markRoleLines(source, nonce), { file: prompt.path, line, column: 1 }), nonce };
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, entry);
  }
  return entry;
}

/**
 * Compile a Prompty body with its template engine; syntax errors are PromptFileErrors. Mustache
 * escapes HTML in `{{x}}` as the runtime's Mustache does; `{{{x}}}` inserts verbatim.
 */
export function compileBody(engine: Prompt['engine'], body: string, origin: { file: string; line: number; column: number }): Engine {
  if (engine === 'jinja2') {
    const template: nunjucks.Template = compileJinja2(body, origin);
    return (data) => renderJinja2(template, data, origin);
  }
  const mustache = require('mustache') as typeof Mustache;
  try {
    mustache.parse(body);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const offset = Number(/ at (\d+)$/.exec(message)?.[1] ?? 0);
    const before = body.slice(0, offset);
    throw new PromptFileError(`invalid Mustache template: ${message.replace(/ at \d+$/, '')}`, {
      location: { file: origin.file, line: origin.line + before.split('\n').length - 1, column: offset - before.lastIndexOf('\n') },
      hint: 'Close every {{#section}} with {{/section}}.',
      cause: err,
    });
  }
  return (data) => mustache.render(body, data);
}

/** Names a Mustache template uses as a section (`{{#x}}`, `{{^x}}`), which renders empty or inverted when `x` is unset. */
export function mustacheGuarded(body: string): Set<string> {
  const tokens = (require('mustache') as typeof Mustache).parse(body);
  return new Set(tokens.filter(([type]) => type === '#' || type === '^').map(([, value]) => String(value).split('.')[0]!));
}

/** Top-level names a Mustache template reads. */
export function mustacheVariables(body: string): Set<string> {
  const tokens = (require('mustache') as typeof Mustache).parse(body);
  const names = new Set<string>();
  for (const [type, value] of tokens) if (type === 'name' || type === '&' || type === '#' || type === '^') names.add(String(value).split('.')[0]!);
  names.delete('');
  return names;
}

/** Mark each role line of the text (the file's, or all the rendered ones) as a message boundary. */
function markRoleLines(body: string, nonce: string): string {
  return body
    .split('\n')
    .map((line) => {
      const match = ROLE_LINE.exec(line);
      return match ? `${match[1]!.toLowerCase()}[nonce=${nonce}]:` : line;
    })
    .join('\n');
}

/** Cut rendered text at marked role lines; text before the first one is a system message (§2.10). */
function splitAtRoleLines(text: string, nonce: string): PromptMessage[] {
  const boundary = `[nonce=${nonce}]:`;
  const messages: PromptMessage[] = [];
  let role: Role | undefined;
  let lines: string[] = [];
  const flush = (): void => {
    const content = trimBlankLines(lines);
    if (role !== undefined || content !== '') messages.push({ role: role ?? 'system', content });
  };
  for (const line of text.split('\n')) {
    const name = line.endsWith(boundary) ? line.slice(0, -boundary.length) : undefined;
    if (name !== undefined && ROLES.has(name as Role)) {
      flush();
      role = name as Role;
      lines = [];
    } else {
      lines.push(line);
    }
  }
  flush();
  return messages;
}

/** Leading and trailing blank lines go, inner ones stay (spec §6.6). */
function trimBlankLines(lines: string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end).join('\n');
}

/** Put each thread's messages where its marker is, splitting the message around it (§6.7). */
function expandThreads(messages: PromptMessage[], threads: Map<string, PromptMessage[]>): PromptMessage[] {
  if (threads.size === 0) return messages;
  const out: PromptMessage[] = [];
  for (const message of messages) {
    let rest = message.content;
    let found = false;
    for (const [marker, history] of threads) {
      const at = rest.indexOf(marker);
      if (at === -1) continue;
      found = true;
      const before = rest.slice(0, at).trim();
      if (before !== '') out.push({ role: message.role, content: before });
      out.push(...history);
      rest = rest.slice(at + marker.length);
    }
    if (!found) out.push(message);
    else if (rest.trim() !== '') out.push({ role: message.role, content: rest.trim() });
  }
  return out;
}

/**
 * The runtime sends an image, file or audio input as a part of that kind (spec §12.6), never as
 * text; inserting its URL as text would test a different request, so a value for one is an error.
 */
function mediaInput(prompt: Prompt, name: string, kind: string): UserError {
  return new UserError(`the ${kind} input "${name}" of ${prompt.path} is sent as ${kind === 'file' ? 'a' : 'an'} ${kind} part, which promptgate cannot send to a model`, {
    location: { file: prompt.path },
    hint: `promptgate sends text only: leave "${name}" unset in this test (it then renders nothing), or leave this prompt out of \`prompts\`.`,
  });
}

/** A thread variable is a JSON list of `{role, content}` messages; unset, it is an empty history. */
function threadMessages(prompt: Prompt, name: string, value: unknown): PromptMessage[] {
  if (value === undefined || value === '') return [];
  const list = typeof value === 'string' ? parseJson(value) : value;
  if (Array.isArray(list) && list.every(isMessage)) return list.map((m) => ({ role: m.role, content: m.content }));
  throw new UserError(`the thread input "${name}" of ${prompt.path} is not a list of messages`, {
    location: { file: prompt.path },
    hint: `Give "${name}" as JSON: [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}] (roles system, developer, user, assistant).`,
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isMessage(value: unknown): value is PromptMessage {
  const m = value as PromptMessage;
  return m !== null && typeof m === 'object' && ROLES.has(m.role) && typeof m.content === 'string';
}
