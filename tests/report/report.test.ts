import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptAll, annotate } from '../../src/report/annotate.js';
import { countWords, mqm } from '../../src/report/results.js';
import type { AppliedEdit } from '../../src/core/fixer.js';
import type { Finding } from '../../src/core/types.js';
import { decode, firstInvalidUtf8, isInputError } from '../../src/cli/read.js';

const finding = (start: number, end: number, severity: Finding['severity'] = 'minor'): Finding =>
  ({ ruleId: 'r', messageId: 'm', category: 'fluency/punctuation', severity, message: 'msg', start, end, suggestions: [], fix: null }) as unknown as Finding;

describe('mqm', () => {
  it('sums 25/5/1/0 and floors the score at 0 with one decimal', () => {
    expect(mqm([finding(0, 1, 'critical'), finding(0, 1, 'major'), finding(0, 1), finding(0, 1, 'info')], 412)).toEqual({ penalty: 31, score: 92.5 });
    expect(mqm([finding(0, 1, 'critical')], 10)).toEqual({ penalty: 25, score: 0 });
    expect(mqm([], 0)).toEqual({ penalty: 0, score: 100 });
  });
  it('counts words with apostrophes and hyphens as one', () => {
    expect(countWords("It's a well-known 3.5 m² test — ok")).toBe(7);
    expect(countWords('3.5km 1,000,000 a-b- -c x\'\' 𝐀𝐁 2.x')).toBe(9);
  });
  it('counts what the documented regular expression matches, on any mix of letters, digits, joiners and others', () => {
    const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+|(?<=\p{N})[.,]\p{N}+)*/gu;
    const pieces = ['a', 'Z', 'é', 'я', '3', '٣', '²', '𝐀', '𝟓', '\u0301', "'", '’', '-', '.', ',', ' ', '\u00a0', '—', '\ud800', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(countWords(text)).toBe([...text.matchAll(WORD_RE)].length);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('annotate', () => {
  it('writes substitutions, deletions, insertions and highlights that accept back to the fixed text', () => {
    const text = 'ab cd\nef';
    const edits: AppliedEdit[] = [
      { start: 0, end: 1, text: 'A', findings: [finding(0, 1)] },
      { start: 2, end: 3, text: '', findings: [finding(2, 3)] },
      { start: 5, end: 5, text: '!', findings: [finding(5, 5)] },
    ];
    const out = annotate(text, [finding(3, 8)], edits, (f) => `${f.category} · ${f.severity} · ${f.message}`);
    expect(out).toBe(
      '{~~a~>A~~}{>>fluency/punctuation · minor · msg<<}b{-- --}{>>fluency/punctuation · minor · msg<<}' +
        '{==cd==}{>>fluency/punctuation · minor · msg<<}{++!++}{>>fluency/punctuation · minor · msg<<}\nef',
    );
    expect(acceptAll(out)).toBe('Abcd!\nef');
  });
  it('writes a deleted line as its text and comments, then its line breaks in a deletion of their own', () => {
    const text = 'Para.\n\nFollow us!\n\nNext.';
    const edits: AppliedEdit[] = [{ start: 7, end: 19, text: '', findings: [finding(7, 17)] }];
    const out = annotate(text, [], edits, (f) => f.message);
    expect(out).toBe('Para.\n\n{--Follow us!--}{>>msg<<}{--\n\n--}Next.');
    expect(acceptAll(out)).toBe('Para.\n\nNext.');
  });
});

describe('decode', () => {
  it('strips and reports a BOM, rejects NUL bytes and locates invalid UTF-8', () => {
    expect(decode(Buffer.from('\uFEFFhi'), 'f')).toEqual({ text: 'hi', bom: true });
    expect(decode(Buffer.from([0x61, 0x00]), 'f')).toMatchObject({ key: 'errors.binary' });
    const bad = decode(Buffer.from([0x61, 0x0a, 0xc3, 0x28]), 'f');
    expect(isInputError(bad) && bad.data).toMatchObject({ line: 2, offset: 2, byte: 'C3' });
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // an encoded surrogate
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0x80]))).toBe(0); // overlong
    expect(firstInvalidUtf8(Buffer.from('é😀'))).toBe(6);
  });
});
