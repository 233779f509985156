// Whether a glossary entry applies to a document, given the article's source language.
import type { Severity } from '../core/types.js';
import type { TermHit } from './types.js';

const SOURCE_BOUND = new Set(['calque', 'false-friend']);

/**
 * The severity a hit is reported with, or null when its glossary does not apply.
 * - A glossary without `sourceLanguages` applies to every article.
 * - With a known source language, a glossary applies when the language is listed.
 * - With an unknown source, only calques and false friends still apply, as `info` (a hint, never a CI failure).
 */
export function scopedSeverity(hit: TermHit, sourceLang: string | null, lang: string): Severity | null {
  const { glossary, entry } = hit;
  if (glossary.language !== lang) return null;
  const sources = glossary.sourceLanguages;
  if (!sources || sources.length === 0) return entry.severity;
  if (sourceLang) return sources.includes(sourceLang) ? entry.severity : null;
  return SOURCE_BOUND.has(entry.category) ? 'info' : null;
}

export function isCalqueEntry(hit: TermHit): boolean {
  return SOURCE_BOUND.has(hit.entry.category);
}

/**
 * The hits a rule reports: of the hits on one span (one per glossary entry with those words, in glossary
 * order: --glossary files before the shipped ones), the first that `accept`s and is in scope.
 */
export function hitsInScope(
  hits: readonly TermHit[],
  sourceLang: string | null,
  lang: string,
  accept: (hit: TermHit) => boolean,
): { hit: TermHit; severity: Severity }[] {
  const out: { hit: TermHit; severity: Severity }[] = [];
  let lastStart = -1;
  let lastEnd = -1;
  for (const hit of hits) {
    if (hit.start === lastStart && hit.end === lastEnd) continue; // this span is taken
    if (!accept(hit)) continue;
    const severity = scopedSeverity(hit, sourceLang, lang);
    if (!severity) continue;
    out.push({ hit, severity });
    lastStart = hit.start;
    lastEnd = hit.end;
  }
  return out;
}
