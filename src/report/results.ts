// Per-file results and the report contract's derived figures (words, MQM penalty and score, summary).
import type { Span } from '../core/document.js';
import { countWordsIn, countWordsOfText } from '../core/words.js';
import { PENALTY, SEVERITIES, type Finding, type Severity } from '../core/types.js';

export interface FileResult {
  path: string;
  language: string;
  /**
   * How sure `language` is: `high` when declared or identified on ample evidence, `low` when it is a guess (then no
   * language-dependent fix applies and no finding resting on it is above `minor`); null for a file with an error.
   */
  languageConfidence: 'high' | 'low' | null;
  sourceLanguage: string | null;
  /** Pieces of evidence behind an inferred source language; null when it was declared (or for a library call). */
  sourceLanguageEvidence: number | null;
  words: number;
  penalty: number;
  score: number;
  findings: Finding[];
  error: string | null;
}

export interface Summary {
  files: number;
  findings: number;
  critical: number;
  major: number;
  minor: number;
  info: number;
  fixable: number;
}

/**
 * The number of words: runs of letters and digits joined by inner apostrophes and hyphens, and by `.` `,` between
 * digits (`year's`, `well-known`, `3.5`, `1,000`), as `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+|(?<=\p{N})[.,]\p{N}+)*`
 * matches them (a property test holds the two together). Given the document `text` was parsed into, the count
 * comes from the pass over its prose that repeated-word made, when there was one (core/words).
 */
export function countWords(text: string, doc?: { text: string; prose: string; masks: readonly Span[] }): number {
  return doc !== undefined && doc.text === text ? countWordsOfText(text, doc.prose, doc.masks) : countWordsIn(text);
}

/** MQM: penalty sums 25/5/1/0 over the findings; score = 100 * (1 - penalty / words), floored at 0, one decimal. */
export function mqm(findings: readonly Finding[], words: number): { penalty: number; score: number } {
  const penalty = findings.reduce((sum, f) => sum + PENALTY[f.severity], 0);
  if (penalty === 0) return { penalty, score: 100 };
  const raw = words > 0 ? 100 * (1 - penalty / words) : 0;
  return { penalty, score: Math.round(Math.max(0, raw) * 10) / 10 };
}

export function summarise(results: readonly FileResult[]): Summary {
  const s: Summary = { files: results.length, findings: 0, critical: 0, major: 0, minor: 0, info: 0, fixable: 0 };
  for (const r of results) {
    for (const f of r.findings) {
      s.findings++;
      s[f.severity]++;
      if (f.fix) s.fixable++;
    }
  }
  return s;
}

export function worstSeverity(results: readonly FileResult[]): Severity | null {
  for (const sev of SEVERITIES) if (results.some((r) => r.findings.some((f) => f.severity === sev))) return sev;
  return null;
}
