// Punctuation left orphaned where MT or an editor dropped a link or a word:
// - a comma, semicolon or colon right before the end of the sentence: `love us, .`, `us,.`, `end;.`, `note:.`
//   (fix: keep only the final mark);
// - a doubled comma: `a, , b`, `a,, b` (fix: one comma); a doubled period `end. .` (fix: one period);
// - empty brackets after a space: `the company ( ) said`, `see () .`, `the [ ] site` (fix: delete them with the
//   space before, when a space or punctuation follows).
// Not findings: ellipses (`...`, `…`, `. . .`), `?!`, `!!`, `etc.,` / `e.g.,` / `Inc.,`, `(s)`, `foo()` (a call:
// no space before), `[...]` / `[…]`, emoticons, HTML entities (`&amp;.`), Markdown task-list and form
// checkboxes (`- [ ] item`, `Yes [ ] No [x]`), brackets talked about (`the () operator`, `empty brackets []`).
import { classBefore, LETTER } from '../core/chars.js';
import { defineRule } from '../core/types.js';

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
    messages: ['orphan', 'emptyBrackets', 'doubled'],
    fixable: true,
    hasSuggestions: false,
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
        context.report({
          messageId: 'orphan',
          data: { punct: text[i]! },
          start: at(i),
          end: at(end),
          fix: { start: at(i), end: at(end), text: text[end - 1]! },
        });
      }

      // `a,, b` -> `a, b`; `a, , b` -> `a, b`: keep the first mark, drop the rest. A doubled comma must follow a word.
      for (const [re, mark] of DOUBLED) {
        for (const m of text.matchAll(re)) {
          const i = m.index;
          if (mark === ',' && !afterWord(text, i)) continue;
          const end = i + m[0].length;
          context.report({
            messageId: 'doubled',
            data: { punct: m[0] },
            start: at(i),
            end: at(end),
            fix: { start: at(i), end: at(end), text: mark },
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
