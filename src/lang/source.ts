// The likely source language of a machine-translated article, inferred from the artefacts MT carries over from it,
// when nobody declares it. Each artefact is evidence for one language; each kind of artefact counts at most
// MAX_PER_KIND times (one habit repeated forty times is one habit), and the winner must have at least
// MIN_EVIDENCE pieces and twice the runner-up's. Otherwise the source stays unknown (null): rules that depend on
// it then stay quiet or speak at `info`.
import type { TermHit } from '../glossary/types.js';

export interface SourceInference {
  /** The inferred source language (ISO 639-1), or null when the evidence is too thin. */
  lang: string | null;
  /** Pieces of evidence for `lang` (for the best candidate when `lang` is null). */
  evidence: number;
  /** Evidence per candidate language, for reports and tuning. */
  counts: Readonly<Record<string, number>>;
}

export const MIN_EVIDENCE = 3;
const SAMPLE = 12_000;
const MAX_PER_KIND = 3;

interface Cue {
  kind: string;
  /** The source languages this cue is evidence for (each gets the count). */
  langs: readonly string[];
  re: RegExp;
  /** Targets this cue is evidence in (the cue is the target's own convention elsewhere). */
  targets: readonly string[];
}

const SP = '[ \\u00a0\\u202f]';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
// Unit and scale words after a number, per target, for the English decimal point (`3.5 Milliarden`, `2.3 %`).
const UNITS_AFTER = '%|Prozent|Millionen|Milliarden|Billionen|Euro|Dollar|pour cent|millions?|milliards?|euros?|dollars?|por ciento|millones|mil millones|млн|млрд|трлн|миллион\\p{L}*|миллиард\\p{L}*|процент\\p{L}*|рубл\\p{L}*';
// Cues in the prose.
const CUES: readonly Cue[] = [
  // French spacing carried into English, German, Russian or Spanish: a space before ; : ! ? (and not `3 :1`).
  { kind: 'space-before-mark', langs: ['fr'], re: new RegExp(`\\p{L}${SP}[;:!?](?=\\s|$)`, 'gu'), targets: ['en', 'de', 'ru', 'es'] },
  // Guillemets with spaces inside (French); without spaces they are Russian or Spanish (or German book style).
  { kind: 'spaced-guillemets', langs: ['fr'], re: new RegExp(`«${SP}|${SP}»`, 'gu'), targets: ['en', 'de', 'ru', 'es'] },
  { kind: 'guillemets', langs: ['ru'], re: /«(?=\p{L})|(?<=[\p{L}.!?])»/gu, targets: ['en'] },
  // German low opening quote.
  { kind: 'low-quote', langs: ['de'], re: /„(?=\p{L})/gu, targets: ['en', 'fr', 'es'] },
  // Thousands dots (`25.000`): German, Spanish, Italian alike; day-first ordinal dates (`1. January`): German.
  { kind: 'thousands-dot', langs: ['de', 'es', 'it'], re: /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])(?!\.\d)/gu, targets: ['en'] },
  { kind: 'ordinal-date', langs: ['de'], re: new RegExp(`(?<![\\d.])\\d{1,2}\\. (?:${MONTHS})\\b`, 'gu'), targets: ['en'] },
  // A space before % (`3,5 %`): French, Russian, Spanish.
  { kind: 'percent-space', langs: ['fr', 'ru', 'es'], re: /\d[ \u00a0\u202f]%/gu, targets: ['en'] },
  // Spanish inverted marks.
  { kind: 'inverted-marks', langs: ['es'], re: /[¿¡](?=\p{L})/gu, targets: ['en', 'fr', 'de', 'ru'] },
  // Cyrillic words in a Latin-script target.
  { kind: 'cyrillic', langs: ['ru'], re: /\p{Script=Cyrillic}{2,}/gu, targets: ['en', 'fr', 'de', 'es'] },
  // English habits in other targets: English quotes, decimal points before a unit or scale word, `billion`.
  { kind: 'english-quotes', langs: ['en'], re: /“(?=\p{L})|(?<=[\p{L}.!?])”/gu, targets: ['fr', 'ru', 'es'] },
  { kind: 'english-quotes-de', langs: ['en'], re: /“(?=\p{L})|(?<=[\p{L}.!?])”/gu, targets: ['de'] },
  {
    kind: 'decimal-point',
    langs: ['en'],
    re: new RegExp(`(?<![\\d.,])\\d+\\.\\d{1,2}(?![\\d.,])[ \\u00a0\\u202f]?(?:${UNITS_AFTER})(?!\\p{L})`, 'gu'),
    targets: ['fr', 'de', 'ru', 'es'],
  },
  { kind: 'billion', langs: ['en'], re: /\d\s+(?:billions?|Billionen?)(?!\p{L})/gu, targets: ['fr', 'de'] },
];

// Function words of each language that are not words of the targets they are looked for in: a few of them in
// lower case (names are capitalised) mean sentences or clauses left in that language.
const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  fr: ['les', 'des', 'est', 'une', 'dans', 'pour', 'avec', 'qui', 'sont', 'cette', 'aussi', 'mais', 'nous', 'leur', 'très', 'été', 'ont', 'sur', 'selon'],
  de: ['und', 'ist', 'nicht', 'mit', 'für', 'auch', 'sich', 'eine', 'dem', 'wir', 'sind', 'wird', 'oder', 'über', 'noch', 'wurde', 'werden'],
  es: ['que', 'los', 'las', 'del', 'por', 'para', 'una', 'pero', 'está', 'también', 'muy', 'esta', 'como', 'sus', 'más', 'según', 'hay'],
  it: ['della', 'che', 'sono', 'nel', 'gli', 'anche', 'questo', 'perché', 'delle', 'degli', 'alla', 'molto', 'essere'],
  en: ['the', 'and', 'with', 'that', 'this', 'which', 'from', 'have', 'has', 'are', 'were', 'would', 'will', 'their', 'been', 'said'],
};
const WORD = /(?<![\p{L}\p{M}'’-])\p{Ll}[\p{Ll}\p{M}]*(?![\p{L}\p{M}'’-])/gu;

const owners = new Map<string, Map<string, string>>();

/** The function words of the languages other than `lang` that are not `lang`'s, each with its language. */
function ownersFor(lang: string): Map<string, string> {
  let owner = owners.get(lang);
  if (!owner) {
    const own = new Set(FUNCTION_WORDS[lang] ?? []);
    owner = new Map();
    for (const [l, words] of Object.entries(FUNCTION_WORDS)) {
      if (l === lang) continue;
      for (const w of words) if (!own.has(w)) owner.set(w, l);
    }
    owners.set(lang, owner);
  }
  return owner;
}

/** Lower-case function words of other languages in `prose`, per language, each kind capped by the caller. */
function leftoverWords(prose: string, lang: string): Map<string, number> {
  const owner = ownersFor(lang);
  // `die`, `den`, `con`, `la`, `el` are English words or names: left out of the lists above.
  const counts = new Map<string, number>();
  for (const m of prose.matchAll(WORD)) {
    const l = owner.get(m[0]);
    if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  return counts;
}

/**
 * Infers the source language of `prose` (the document's prose view) for target `lang`, from the cues above and
 * from glossary hits: a variant of a name glossary or a calque of a glossary bound to one source language.
 */
export function inferSource(prose: string, lang: string, hits: readonly TermHit[] = []): SourceInference {
  // The artefacts of an article show in its opening; a long file is judged on its first SAMPLE code units.
  if (prose.length > SAMPLE) prose = prose.slice(0, SAMPLE);
  const counts: Record<string, number> = {};
  const add = (l: string, n: number): void => {
    if (n > 0 && l !== lang) counts[l] = (counts[l] ?? 0) + Math.min(n, MAX_PER_KIND);
  };
  for (const cue of CUES) {
    if (!cue.targets.includes(lang)) continue;
    cue.re.lastIndex = 0;
    let n = 0;
    while (n < MAX_PER_KIND && cue.re.exec(prose)) n++;
    for (const l of cue.langs) add(l, n);
  }
  // Two lower-case function words of a language are one piece of evidence (one stray `des` proves nothing).
  for (const [l, n] of leftoverWords(prose, lang)) add(l, Math.floor(n / 2));
  // Glossary evidence: wrong forms of names and literal renderings from exactly one source language.
  const byKind = new Map<string, number>();
  for (const hit of hits) {
    if (hit.start >= SAMPLE) break;
    const sources = hit.glossary.sourceLanguages;
    if (!sources || sources.length !== 1 || hit.glossary.language !== lang) continue;
    if (hit.kind !== 'variant' && hit.kind !== 'pattern') continue;
    const key = `${sources[0]}:${hit.entry.category}`;
    byKind.set(key, (byKind.get(key) ?? 0) + 1);
  }
  for (const [key, n] of byKind) add(key.slice(0, key.indexOf(':')), n);

  const ranked = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [best, second] = ranked;
  if (!best) return { lang: null, evidence: 0, counts };
  const sure = best[1] >= MIN_EVIDENCE && best[1] >= 2 * (second?.[1] ?? 0);
  return { lang: sure ? best[0] : null, evidence: best[1], counts };
}
