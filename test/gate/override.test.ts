import { describe, expect, it } from 'vitest';
import { acceptQueue } from '../../src/gate/merge-queue.js';
import { applyOverride, decideOverride, type Acceptance } from '../../src/gate/override.js';
import { conclusionOf, exitCodeOf, gateFailure } from '../../src/gate/conclusion.js';
import { improvementReport, regressionReport } from '../support/report-factory.js';

const given = (over: Partial<Acceptance> = {}): Acceptance => ({ by: 'maintainer', role: 'admin', headSha: 'h2', at: '2026-01-01T00:00:00Z', via: 'label', ...over });

describe('the override rule', () => {
  it('accepts an acceptance given for the head being judged, from a role that may accept', () => {
    expect(decideOverride({ headSha: 'h2', labelled: true, given: given() })).toMatchObject({ status: 'accepted' });
  });

  it('holds an acceptance given for the shown head h1 stale for h2', () => {
    expect(decideOverride({ headSha: 'h2', labelled: true, given: given({ headSha: 'h1' }) })).toMatchObject({ status: 'stale', acceptance: { headSha: 'h1' } });
  });

  it('refuses triage and read', () => {
    expect(decideOverride({ headSha: 'h2', labelled: true, given: given({ role: 'triage' }) })).toEqual({ status: 'refused', by: 'maintainer', role: 'triage' });
  });

  it('keeps a recorded label acceptance only while the label is on, and a command acceptance without it', () => {
    expect(decideOverride({ headSha: 'h2', labelled: false, recorded: given() })).toEqual({ status: 'none' });
    expect(decideOverride({ headSha: 'h2', labelled: false, recorded: given({ via: 'command' }) })).toMatchObject({ status: 'accepted' });
  });

  it('treats a label found on the PR without an event or a record as stale: it may predate the push', () => {
    expect(decideOverride({ headSha: 'h2', labelled: true, lastLabeler: 'maintainer' })).toMatchObject({ status: 'stale', acceptance: { by: 'maintainer' } });
  });

  it('overrides only a blocking regression or failed gate, and then the check passes and the exit code is 0', () => {
    const accepted = applyOverride(regressionReport(), { status: 'accepted', acceptance: given() }, 'accept').report;
    expect(accepted.overridden).toBe(true);
    expect(conclusionOf(accepted)).toBe('success');
    expect(exitCodeOf(accepted)).toBe(0);
    expect(gateFailure(regressionReport())).toMatch(/^regression: /);
    expect(applyOverride(improvementReport(), { status: 'accepted', acceptance: given() }, 'accept').report.overridden).toBe(false);
  });
});

describe('the merge queue', () => {
  const report = regressionReport();
  it('accepts a group only when every PR has an acceptance for its current head', () => {
    expect(acceptQueue(report, 'q', [{ number: 7, headSha: 'h2', labelled: true, acceptance: given() }]).overridden).toBe(true);
    expect(acceptQueue(report, 'q', [{ number: 7, headSha: 'h3', labelled: true, acceptance: given() }]).overridden).toBe(false);
    expect(acceptQueue(report, 'q', [{ number: 7, headSha: 'h2', labelled: false, acceptance: given() }]).overridden).toBe(false);
    expect(acceptQueue(report, 'q', []).notes.at(-1)).toMatch(/no pull request found/);
  });
});
