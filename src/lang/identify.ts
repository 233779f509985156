// Language identification with franc (trigram profiles), limited to the languages mtlint knows: the target
// languages it checks and the source languages MT comes from. franc answers in ISO 639-3; mtlint speaks the
// primary subtags of BCP 47 (ISO 639-1). franc and its profiles load on first use. A short text's target language
// is identified from its words (vocabulary.ts), with a confidence (identifyTarget).
import { lazy } from '../lazy.js';
import { wordEvidence } from './vocabulary.js';

/** Target languages mtlint checks (their typography, numbers and messages are known). */
export const TARGET_LANGUAGES = ['en', 'fr', 'de', 'ru', 'es'] as const;
export type TargetLanguage = (typeof TARGET_LANGUAGES)[number];

/** Languages identification chooses among: the targets, and Italian, a common source. */
export const KNOWN_LANGUAGES = ['en', 'fr', 'de', 'ru', 'es', 'it'] as const;

const TO_639_3: Readonly<Record<string, string>> = { en: 'eng', fr: 'fra', de: 'deu', ru: 'rus', es: 'spa', it: 'ita' };
const TO_639_1: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(TO_639_3).map(([a, b]) => [b, a]));

const francLib = lazy<typeof import('franc')>('franc');

export interface Identification {
  /** The most likely language (ISO 639-1). */
  lang: string;
  /** franc's score of the runner-up, relative to the winner's 1: the lower, the surer (0 when there is none). */
  runnerUp: number;
  /** The runner-up language, or null. */
  second: string | null;
}

/**
 * The language of `text` among `candidates` (ISO 639-1 codes, default KNOWN_LANGUAGES), or null when the text is
 * too short to judge (fewer than `minLength` letters, default 10) or franc cannot tell.
 */
export function identify(text: string, candidates: readonly string[] = KNOWN_LANGUAGES, minLength = 10): Identification | null {
  const only = candidates.map((c) => TO_639_3[c]).filter((c): c is string => c !== undefined);
  if (only.length === 0) return null;
  const ranked = francLib().francAll(text, { only, minLength });
  const [best, next] = ranked;
  if (!best || best[0] === 'und') return null;
  const lang = TO_639_1[best[0]];
  if (!lang) return null;
  return { lang, runnerUp: next ? next[1] : 0, second: next ? (TO_639_1[next[0]] ?? null) : null };
}

/**
 * Every candidate language of `text` with its score relative to the best (1 for the best, lower for the others),
 * best first; empty when the text is too short (fewer than `minLength` letters) or franc cannot tell.
 */
export function identifyAll(text: string, candidates: readonly string[] = KNOWN_LANGUAGES, minLength = 10): [string, number][] {
  const only = candidates.map((c) => TO_639_3[c]).filter((c): c is string => c !== undefined);
  if (only.length === 0) return [];
  const out: [string, number][] = [];
  for (const [code, score] of francLib().francAll(text, { only, minLength })) {
    const lang = TO_639_1[code];
    if (lang) out.push([lang, score]);
  }
  return out;
}

/** Whether `code` is a target language mtlint checks. */
export const isTargetLanguage = (code: string): code is TargetLanguage => (TARGET_LANGUAGES as readonly string[]).includes(code);

/** How much of a document's prose the language is identified on: the opening is plenty, and franc is linear. */
const SAMPLE = 3_000;

/** How sure an identification is: `high` when the evidence is ample (or the language was declared), else `low`. */
export type LanguageConfidence = 'high' | 'low';

export interface TargetIdentification {
  lang: TargetLanguage;
  confidence: LanguageConfidence;
}

/**
 * The target language of a document (`--lang auto`) and how sure it is. A text of LONG letters or more: franc on
 * each sentence of the opening of its prose, the language of most letters winning (a sentence left in the source
 * does not decide for the article); the confidence is high. A shorter text (a title, a caption, a UI string, a
 * single segment): the script (Cyrillic is Russian), then the words (vocabulary.ts): each sentence whose words put
 * a language at least MARGIN ahead of any other (a likelihood ratio of e^4, about 55) names it, and a language
 * named for more than half the letters of the text is identified with high confidence; otherwise franc's guess
 * (or `fallback`, when there is not one sentence to judge) is kept and the confidence is low. Invisible characters
 * and no-break spaces are read as what they render, so that `fix`, which removes or replaces them, does not change
 * the evidence.
 */
export function identifyTarget(prose: string, fallback: TargetLanguage = 'en'): TargetIdentification {
  const sample = evidenceOf(prose.length > SAMPLE ? prose.slice(0, SAMPLE) : prose);
  const letters = count(sample, LETTER);
  if (letters >= LONG) return { lang: francTarget(sample) ?? fallback, confidence: 'high' };
  const guess = (): TargetLanguage => francTarget(sample) ?? fallback;
  if (letters === 0) return { lang: fallback, confidence: 'low' };
  const cyrillic = count(sample, CYRILLIC);
  if (cyrillic * 2 >= letters) return { lang: 'ru', confidence: count(sample, CYRILLIC_WORD) >= 2 ? 'high' : 'low' };
  // Each sentence's words name its language when they put one MARGIN ahead; the language named for most letters
  // wins, if that is more than half the letters of the text (a sentence left in the source does not decide).
  const named = new Map<string, number>();
  for (const sentence of sample.split(SENTENCE_END)) {
    const n = count(sentence, LETTER);
    if (n === 0) continue;
    const words = wordEvidence(sentence);
    if (words.margin >= MARGIN) named.set(words.ranked[0]![0], (named.get(words.ranked[0]![0]) ?? 0) + n);
  }
  let best: string | undefined;
  for (const [lang, n] of named) if (best === undefined || n > named.get(best)!) best = lang;
  if (best !== undefined && isTargetLanguage(best) && named.get(best)! * 2 > letters) return { lang: best, confidence: 'high' };
  return { lang: guess(), confidence: 'low' };
}

/** The target language of a document (`--lang auto`): identifyTarget's, whatever its confidence. */
export function detectTargetLanguage(prose: string, fallback: TargetLanguage = 'en'): TargetLanguage {
  return identifyTarget(prose, fallback).lang;
}

/**
 * franc on each sentence of `sample` (masked code and URLs left out), among the target languages; the language of
 * most letters wins. Undefined when no sentence is long enough to judge and the whole is too short as well.
 */
function francTarget(sample: string): TargetLanguage | undefined {
  const judged: [sentence: string, letters: number][] = [];
  let unjudged = 0; // the letters of the sentences not judged yet
  for (const sentence of sample.split(SENTENCE_END)) {
    const n = sentence.replace(NOT_LETTERS, '').length;
    if (n < MIN_SENTENCE_LETTERS) continue;
    judged.push([sentence, n]);
    unjudged += n;
    if (judged.length === MAX_SENTENCES) break;
  }
  const letters = new Map<string, number>();
  let lead = 0; // the most letters of one language, and the most of another
  let second = 0;
  for (const [sentence, n] of judged) {
    // Decided when no other language can catch up with the sentences left (the outcome is the same).
    if (lead - second > unjudged) break;
    unjudged -= n;
    const found = identify(sentence, TARGET_LANGUAGES, MIN_SENTENCE_LETTERS)?.lang;
    if (found === undefined) continue;
    letters.set(found, (letters.get(found) ?? 0) + n);
    lead = 0;
    second = 0;
    for (const count of letters.values()) {
      if (count > lead) [lead, second] = [count, lead];
      else if (count > second) second = count;
    }
  }
  let best: string | undefined;
  for (const [lang, n] of letters) if (best === undefined || n > letters.get(best)!) best = lang;
  best ??= identify(sample, TARGET_LANGUAGES, 20)?.lang;
  return best !== undefined && isTargetLanguage(best) ? best : undefined;
}

/**
 * The text identification reads: masked spans (code, URLs) as spaces, invisible characters (soft hyphens,
 * zero-width and bidirectional marks) removed, no-break spaces as spaces (offsets are not kept).
 */
export function evidenceOf(text: string): string {
  return text.replace(INVISIBLE, '').replace(MASKED_OR_SPACE, ' ');
}

const count = (text: string, re: RegExp): number => {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
};

const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+/gu;
const MASKED_OR_SPACE = /[\uE000\u00a0\u202f\u2007]+/gu;
const LETTER = /\p{L}/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const CYRILLIC_WORD = /\p{Script=Cyrillic}{2,}/gu;
const SENTENCE_END = /(?<=[.!?…])\s+|\n+/u;
const NOT_LETTERS = /[^\p{L}]+/gu;
const MIN_SENTENCE_LETTERS = 20;
/** Sentences judged: enough for a majority, few enough to stay cheap on long files. */
const MAX_SENTENCES = 12;
/** Letters from which franc's trigrams decide alone, as they always did. */
const LONG = 400;
/** How far ahead (natural log of a likelihood ratio) the words of a short text must put a language. */
const MARGIN = 4;
