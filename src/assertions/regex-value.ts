/** A regex assertion value: a plain pattern (`\d+ days`) or a literal with flags (`/refund/i`). */
const LITERAL = /^\/([\s\S]+)\/([dgimsuvy]*)$/;

/** Compile a regex assertion value; throws SyntaxError with the engine's message when invalid. */
export function compileRegexValue(value: string): RegExp {
  const literal = LITERAL.exec(value);
  // The `g` and `y` flags make `test` stateful across calls, which would make results depend on order.
  return literal ? new RegExp(literal[1] as string, (literal[2] as string).replace(/[gy]/g, '')) : new RegExp(value);
}
