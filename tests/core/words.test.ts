import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWordsIn, countWordsOfText, scanWords } from '../../src/core/words.js';
import { countWords } from '../../src/report/results.js';
import { parseDocument } from '../../src/formats/index.js';

// The documented definitions the automata implement.
const COUNTED = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+|(?<=\p{N})[.,]\p{N}+)*/gu;
const TWIN_WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’-]|(?<=\p{N})[.,:/](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

const referenceTwins = (text: string): number[] => {
  const words = [...text.matchAll(TWIN_WORD)];
  const out: number[] = [];
  for (let k = 1; k < words.length; k++) {
    if (words[k - 1]![0].toLowerCase() === words[k]![0].toLowerCase()) out.push(words[k - 1]!.index, words[k]!.index);
  }
  return out;
};

const pieces = ['a', 'A', 'Z', 'b', 'é', 'É', 'я', 'İ', 'i̇', '3', '٣', '²', '𝐀', '𝟓', '😀', '\u0301', "'", '’', '-', '.', ',', ':', '/', ' ', '\u00a0', '\n', '\ud800', '—'];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('scanWords', () => {
  it('pairs neighbouring words equal in lower case and counts words, as the documented expressions do', () => {
    expect(scanWords('the The cat 3.5 3.5 x-y x-Y').twins).toEqual([0, 4, 12, 16, 20, 24]);
    expect(scanWords("It's a well-known 3.5 m² test — ok").words).toBe(7);
    fc.assert(
      fc.property(texts, (text) => {
        const scan = scanWords(text);
        expect(scan.twins).toEqual(referenceTwins(text));
        expect(scan.words).toBe([...text.matchAll(COUNTED)].length);
        expect(countWordsIn(text)).toBe(scan.words);
      }),
      { numRuns: 5000 },
    );
  });
  it('gives the same answer for a text asked twice, and for a different text of the same length', () => {
    expect(scanWords('go go now').twins).toEqual([0, 3]);
    expect(scanWords('go go now').twins).toEqual([0, 3]);
    expect(scanWords('go to now').twins).toEqual([]);
  });
});

describe('countWordsOfText', () => {
  it('counts the words of a text from the scan of its prose, corrected around the masks', () => {
    const chunks = ['word', 'it’s', '3.5', '1,000', ' ', '\n', '. ', 'x', '`code here`', 'https://example.com/a-b', 'a@b.io', '<b>', '</b>', '-', "'", '𝐀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chunks), { maxLength: 30 }), fc.constantFrom('text', 'markdown'), (parts, format) => {
        const text = parts.join('');
        const doc = parseDocument(text, format as 'text');
        const truth = countWordsIn(text);
        // Without a scan of the prose at hand: counted directly.
        scanWords(`${text} other`);
        expect(countWordsOfText(text, doc.prose, doc.masks)).toBe(truth);
        // With one: the prose's count, corrected.
        scanWords(doc.prose);
        expect(countWordsOfText(text, doc.prose, doc.masks)).toBe(truth);
        expect(countWords(text, doc)).toBe(truth);
      }),
      { numRuns: 3000 },
    );
  });
  it('is exercised by masks here (the prose differs from the text)', () => {
    const text = 'See https://example.com/one-two and `a b c` now';
    const doc = parseDocument(text, 'markdown');
    expect(doc.prose).not.toBe(text);
    scanWords(doc.prose);
    expect(countWordsIn(doc.prose)).not.toBe(countWordsIn(text));
    expect(countWordsOfText(text, doc.prose, doc.masks)).toBe(countWordsIn(text));
  });
});
