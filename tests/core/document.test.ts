import { describe, expect, it } from 'vitest';
import { Document, MASK } from '../../src/core/document.js';

describe('Document', () => {
  it('maps offsets to 1-based lines and UTF-16 columns across LF, CRLF and CR', () => {
    const d = new Document('ab\r\ncd\nef\rg😀h');
    expect(d.position(0)).toEqual({ line: 1, column: 1 });
    expect(d.position(4)).toEqual({ line: 2, column: 1 });
    expect(d.position(7)).toEqual({ line: 3, column: 1 });
    expect(d.position(13)).toEqual({ line: 4, column: 4 }); // after g + surrogate pair
  });
  it('masks spans with same-length placeholders, keeping line breaks', () => {
    const d = new Document('a `x\ny` b', [{ start: 2, end: 7, kind: 'code' }]);
    expect(d.prose).toBe(`a ${MASK}${MASK}\n${MASK}${MASK} b`);
    expect(d.prose.length).toBe(d.text.length);
    expect(d.isMasked(0, 2)).toBe(false);
    expect(d.isMasked(6, 8)).toBe(true);
    expect(d.isMasked(7, 9)).toBe(false);
    expect(d.isMasked(3, 3)).toBe(true);
  });
  it('splits paragraphs at blank lines and lines without terminators', () => {
    const d = new Document('one\ntwo\r\n\r\nthree\n  \nfour');
    expect(d.paragraphs().map((p) => d.text.slice(p.start, p.end))).toEqual(['one\ntwo', 'three', 'four']);
    expect(d.lines().map((l) => d.text.slice(l.start, l.end))).toEqual(['one', 'two', '', 'three', '  ', 'four']);
  });
  it('finds the lines that hold a candidate match with one scan', () => {
    const d = new Document('a  b\r\nno\r\n\r\nc  d  e\nf');
    const spans = d.linesWith(/ {2}/g).map((l) => d.text.slice(l.start, l.end));
    expect(spans).toEqual(['a  b', 'c  d  e']);
    expect(d.linesWith(/\r/g)).toEqual([]); // a match inside a line break belongs to no line
  });
});
