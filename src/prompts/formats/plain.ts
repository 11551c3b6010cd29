import { templateVariables } from '../render.js';
import { splitRoleLines, toMessages } from './role-lines.js';
import type { PromptDraft, PromptSource } from './types.js';

/** Exactly `system:`, `user:` or `assistant:` on a line of its own. */
const ROLE_HEADER = /^(system|user|assistant):[ \t]*$/;

/**
 * Read a plain `.md` / `.txt` prompt: the whole file is one user message with `{{var}}`
 * placeholders, unless it has role header lines, which split it into messages as in Prompty.
 */
export function readPlain({ file, content }: PromptSource): PromptDraft {
  const body = content.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const messages = toMessages(splitRoleLines(body, { header: ROLE_HEADER, leadingRole: 'user', bodyLine: 1 }), { file, line: 1 });
  return {
    engine: 'mustache',
    params: {},
    messages,
    variables: templateVariables(body, 'mustache'),
    tests: [],
  };
}
