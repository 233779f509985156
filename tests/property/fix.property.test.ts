// Property tests of the fix engine over random prose with planted artefacts, random CRLF and BOM:
// fixing twice equals fixing once; every character outside the applied edits is unchanged; clean text is
// returned unchanged; and planted artefacts with an unambiguous repair are repaired exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixTextWith } from '../../src/core/run.js';
import { applyEdits } from '../../src/core/fixer.js';
import { decode, isInputError } from '../../src/cli/read.js';

const WORDS = [
  'government', 'minister', 'company', 'market', 'report', 'network', 'energy', 'city', 'river', 'model',
  'data', 'price', 'growth', 'policy', 'school', 'system', 'question', 'industry', 'science', 'winter',
  'said', 'announced', 'reached', 'opened', 'tested', 'sold', 'built', 'shows', 'remains', 'expects',
  'new', 'large', 'local', 'national', 'early', 'recent', 'public', 'digital', 'strong', 'several',
  'in', 'on', 'with', 'for', 'from', 'after', 'before', 'about', 'under', 'between', 'the', 'a', 'of', 'and',
];

const word = fc.constantFrom(...WORDS);
/** Words a clean sentence cannot end on: a determiner or a preposition there is a word dropped (dropped-word). */
const FUNCTION_WORDS = new Set(['in', 'on', 'with', 'for', 'from', 'after', 'before', 'about', 'under', 'between', 'the', 'a', 'of', 'and']);
// A sentence without accidental doubles (a doubled word is a planted artefact, not base text), that ends on a
// content word.
const sentence = fc
  .tuple(fc.array(word, { minLength: 4, maxLength: 12 }), fc.boolean(), fc.boolean(), fc.nat(20))
  .map(([ws, comma, quoted, n]) => {
    // No doubles, and no article before a function word (`the from` is a word dropped: dropped-word's, whose span
    // keeps the other rules' fixes out).
    const w: string[] = [];
    for (const x of ws) {
      const prev = w[w.length - 1];
      if (x !== prev && !((prev === 'the' || prev === 'a') && FUNCTION_WORDS.has(x))) w.push(x);
    }
    while (w.length > 1 && FUNCTION_WORDS.has(w[w.length - 1]!)) w.pop();
    if (FUNCTION_WORDS.has(w[w.length - 1]!)) w.push('market');
    if (comma && w.length > 4) w[2] = `${w[2]},`;
    if (quoted && w.length > 5) {
      w[3] = `“${w[3]}`;
      w[4] = `${w[4]!.replace(/,$/, '')}”`;
    }
    const s = w.join(' ');
    return s[0]!.toUpperCase() + s.slice(1) + (n % 7 === 0 ? ` at 10:${10 + n}.` : '.');
  });
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));
const eol = fc.constantFrom('\n', '\r\n');
const cleanDoc = fc
  .tuple(fc.array(paragraph, { minLength: 1, maxLength: 5 }), eol)
  .map(([ps, nl]) => ps.join(nl + nl) + nl);

type Plant = (text: string, at: number) => string | null;
// Each plant damages the text at a word boundary near `at` in a way whose repair is unambiguous.
const plants: Record<string, Plant> = {
  spaceBeforeComma: (t, at) => insertBefore(t, at, /,/, ' '),
  spaceBeforePeriod: (t, at) => insertBefore(t, at, /\.(?=\s|$)/, ' '),
  doubleSpace: (t, at) => insertBefore(t, at, /(?<=\p{L}) (?=\p{L})/u, ' '),
  zeroWidth: (t, at) => insertBefore(t, at, /(?<=\p{L}) (?=\p{L})/u, '\u200B'),
  softHyphen: (t, at) => insertBefore(t, at, /(?<=\p{L}{3})(?=\p{L}{3})/u, '\u00AD'),
  repeatedWord: (t, at) => {
    const re = /(?<=[ \n])(the|new|market|data) /g;
    re.lastIndex = at;
    const m = re.exec(t);
    return m ? t.slice(0, m.index) + m[1] + ' ' + t.slice(m.index) : null;
  },
  // `word,? next`: a sentence mark after a comma before a lower-case word is stray (dangling-punctuation).
  strayMarkAfterComma: (t, at) => insertBefore(t, at, /(?<=\p{L},)(?= \p{Ll})/u, '?'),
  doubledComma: (t, at) => insertBefore(t, at, /(?<=\p{L},)(?= \p{L})/u, ','),
  spaceInsideQuotes: (t, at) => {
    const i = t.indexOf('“', at);
    const j = i < 0 ? -1 : t.indexOf('”', i);
    return i < 0 || j < 0 ? null : `${t.slice(0, i + 1)} ${t.slice(i + 1, j)} ${t.slice(j)}`;
  },
};

function insertBefore(t: string, at: number, re: RegExp, what: string): string | null {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  g.lastIndex = at;
  const m = g.exec(t);
  return m ? t.slice(0, m.index) + what + t.slice(m.index) : null;
}

const planted = fc
  .tuple(cleanDoc, fc.array(fc.tuple(fc.constantFrom(...Object.keys(plants)), fc.nat()), { minLength: 1, maxLength: 6 }))
  .map(([base, list]) => {
    let text = base;
    // Plant from the end so earlier plants do not shift later positions; one plant per region.
    const positions = list.map(([k, n]) => [k, n % Math.max(1, base.length)] as const).sort((a, b) => b[1] - a[1]);
    let lastAt = Infinity;
    for (const [k, at] of positions) {
      if (lastAt - at < 40) continue;
      const next = plants[k]!(text, at);
      if (next !== null) {
        text = next;
        lastAt = at;
      }
    }
    return { base, text };
  });

/** The text as the CLI sees it: bytes, optionally with a BOM, decoded strictly. */
function roundTrip(text: string, bom: boolean): { text: string; bom: boolean } {
  const bytes = new TextEncoder().encode((bom ? '\uFEFF' : '') + text);
  const d = decode(bytes, 'prop.txt');
  if (isInputError(d)) throw new Error(d.key);
  return d;
}

function unchangedOutsideEdits(input: string, output: string, edits: { start: number; end: number; text: string }[]): void {
  let last = 0;
  for (const e of edits) {
    expect(e.start).toBeGreaterThanOrEqual(last);
    last = e.end;
  }
  expect(applyEdits(input, edits)).toBe(output);
}

describe('fix engine properties', () => {
  it('clean text is returned unchanged, with no findings fixed', () => {
    fc.assert(
      fc.property(cleanDoc, fc.boolean(), (doc, bom) => {
        const d = roundTrip(doc, bom);
        expect(d.bom).toBe(bom);
        const r = fixTextWith(d.text);
        expect(r.output).toBe(d.text);
        expect(r.edits).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('fixing twice equals fixing once, and nothing outside the edits changes', () => {
    fc.assert(
      fc.property(planted, fc.boolean(), ({ text }, bom) => {
        const d = roundTrip(text, bom);
        const once = fixTextWith(d.text);
        unchangedOutsideEdits(d.text, once.output, once.edits);
        expect(fixTextWith(once.output).output).toBe(once.output);
        // Line ends survive exactly: the same number of CRLF and LF.
        expect(once.output.split('\r\n').length).toBe(d.text.split('\r\n').length);
        expect(once.output.split('\n').length).toBe(d.text.split('\n').length);
      }),
      { numRuns: 300 },
    );
  });

  it('repairs planted artefacts exactly back to the clean text', () => {
    fc.assert(
      fc.property(planted, ({ base, text }) => {
        expect(fixTextWith(text).output).toBe(base);
      }),
      { numRuns: 300 },
    );
  });
});
