import { inlineCode } from '../report/escape.js';

/** Comment commands: `/promptgate rerun`, `/promptgate accept <reason>`, `/promptgate help`. */
export type Command = { name: 'rerun' } | { name: 'accept'; reason: string } | { name: 'help' } | { name: 'unknown'; word: string };

const PREFIX = /^\/promptgate(?:\s+(\S+))?(?:[ \t]+(.*))?$/;

/** The command on the comment's first line, or undefined when the comment is not one. */
export function parseCommand(body: string): Command | undefined {
  const first = body.trim().split('\n')[0]!.trim();
  const m = PREFIX.exec(first);
  if (!m) return undefined;
  const word = (m[1] ?? 'help').toLowerCase();
  const rest = [m[2] ?? '', ...body.trim().split('\n').slice(1)].join('\n').trim();
  switch (word) {
    case 'rerun':
      return { name: 'rerun' };
    case 'accept':
      return { name: 'accept', reason: rest };
    case 'help':
      return { name: 'help' };
    default:
      return { name: 'unknown', word };
  }
}

export const HELP = [
  '**promptgate commands** (for people with the write, maintain or admin role):',
  '',
  '- `/promptgate rerun`: evaluate the pull request\'s head again, without reusing the recorded result.',
  '- `/promptgate accept <reason>`: accept the regression for the current head, as the override label does; the reason is recorded in the comment. A new push needs a fresh acceptance.',
  '- `/promptgate help`: this list.',
].join('\n');

export function unknownCommandReply(word: string): string {
  return `${inlineCode(`/promptgate ${word}`)} is not a promptgate command.\n\n${HELP}`;
}

export function refusalReply(login: string, command: string, role: string): string {
  return `Sorry @${login}, \`/promptgate ${command}\` needs the write, maintain or admin role on this repository (yours is ${role}). Nothing was changed; a maintainer can run it for you.`;
}

export const MISSING_REASON_REPLY = 'Please give a reason: `/promptgate accept <reason>`. It is recorded with the acceptance. Nothing was changed.';
