import { UserError } from '../util/errors.js';
import { renderDotprompt } from './dotprompt-library.js';
import type { Prompt, PromptMessage, ScalarType } from './model.js';
import { renderPrompty } from './prompty-render.js';
import { missingVariable, structuredVars, valueOf, withinCap, type Vars } from './render-values.js';

/**
 * A variable is missing when the test leaves it unset, it has no default, and the file either
 * declares it required or does not declare it at all (declared optional inputs render empty,
 * as their runtimes render them). Defaults keep the type the file gave them, so
 * `{% if flag %}` sees `false`; a test's values are text (JSON text of a list or mapping is that value).
 */
export async function renderWhole(prompt: Prompt, vars: Vars): Promise<PromptMessage[]> {
  const template = prompt.template!;
  const defaults = template.defaults ?? {};
  const optional = new Set([...template.declared, ...(template.guarded ?? [])]);
  for (const name of [...template.required, ...prompt.variables.filter((v) => !optional.has(v))]) {
    if (valueOf(vars, name) === undefined && !Object.hasOwn(defaults, name)) throw missingVariable(prompt, name);
  }
  const values = { ...defaults, ...typedVars(structuredVars(vars), template.types ?? {}) };
  let messages: PromptMessage[];
  try {
    messages = prompt.engine === 'dotprompt' ? await renderDotprompt(prompt.path, template.source, template.partials ?? {}, values) : renderPrompty(prompt, values);
  } catch (err) {
    if (err instanceof UserError) throw err;
    // The runtime's own error (a refused call, a filter given the wrong type): the template's, not ours.
    const message = (err instanceof Error ? err.message : String(err)).split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
    throw new UserError(`could not render ${prompt.path}: ${message}`, { location: { file: prompt.path }, hint: 'Check what the template does with the variables this test sets.', cause: err });
  }
  if (messages.length === 0) {
    throw new UserError(`${prompt.path} renders to no message at all with this test's values`, {
      location: { file: prompt.path },
      hint: 'Set the variables the prompt text depends on, or give them defaults in the file.',
    });
  }
  return messages.map((m) => ({ role: m.role, content: withinCap(m.content, prompt) }));
}

/** A test's text for a variable the file declares boolean or numeric, as that value when it reads as one. */
function typedVars(data: Record<string, unknown>, types: Record<string, ScalarType>): Record<string, unknown> {
  for (const [name, type] of Object.entries(types)) {
    const text = data[name];
    if (typeof text !== 'string') continue;
    if (type === 'boolean' && (text === 'true' || text === 'false')) data[name] = text === 'true';
    else if (type === 'number' && NUMBER.test(text.trim())) data[name] = Number(text);
  }
  return data;
}

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
