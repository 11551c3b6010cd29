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
