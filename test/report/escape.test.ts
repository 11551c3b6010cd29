import { describe, expect, it } from 'vitest';
import { codeBlock, escapeInline, escapeTerminal, inlineCode, preBlock, truncate } from '../../src/report/escape.js';

const ZWSP = '\u200B';

describe('escapeInline', () => {
  it('escapes HTML so injected tags stay text', () => {
    const out = escapeInline('</details><img src=x onerror=alert(1)>');
    expect(out).not.toMatch(/[<>]/);
    expect(out).toContain('&lt;/details&gt;&lt;img src=x onerror=alert&#40;1&#41;&gt;');
  });

  it('breaks @mentions, team mentions and email autolinks so nobody is pinged', () => {
    expect(escapeInline('thanks @octocat and @github/security')).toBe(`thanks @${ZWSP}octocat and @${ZWSP}github/security`);
    expect(escapeInline('mail a@b.co')).toBe(`mail a@${ZWSP}b.co`);
  });

  it('breaks #123, GH-123 and owner/repo#123 references', () => {
    expect(escapeInline('fixes #1, gh-22 and acme/shop#333')).toBe(`fixes #${ZWSP}1, gh-${ZWSP}22 and acme/shop#${ZWSP}333`);
    expect(escapeInline('GH-7')).toBe(`GH-${ZWSP}7`);
  });

  it('breaks bare URLs so GitHub does not link them', () => {
    expect(escapeInline('log in at https://evil.example or www.evil.example')).toBe(`log in at https:/${ZWSP}/evil.example or www${ZWSP}.evil.example`);
  });

  it('makes links, images, emphasis, code and math inert', () => {
    const out = escapeInline('[click](javascript:alert(1)) ![x](http://t/x.png) *a* _b_ `c` ~d~ $e$ \\f');
    expect(out).not.toMatch(/[[\]()!*_`~$\\]/);
  });

  it('keeps a table cell one cell and one line', () => {
    const out = escapeInline('a | b\n\nc\r\nd');
    expect(out).toBe('a &#124; b c d');
  });

  it('escapes line-start markers that would make a heading, list or quote', () => {
    expect(escapeInline('# Title')).toBe('&#35; Title');
    expect(escapeInline('- item')).toBe('&#45; item');
    expect(escapeInline('+ item')).toBe('&#43; item');
    expect(escapeInline('12. item')).toBe('12&#46; item');
    expect(escapeInline('> quote')).toBe('&gt; quote');
    expect(escapeInline('a - b # c')).toBe('a - b # c');
  });

  it('replaces control characters and bidi overrides', () => {
    expect(escapeInline('a\u0000b\u202Ec\u0007')).toBe('a\uFFFDb\uFFFDc\uFFFD');
  });
});

describe('inlineCode', () => {
  it('is safe in a table cell even with a pipe and backticks', () => {
    expect(inlineCode('a|`b`')).toBe('<code>a&#124;&#96;b&#96;</code>');
  });
});

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run inside', () => {
    const block = codeBlock('before\n```\n</details>\n````\nafter', 'diff');
    expect(block.startsWith('`````diff\n')).toBe(true);
    expect(block.endsWith('\n`````')).toBe(true);
  });

  it('uses three backticks at least and keeps the text as written', () => {
    expect(codeBlock('@octocat #1 <b>')).toBe('```\n@octocat #1 <b>\n```');
  });

  it('drops an info string that could carry markup', () => {
    expect(codeBlock('x', 'js onload=`x`')).toBe('```\nx\n```');
  });
});

describe('preBlock', () => {
  it('escapes HTML and Markdown and keeps the block on one source line', () => {
    const out = preBlock('line 1\n\n```\n</pre></details><img src=x onerror=alert(1)>\n[click](javascript:x) | *b*');
    expect(out.startsWith('<pre>')).toBe(true);
    expect(out.endsWith('</pre>')).toBe(true);
    expect(out.slice(5, -6)).not.toMatch(/[<>\n`[\]()|*]/);
    expect(out).toContain('line 1&#10;&#10;&#96;&#96;&#96;&#10;&lt;/pre&gt;');
  });

  it('breaks mentions and references inside the block too', () => {
    expect(preBlock('@octocat see #12')).toBe(`<pre>@${ZWSP}octocat see #${ZWSP}12</pre>`);
  });
});

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('short', 10)).toBe('short');
  });

  it('says how much was cut and stays within the limit', () => {
    const out = truncate('x'.repeat(5_000), 100);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out).toMatch(/… \(4,9\d\d more characters\)$/);
    const kept = out.length - out.slice(out.indexOf(' …')).length;
    expect(out).toContain(`(${(5_000 - kept).toLocaleString('en-US')} more characters)`);
  });

  it('never cuts a surrogate pair in half', () => {
    const emoji = '🙂'.repeat(100);
    for (let max = 20; max < 60; max++) {
      const out = truncate(emoji, max, (n) => `…${n}`);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      expect(out).not.toMatch(/(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });
});

describe('escapeTerminal', () => {
  it('removes escape sequences a model output could use to drive the terminal', () => {
    expect(escapeTerminal('ok\u001b[2J\u001b]0;pwned\u0007 done\nnext')).toBe('ok\uFFFD[2J\uFFFD]0;pwned\uFFFD done\nnext');
  });
});

describe('HTML comment delimiters in literal text', () => {
  it('never leave a code block able to open or close a comment in the raw body', () => {
    const block = codeBlock('a <!-- promptgate:state v1 x --> b --!> c');
    expect(block).not.toMatch(/<!--|-->|--!>/);
    expect(block.replace(/\u200b/g, '')).toContain('<!-- promptgate:state v1 x --> b --!> c');
  });
});
