import { UserError } from '../util/errors.js';

/**
 * What a workflow must grant for each thing promptgate writes. A 403 on one of these becomes a
 * message that names the permission and where to add it, with the original error as `cause`.
 */
export const NEEDED_PERMISSION = {
  comment: 'pull-requests: write',
  checkRun: 'checks: write',
  labels: 'issues: read',
  permissionLookup: 'metadata: read',
} as const;

export class MissingPermissionError extends UserError {
  override readonly name = 'MissingPermissionError';
  readonly permission: string;

  constructor(action: string, permission: string, cause: unknown) {
    super(`could not ${action}: the token lacks \`${permission}\``, {
      hint: `add \`permissions: { ${permission} }\` to the job (a fork's pull request gets a read-only token: promptgate then reports to the job summary instead)`,
      cause,
    });
    this.permission = permission;
  }
}

/** Whether an Octokit error is GitHub refusing the token (403, or 404 for hidden resources). */
export function isForbidden(err: unknown): boolean {
  const status = (err as { status?: unknown } | null)?.status;
  return status === 403;
}

/**
 * Turns a 403 into a MissingPermissionError naming the permission GitHub says it accepts
 * (`x-accepted-github-permissions`) or, failing that, the one promptgate knows it needs.
 */
export function explainForbidden(err: unknown, action: string, fallback: string): unknown {
  if (!isForbidden(err)) return err;
  const headers = (err as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {};
  const accepted = headers['x-accepted-github-permissions'];
  const permission = accepted ? accepted.split(/[;,]\s*/)[0]!.replace('=', ': ').replace(/_/g, '-') : fallback;
  return new MissingPermissionError(action, permission, err);
}
