import { describe, expect, it } from 'vitest';
import { publishedError } from '../../src/github/errors.js';
import { UserError } from '../../src/util/errors.js';

describe('an error published on a pull request', () => {
  it('is a promptgate error with its hint, or anything else as an internal error, without host paths', () => {
    expect(publishedError(new UserError('prompts/a.prompt.yml is not valid', { hint: 'fix line 3' }))).toBe('prompts/a.prompt.yml is not valid\n  → fix line 3');
    expect(publishedError(new Error("ENOENT: no such file or directory, open '/var/lib/promptgate/acme/x'"))).toBe(
      "internal error: ENOENT: no such file or directory, open '<host path>' (details in the service log)",
    );
  });

  it('hides the roots it is told about even inside a promptgate error', () => {
    expect(publishedError(new UserError('cannot load /work/acme repo/checks/a.mjs'), ['/work/acme repo'])).toBe('cannot load <host path>');
  });
});
