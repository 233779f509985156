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
const SAMPLE = 30_000;
const MAX_PER_KIND = 3;

interface Cue {
  kind: string;
  lang: string;
  re: RegExp;
  /** Targets this cue is evidence in (the cue is the target's own convention elsewhere). */
  targets: readonly string[];
}

const SP = '[ \\u00a0\\u202f]';
// Cues in the prose. Each is specific to one source language for the targets listed.
const CUES: readonly Cue[] = [
  // French spacing carried into English, German, Russian or Spanish: a space before ; : ! ? (and not `3 :1`).
  { kind: 'space-before-mark', lang: 'fr', re: new RegExp(`\\p{L}${SP}[;:!?](?=\\s|$)`, 'gu'), targets: ['en', 'de', 'ru', 'es'] },
  // Guillemets with spaces inside (French); without spaces they are Russian, Spanish or German book style.
  { kind: 'spaced-guillemets', lang: 'fr', re: new RegExp(`«${SP}|${SP}»`, 'gu'), targets: ['en', 'de', 'ru', 'es'] },
  { kind: 'guillemets', lang: 'ru', re: /«(?=\p{L})|(?<=[\p{L}.!?])»/gu, targets: ['en'] },
  // German low opening quote.
  { kind: 'low-quote', lang: 'de', re: /„(?=\p{L})/gu, targets: ['en', 'fr', 'es'] },
  // German thousands dots (`25.000`) and day-first ordinal dates (`1. January`).
  { kind: 'thousands-dot', lang: 'de', re: /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])(?!\.\d)/gu, targets: ['en'] },
  {
    kind: 'ordinal-date',
    lang: 'de',
    re: /(?<![\d.])\d{1,2}\. (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/gu,
    targets: ['en'],
  },
  // A space before % and spaced thousands (`3,5 %`, `11 000`): French or Russian; with French spacing the
  // space-before-mark cue decides. Counted for French only when no Cyrillic is around (see below).
  { kind: 'percent-space', lang: 'fr', re: /\d[ \u00a0\u202f]%/gu, targets: ['en'] },
  // Cyrillic words in a Latin-script target.
  { kind: 'cyrillic', lang: 'ru', re: /\p{Script=Cyrillic}{2,}/gu, targets: ['en', 'fr', 'de', 'es'] },
  // English habits in other targets: English quotes, decimal points, `billion`.
  { kind: 'english-quotes', lang: 'en', re: /“(?=\p{L})|(?<=[\p{L}.!?])”/gu, targets: ['fr', 'ru', 'es'] },
  { kind: 'english-quotes-de', lang: 'en', re: /“(?=\p{L})/gu, targets: ['de'] },
  { kind: 'decimal-point', lang: 'en', re: /(?<![\d.,])\d+\.\d{1,2}(?![\d.,])\s?%/gu, targets: ['fr', 'de', 'ru', 'es'] },
  { kind: 'billion', lang: 'en', re: /\d\s+(?:billions?|Billionen?)\b/gu, targets: ['fr', 'de'] },
];

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
    add(cue.lang, n);
  }
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
