// A word dropped by MT, shown by the word left before the gap (MQM accuracy/omission):
// - endsSentence: a sentence that ends on a determiner (`signed by the. The next day`, `He sold their .`), on a
//   preposition that is never stranded (`It rained during. Then`), or, with a gap before the mark, on one that may
//   be (`He was registered in . The next day`: a space where the object stood), when no wh-word or relative that
//   could strand it comes before. The mark must end the sentence: the paragraph ends there, or a capitalised word
//   that opens sentences follows (`the. The`, `in . It`); before a lower-case word the mark is stray instead
//   (stray-punctuation: `the. program`), and before another capitalised word (`the. Year`, `in? Imola`) it may be
//   either.
// - beforeWord: an article right before a conjunction, a preposition or an auxiliary (`signed by the and the
//   firm left`, `an of`), English only.
// Never fixed: closing the gap (`in.`) would hide the omission; the reviewer restores the word. The rule's finding
// supersedes the others inside its span (space-before-punctuation's ` .` is not fixed there).
// Not findings: stranded prepositions and particles written flush (`what it is made of.`, `come in.`, `log in,`,
// `set up.`), a preposition before a comma (`left to ferment for, depending on taste, a year`), `including:` and
// other colons and semicolons, a letter named `a` (`plan a.`, `vitamin a.`), runs of abbreviations (`v. a.`),
// tokenised text (a space before every mark says nothing about a gap), quoted words (`the "and" operator`),
// compounds (`the by-election`, `the and/or case`).
// Word lists: src/lang/function-words.ts, per target language (English, French, Spanish).
import { defineRule } from '../core/types.js';
import { OMISSION_WORDS, type OmissionWords } from '../lang/function-words.js';

const SPACE = /[ \t\u00a0\u202f]/u;
const MARKS = /[.!?]/g;
const ARTICLE_BEFORE = /(?:^|[\s("“‘«[])(the|The|an|An)[ \t\u00a0\u202f]+(\p{Ll}+)(?![\p{L}\p{N}'’/-])/gu;

export default defineRule({
  meta: {
    id: 'dropped-word',
    category: 'accuracy/omission',
    severity: 'major',
    messages: ['endsSentence', 'beforeWord'],
    fixable: false,
    hasSuggestions: false,
    languages: Object.keys(OMISSION_WORDS),
    description: 'A word dropped by MT: a determiner or preposition left before the end of the sentence (`registered in . The`, `signed by the and`).',
    supersedes: true,
  },
  check(context) {
    const data = OMISSION_WORDS[context.lang];
    if (!data) return;
    const { prose } = context;
    const paragraphs = context.doc.paragraphs();
    for (let n = 0; n < paragraphs.length; n++) {
      const para = paragraphs[n]!;
      const text = prose.slice(para.start, para.end);
      let tokenised: boolean | null = null;
      for (const m of text.matchAll(MARKS)) {
        const hit = droppedBefore(text, m.index, data, () => (tokenised ??= spacedMarks(text) > 1));
        if (hit) {
          context.report({
            messageId: 'endsSentence',
            data: { word: hit.word, punct: text[m.index]! },
            start: para.start + hit.start,
            end: para.start + m.index + 1,
          });
        }
      }
      if (data.articles.size === 0) continue;
      for (const m of text.matchAll(ARTICLE_BEFORE)) {
        const next = m[2]!;
        if (!data.notAfterDeterminer.has(next)) continue;
        const articleAt = m.index + (/^[\s("“‘«[]/u.test(m[0]) ? 1 : 0);
        context.report({
          messageId: 'beforeWord',
          data: { word: m[1]!, next },
          start: para.start + articleAt,
          end: para.start + m.index + m[0].length,
        });
      }
    }
  },
});

/**
 * Where a dropped word shows before the sentence mark at `i` of a paragraph's text: the start and the word before
 * it, or null. `tokenised` tells whether the paragraph puts a space before its marks anyway. Exported for
 * stray-punctuation, which leaves these marks to this rule.
 */
export function droppedBefore(
  text: string,
  i: number,
  data: OmissionWords,
  tokenised: () => boolean,
): { start: number; word: string } | null {
  const mark = text[i]!;
  // Not an ellipsis (`...`, `?!`, `!!`): one mark alone.
  if (/[.!?…]/u.test(text[i - 1] ?? '') || (mark === '.' && /[.…]/u.test(text[i + 1] ?? ''))) return null;
  let e = i;
  while (e > 0 && SPACE.test(text[e - 1]!) && i - e < 8) e--;
  const gap = e < i;
  let s = e;
  while (s > 0 && /\p{L}/u.test(text[s - 1]!) && e - s < 24) s--;
  if (s === e || (s > 0 && !/[\s("“‘«[]/u.test(text[s - 1]!))) return null;
  const word = text.slice(s, e);
  // As written: a capitalised `In.` or `The.` is a title or a name, not a determiner in running text.
  if (word !== word.toLowerCase()) return null;
  const unstranded = data.determiners.has(word) || data.unstranded.has(word);
  if (!unstranded && !(gap && data.strandable.has(word))) return null;
  if (!sentenceEndsAfter(text, i + 1, data)) return null;
  const before = tokenBefore(text, s);
  // `v. a. from`, `U.S. a.`: a run of abbreviations or initials.
  if (/\.$/u.test(before) && before.length <= 5) return null;
  if (word === 'a' && (data.letterLabels.has(before.toLowerCase()) || /^\p{Lu}/u.test(before))) return null;
  if (!unstranded) {
    // A stranded preposition needs something that strands it (`the house that he lived in .`), and a tokenised
    // paragraph spaces every mark.
    if (tokenised()) return null;
    if (data.licensors.test(sentenceBefore(text, s))) return null;
    // A particle: `Please come in .`, `let him in .`.
    const prev = before.toLowerCase().replace(/[^\p{L}]+$/u, '');
    const prev2 = tokenBefore(text, s - before.length - 1).toLowerCase().replace(/[^\p{L}]+$/u, '');
    if (data.particleVerbs.has(prev) || data.particleVerbs.has(prev2)) return null;
  }
  return { start: s, word };
}

/** Whether the sentence ends after offset `j`: the paragraph ends (closers aside), or a capitalised opener follows. */
function sentenceEndsAfter(text: string, j: number, data: OmissionWords): boolean {
  const rest = text.slice(j, j + 48);
  const m = /^["'”’»)\]]*(\s*)(?:["'“‘«(]*(\p{L}+))?/u.exec(rest)!;
  if (m[0].length === rest.length && j + rest.length >= text.length) return true;
  if (m[1] === '' || m[2] === undefined) return false;
  const next = m[2];
  return /^\p{Lu}/u.test(next) && data.openers.has(next.toLowerCase());
}

/** The run of non-space characters that ends before the spaces before `i`. */
function tokenBefore(text: string, i: number): string {
  let e = i;
  while (e > 0 && /\s/u.test(text[e - 1]!)) e--;
  let s = e;
  while (s > 0 && !/\s/u.test(text[s - 1]!) && e - s < 32) s--;
  return text.slice(s, e);
}

/** The sentence before `i`: from the last `.` `!` `?` followed by a space (at most 400 characters back). */
function sentenceBefore(text: string, i: number): string {
  const head = text.slice(Math.max(0, i - 400), i);
  let from = 0;
  for (const m of head.matchAll(/[.!?]\s/gu)) from = m.index + 2;
  return head.slice(from);
}

/** How many marks of `, . ; : ! ?` the paragraph writes after a space, after a word. */
function spacedMarks(text: string): number {
  return (text.match(/[\p{L}\p{N}][ \u00a0]+[,.;:!?](?=\s|$)/gu) ?? []).length;
}
