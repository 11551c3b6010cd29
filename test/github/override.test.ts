import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastLabeler, lastLabeling, roleOf } from '../../src/github/override.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { apiFor, oneCommitGitHub, type OneCommitGitHub } from '../support/github-api.js';

const LABEL = 'accept-prompt-regression';
const repoRef = { owner: 'acme', repo: 'bot' };
let fixture: OneCommitGitHub;
let github: FakeGitHub;

beforeAll(async () => {
  fixture = await oneCommitGitHub((sha) => ({
    pulls: [{ number: 7, baseRef: 'main', baseSha: sha, headRef: 'main', headSha: sha }],
    roles: { admin: 'admin', maintainer: 'maintain', writer: 'write', triager: 'triage', reader: 'read' },
  }));
  github = fixture.github;
});
afterAll(() => fixture.close());

describe('who added the override label', () => {
  it('is the most recent adder of that label, with GitHub\'s time, across every page of events', async () => {
    const api = apiFor(github);
    expect(await lastLabeler(api, { ...repoRef, issue: 7, label: LABEL })).toBeUndefined();
    github.addLabel(7, LABEL, 'triager');
    github.removeLabel(7, LABEL, 'triager');
    for (let i = 0; i < 60; i++) {
      github.addLabel(7, `noise-${i}`, 'reader');
      github.removeLabel(7, `noise-${i}`, 'reader');
    }
    github.addLabel(7, LABEL, 'maintainer');
    github.addLabel(7, 'other', 'writer');
    const labeling = await lastLabeling(api, { ...repoRef, issue: 7, label: LABEL });
    expect(labeling?.by).toBe('maintainer');
    expect(labeling?.at).toBe(github.events.filter((e) => e.label.name === LABEL && e.event === 'labeled').at(-1)!.created_at);
    expect(github.unknownRoutes).toEqual([]);
  });
});

describe("a user's role", () => {
  it("is GitHub's role name, maintain and triage kept apart; a stranger has none", async () => {
    const api = apiFor(github);
    const roles = await Promise.all(['admin', 'maintainer', 'writer', 'triager', 'reader', 'stranger'].map((login) => roleOf(api, repoRef, login)));
    expect(roles).toEqual(['admin', 'maintain', 'write', 'triage', 'read', 'none']);
  });
});
