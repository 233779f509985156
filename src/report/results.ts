// Per-file results and the report contract's derived figures (words, MQM penalty and score, summary).
import { classAt, LETTER, NUMBER, W_DIGIT, W_LETTER, W_OTHER, W_SURROGATE, wordAutomatonClasses } from '../core/chars.js';
import { PENALTY, SEVERITIES, type Finding, type Severity } from '../core/types.js';

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
 * matches them (a property test holds the two together). One pass over the code units through a small automaton
 * (no branch per character but for astral code points): every text of a run is counted.
 */
export function countWords(prose: string): number {
  const classes = wordAutomatonClasses(LETTER, '.,');
  const n = prose.length;
  let words = 0;
  let state = OUT;
  for (let i = 0; i < n; i++) {
    let k = classes[prose.charCodeAt(i)]!;
    if (k === W_SURROGATE) {
      const cls = classAt(prose, i);
      if (cls !== 0) i++; // both halves of an astral code point
      k = cls & LETTER ? W_LETTER : cls & NUMBER ? W_DIGIT : W_OTHER;
    }
    const t = state * CLASS_COUNT + k;
    words += COUNTS[t]!;
    state = NEXT[t]!;
  }
  return words;
}

const CLASS_COUNT = 5; // the word-automaton classes of core/chars, surrogates aside
// States: between words; in a word after a letter; after a digit; after a joiner (the word goes on only if a
// letter or digit follows); after `.`/`,` behind a digit (goes on only if a digit follows); in the digits after it
// (a letter there starts a new word).
const OUT = 0;
const LETTER_RUN = 1;
const DIGIT_RUN = 2;
const JOINED = 3;
const NUMBER_JOINED = 4;
const NUMBER_TAIL = 5;
// NEXT[state * CLASS_COUNT + class] and whether that step starts a word, per state: other, letter, digit, joiner, . ,
const NEXT = Uint8Array.from([
  [OUT, LETTER_RUN, DIGIT_RUN, OUT, OUT],
  [OUT, LETTER_RUN, DIGIT_RUN, JOINED, OUT],
  [OUT, LETTER_RUN, DIGIT_RUN, JOINED, NUMBER_JOINED],
  [OUT, LETTER_RUN, DIGIT_RUN, OUT, OUT],
  [OUT, LETTER_RUN, NUMBER_TAIL, OUT, OUT],
  [OUT, LETTER_RUN, NUMBER_TAIL, JOINED, NUMBER_JOINED],
].flat());
const COUNTS = Uint8Array.from([
  [0, 1, 1, 0, 0],
  [0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0],
  [0, 1, 0, 0, 0],
  [0, 1, 0, 0, 0],
].flat());

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
