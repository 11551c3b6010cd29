import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, RecordedComparison } from '../../src/compare/types.js';
import { judgePullRequest, type Identity } from '../../src/github/pull-request.js';
import { encodeState, readState, stateKey } from '../../src/github/state.js';
import { stickyMarker } from '../../src/github/sticky-comment.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { apiFor, oneCommitGitHub, type OneCommitGitHub } from '../support/github-api.js';
import { regressionReport } from '../support/report-factory.js';

const BOT = { login: 'github-actions[bot]', type: 'Bot' as const };
const key = stateKey('webhook secret');
const identity: Identity = { id: 'github-app', isOwnAuthor: (a) => a.login === BOT.login && a.type === 'Bot', key };
const inputs = { baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40), mergeBaseSha: 'b'.repeat(40), configHash: 'c' };
let fixture: OneCommitGitHub;
let github: FakeGitHub;

beforeAll(async () => {
  fixture = await oneCommitGitHub((sha) => ({ pulls: [1, 2].map((number) => ({ number, baseRef: 'main', baseSha: sha, headRef: 'main', headSha: sha })) }));
  github = fixture.github;
});
afterAll(() => fixture.close());

/** Judges PR `number` with a comparison that records what it was handed. */
async function judge(number: number) {
  const handed: (RecordedComparison | undefined)[] = [];
  const compare = async (recorded?: RecordedComparison): Promise<Comparison> => {
    handed.push(recorded);
    return recorded ? { report: recorded.report, inputs, reused: true } : { report: regressionReport(), inputs, reused: false };
  };
  const result = await judgePullRequest({ api: apiFor(github), pull: { owner: 'acme', repo: 'bot', number, headSha: inputs.headSha, labels: [] }, identity, compare, fresh: false });
  return { result, recorded: handed[0] };
}

const { mergeBaseSha: _, ...recordedInputs } = inputs;

describe('the pull-request flow reading its own state', () => {
  it('reuses a signed state recorded for exactly these inputs', async () => {
    github.addComment(1, `${stickyMarker('github-app')}\nreport\n${encodeState({ v: 1, ...recordedInputs, report: regressionReport() }, 100_000, key)!}`, BOT);
    const { result, recorded } = await judge(1);
    expect(recorded?.report.verdict).toBe('regression');
    expect(result.reused).toBe(true);
    expect(result.report.notes).toEqual(regressionReport().notes);
  });

  it('refuses a signed state of another shape, says so in the notes, recomputes, and writes a valid state', async () => {
    const forged = { v: 1, ...recordedInputs, report: { ...regressionReport(), verdict: 'approved', blocking: false } } as never;
    github.addComment(2, `${stickyMarker('github-app')}\nreport\n${encodeState(forged, 100_000, key)!}`, BOT);
    const { result, recorded } = await judge(2);
    expect(recorded).toBeUndefined();
    expect(result.reused).toBe(false);
    expect(result.report.notes).toEqual([...regressionReport().notes, expect.stringMatching(/^the state block of promptgate's comment does not hold a state of this promptgate version \(report\.verdict: Invalid option/)]);
    expect(readState(result.body, key).state?.report.verdict).toBe('regression');
  });
});
