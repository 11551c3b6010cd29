import { describe, expect, it } from 'vitest';
import { GITHUB_COMMENT_LIMIT } from '../../src/report/markdown.js';
import { checkRunOutput, stickyCommentBody } from '../../src/github/result.js';
import { decodeState, stateKey } from '../../src/github/state.js';
import { stickyMarker } from '../../src/github/sticky-comment.js';
import { hugeReport, regressionReport } from '../support/report-factory.js';

const inputs = { baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40), configHash: 'c' };

describe('the sticky comment body', () => {
  it('is the marker, the report, and the state block last, which reads back as written', () => {
    const report = regressionReport();
    const key = stateKey('secret');
    const body = stickyCommentBody({ id: 'github-app', report, inputs, key });
    expect(body.startsWith(`${stickyMarker('github-app')}\n`)).toBe(true);
    expect(body).toContain('regression');
    expect(decodeState(body, key)).toEqual({ v: 1, ...inputs, report });
  });

  it("fits GitHub's comment limit with a 5,000-test report, leaving out a state block too large to keep (a re-run then recomputes)", () => {
    const body = stickyCommentBody({ id: 'prompts/eval', report: hugeReport(), inputs });
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body).not.toContain('<!-- promptgate:state');
  });
});

describe('the check run output', () => {
  it('has a one-line title within 255 characters, the verdict first, and a summary within the limit', () => {
    const report = { ...regressionReport(), summary: `${'x'.repeat(400)} at /home/runner/work/acme/prompts` };
    const output = checkRunOutput(report, ' (shard 1/2)');
    expect(output.title.length).toBeLessThanOrEqual(255);
    expect(output.title).toMatch(/^regression \(shard 1\/2\): x+/);
    expect(checkRunOutput({ ...report, summary: 'fine at /home/runner/work/acme/x' }).title).toBe('regression: fine at <host path>');
    expect(checkRunOutput(hugeReport()).summary.length).toBeLessThanOrEqual(21_845);
  });
});
