// French spacing around `; : ! ?` and inside « » (target French only). French typography puts a space before the
// high punctuation marks and inside guillemets, and that space must not break:
// - before `;` `!` `?` a narrow no-break space, U+202F (the "espace fine insécable");
// - before `:` a no-break space, U+00A0 (the "espace mot insécable"); a narrow one is accepted;
// - just inside « » a no-break space, U+00A0 (a narrow one, U+202F, is accepted).
// This is the convention of the Lexique des règles typographiques en usage à l'Imprimerie nationale, which CLDR
// follows in its French data (U+202F as the group separator, U+00A0 in the percent and currency patterns of
// cldr-numbers-full fr). It is the reverse of English, where space-before-punctuation reports any space there.
//
// Findings (each with a safe fix):
// - no space: insert the expected one (`Pourquoi?` -> `Pourquoi\u202f?`, `Note:` -> `Note\u00a0:`, `«mot»`);
// - one breaking space (a plain, thin or figure space): replace it with the expected one;
// - a no-break space U+00A0 before `;` `!` `?`: an `info` hint with U+202F as the suggestion and no fix (many
//   newsrooms write U+00A0 there by house style; the Imprimerie nationale prescribes the narrow one).
// Not findings:
// - anything masked (code, URLs with their `?` queries, e-mail addresses, Markdown link targets), and a mark right
//   after code or markup (after a URL or an e-mail address, a mark ends the sentence and is spaced);
// - a mark that does not end a word: `a:b`, `C:\`, `?page=2`, `!important` (what follows must be a space, the line
//   end, a closing quote or bracket, or more punctuation);
// - times, ratios and scores (`10:30`, `3:1`, `1:0`, `10 : 30`), `::`, emoticons (`:)`, `;-)`, `:D`);
// - runs of marks: only the first takes the space (`?!`, `!!`, `!?`), and none after an ellipsis (`…?`, `...?`);
//   after an abbreviation's period it does (`etc. ?`);
// - a mark right after an opening bracket or quote or a dash (`(?)`, `(!)`), or after another mark;
// - `Yahoo!` and `Jeopardy!`, names that end with their `!`;
// - marks inside a quotation in “ ” or " " (an English title quoted inside « » keeps its own punctuation; a
//   French quotation in English-style marks is first turned into « » by quote-pairing, and checked then);
// - guillemets that do not pair up in their paragraph (a `»` used as a breadcrumb separator);
// - a run of several spaces (repeated-whitespace reduces it to one first).
// A label at a line start is still spaced in French (`Note : …`): `Note:` is a finding.
import { MASK, type Mask } from '../core/document.js';
import { defineRule, type Report } from '../core/types.js';
import { analyseQuotes } from './quote-pairing.js';

/** The narrow no-break space, before `;` `!` `?`. */
export const NNBSP = '\u202f';
/** The no-break space, before `:` and inside « ». */
export const NBSP = '\u00a0';

// Lines worth a look: those with one of the marks.
const CANDIDATE = /[;:!?«»]/g;
const MARK = /[;:!?]/g;
/** Horizontal spaces that may stand before a mark or inside a guillemet. */
const SPACE = /[ \t\u00a0\u202f\u2007\u2009\u200a]/u;
/** What may end the word a mark follows. */
const WORD_END = /[\p{L}\p{N}\p{M}»”")\]%°€$*_]/u;
/** What may follow a mark that ends a word. */
const AFTER_MARK = /^(?:$|[\s"'”’»)\]}.,;:!?*_…])/u;
/** The rest of an emoticon after its eyes `:` `;`: an optional nose, a mouth, then a boundary. */
const EMOTICON_REST = /^[-'^o]?(?:[)(/\\|\][*]|[DPpO3]+(?=$|[\s.,;:!?"'”’»]))/u;
/** Names that end with their `!`. */
const BANG_NAMES = /(?:^|[^\p{L}])(?:Yahoo|Jeopardy)$/u;
/** An HTML entity before its `;` (`&amp;`, `&#8217;`). */
const ENTITY = /&#?[A-Za-z0-9]+$/;

export default defineRule({
  meta: {
    id: 'french-spacing',
    category: 'fluency/punctuation',
    severity: 'minor',
    messages: [
      'narrowMissing',
      'narrowBreaking',
      'narrowWide',
      'colonMissing',
      'colonBreaking',
      'openingMissing',
      'openingBreaking',
      'closingMissing',
      'closingBreaking',
    ],
    fixable: true,
    hasSuggestions: true,
    languages: ['fr'],
    description: 'French spacing: a no-break space before `; : ! ?` (narrow before `; ! ?`) and inside « ».',
  },
  check(context) {
    const { prose, doc } = context;
    const lines = doc.linesWith(CANDIDATE);
    if (lines.length === 0) return;
    const paragraphs = analyseQuotes(prose, doc.paragraphs(), 'fr');
    // Quotations in “ ” or " ": their insides are left alone (sorted, disjoint enough for a forward walk).
    const english: [number, number][] = [];
    for (const para of paragraphs) {
      for (const m of para.marks) {
        if (m.role === 'open' && m.partner && m.char !== '«' && m.char !== '»') english.push([m.index, m.partner.index]);
      }
    }
    let e = 0;
    const inEnglish = (i: number): boolean => {
      while (e < english.length && english[e]![1] < i) e++;
      for (let k = e; k < english.length && english[k]![0] < i; k++) if (english[k]![1] > i) return true;
      return false;
    };
    const reports: Report[] = [];
    for (const line of lines) {
      const text = prose.slice(line.start, line.end);
      for (const m of text.matchAll(MARK)) {
        const i = m.index;
        const mark = m[0];
        const rest = text.slice(i + 1, i + 16); // enough for what follows a mark to tell
        if (!AFTER_MARK.test(rest)) continue;
        if ((mark === ':' || mark === ';') && EMOTICON_REST.test(rest)) continue;
        if (mark === ':' && (text[i - 1] === ':' || rest[0] === ':')) continue;
        let k = i;
        while (k > 0 && SPACE.test(text[k - 1]!)) k--;
        if (k === 0) continue; // a mark at the start of a line
        const prev = text[k - 1]!;
        // After an abbreviation's period the mark is spaced (`etc. ;`); after an ellipsis it is not (`…?`, `...?`).
        const abbreviation = prev === '.' && /\p{L}/u.test(text[k - 2] ?? '');
        // After a URL or an e-mail address the mark ends the sentence (`voir https://exemple.fr ;`); after code or
        // markup, who knows.
        if (prev === MASK) {
          const kind = maskAt(doc.masks, line.start + k - 1)?.kind;
          if (kind !== 'url' && kind !== 'email') continue;
        } else if (!WORD_END.test(prev) && !abbreviation) continue;
        const run = text.slice(k, i);
        if (run.length > 1) continue;
        if (mark === ':') {
          // Times, ratios, scores: `10:30`, `3:1`, `10 : 30`.
          if (/\d/.test(prev) && /^[ \u00a0\u202f\u2009]*\d/u.test(rest)) continue;
        } else {
          if (mark === ';' && run === '' && ENTITY.test(text.slice(Math.max(0, i - 40), i))) continue;
          if (mark === '!' && run === '' && BANG_NAMES.test(text.slice(Math.max(0, i - 12), i))) continue;
        }
        if (inEnglish(line.start + i)) continue;
        const colon = mark === ':';
        const want = colon ? NBSP : NNBSP;
        const at = line.start + i;
        if (run === '') {
          reports.push({
            messageId: colon ? 'colonMissing' : 'narrowMissing',
            data: { punct: mark },
            start: at,
            end: at + 1,
            fix: { start: at, end: at, text: want },
          });
          continue;
        }
        if (run === NNBSP || (colon && run === NBSP)) continue;
        const from = line.start + k;
        const wide = run === NBSP; // before `;` `!` `?`
        // A no-break space before `;` `!` `?` is a house style, not an error: a hint, and `fix` leaves it.
        reports.push({
          messageId: colon ? 'colonBreaking' : wide ? 'narrowWide' : 'narrowBreaking',
          data: { punct: mark },
          start: from,
          end: at + 1,
          ...(wide ? { severity: 'info' as const, suggestions: [`${NNBSP}${mark}`] } : { fix: { start: from, end: at, text: want } }),
        });
      }
    }
    guillemets(prose, paragraphs, reports);
    for (const r of reports) context.report(r);
  },
});

/** The masked span holding `offset` (masks are sorted and disjoint). */
function maskAt(masks: readonly Mask[], offset: number): Mask | undefined {
  let lo = 0;
  let hi = masks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = masks[mid]!;
    if (offset < m.start) hi = mid - 1;
    else if (offset >= m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}

/** A no-break space just inside « » that pair up (or open a quotation continued in the next paragraph). */
function guillemets(prose: string, paragraphs: ReturnType<typeof analyseQuotes>, reports: Report[]): void {
  const edge = (c: string | undefined): boolean => c === undefined || c === '\n' || c === '\r' || c === MASK;
  for (const para of paragraphs) {
    for (const m of para.marks) {
      const i = m.index;
      if (m.char === '«' && m.role === 'open' && (m.partner || para.paired)) {
        let j = i + 1;
        while (j < para.end && SPACE.test(prose[j]!)) j++;
        if (j >= para.end || edge(prose[j])) continue;
        const run = prose.slice(i + 1, j);
        if (run === NBSP || run === NNBSP || run.length > 1) continue;
        if (run === '') {
          reports.push({ messageId: 'openingMissing', data: { quote: '«' }, start: i, end: i + 1, fix: { start: i + 1, end: i + 1, text: NBSP } });
        } else {
          reports.push({ messageId: 'openingBreaking', data: { quote: '«' }, start: i, end: j, fix: { start: i + 1, end: j, text: NBSP } });
        }
      } else if (m.char === '»' && m.role === 'close' && m.partner) {
        let k = i;
        while (k > para.start && SPACE.test(prose[k - 1]!)) k--;
        if (k <= para.start || edge(prose[k - 1])) continue;
        const run = prose.slice(k, i);
        if (run === NBSP || run === NNBSP || run.length > 1) continue;
        if (run === '') {
          reports.push({ messageId: 'closingMissing', data: { quote: '»' }, start: i, end: i + 1, fix: { start: i, end: i, text: NBSP } });
        } else {
          reports.push({ messageId: 'closingBreaking', data: { quote: '»' }, start: k, end: i + 1, fix: { start: k, end: i, text: NBSP } });
        }
      }
    }
  }
}
