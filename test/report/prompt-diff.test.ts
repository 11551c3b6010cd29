import { diffLines } from 'diff';
import { describe, expect, it } from 'vitest';
import { isProse, renderPromptDiff } from '../../src/report/prompt-diff.js';

const SYSTEM = (rule: string) => `messages:
  - role: system
    content: |
      You are the support assistant of Acme, an online hardware store. Be friendly.
      ${rule}
      Orders can be cancelled free of charge until they ship, and refunds take five days.
  - role: user
    content: "{{question}}"
`;

describe('renderPromptDiff', () => {
  it('shows a change to message text as a word diff in <pre>', () => {
    const md = renderPromptDiff(
      SYSTEM('Refunds are available within 30 days of delivery for unused items only.'),
      SYSTEM('Refunds are available within 14 days of delivery for unused items only.'),
      'prompts/support.prompt.yml',
    );
    expect(md).toMatch(/^<pre>.*<\/pre>$/);
    expect(md).toContain('within <del>30</del><ins>14</ins> days');
  });

  it('shows a settings change as a line diff in a ```diff block', () => {
    const base = 'model: openai/gpt-4o-mini\nmodelParameters:\n  temperature: 0\n  maxTokens: 120\n';
    const md = renderPromptDiff(base, base.replace('temperature: 0', 'temperature: 0.7'), 'prompts/support.prompt.yml');
    expect(md).toBe('```diff\n@@ -1,4 +1,4 @@\n model: openai/gpt-4o-mini\n modelParameters:\n-  temperature: 0\n+  temperature: 0.7\n   maxTokens: 120\n```');
  });

  it('collapses long unchanged stretches', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `This is sentence number ${i} of a long system prompt about refunds and shipping.`);
    const changed = [...lines];
    changed[20] = 'This is a rewritten sentence in the middle of a long system prompt about refunds and shipping.';
    const md = renderPromptDiff(lines.join('\n'), changed.join('\n'), 'prompts/agent.md');
    expect(md).toContain('… 18 unchanged lines …');
    expect(md).toContain('… 17 unchanged lines …');
    expect(md).not.toContain('number 5 ');
  });

  it('shortens unchanged text around a change inside one long line', () => {
    const long = `${'Words that stay the same. '.repeat(40)}Answer in English. ${'More words that stay. '.repeat(40)}`;
    const md = renderPromptDiff(long, long.replace('English', 'French'), 'prompts/agent.md');
    expect(md.length).toBeLessThan(400);
    expect(md).toContain('<del>English</del><ins>French</ins>');
  });

  it('escapes prompt text so it cannot break out of the diff', () => {
    const base = 'You are a helpful assistant that always answers politely and briefly to customers.\n';
    const head = 'You are a helpful assistant </pre></details><img src=x onerror=alert(1)> @octocat #1 that always answers.\n';
    const md = renderPromptDiff(base, head, 'prompts/agent.md');
    expect(md).not.toMatch(/<img|<\/details>|@octocat|#1/);
    expect(md.match(/<\/pre>/g)).toHaveLength(1);
  });

  it('fences a line diff with more backticks than the prompt contains', () => {
    const md = renderPromptDiff('a: 1\n', 'a: 2\nb: ````\n', 'x.yml');
    expect(md.startsWith('`````diff\n')).toBe(true);
    expect(md.endsWith('\n`````')).toBe(true);
  });

  it('shows an added file as all-added lines and a deleted one as all-removed', () => {
    expect(renderPromptDiff(null, 'a: 1\nb: 2\n', 'new.yml')).toBe('```diff\n@@ -1,0 +1,2 @@\n+a: 1\n+b: 2\n```');
    expect(renderPromptDiff('a: 1\n', null, 'old.yml')).toBe('```diff\n@@ -1,1 +1,0 @@\n-a: 1\n```');
  });

  it('caps a large added file and says how much is left out', () => {
    const big = Array.from({ length: 2_000 }, (_, i) => `line ${i}`).join('\n');
    const md = renderPromptDiff(null, big, 'big.md', 3_000);
    expect(md.length).toBeLessThanOrEqual(3_000);
    expect(md).toMatch(/_… [\d,]+ more diff lines not shown \(diff capped\); see the file in the PR\._$/);
  });

  it('stays within any budget', () => {
    const base = Array.from({ length: 300 }, (_, i) => `Sentence ${i} explains the refund policy of the store in plain words.`).join('\n');
    const head = base.replace(/policy/g, 'rules');
    for (const budget of [60, 200, 500, 1_000, 5_000, 20_000]) {
      expect(renderPromptDiff(base, head, 'prompts/agent.md', budget).length).toBeLessThanOrEqual(budget);
    }
  });

  it('says when nothing changed', () => {
    expect(renderPromptDiff('same', 'same', 'x.md')).toBe('_Content unchanged._');
  });
});

describe('isProse', () => {
  it('reads changed YAML message content as prose', () => {
    const changes = diffLines('    content: You are a friendly assistant for the Acme store customers.\n', '    content: You are a concise assistant for the Acme store customers.\n');
    expect(isProse(changes, 'p.prompt.yml')).toBe(true);
  });

  it('reads changed settings as structure', () => {
    expect(isProse(diffLines('temperature: 0\nmaxTokens: 120\n', 'temperature: 1\nmaxTokens: 200\n'), 'p.prompt.yml')).toBe(false);
  });
});
