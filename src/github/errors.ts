import { withoutHostPaths } from '../report/host-paths.js';
import { UserError } from '../util/errors.js';

/**
 * An error as it may be published on a pull request: a promptgate error says what to fix; anything
 * else is an internal failure, named as such (its details are in the service's log). Never a
 * stack trace, never a host path.
 */
export function publishedError(err: unknown, roots: readonly string[] = []): string {
  const text = err instanceof UserError ? err.format() : `internal error: ${err instanceof Error ? err.message : String(err)} (details in the service log)`;
  return withoutHostPaths(text, roots);
}
