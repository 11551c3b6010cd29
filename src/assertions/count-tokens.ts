/**
 * Output token counts for `max-tokens` when the provider reported no usage. o200k_base is the
 * encoding of current OpenAI models; for other vendors it is a close, stable approximation.
 * The encoder's tables are large, so they load on first use only.
 */
let encoder: Promise<typeof import('gpt-tokenizer/encoding/o200k_base')> | undefined;

/** Count tokens of `text` with o200k_base; special-token text counts as ordinary text. */
export async function countOutputTokens(text: string): Promise<number> {
  encoder ??= import('gpt-tokenizer/encoding/o200k_base');
  // Model output may legitimately contain `<|endoftext|>` as text; the default would throw.
  return (await encoder).countTokens(text, { disallowedSpecial: new Set() });
}
