// A space (or no-break, narrow no-break or thin space) before `, . ; : ! ? ) ]` or after `( [`: French
// typography (`Already a subscriber ?`, `Note :`) or tokenised MT (`states .`, `So far , more`, `( FTIR )`).
// Fix: remove the space. English, German, Russian and Spanish put no space there; French puts none before
// `, . ) ]` or after `( [` either, and its space before `; : ! ?` is french-spacing's.
// Not findings:
// - emoticons (`:)`, `;-)`, `:-(`, `:D`, `sad :( but`, `._.`) and kaomoji (`( ^_^ )`: no letter or digit inside);
// - ratios, times, scores and verses with spaces (`3 : 1`, `10 : 30`, `John 3 : 16`), `Foo :: bar`;
// - ellipses (`wait ... and then`, `. . .`, `... .`);
// - tokens that start with a mark (`the .txt file`, `.5 percent`, `.NET`, `:smile:`, `!important`);
// - brackets that open no prose: calls and signatures (`append( content )`, `trim([ chars ])`), a closing bracket
//   with no opening one on its line, empty brackets and checkboxes (`- [ ] task`, `( x ) Yes`);
// - a mark before another one (`word , .`, `word , ,`) or after one (`, ,`, `; .`): dangling-punctuation's;
// - a space at the start of a line, and `.` `?` `!` after a URL or an e-mail address (`see https://example.com .`
//   keeps the period out of the link on purpose).
import { MASK, type Document, type MaskKind } from '../core/document.js';
import { defineRule } from '../core/types.js';

const SPACE = '[ \\u00a0\\u202f\\u2009\\u2007]';
const SPACES = `${SPACE}+`;
// The non-space before the spaces is checked behind the first one (a pattern that starts with a lookbehind makes
// the engine try every position of the text).
const BEFORE = new RegExp(`${SPACE}(?<=[^\\s]${SPACE})${SPACE}*([,.;:!?)\\]])`, 'gu');
const AFTER = new RegExp(`([(\\[])${SPACES}(?=[^\\s])`, 'gu');

/** What may follow a mark that ends a word: a space, the end of the line, a closing quote or bracket, more punctuation. */
const AFTER_MARK = /^(?:$|[\s"'”’»)\]}.,;:!?*_…])/u;
/** The same outside English, where “ ‘ « ‹ also close a quotation (German „…“, ‚…‘, »…«, ›…‹). */
const AFTER_MARK_LOCALE = /^(?:$|[\s"'”’»“‘«‹)\]}.,;:!?*_…])/u;
/** Marks French spaces on purpose (french-spacing checks that space). */
const FRENCH_SPACED = /[;:!?]/;
/** The rest of an emoticon after its eyes `:` `;`: an optional nose, a mouth, then a boundary. */
const EMOTICON_REST = /^[-'^o]?(?:[)(/\\|\][*]|[DPpO3]+(?=$|[\s.,;:!?"'”’]))/u;
// Where BEFORE and AFTER may match: a mark right after a space, a bracket right before one. Found with one scan of
// the whole text (marks first: spaces are everywhere), so that only the few lines holding one are sliced and
// scanned; neither pattern matches across a line break.
const CANDIDATE = /[,.;:!?)\]](?<=[ \u00a0\u202f\u2009\u2007].)|[(\[][ \u00a0\u202f\u2009\u2007]/g;
const OPENER: Record<string, string> = { ')': '(', ']': '[' };
const CLOSER: Record<string, string> = { '(': ')', '[': ']' };
/** Bracket contents that make a checkbox or radio button: `[ x ]`, `( X )`, `[ * ]`. */
const CHECKBOX = /^[\s\u00a0]*[xX*✓✔•o]?[\s\u00a0]*$/u;

export default defineRule({
  meta: {
    id: 'space-before-punctuation',
    category: 'fluency/punctuation',
    severity: 'minor',
    messages: ['before', 'after'],
    fixable: true,
    hasSuggestions: false,
    // In French only `, . ) ]` and `( [`: French typography spaces `; : ! ?` (french-spacing checks that space).
    languages: ['en', 'fr', 'de', 'ru', 'es'],
    description: 'A space before `, . ; : ! ? ) ]` or after `( [` (French spacing or tokenised MT).',
  },
  check(context) {
    const { prose, doc } = context;
    const languageCode = context.lang;
    const french = languageCode === 'fr';
    const afterMark = languageCode === 'en' ? AFTER_MARK : AFTER_MARK_LOCALE;
    for (const line of doc.linesWith(CANDIDATE)) {
      const text = prose.slice(line.start, line.end);
      const at = (i: number): number => line.start + i;

      for (const m of text.matchAll(BEFORE)) {
        const spaceStart = m.index;
        const mark = m[1]!;
        if (french && FRENCH_SPACED.test(mark)) continue;
        const markAt = spaceStart + m[0].length - 1;
        const prev = text[spaceStart - 1]!;
        const next = text[markAt + 1];
        const rest = text.slice(markAt + 1);
        // `see https://example.com .`: a space that keeps a final mark out of a link may be on purpose.
        if (prev === MASK && /[.?!]/.test(mark) && maskKind(doc, at(spaceStart - 1)) !== 'code') continue;
        // `word , ,` / `word , .`: the second mark is dangling-punctuation's.
        if (/[,;:]/.test(prev)) continue;
        // `word , .`, `word , ,`: the comma dangles; dangling-punctuation reports the pair.
        if (/[,;:]/.test(mark) && /^[ \t\u00a0\u202f]*(?:[.?!](?![.…])|,)/u.test(rest)) continue;
        // `( ; )`, `[ . ]`: a mark alone in brackets is no word's end.
        if (/[([{]/.test(prev)) continue;
        // A mark that starts a token: `.txt`, `.5`, `:smile:`, `!important`, `,5`.
        if (!afterMark.test(rest)) continue;
        if (mark === '.') {
          // Ellipses: `wait ... and`, `. . .`, `... .`, `word .. next`.
          if (next === '.' || prev === '.' || prev === '…' || /^[ \u00a0]\.[ \u00a0]\./u.test(rest)) continue;
          if (rest.startsWith('_.')) continue; // the face `._.`
        }
        if (mark === ':' || mark === ';') {
          if (EMOTICON_REST.test(rest)) continue;
          if (next === mark) continue; // `Foo :: bar`: a scope or a separator, not a colon
          // Ratios, times, scores, verses: `3 : 1`, `10 : 30`, `John 3 : 16`.
          if (mark === ':' && /\d/.test(prev) && /^[ \u00a0\u202f\u2009]*\d/u.test(rest)) continue;
        }
        if (mark === ')' || mark === ']') {
          const open = openerBefore(text, markAt, OPENER[mark]!, mark);
          if (open < 0 || !opensProse(text, open)) continue;
          const inside = text.slice(open + 1, markAt);
          if (CHECKBOX.test(inside) || !/[\p{L}\p{N}]/u.test(inside)) continue;
        }
        const start = at(spaceStart);
        const spaceEnd = at(markAt);
        context.report({
          messageId: 'before',
          data: { punct: mark, languageCode },
          start,
          end: at(markAt + 1),
          fix: { start, end: spaceEnd, text: '' },
        });
      }

      for (const m of text.matchAll(AFTER)) {
        const markAt = m.index;
        const mark = m[1]!;
        const spaceEnd = markAt + m[0].length;
        const prev = markAt > 0 ? text[markAt - 1]! : '';
        // An emoticon mouth: `sad :( but`, `:-( `, `;[ `.
        if (/[:;=]/.test(prev) || (prev === '-' && /[:;=]/.test(text[markAt - 2] ?? ''))) continue;
        // `append( content )`, `trim([ chars ])`: a call or a signature, not prose.
        if (!opensProse(text, markAt)) continue;
        const close = closerAfter(text, markAt, mark, CLOSER[mark]!);
        if (close < 0) continue;
        const inside = text.slice(markAt + 1, close);
        if (CHECKBOX.test(inside) || !/[\p{L}\p{N}]/u.test(inside)) continue;
        context.report({
          messageId: 'after',
          data: { punct: mark, languageCode },
          start: at(markAt),
          end: at(spaceEnd),
          fix: { start: at(markAt + 1), end: at(spaceEnd), text: '' },
        });
      }
    }
  },
});

function maskKind(doc: Document, offset: number): MaskKind | null {
  return doc.masks.find((m) => m.start <= offset && offset < m.end)?.kind ?? null;
}

/** True when the bracket at `i` opens prose: after a space, the line start or an opening quote, not after a name. */
function opensProse(text: string, i: number): boolean {
  return i === 0 || /[\s"'“‘«]/u.test(text[i - 1]!);
}

/** Index of the unmatched `open` bracket before `i` on the line, or -1. */
function openerBefore(text: string, i: number, open: string, close: string): number {
  let depth = 0;
  for (let j = i - 1; j >= 0; j--) {
    const c = text[j];
    if (c === close) depth++;
    else if (c === open) {
      if (depth === 0) return j;
      depth--;
    }
  }
  return -1;
}

/** Index of the matching `close` bracket after `i` on the line, or -1. */
function closerAfter(text: string, i: number, open: string, close: string): number {
  let depth = 0;
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === open) depth++;
    else if (c === close) {
      if (depth === 0) return j;
      depth--;
    }
  }
  return -1;
}
