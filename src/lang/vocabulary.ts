// Language evidence from the words of a short text (a title, a caption, a UI string, a single segment), where
// character trigrams have too little to go on: `Sign up for our newsletter` is French to franc, and English to
// anyone who knows the words. Each distinct word is weighed by how frequent it is in each language's frequency
// lists (zxcvbn-ts: film subtitles and Wikipedia, see lexicon.ts), a unigram model in which function words weigh
// most because they are the commonest words; the scores add up over the words, each word's say capped so that one
// odd word cannot decide.
//
// Words that say little about the language of the text weigh less or nothing: acronyms and words in capitals
// (`AFP`, `MADRID`) and capitalised common first and last names (`Jean Dupont`; not the commonest words of speech,
// `Will`, `May`) nothing, other capitalised words inside a sentence (names of people and places, `Lyon`, `Reuters`)
// half. A repeated word counts once.
import { frequencyRank, isCommonest, isCommonName, fold, LEXICON_LANGUAGES, type LexiconLanguage } from './lexicon.js';

export interface WordEvidence {
  /** Every language of the lexicons with its score (0 for the best, negative for the others), best first. */
  ranked: [LexiconLanguage, number][];
  /** How far the best is ahead of the runner-up (natural log of a likelihood ratio); 0 without evidence. */
  margin: number;
  /** Words weighed (distinct, with a non-zero weight). */
  words: number;
}

/** Added to a rank before taking its logarithm: the commonest few words do not weigh hundreds of times more. */
const RANK_OFFSET = 20;
/** The rank given to a word absent from a language's lists. */
const UNSEEN_RANK = 2_000_000;
/** The most one word can count against a language (natural log). */
const CAP = 6;
/** The weight of a capitalised word inside a sentence (a name as likely as not). */
const NAME_WEIGHT = 0.5;

const TOKEN = /\p{L}+(?:['’]\p{L}+)*/gu;
// What may stand between a sentence start (start of text or line, or after . ! ? : …) and its first word.
const BEFORE_INITIAL = /(?:^|[\n.!?:…])[\s"'“”‘’«»„()[\]¿¡*_#>-]*$/u;

/** The score of each language for `text` from the words it holds. */
export function wordEvidence(text: string): WordEvidence {
  const scores = new Map<LexiconLanguage, number>(LEXICON_LANGUAGES.map((l) => [l, 0]));
  const seen = new Set<string>();
  let words = 0;
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    const lower = token.toLowerCase().replace(/’/g, "'");
    if (seen.has(lower)) continue; // a repeated word is one piece of evidence
    seen.add(lower);
    const weight = weightOf(token, lower, BEFORE_INITIAL.test(text.slice(Math.max(0, m.index - 12), m.index)));
    if (weight === 0) continue;
    words++;
    const say = sayOf(lower);
    LEXICON_LANGUAGES.forEach((l, i) => scores.set(l, scores.get(l)! + weight * say[i]!));
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || LEXICON_LANGUAGES.indexOf(a[0]) - LEXICON_LANGUAGES.indexOf(b[0]));
  const top = ranked[0]![1];
  for (const r of ranked) r[1] -= top;
  return { ranked, margin: 0 - ranked[1]![1], words };
}

const said = new Map<string, readonly number[]>();

/**
 * What `word` (lower case) says for each language, in LEXICON_LANGUAGES' order: 0 for the languages where it is
 * likeliest, down to -CAP. Remembered: the same words come back in every text.
 */
function sayOf(word: string): readonly number[] {
  let say = said.get(word);
  if (!say) {
    const logs = LEXICON_LANGUAGES.map((l) => logFrequency(l, word));
    const best = Math.max(...logs);
    say = logs.map((x) => Math.max(-CAP, x - best));
    if (said.size >= 50_000) said.clear();
    said.set(word, say);
  }
  return say;
}

/**
 * How much a word says about the language of its text: 0 for acronyms and common names, half for other capitalised
 * words inside a sentence. A capitalised word among the commonest a language speaks (`The`, `Why`) is a word, not
 * a name (and the lists of names need not load).
 */
function weightOf(token: string, lower: string, initial: boolean): number {
  const first = token.charAt(0);
  if (first === first.toLowerCase()) return 1;
  if (token.length > 1 && token === token.toUpperCase()) return 0; // `AFP`, `MADRID`
  const plain = lower.replace(/'.*/, '');
  if (!LEXICON_LANGUAGES.some((l) => isCommonest(l, plain)) && (isCommonName(plain) || isCommonName(fold(plain)))) return 0;
  return initial ? 1 : NAME_WEIGHT;
}

/**
 * The log-probability (up to a constant shared by the languages) of `word` in `lang`, from its frequency rank. A
 * word with an apostrophe is read as its two halves, split where the language splits them (`l'` + `europe`,
 * `editor` + `'s`).
 */
function logFrequency(lang: LexiconLanguage, word: string): number {
  const apostrophe = word.indexOf("'");
  if (apostrophe < 0 || word.indexOf("'", apostrophe + 1) >= 0) return logRank(lang, word);
  const head = word.slice(0, apostrophe);
  const tail = word.slice(apostrophe + 1);
  return Math.max(logRank(lang, word), logRank(lang, head + "'") + logRank(lang, tail), logRank(lang, head) + logRank(lang, "'" + tail));
}

function logRank(lang: LexiconLanguage, word: string): number {
  const rank = frequencyRank(lang, word);
  return -Math.log((rank === Infinity ? UNSEEN_RANK : rank) + RANK_OFFSET);
}
