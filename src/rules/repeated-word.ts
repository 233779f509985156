// A word written twice in a row (`the the cat`, `in 2017 2017.`), the typical artefact of MT and of hurried
// editing. Words are compared case-insensitively (`The the` is a finding) and may be separated by spaces and at
// most one line break of the same paragraph. A word repeated with the brackets or quotes around it is a repeat
// too: `(GBP) (GBP)`, `4 million) million)`, `"non-serious "non-serious."`. Anything else between the words
// (a comma, a full stop, a link, code) ends the pair: `very, very`, `New York, New York`, `Never. Never.`.
//
// Not findings (English allows these doubles):
// - grammatical doubles inside a sentence: `had had`, `that that`, `gave her her keys`, `told you you were`,
//   `I do do care`; an auxiliary doubled after a wh-word or `all` (a pseudo-cleft: `what it is is money`, `what he
//   did did matter`, `all I can can wait`); without one (`the plan is is ready`) it is a finding, without a fix;
// - intensifiers, reduplication, interjections: `very very`, `far far away`, `so so`, `bye bye`, `ha ha`,
//   `chop chop`, `mahi mahi`; `well well`, `now now`, `there there` only at the start of a sentence;
// - reduplicated names: `Duran Duran`, `Walla Walla`, `Sirhan Sirhan`, `Sing Sing` (a short list). Other
//   doubled capitalised words (`on Saturday Saturday`, `in Graz Graz`) are findings, except that a doubled
//   pinyin syllable (`Fang Fang`, `Li Li`, `Bao Bao`: usually a Chinese given name) is reported at info
//   severity only when the source language is Chinese or unknown, or the syllable is distinctively Chinese;
// - a capitalised word then the same word in lower case inside a sentence (`Will will`, `Hope hope`: a name,
//   then the word), and a lower-case word then a capitalised one (`starred in In Bruges`: a title);
//   at the start of a sentence `The the` is a finding, `Will will` is not;
// - numbers in a run of three or more numbers (`555 555 1234`) or in columns (tab or several spaces between).
// Across a line break the first line must be running prose (four words or more, not a `#` heading), so that a
// title line followed by a sentence that starts with the same word is not a finding.
// Fix: delete the repeats and the spaces before them (`the the cat` -> `the cat`), only when the double is
// certainly wrong and the repeats are on the same line as the first word (the core never removes a line break).
// Certainly wrong: a double that ends a sentence (`he said said.`, `in 2017 2017.`: no constituent can start
// there) or starts one (`In in the end`), and a double of a word that cannot both end one constituent and start
// the next (articles, `of`, `and`, nouns, names, numbers: `the the`, `on Saturday Saturday at`). A word that can
// (an auxiliary, `that`, `had`, an object pronoun, a particle or a stranded preposition: `came in in the
// morning`, `what he did did, in the end, matter`) gets no fix in mid-sentence or before a comma: the finding
// stays at minor, for a reviewer.
import { classAt, classBefore, LETTER, MARK, nextWith, NUMBER, runEnd } from '../core/chars.js';
import { sameInLowerCase, scanWords } from '../core/words.js';
import { defineRule } from '../core/types.js';

// A word: letters, marks and digits, with inner apostrophes and hyphens (`year's`, `Baden-Baden`) and,
// between digits, inner `. , : /` (`3.5`, `1,000`, `10:30`, `1/2`). wordBounds() finds the same words by a scan.
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’-]|(?<=\p{N})[.,:/](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
const WORD_CHAR = LETTER | MARK | NUMBER;

// What may separate the two words: closing brackets/quotes, spaces with at most one line break, opening
// brackets/quotes. The closers must also follow the second word and the openers precede the first.
const GAP = /^([)\]"'”’»]*)([ \t\u00a0\u202f\u2007]*(?:\r\n|\r|\n)?[ \t\u00a0\u202f\u2007]*)([(\["'“‘«]*)$/u;

/** Doubles that English allows anywhere (compared in lower case). */
const ALLOWED = new Set([
  // intensifiers: `very very`, `far far away`, `long long ago`, `much much better`, `many many years`
  'very', 'really', 'far', 'long', 'much', 'many',
  // reduplication and interjections
  'so', 'no', 'yes', 'yeah', 'bye', 'ha', 'hah', 'haha', 'hee', 'ho', 'oh', 'uh', 'chop', 'night', 'knock',
  'tut', 'tsk', 'shh', 'blah', 'bla', 'hush', 'dum', 'boo', 'choo', 'pooh', 'goody', 'win', 'bling', 'cha',
  'hip', 'wait', 'la', 'na', 'ta', 'quack', 'woof', 'beep', 'honk', 'tick', 'boom', 'yum', 'ding', 'murmur',
  'pom', 'tom', 'yo', 'aye', 'beri', 'chin', 'mahi', 'ylang', 'cous', 'tse', 'mau',
  // reduplicated place and person names that are not English words
  'bora', 'walla', 'wagga', 'pago', 'duran', 'sirhan', 'humbert',
]);

/**
 * Doubles the other targets' grammar allows (compared in lower case): German article + relative pronoun
 * (`die Firma, die die Anlage baut`), pronoun + reflexive or object (`weil sie sie liebt`, `ob es es schafft`);
 * French reflexive pronouns (`nous nous sommes`, `vous vous trompez`); Spanish and Russian have none common enough
 * to list, but `que que` and `что что` are kept out (a quoted word after `que`, `что-что`).
 */
const ALLOWED_IN: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set(['die', 'der', 'das', 'den', 'dem', 'des', 'sie', 'es', 'ihr', 'was', 'wer']),
  fr: new Set(['nous', 'vous', 'en', 'que']),
  es: new Set(['que', 'la', 'lo']),
  ru: new Set(['что', 'то']),
};

/**
 * Grammatical doubles: allowed when the sentence goes on after them: past perfect `had had`, complementiser and
 * demonstrative `that that`, `this this morning`, emphatic `do do`, an indirect then a direct object or a subject
 * (`gave her her keys`, `told you you were`, `gave them them`).
 */
const GRAMMATICAL = new Set(['had', 'that', 'this', 'do', 'her', 'you', 'them']);

/**
 * Auxiliaries and modals: doubled in a pseudo-cleft (`what it is is money`, `what he did did matter`, `all she can
 * can wait`), which a wh-word or `all` opens; without one, a finding without a fix.
 */
const AUXILIARIES = new Set([
  'is', 'was', 'are', 'were', 'am', 'does', 'did', 'has', 'have', 'can', 'could', 'will', 'would', 'shall', 'should',
  'may', 'might', 'must',
]);
const PSEUDO_CLEFT = /\b(?:what|whatever|who|whoever|where|wherever|why|how|all)\b/iu;

/**
 * Particles and prepositions that may end one constituent and start the next (`he came in in the morning`, `carried
 * on on the road`, `what it is for for now`): a finding without a fix in mid-sentence.
 */
const PARTICLES = new Set([
  'in', 'on', 'up', 'out', 'off', 'over', 'by', 'down', 'about', 'around', 'through', 'to', 'for', 'with', 'along', 'back',
]);

/** What may follow a double that ends a sentence: closing quotes or brackets, then `.` `!` `?` `…`, or nothing. */
const SENTENCE_END = /^["'”’»)\]]*(?:[.!?…]|$)/u;

/** Interjection doubles allowed only at the start of a sentence (`Well well, ...`; but `quite well well`). */
const OPENING = new Set(['well', 'now', 'there']);

/** Reduplicated names made of ordinary words: allowed only with both words capitalised (`Sing Sing`). */
const NAMES = new Set([
  'sing', 'talk', 'can', 'baden', 'jar', 'tora', 'chi', 'bam', 'mama', 'papa', 'bang',
  // famous doubled Chinese given names
  'lang', 'bing', 'fang',
]);

/** Words that are also first names: `Will will ...` at the start of a sentence is a name and a verb. */
const NAME_WORDS = new Set([
  'will', 'may', 'bill', 'mark', 'grant', 'frank', 'hope', 'faith', 'grace', 'rose', 'june', 'april', 'pat',
  'jack', 'dawn', 'rich', 'ray', 'sue', 'rob', 'art', 'bob', 'chase', 'drew', 'gene', 'guy', 'joy', 'max',
  'penny', 'summer', 'sky', 'earl', 'jean', 'miles', 'bud', 'don', 'nick', 'pierce', 'wade', 'sterling',
  'dean', 'lane', 'rusty', 'sandy', 'woody', 'holly', 'ivy', 'heather', 'daisy', 'cliff', 'carol',
]);

// A pinyin syllable that does not look like an English word: initial j/q/x/zh or a typically Chinese final.
const PINYIN =
  /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|o|e|ai|ei|ao|ou|an|en|ang|eng|ong|er|i|ia|ie|iao|iu|ian|in|iang|ing|iong|u|ua|uo|uai|ui|uan|un|uang|ue|ü|üe)$/;
const CHINESE = /^(?:[jqx]|zh)|ao|ei|iu|ian|uan|ui|uo|ou|ü|(?<=^[jqxyln])ue/;

const isUpper = (w: string): boolean => /^\p{Lu}/u.test(w);
const isNumber = (w: string): boolean => /^\p{N}/u.test(w);

interface Word {
  w: string;
  lw: string;
  s: number;
  e: number;
}

/** Word `k` of a paragraph, or undefined out of range. */
type WordAt = (k: number) => Word | undefined;

export default defineRule({
  meta: {
    id: 'repeated-word',
    category: 'fluency/grammar',
    severity: 'minor',
    messages: ['repeated'],
    fixable: true,
    hasSuggestions: true,
    // English grammar's exceptions below; the other targets' in ALLOWED_IN (`die die`, `nous nous` are correct).
    languages: ['en', 'fr', 'de', 'ru', 'es'],
    description: 'A word written twice in a row (`the the`).',
  },
  check(context) {
    const { prose } = context;
    // Most paragraphs have no word next to its twin: they are skipped after one scan of the whole text. (No word
    // runs across a line break, so the words of a paragraph are those of the whole text that start in it.)
    const twins = scanWords(prose).twins;
    let t = 0;
    const paragraphs = context.doc.paragraphs();
    for (let n = 0; n < paragraphs.length; n++) {
      const para = paragraphs[n]!;
      while (t < twins.length && twins[t]! < para.start) t += 2;
      if (t === twins.length) break;
      if (twins[t + 1]! >= para.end) continue;
      const text = prose.slice(para.start, para.end);
      // Words as offsets [start0, end0, start1, end1, ...]; a Word is made only for the few that repeat.
      const bounds = wordBounds(text);
      const count = bounds.length / 2;
      const word: WordAt = (k) => {
        if (k < 0 || k >= count) return undefined;
        const w = text.slice(bounds[2 * k]!, bounds[2 * k + 1]!);
        return { w, lw: w.toLowerCase(), s: bounds[2 * k]!, e: bounds[2 * k + 1]! };
      };
      // The closers and openers repeated around word i when it repeats word i - 1, or null when it does not.
      const repeat = (i: number): [string, string] | null => {
        const as = bounds[2 * i - 2]!;
        const ae = bounds[2 * i - 1]!;
        const bs = bounds[2 * i]!;
        const be = bounds[2 * i + 1]!;
        if (!sameInLowerCase(text, as, ae, bs, be)) return null;
        const gap = GAP.exec(text.slice(ae, bs));
        if (!gap) return null;
        const [, closers, space, openers] = gap as unknown as [string, string, string, string];
        if (space === '' && (closers !== '' || openers !== '')) return null; // `a)(a`, `x"x`
        if (closers && text.slice(be, be + closers.length) !== closers) return null;
        if (openers && text.slice(as - openers.length, as) !== openers) return null;
        return [closers, openers];
      };
      for (let i = 1; i < count; i++) {
        const found = repeat(i);
        if (found === null) continue;
        const [closers, openers] = found;
        // The run of words first..last of the same word, with the same closers and openers.
        const first = i - 1;
        let last = i;
        const same = (r: [string, string] | null): boolean => r !== null && r[0] === closers && r[1] === openers;
        while (last + 1 < count && same(repeat(last + 1))) last++;
        i = last;
        const a = word(first)!;
        // Across a line break the first line must be running prose, not a heading or a label
        // (`Results` / `Results show ...`): at least four words and no `#`.
        if (/[\r\n]/.test(text.slice(a.e, word(last)!.s))) {
          const lineStart = Math.max(text.lastIndexOf('\n', a.s), text.lastIndexOf('\r', a.s)) + 1;
          const firstLine = text.slice(lineStart, a.e);
          if (/^\s*#/.test(firstLine) || (firstLine.match(WORD) ?? []).length < 4) continue;
        }
        const verdict =
          context.lang === 'en' ? judge(text, word, first, last, closers, context.sourceLang) : judgeOther(word, first, context.lang);
        if (verdict === null) continue;
        const severity = verdict === 'uncertain' ? 'minor' : verdict;
        const from = a.e + closers.length;
        const to = word(last)!.e + closers.length;
        // A low-confidence finding (probably a name) and a double that may be grammatical are not fixed.
        const fixed = verdict === 'minor' && !/[\r\n]/.test(text.slice(from, to));
        context.report({
          messageId: 'repeated',
          data: { word: word(first + 1)!.w },
          start: para.start + a.s - openers.length,
          end: para.start + to,
          ...(severity === 'info' ? { severity } : {}),
          ...(fixed
            ? { fix: { start: para.start + from, end: para.start + to, text: '' } }
            : { suggestions: [text.slice(a.s - openers.length, from)] }),
        });
      }
    }
  },
});

/**
 * Outside English: a doubled word is a finding unless the target's grammar allows it (ALLOWED_IN), it is a number
 * or a capitalised name (`Baden Baden`), or one of English's interjections (`ha ha`, `bla bla`).
 */
function judgeOther(word: WordAt, first: number, lang: string): 'minor' | null {
  const a = word(first)!;
  const b = word(first + 1)!;
  if (ALLOWED_IN[lang]?.has(a.lw) || ALLOWED.has(a.lw) || isNumber(a.w)) return null;
  if (isUpper(a.w) && isUpper(b.w) && a.w !== a.w.toUpperCase()) return null;
  return 'minor';
}

/**
 * null: not a finding; 'info': a low-confidence finding; 'uncertain': a finding that may be grammatical (minor, no
 * fix); 'minor': a certain finding.
 */
function judge(
  text: string,
  word: WordAt,
  first: number,
  last: number,
  closers: string,
  sourceLang: string | null,
): 'minor' | 'info' | 'uncertain' | null {
  const a = word(first)!;
  const b = word(first + 1)!;
  if (ALLOWED.has(a.lw)) return null;
  const after = text.slice(word(last)!.e + closers.length).trimStart();
  if (OPENING.has(a.lw) && sentenceStart(text, a.s)) return null;
  if (isNumber(a.w)) {
    // A run of numbers (phone numbers, sequences) or numbers in table columns.
    const prev = word(first - 1);
    const next = word(last + 1);
    if (prev && isNumber(prev.w) && /^\s*$/.test(text.slice(prev.e, a.s))) return null;
    if (next && isNumber(next.w) && /^\s*$/.test(text.slice(word(last)!.e, next.s))) return null;
    if (/\t| {2}/.test(text.slice(a.e, word(last)!.s))) return null;
    return 'minor';
  }
  const upA = isUpper(a.w);
  const upB = isUpper(b.w);
  if (!upA && upB) return null; // `starred in In Bruges`: a title
  if (upA && upB) {
    if (NAMES.has(a.lw)) return null;
    // A doubled pinyin syllable is usually a Chinese given name (`Fang Fang`, `Li Li`): low confidence when the
    // source may be Chinese (unknown or zh), or when the syllable does not look like an English word.
    if (a.w !== a.w.toUpperCase() && PINYIN.test(a.lw)) {
      if (sourceLang === null || sourceLang === 'zh' || CHINESE.test(a.lw)) return 'info';
    }
    return 'minor';
  }
  // `Will will`: a name and the word, unless at the start of a sentence (`The the`).
  if (upA && !upB && (!sentenceStart(text, a.s) || NAME_WORDS.has(a.lw))) return null;
  // Where a constituent may end with the word and the next start with it. At the end of a sentence nothing starts:
  // certain. At its start nothing ends, except `That that is, is` and an emphatic `Do do come in`.
  const ends = SENTENCE_END.test(after);
  const starts = sentenceStart(text, a.s) && a.lw !== 'that' && a.lw !== 'do';
  if (!ends && !starts && (GRAMMATICAL.has(a.lw) || AUXILIARIES.has(a.lw) || PARTICLES.has(a.lw))) {
    const inSentence = /^[,;:)\]]/u.test(after);
    if (GRAMMATICAL.has(a.lw)) return inSentence ? 'uncertain' : null;
    if (AUXILIARIES.has(a.lw)) return inSentence || !PSEUDO_CLEFT.test(sentenceBefore(text, a.s)) ? 'uncertain' : null;
    return 'uncertain';
  }
  return 'minor';
}

/** True when the word at `pos` starts a sentence: only quotes, brackets or list marks since `. ! ? :` or the paragraph start. */
function sentenceStart(text: string, pos: number): boolean {
  // Back over the quotes, brackets and marks (only those: not the whole paragraph before `pos`).
  let j = pos;
  while (j > 0 && BEFORE_WORD.test(text[j - 1]!)) j--;
  return j === 0 || /[.!?:…]/u.test(text[j - 1]!);
}

const BEFORE_WORD = /[\s"'“”‘’«»(\[*_#>-]/u;

/** The sentence before `pos`: from the last `.` `!` `?` `:` `…` before it (at most 400 characters back). */
function sentenceBefore(text: string, pos: number): string {
  const from = Math.max(0, pos - 400);
  const head = text.slice(from, pos);
  const m = /[.!?:…][^.!?:…]*$/u.exec(head);
  return m ? head.slice(m.index + 1) : head;
}

/** The words of `text` (what WORD matches) as offsets: [start0, end0, start1, end1, ...]. */
function wordBounds(text: string): number[] {
  const out: number[] = [];
  for (let i = nextWord(text, 0); i < text.length; ) {
    const end = wordEnd(text, i);
    out.push(i, end);
    i = nextWord(text, end);
  }
  return out;
}

/** The start of the first word at or after `i` (text.length when there is none). */
const nextWord = (text: string, i: number): number => nextWith(text, i, WORD_CHAR);

/** The end of the word that starts at `i`. */
function wordEnd(text: string, i: number): number {
  i = runEnd(text, i, WORD_CHAR);
  for (;;) {
    const c = text.charCodeAt(i); // NaN past the end: no joiner
    if ((c === 0x27 || c === 0x2019 || c === 0x2d) && (classAt(text, i + 1) & WORD_CHAR) !== 0) {
      i = runEnd(text, i + 1, WORD_CHAR); // ' ’ -
    } else if (
      (c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f) && // . , : /
      (classBefore(text, i) & NUMBER) !== 0 &&
      (classAt(text, i + 1) & NUMBER) !== 0
    ) {
      i = runEnd(text, i + 1, WORD_CHAR);
    } else return i;
  }
}

