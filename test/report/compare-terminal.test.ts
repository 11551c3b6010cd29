import { describe, expect, it } from 'vitest';
import { renderCompareTerminal } from '../../src/report/compare-terminal.js';
import { errorAtHeadReport, hugeReport, inconclusiveReport, regressionReport, report, testComparison, testSide } from '../support/report-factory.js';

/** A pipe, not a TTY: no colours, as in CI logs. */
const pipe = { isTTY: false } as NodeJS.WriteStream;

describe('renderCompareTerminal', () => {
  it('prints the verdict, prompts, regressed and fixed tests and the prompt diff', () => {
    const out = renderCompareTerminal(regressionReport(), pipe);
    const lines = out.split('\n');
    expect(lines[0]).toBe('✗ regression — blocks merge');
    expect(out).toMatch(/^prompt +score +Δ +pass rate/m);
    expect(out).toMatch(/^prompts\/support +1\.00 → 0\.50 +-0\.50 p=0\.031 +100% → 50%/m);
    expect(out).toContain('Regressed tests (2)\n✗ prompts/support › What does a warranty claim for a damaged product need?');
    expect(out).toContain('    head: I\'m sorry to hear that! Please contact our support team with your order details.');
    expect(out).toContain('    why:  states the policy: output does not contain "photo"');
    expect(out).toContain('Fixed tests (1)');
    expect(out).toContain('Also: 1 flaky, 1 new');
    expect(out).toContain('prompts/support.prompt.yml (modified)\n  -      You are the support assistant of Acme, an online hardware store. Be friendly.');
    expect(out).not.toMatch(/\x1b\[/);
  });

  it("names each prompt by its file's name: in the table and the test lines, a hostile one flattened and cut", () => {
    const r = regressionReport();
    r.prompts[0] = { ...r.prompts[0]!, name: 'Support reply' };
    const out = renderCompareTerminal(r, pipe);
    expect(out).toMatch(/^Support reply \(prompts\/support\) +1\.00 → 0\.50/m);
    expect(out).toContain('✗ Support reply (prompts/support) › What does a warranty claim for a damaged product need?');
    r.prompts[0] = { ...r.prompts[0]!, name: `Support\n\u001b[2J${'x'.repeat(500)}` };
    const hostile = renderCompareTerminal(r, pipe);
    expect(hostile).not.toMatch(/\u001b|x{60}/);
    expect(hostile).toMatch(/^Support .*x… \(prompts\/support\) +1\.00/m);
  });

  it('names the failing provider of an inconclusive run', () => {
    const out = renderCompareTerminal(inconclusiveReport(), pipe);
    expect(out.split('\n')[0]).toBe('! inconclusive — blocks merge');
    expect(out).toContain('  ! github:openai/gpt-4o-mini: rate_limit ×12 (head) — 429 Too Many Requests (retry-after 60s)');
  });

  it('prints file problems with file:line:col and the hint', () => {
    const out = renderCompareTerminal(errorAtHeadReport(), pipe);
    expect(out).toContain('  ✗ prompts/classify.prompt.yml:4:3: unknown key "modelParameter" (head)\n    → did you mean "modelParameters"?');
  });

  it('keeps terminal control sequences in model output from reaching the terminal', () => {
    const evil = 'ok\u001b[2J\u001b]0;owned\u0007';
    const r = report({ verdict: 'regression', tests: [testComparison('p', 't', { change: 'regressed', base: testSide('passed', evil), head: testSide('failed', evil, evil) })] });
    expect(renderCompareTerminal(r, pipe)).not.toMatch(/[\u0007\u001b]/);
  });

  it('stays short for a huge report', () => {
    const out = renderCompareTerminal(hugeReport(), pipe);
    expect(out.split('\n').length).toBeLessThan(250);
    expect(out).toContain('  …and 270 more prompts (all are in the --json report)');
    expect(out).toContain('  …and 496 more regressed tests (all are in the --json report)');
  });
});
