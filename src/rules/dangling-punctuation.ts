// Punctuation left orphaned where MT or an editor dropped a link or a word:
// - a comma, semicolon or colon right before the end of the sentence: `love us, .`, `us,.`, `end;.`, `note:.`
//   (fix: keep only the final mark, when the paragraph ends there);
// - the same pair in mid-sentence: a sentence mark after a clause mark is stray when the sentence goes on in lower
//   case (`appeared,? the pencil`, `said ,? and`: fix keeps the comma); before a capitalised word it is ambiguous (a
//   name may follow the comma, a new sentence the full stop: `parents,. Olivia`), so the finding offers both and
//   `fix` leaves it;
// - a doubled comma: `a, , b`, `a,, b` (fix: one comma), unless the word before it is not a word of the target
//   language (`the cerveau,, spinal cord`: a source word left in with its own comma, for the reviewer to
//   retranslate with its punctuation; the finding stays, without a fix); a doubled period `end. .` (fix: one period);
// - empty brackets after a space: `the company ( ) said`, `see () .`, `the [ ] site` (fix: delete them with the
//   space before, when a space or punctuation follows).
// Not findings: ellipses (`...`, `…`, `. . .`), `?!`, `!!`, `etc.,` / `e.g.,` / `Inc.,`, `(s)`, `foo()` (a call:
// no space before), `[...]` / `[…]`, emoticons, HTML entities (`&amp;.`), Markdown task-list and form
// checkboxes (`- [ ] item`, `Yes [ ] No [x]`), brackets talked about (`the () operator`, `empty brackets []`).
import { classBefore, LETTER } from '../core/chars.js';
import { defineRule } from '../core/types.js';
import { lexicon } from '../lang/lexicon.js';

// `, .` / `,.` / `;.` / `:.` and `, !` / `, ?`: the final mark is a lone `.` (not an ellipsis) or a `?`/`!`
// that ends the sentence.
const ORPHAN = /[,;:][ \t\u00a0\u202f]*(?:\.(?![.…])|[?!](?=[\s"'”’»)\]]|$))/gu;
// `, ,` / `,,` (not a third one: `,,,` is some other artefact, left alone). What precedes the first comma is
// checked behind it (a pattern that starts with a lookbehind makes the engine try every position of the text).
const DOUBLE_COMMA = /,(?<!,[ \t\u00a0\u202f]*,)[ \t\u00a0\u202f]*,(?![ \t\u00a0\u202f]*,)/gu;
// `. .` exactly: not part of `. . .` and not after an ellipsis. (What precedes the first `.` is checked behind it:
// a pattern that starts with a lookbehind makes the engine try every position of the text.)
const DOUBLE_PERIOD = /\.(?<![.…][ \t\u00a0\u202f]*\.)(?<=[\p{L}\p{N}"'”’)\]]\.)[ \t\u00a0\u202f]+\.(?![ \t\u00a0\u202f]*[.…])/gu;
const DOUBLED: readonly (readonly [RegExp, string])[] = [
  [DOUBLE_COMMA, ','],
  [DOUBLE_PERIOD, '.'],
];
// Empty brackets with only spaces inside.
const EMPTY = /\([ \t\u00a0\u202f]*\)|\[[ \t\u00a0\u202f]*\]/gu;

// What every pattern above finds, without the lookarounds: a superset (no match crosses a line break), found with
// one scan of the whole text, so that only the few lines holding one are sliced and scanned.
const CANDIDATE = /[,;:][ \t\u00a0\u202f]*[.?!]|,[ \t\u00a0\u202f]*,|\.[ \t\u00a0\u202f]+\.|\([ \t\u00a0\u202f]*\)|\[[ \t\u00a0\u202f]*\]/g;

const SPACE = /[ \t\u00a0\u202f]/;
const TALKED_ABOUT =
  /^(?:brackets?|parenthes[ie]s|braces?|operators?|functions?|methods?|calls?|symbols?|signs?|characters?|notation|pairs?|empty|box|boxes|checkbox(?:es)?)$/i;

export default defineRule({
  meta: {
    id: 'dangling-punctuation',
    category: 'fluency/punctuation',
    severity: 'minor',
    messages: ['orphan', 'emptyBrackets', 'doubled', 'strayMark', 'twoMarks'],
    fixable: true,
    hasSuggestions: true,
    description: 'Punctuation left dangling where a link or word was removed (`, .`, `( )`, `, ,`).',
  },
  check(context) {
    const { prose } = context;
    for (const line of context.doc.linesWith(CANDIDATE)) {
      const text = prose.slice(line.start, line.end);
      const at = (i: number): number => line.start + i;

      for (const m of text.matchAll(ORPHAN)) {
        const i = m.index;
        // `&amp;.`: the `;` ends an HTML entity.
        if (text[i] === ';' && /&(?:[a-z][a-z0-9]*|#[0-9]+|#x[0-9a-f]+)$/i.test(text.slice(entityStart(text, i), i))) continue;
        // The final mark ends the sentence (`a,.b` is something else).
        const after = text[i + m[0].length];
        if (after !== undefined && !/[\s"'”’»)\]]/u.test(after)) continue;
        if (!afterWord(text, i)) continue;
        // Quoted punctuation: `the string ",." is odd`.
        if (/["'“‘]/u.test(text[i - 1] ?? '') && /["'”’]/u.test(after ?? '')) continue;
        const end = i + m[0].length;
        const first = text[i]!;
        const last = text[end - 1]!;
        const next = nextAfter(prose, at(end));
        if (next === '') {
          // The paragraph ends here: the final mark is right, the clause mark dangles.
          context.report({ messageId: 'orphan', data: { punct: first }, start: at(i), end: at(end), fix: { start: at(i), end: at(end), text: last } });
        } else if (LOWER_WORD.test(next)) {
          // The sentence goes on in lower case (`appeared,? the pencil`): the sentence mark is the stray one.
          context.report({
            messageId: 'strayMark',
            data: { punct: first, mark: last },
            start: at(i),
            end: at(end),
            fix: { start: at(i), end: at(end), text: first },
          });
        } else {
          // A capitalised word follows (`parents,. Olivia`): a name after the comma or a new sentence after the full
          // stop. Both readings, no fix.
          context.report({
            messageId: 'twoMarks',
            data: { punct: m[0] },
            start: at(i),
            end: at(end),
            suggestions: [first, last],
          });
        }
      }

      // `a,, b` -> `a, b`; `a, , b` -> `a, b`: keep the first mark, drop the rest. A doubled comma must follow a word.
      for (const [re, mark] of DOUBLED) {
        for (const m of text.matchAll(re)) {
          const i = m.index;
          if (mark === ',' && !afterWord(text, i)) continue;
          const end = i + m[0].length;
          // `the cerveau,, spinal cord`: a word the target language lacks, left in with its comma.
          const foreign = mark === ',' && !targetWordBefore(text, i, context.lang);
          context.report({
            messageId: 'doubled',
            data: { punct: m[0] },
            start: at(i),
            end: at(end),
            ...(foreign ? { suggestions: [mark] } : { fix: { start: at(i), end: at(end), text: mark } }),
          });
        }
      }

      let boxes: number | undefined; // the checkboxes on the line, counted once
      for (const m of text.matchAll(EMPTY)) {
        const i = m.index;
        const end = i + m[0].length;
        // Only after a space: `foo()` is a call, `array[]` a type; at the start of a line `[ ]` is a checkbox.
        if (i === 0 || !SPACE.test(text[i - 1]!)) continue;
        if (m[0][0] === '[') {
          // A Markdown task list item or a form: `- [ ] item`, `Yes [ ] No [x]`.
          if (/^\s*(?:(?:[-*+]|\d+[.)])\s+)?$/.test(text.slice(0, i))) continue;
          if ((boxes ??= (text.match(/\[[ \txX✓✔]?\]/gu) ?? []).length) > 1) continue;
        }
        // The bracket pair must sit in prose: a word (or a closing quote) before the space. (Read backwards from
        // the brackets: a pattern anchored at the end would scan the whole line before each pair.)
        let from = i;
        while (from > 0 && SPACE.test(text[from - 1]!)) from--;
        const before = text.slice(0, from);
        if (!/[\p{L}\p{N}"'”’,;:]$/u.test(before.slice(-2))) continue;
        // Brackets talked about: `the () operator`, `empty brackets []`.
        const nextWord = /^\s*(\p{L}+)/u.exec(text.slice(end))?.[1] ?? '';
        const prevWord = before.slice(lettersBefore(before, from));
        if (TALKED_ABOUT.test(nextWord) || TALKED_ABOUT.test(prevWord)) continue;
        const next = text[end];
        const safe = next === undefined || /[\s.,;:!?)\]"'”’»]/u.test(next);
        context.report({
          messageId: 'emptyBrackets',
          data: { punct: m[0] },
          start: at(i),
          end: at(end),
          ...(safe ? { fix: { start: at(from), end: at(end), text: '' } } : {}),
        });
      }
    }
  },
});

/** A lower-case word, not a brand or a symbol written so (`eBay`, `iPhone`, `mRNA`, `pH`). */
const LOWER_WORD = /^\p{Ll}(?![\p{L}\p{N}]*[\p{Lu}\p{N}])/u;

/**
 * What follows offset `i` in the paragraph: the text after the closing quotes and brackets and the spaces (one line
 * break allowed), or '' when the paragraph ends there.
 */
function nextAfter(prose: string, i: number): string {
  const m = /^["'”’»)\]]*[ \t\u00a0\u202f]*(?:\r?\n[ \t\u00a0\u202f]*)?/u.exec(prose.slice(i, i + 64))!;
  const rest = prose.slice(i + m[0].length, i + m[0].length + 32);
  return /^[\r\n]/.test(rest) ? '' : rest;
}

/**
 * Whether the word that ends before offset `i` (spaces skipped) is a word of the target language, or the target has
 * no lexicon to tell. Not a word, but a number or a symbol, counts as the text's own.
 */
function targetWordBefore(text: string, i: number, lang: string): boolean {
  const word = /[\p{L}\p{M}'’-]+$/u.exec(text.slice(Math.max(0, i - 64), i))?.[0].replace(/^['’-]+/u, '') ?? '';
  if (!/\p{L}/u.test(word)) return true;
  const lex = lexicon(lang);
  return lex === null || lex.has(word) || lex.has(word.toLowerCase());
}

/** Where an HTML entity that ends at `i` may start: the run of `& # letters digits` before `i`. */
function entityStart(text: string, i: number): number {
  let j = i;
  while (j > 0 && /[&#a-z0-9]/i.test(text[j - 1]!)) j--;
  return j;
}

/** The start of the run of letters (\p{L}) that ends at `i`. */
function lettersBefore(text: string, i: number): number {
  while ((classBefore(text, i) & LETTER) !== 0) i -= isLowSurrogate(text.charCodeAt(i - 1)) ? 2 : 1;
  return i;
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when something other than `, ; :` precedes offset `i` on the line (spaces skipped). */
function afterWord(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && SPACE.test(text[j - 1]!)) j--;
  return j > 0 && !/[,;:]/.test(text[j - 1]!);
}
