// The languages of one document, decided once for the CLI and the library alike: the target language, declared or
// identified (with how sure the identification is), and the source language, declared or inferred from the
// artefacts MT carried over (with the evidence behind it).
import type { MatchOptions, TermHit } from '../glossary/types.js';
import { identifyTarget, type LanguageConfidence } from './identify.js';
import { inferSource } from './source.js';

/**
 * What the user declared: a language code, or `auto` (or nothing) to identify or infer it; for the source, null
 * declares it unknown (not inferred).
 */
export interface DeclaredLanguages {
  lang?: string;
  sourceLang?: string | null;
}

export interface LanguageDecision {
  /** The target language the document is checked as. */
  lang: string;
  /**
   * `high` when the target language was declared or identified on ample evidence; `low` when it is a guess (a short
   * text whose words do not tell): then no language-dependent fix applies and no finding that rests on the guess
   * is above `minor` (core/run.ts).
   */
  confidence: LanguageConfidence;
  /** The source language, declared or inferred; null when unknown. */
  sourceLang: string | null;
  /** Pieces of evidence behind an inferred source language; null when it was declared (or declared unknown). */
  evidence: number | null;
}

/** Anything that finds glossary hits in a text (a GlossaryMatcher). */
export interface TermMatcher {
  match(text: string, options?: MatchOptions): TermHit[];
}

/** The decision, and the matcher to lint with: it remembers the document's hits, which inference read already. */
export interface Decided {
  decision: LanguageDecision;
  matcher: TermMatcher | null;
}

const AUTO = 'auto';

/** Decides the languages of a document from its prose view (Document.prose) and what was declared. */
export function decideLanguages(prose: string, declared: DeclaredLanguages, matcher: TermMatcher | null = null): Decided {
  let hits: TermHit[] | null = null;
  const cached: TermMatcher | null = matcher && {
    match: (text, o) => (text === prose && o?.allTerms === false ? (hits ??= matcher.match(text, o)) : matcher.match(text, o)),
  };
  const identified = declared.lang === undefined || declared.lang === AUTO ? identifyTarget(prose) : null;
  const lang = identified ? identified.lang : declared.lang!;
  const confidence: LanguageConfidence = identified ? identified.confidence : 'high';
  if (declared.sourceLang !== undefined && declared.sourceLang !== AUTO) {
    return { decision: { lang, confidence, sourceLang: declared.sourceLang, evidence: null }, matcher: cached };
  }
  const inferred = inferSource(prose, lang, cached ? cached.match(prose, { allTerms: false }) : []);
  return { decision: { lang, confidence, sourceLang: inferred.lang, evidence: inferred.evidence }, matcher: cached };
}

/** Whether two decisions check a text the same way (the evidence count aside). */
export const sameDecision = (a: LanguageDecision, b: LanguageDecision): boolean =>
  a.lang === b.lang && a.confidence === b.confidence && a.sourceLang === b.sourceLang;
