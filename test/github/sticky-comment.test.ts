import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MissingPermissionError } from '../../src/github/permissions.js';
import { findStickyComment, stickyMarker, upsertStickyComment, type StickyCommentTarget } from '../../src/github/sticky-comment.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { apiFor, oneCommitGitHub, type OneCommitGitHub } from '../support/github-api.js';

const BOT = 'github-actions[bot]';
const READ_ONLY = 'ghs_read_only';
let fixture: OneCommitGitHub;
let github: FakeGitHub;

beforeAll(async () => {
  fixture = await oneCommitGitHub((sha) => ({
    pulls: [1, 2, 3, 4].map((number) => ({ number, baseRef: 'main', baseSha: sha, headRef: 'main', headSha: sha })),
    tokens: {
      ghs_write: { login: BOT, type: 'Bot', permissions: { pull_requests: 'write', issues: 'write', metadata: 'read' } },
      [READ_ONLY]: { login: BOT, type: 'Bot', permissions: { pull_requests: 'read', issues: 'read', metadata: 'read' } },
    },
  }));
  github = fixture.github;
});
afterAll(() => fixture.close());

const target = (issue: number): StickyCommentTarget => ({ owner: 'acme', repo: 'bot', issue, id: 'prompts/eval', isOwnAuthor: (a) => a.login === BOT && a.type === 'Bot' });

describe('the sticky comment', () => {
  it('is found by its marker and its own author on a later page, never by a marker someone else pasted', async () => {
    const marker = stickyMarker('prompts/eval');
    github.addComment(1, `${marker}\nforged`, { login: 'mallory', type: 'User' });
    for (let i = 0; i < 120; i++) github.addComment(1, `comment ${i}`, { login: 'octocat', type: 'User' });
    const ours = github.addComment(1, `${marker}\nours`, { login: BOT, type: 'Bot' });
    expect(await findStickyComment(apiFor(github, 'ghs_write'), target(1))).toMatchObject({ id: ours.id, body: `${marker}\nours` });
    expect(await findStickyComment(apiFor(github, 'ghs_write'), target(2))).toBeUndefined();
    expect(github.unknownRoutes).toEqual([]);
  });

  it('is created once, updated in place, and not rewritten when its body did not change', async () => {
    const api = apiFor(github, 'ghs_write');
    expect(await upsertStickyComment(api, target(3), 'first')).toMatchObject({ action: 'created', body: `${stickyMarker('prompts/eval')}\nfirst` });
    expect(await upsertStickyComment(api, target(3), 'second')).toMatchObject({ action: 'updated' });
    const writes = github.requests.filter((r) => r.method !== 'GET').length;
    expect(await upsertStickyComment(api, target(3), 'second')).toMatchObject({ action: 'unchanged' });
    expect(github.requests.filter((r) => r.method !== 'GET').length).toBe(writes);
    expect(github.comments.filter((c) => c.issue_number === 3).map((c) => c.body)).toEqual([`${stickyMarker('prompts/eval')}\nsecond`]);
  });

  it('names the permission to grant when the token may not comment', async () => {
    const err = await upsertStickyComment(apiFor(github, READ_ONLY), target(4), 'body').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MissingPermissionError);
    expect((err as MissingPermissionError).message).toMatch(/^could not post the PR comment: the token lacks `(pull-requests|issues): write`/);
  });
});
