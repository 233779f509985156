// Language identification with franc (trigram profiles), limited to the languages mtlint knows: the target
// languages it checks and the source languages MT comes from. franc answers in ISO 639-3; mtlint speaks the
// primary subtags of BCP 47 (ISO 639-1). franc and its profiles load on first use.
import { lazy } from '../lazy.js';

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

/**
 * The target language of a document (`--lang auto`): franc on each sentence of the opening of its prose (masked
 * code and URLs left out), among the target languages; the language of most letters wins, so that a sentence
 * left in the source does not decide for the article. `fallback` when the text is too short or franc cannot tell.
 */
export function detectTargetLanguage(prose: string, fallback: TargetLanguage = 'en'): TargetLanguage {
  const sample = (prose.length > SAMPLE ? prose.slice(0, SAMPLE) : prose).replace(/\uE000+/g, ' ');
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
  return best !== undefined && isTargetLanguage(best) ? best : fallback;
}

const SENTENCE_END = /(?<=[.!?…])\s+|\n+/u;
const NOT_LETTERS = /[^\p{L}]+/gu;
const MIN_SENTENCE_LETTERS = 20;
/** Sentences judged: enough for a majority, few enough to stay cheap on long files. */
const MAX_SENTENCES = 12;
