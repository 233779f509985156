import { describe, expect, it } from 'vitest';
import { parseDocument, formatOf } from '../../src/formats/index.js';

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
