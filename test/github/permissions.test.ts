import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainForbidden, isForbidden, MissingPermissionError, NEEDED_PERMISSION } from '../../src/github/permissions.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { apiFor, oneCommitGitHub, type OneCommitGitHub } from '../support/github-api.js';

const TOKEN = 'ghs_read_only';
let fixture: OneCommitGitHub;
let github: FakeGitHub;
let sha: string;

beforeAll(async () => {
  fixture = await oneCommitGitHub(() => ({
    tokens: { [TOKEN]: { login: 'github-actions[bot]', type: 'Bot', permissions: { checks: 'read', metadata: 'read' } } },
  }));
  github = fixture.github;
  sha = fixture.sha;
});
afterAll(() => fixture.close());

/** GitHub's own 403 for a check run written with a token that may only read checks. */
async function refusal(): Promise<unknown> {
  return apiFor(github, TOKEN)
    .request('POST /repos/{owner}/{repo}/check-runs', { owner: 'acme', repo: 'bot', name: 'promptgate', head_sha: sha })
    .catch((e: unknown) => e);
}

describe('a refusal by GitHub', () => {
  it('becomes an error naming the permission GitHub says it accepts, and where to grant it, keeping the original as cause', async () => {
    const original = await refusal();
    expect(isForbidden(original)).toBe(true);
    const err = explainForbidden(original, 'publish the check run', NEEDED_PERMISSION.checkRun) as MissingPermissionError;
    expect(err).toBeInstanceOf(MissingPermissionError);
    expect(err.permission).toBe('checks: write');
    expect(err.message).toBe('could not publish the check run: the token lacks `checks: write`');
    expect(err.hint).toMatch(/^add `permissions: \{ checks: write \}` to the job/);
    expect(err.cause).toBe(original);
  });

  it('falls back to the permission promptgate knows it needs when GitHub names none', () => {
    const err = explainForbidden({ status: 403, response: { headers: {} } }, 'post the PR comment', NEEDED_PERMISSION.comment) as MissingPermissionError;
    expect(err.permission).toBe('pull-requests: write');
  });

  it('leaves any other error as it was', () => {
    const notFound = Object.assign(new Error('Not Found'), { status: 404 });
    expect(explainForbidden(notFound, 'read', NEEDED_PERMISSION.labels)).toBe(notFound);
  });
});
