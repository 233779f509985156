import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, formatOf } from '../../src/formats/index.js';
import { inlineMasks } from '../../src/formats/inline.js';

const masked = (text: string, format: 'text' | 'markdown' = 'text') =>
  parseDocument(text, format).masks.map((m) => text.slice(m.start, m.end));

describe('formats', () => {
  it('masks URLs without their trailing punctuation, e-mails and handles in plain text', () => {
    expect(masked('See https://example.com/a_(b)?q=1, then www.site.org. Mail me@mail.co.uk or @user_1.')).toEqual([
      'https://example.com/a_(b)?q=1',
      'www.site.org',
      'me@mail.co.uk',
      '@user_1',
    ]);
    expect(masked('(see https://example.com/x)')).toEqual(['https://example.com/x']);
  });
  it('masks code, HTML and link targets in Markdown but keeps link text as prose', () => {
    const md = 'Text `code` and [the link](http://x.org "t") <b>bold</b>.\n\n```js\nconst a = " b ";\n```\n';
    const m = masked(md, 'markdown');
    expect(m).toContain('`code`');
    expect(m).toContain('```js\nconst a = " b ";\n```');
    expect(m).toContain('](http://x.org "t")');
    expect(m).toContain('<b>');
    expect(m.join('|')).not.toContain('the link');
  });
  it('knows formats by extension', () => {
    expect(formatOf('a/b.MD')).toBe('markdown');
    expect(formatOf('a.txt')).toBe('text');
    expect(formatOf('a.docx')).toBeNull();
  });
});

describe('inlineMasks', () => {
  // The handle and path patterns as a plain global scan over the whole text, the reference for the scans that start
  // at the first `@` and the first `/x/`.
  const HANDLE = /(?<![\p{L}\p{N}_@.])@[A-Za-z0-9_]{2,30}\b/gu;
  const PATH = /(?<![\p{L}\p{N}])(?:~|\.{1,2})?\/(?:[\w.-]+\/)+[\w.-]*/gu;
  it('finds the handles and paths a scan of the whole text finds', () => {
    const pieces = ['@', '/', '~', '.', '..', '-', '_', 'a', 'Z', 'é', '1', ' ', '\n', 'usr', 'bob', 'x.y'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const got = inlineMasks(text).filter((m) => m.kind !== 'email' && !(m.kind === 'url' && !text.startsWith('@', m.start)));
        const want = [
          ...[...text.matchAll(HANDLE)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'url' })),
          ...[...text.matchAll(PATH)].filter((m) => m[0].length > 2).map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'code' })),
        ];
        expect(got).toEqual(want);
      }),
      { numRuns: 4000 },
    );
  });
});

