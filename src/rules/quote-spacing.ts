// Whitespace just inside double quotation marks: `“ shape the opinions ”`, `" word "`, `« mot »` (including
// no-break and narrow no-break spaces). Whether a mark opens or closes comes from the pairing of the whole
// paragraph (shared with quote-pairing), so a paragraph whose quotes do not pair up is left alone.
// The finding covers the mark and the space (so a reviewer sees which side); the fix removes only the space,
// which leaves the mark itself to quote-pairing (a closing “ becomes ” there) without overlapping edits.
// German, Russian and Spanish put no space inside their marks either („Wort“, «слово», «palabra»); French is
// french-spacing's (a no-break space inside « »).
import { defineRule } from '../core/types.js';
import { analyseQuotes, DOUBLE_QUOTES } from './quote-pairing.js';

const SPACE = /[ \t\u00a0\u202f\u2007\u2009\u200a]/u;
const MASK = '\uE000';

/** A neighbour across the space that must be text: not a line edge, another quote mark or masked text. */
function isText(c: string | undefined): boolean {
  return c !== undefined && c !== '\n' && c !== '\r' && c !== MASK && !SPACE.test(c) && !/\s/u.test(c) && !'"“”„«»\'‘’‚‹›'.includes(c);
}

export default defineRule({
  meta: {
    id: 'quote-spacing',
    category: 'fluency/punctuation',
    severity: 'minor',
    messages: ['afterOpening', 'beforeClosing'],
    fixable: true,
    hasSuggestions: true,
    // Not French: « » take a no-break space inside (french-spacing), and quote-pairing turns other marks into them.
    languages: ['en', 'de', 'ru', 'es'],
    description: 'Whitespace just inside quotation marks.',
  },
  check(context) {
    const { prose, doc, lang } = context;
    const en = lang === 'en';
    const paras = analyseQuotes(prose, doc.paragraphs(), lang);
    for (let n = 0; n < paras.length; n++) {
      const para = paras[n]!;
      if (!para.paired || para.uncertain) continue;
      for (let k = 0; k < para.marks.length; k++) {
        const m = para.marks[k]!;
        if (!DOUBLE_QUOTES.includes(m.char)) continue;
        if (m.role === 'open') {
          let j = m.index + 1;
          while (j < para.end && SPACE.test(prose[j]!)) j++;
          if (j === m.index + 1 || j >= para.end || !isText(prose[j])) continue;
          context.report({
            messageId: 'afterOpening',
            data: { quote: m.char },
            start: m.index,
            end: j,
            fix: { start: m.index + 1, end: j, text: '' },
            // What the reviewer should end up with: the English opening mark, flush with the word (elsewhere: the
            // mark, flush with the word, which the core derives from the fix).
            ...(en ? { suggestions: ['“'] } : {}),
          });
        } else {
          let j = m.index;
          while (j > para.start && SPACE.test(prose[j - 1]!)) j--;
          if (j === m.index || j <= para.start || !isText(prose[j - 1])) continue;
          context.report({
            messageId: 'beforeClosing',
            data: { quote: m.char },
            start: j,
            end: m.index + 1,
            fix: { start: j, end: m.index, text: '' },
            ...(en ? { suggestions: ['”'] } : {}),
          });
        }
      }
    }
  },
});
