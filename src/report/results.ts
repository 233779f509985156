// Per-file results and the report contract's derived figures (words, MQM penalty and score, summary).
import { classAt, classTable, LETTER, NUMBER } from '../core/chars.js';
import { PENALTY, SEVERITIES, type Finding, type Severity } from '../core/types.js';

const WORD = LETTER | NUMBER;

export interface FileResult {
  path: string;
  language: string;
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
 * matches them (a property test holds the two together); counted in one pass over the code units rather than one
 * regex match per word.
 */
export function countWords(prose: string): number {
  const table = classTable();
  const n = prose.length;
  let words = 0;
  // 0: between words; 1: in a word; 2: in the digits after a `.` or `,` between digits (a letter starts a new word)
  let state = 0;
  let last = 0; // the class of the previous code point while in a word
  for (let i = 0; i < n; i++) {
    const c = prose.charCodeAt(i);
    let k: number;
    if (c < 0xd800 || c > 0xdfff) k = table[c]! & WORD;
    else {
      k = classAt(prose, i) & WORD;
      if (k !== 0) i++; // a letter or digit outside the BMP: both halves of the pair
    }
    if (k !== 0) {
      if (state === 0 || (state === 2 && k === LETTER)) {
        words++;
        state = 1;
      }
      last = k;
      continue;
    }
    if (state === 0) continue;
    const next = classAt(prose, i + 1) & WORD;
    if ((c === 0x27 || c === 0x2019 || c === 0x2d) && next !== 0) state = 1; // ' ’ -
    else if ((c === 0x2e || c === 0x2c) && (last & NUMBER) !== 0 && (next & NUMBER) !== 0) state = 2; // . ,
    else state = 0;
  }
  return words;
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
