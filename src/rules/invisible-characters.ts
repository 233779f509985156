// Invisible characters MT and copy-paste leave in English text: zero-width spaces and joiners, word joiners,
// a BOM inside the text, soft hyphens, bidirectional marks and controls in text without right-to-left
// script, and no-break spaces between ordinary words.
//
// Category: fluency/punctuation. These characters are typographic controls (spacing, joining, line breaking,
// direction), not letters: the MQM family they belong to is typography, which mtlint files under
// fluency/punctuation together with the other spacing rules (repeated-whitespace, space-before-punctuation).
//
// Not findings:
// - zero-width spaces, joiners and word joiners next to an emoji, a variation selector or a letter of a script
//   other than Latin, Greek and Cyrillic, which uses them (`👨‍👩‍👧`, Persian ZWNJ, Indic ZWJ, Thai ZWSP);
// - bidirectional marks and controls on a line that holds right-to-left script (Hebrew, Arabic...);
// - a no-break space where English typography ties words: next to a number (`10 kg`, `Page 5`, `9 a.m.`),
//   after an abbreviation (`Mr. Smith`), before a Roman numeral (`Louis XIV`), between capitalised words
//   (`New York`), next to a short word (`a dog`, `I am`), next to punctuation (French spacing before
//   `; : ! ? »` or after `«`: space-before-punctuation and quote-spacing deal with it), and in runs of
//   spaces (repeated-whitespace); a no-break space next to a word in another script.
// Fix: delete the zero-width characters, soft hyphens and marks (the rendered text does not change);
// replace a stray no-break space with a space.
import { classBefore, LETTER, MARK, NUMBER } from '../core/chars.js';
import { defineRule } from '../core/types.js';

const NAMES: Readonly<Record<string, string>> = {
  '\u00ad': 'SOFT HYPHEN',
  '\u180e': 'MONGOLIAN VOWEL SEPARATOR',
  '\u200b': 'ZERO WIDTH SPACE',
  '\u200c': 'ZERO WIDTH NON-JOINER',
  '\u200d': 'ZERO WIDTH JOINER',
  '\u200e': 'LEFT-TO-RIGHT MARK',
  '\u200f': 'RIGHT-TO-LEFT MARK',
  '\u202a': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'POP DIRECTIONAL FORMATTING',
  '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2060': 'WORD JOINER',
  '\u2061': 'FUNCTION APPLICATION',
  '\u2062': 'INVISIBLE TIMES',
  '\u2063': 'INVISIBLE SEPARATOR',
  '\u2064': 'INVISIBLE PLUS',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\ufeff': 'ZERO WIDTH NO-BREAK SPACE (BOM)',
  '\u00a0': 'NO-BREAK SPACE',
  '\u202f': 'NARROW NO-BREAK SPACE',
  '\u2007': 'FIGURE SPACE',
};

// A run of one invisible character (the same one repeated).
const INVISIBLE = /([\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff])\1*/gu;
// Any character this rule looks at (most lines have none).
const ANY = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00a0\u202f\u2007]/u;
const ANY_ALL = new RegExp(ANY.source, 'g');
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// Zero-width characters that are legitimate next to emoji or letters of other scripts (Persian, Indic, Thai...).
const JOINER = /[\u200b\u200c\u200d\u2060]/u;
// Scripts written right to left.
const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
// What a ZWJ / ZWNJ may legitimately sit next to: emoji, variation selectors, skin tones, tags, and letters or
// marks of scripts other than Latin, Greek and Cyrillic.
const JOINABLE = /[\p{Extended_Pictographic}\u20e3\ufe0e\ufe0f\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]|(?![\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])[\p{L}\p{M}]/u;
// A single no-break space between two letters (the letter before is checked behind the space: a pattern that
// starts with a lookbehind makes the engine try every position of the text).
const NBSP = /[\u00a0\u202f\u2007](?<=\p{L}[\u00a0\u202f\u2007])(?=\p{L})/gu;
const ROMAN = /^[IVXLCDM]+$/;

const code = (c: string): string => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');

export default defineRule({
  meta: {
    id: 'invisible-characters',
    category: 'fluency/punctuation',
    severity: 'minor',
    messages: ['invisible', 'invisibleRun', 'nbsp'],
    fixable: true,
    hasSuggestions: false,
    languageNeutral: true,
    // Not French: French typography ties words and marks with no-break and narrow no-break spaces (french-spacing).
    languages: ['en', 'de', 'ru', 'es'],
    description: 'Invisible characters (zero-width spaces, soft hyphens, bidi marks, stray no-break spaces).',
  },
  check(context) {
    const { prose } = context;
    // Only the lines that hold one of ANY's characters (one scan of the whole text).
    for (const line of context.doc.linesWith(ANY_ALL)) {
      const text = prose.slice(line.start, line.end);
      let rtl: boolean | undefined; // whether the line holds right-to-left script, asked on the first bidi mark
      for (const m of text.matchAll(INVISIBLE)) {
        const c = m[1]!;
        const i = m.index;
        const end = i + m[0].length;
        if (BIDI.test(c) && (rtl ??= RTL.test(text))) continue;
        if (JOINER.test(c)) {
          const prev = [...text.slice(Math.max(0, i - 2), i)].pop() ?? '';
          const next = [...text.slice(end, end + 2)][0] ?? '';
          if (JOINABLE.test(prev) || JOINABLE.test(next)) continue;
        }
        const count = m[0].length;
        context.report({
          messageId: count > 1 ? 'invisibleRun' : 'invisible',
          data: { name: NAMES[c]!, code: code(c), count },
          start: line.start + i,
          end: line.start + end,
          fix: { start: line.start + i, end: line.start + end, text: '' },
        });
      }
      for (const m of text.matchAll(NBSP)) {
        const i = m.index;
        const before = text.slice(wordStart(text, i), i);
        const after = /^[\p{L}\p{M}\p{N}'’.-]*/u.exec(text.slice(i + 1))![0];
        if (!stray(before, after)) continue;
        const c = m[0];
        context.report({
          messageId: 'nbsp',
          data: { name: NAMES[c]!, code: code(c) },
          start: line.start + i,
          end: line.start + i + 1,
          fix: { start: line.start + i, end: line.start + i + 1, text: ' ' },
        });
      }
    }
  },
});

/**
 * The start of the run of letters, marks, digits and `' ’ . -` that ends at `i`, as `/[\p{L}\p{M}\p{N}'’.-]*$/u` finds
 * it in the text before `i`, read backwards (that pattern would scan the whole line before each no-break space).
 */
function wordStart(text: string, i: number): number {
  for (;;) {
    if ((classBefore(text, i) & (LETTER | MARK | NUMBER)) !== 0) i -= text.charCodeAt(i - 1) >= 0xdc00 && text.charCodeAt(i - 1) <= 0xdfff ? 2 : 1;
    else if (i > 0 && /['’.-]/.test(text[i - 1]!)) i--;
    else return i;
  }
}

/** True when a no-break space between `before` and `after` (the words around it) has no typographic reason. */
function stray(before: string, after: string): boolean {
  const letters = (w: string): number => (w.match(/\p{L}/gu) ?? []).length;
  if (/\p{N}/u.test(before) || /\p{N}/u.test(after)) return false; // `10 kg`, `Page 5`, `9 a.m.`
  if (before.endsWith('.') || /\.\p{L}*$/u.test(before)) return false; // `Mr. Smith`, `a.m. news`
  if (ROMAN.test(after)) return false; // `Louis XIV`
  if (letters(before) <= 2 || letters(after) <= 2) return false; // tying a short word: `a dog`, `I am`
  if (/^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(after)) return false; // `New York`, `Mr Smith`
  // A phrase in another script follows that script's typography (Russian ties words with no-break spaces).
  if (/(?!\p{Script=Latin})\p{L}/u.test(before + after)) return false;
  return true;
}
