import { renderMessages } from '../prompts/render.js';
import type { AssertionContext } from './types.js';

/**
 * What the user asked: `vars.input` (the GitHub Models convention) when the test has it,
 * else the prompt's last user message as rendered for this test.
 */
export async function questionOf(ctx: AssertionContext): Promise<string> {
  if (ctx.vars.input !== undefined) return ctx.vars.input;
  return (await renderMessages(ctx.prompt, ctx.vars)).findLast((m) => m.role === 'user')?.content ?? '';
}

/** The prompt's system (and developer) instructions as rendered for this test. */
export async function systemTextOf(ctx: AssertionContext): Promise<string> {
  return (await renderMessages(ctx.prompt, ctx.vars))
    .filter((m) => m.role === 'system' || m.role === 'developer')
    .map((m) => m.content)
    .join('\n\n');
}

/** Label of the judge model in errors, when the assertion does not name one. */
export function judgeLabel(judge: string | undefined): string {
  return judge ?? 'the configured judge';
}

/**
 * Wrap untrusted text in `<tag>…</tag>` for a judge prompt. A closing tag inside the text is
 * defused, so an output cannot end its own block and smuggle in instructions.
 */
export function tagged(tag: string, text: string): string {
  const defused = text.replace(new RegExp(`</(${tag})>`, 'gi'), '<\\/$1>');
  return `<${tag}>\n${defused}\n</${tag}>`;
}
