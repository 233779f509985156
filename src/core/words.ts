// The words of a text, read code unit by code unit through small automata: the word count of the report (MQM scores
// per word) and the neighbours that are the same word (repeated-word). Both read every text of a run; one combined
// automaton reads it once for both.
import { classAt, classTable, LETTER, MARK, NUMBER } from './chars.js';
import type { Span } from './document.js';

// The classes of code units both automata read (each merges some of them): other, letter, combining mark, digit,
// ' ’ - , . , : / and, resolved before a step, a surrogate.
const R_OTHER = 0;
const R_LETTER = 1;
const R_MARK = 2;
const R_DIGIT = 3;
const R_JOINER = 4;
const R_DOT_COMMA = 5;
const R_COLON_SLASH = 6;
const R_COUNT = 7;
const R_SURROGATE = 7;

let classes: Uint8Array | null = null;

function classTableOfWords(): Uint8Array {
  if (classes) return classes;
  const base = classTable();
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const b = base[c]!;
    t[c] = b & NUMBER ? R_DIGIT : b & LETTER ? R_LETTER : b & MARK ? R_MARK : R_OTHER;
  }
  for (const c of "'\u2019-") t[c.charCodeAt(0)] = R_JOINER;
  for (const c of '.,') t[c.charCodeAt(0)] = R_DOT_COMMA;
  for (const c of ':/') t[c.charCodeAt(0)] = R_COLON_SLASH;
  t.fill(R_SURROGATE, 0xd800, 0xe000);
  return (classes = t);
}

/** The class of code units of a code point of classes `cls` (classAt's; other for a lone surrogate). */
const classOfPoint = (cls: number): number => (cls & NUMBER ? R_DIGIT : cls & LETTER ? R_LETTER : cls & MARK ? R_MARK : R_OTHER);

// The count automaton: words are runs of letters and digits joined by ' ’ - and by . , between digits, as
// `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+|(?<=\p{N})[.,]\p{N}+)*` matches them. Its classes: other, letter, digit,
// joiner, . , (marks, : and / are others).
const COUNT_CLASS = [0, 1, 0, 2, 3, 4, 0];
// States: between words; in a word after a letter; after a digit; after a joiner (the word goes on only if a letter
// or digit follows); after . , behind a digit (goes on only if a digit follows); in the digits after it (a letter
// there starts a new word).
const C_NEXT = [
  [0, 1, 2, 0, 0],
  [0, 1, 2, 3, 0],
  [0, 1, 2, 3, 4],
  [0, 1, 2, 0, 0],
  [0, 1, 5, 0, 0],
  [0, 1, 5, 3, 4],
];
/** Whether the step starts a word (counted). */
const C_COUNTS = [
  [0, 1, 1, 0, 0],
  [0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0],
  [0, 1, 0, 0, 0],
  [0, 1, 0, 0, 0],
];

// The twin automaton: words are runs of letters, marks and digits joined by ' ’ - and by . , : / between digits, as
// `[\p{L}\p{M}\p{N}]+(?:(?:['’-]|(?<=\p{N})[.,:/](?=\p{N}))[\p{L}\p{M}\p{N}]+)*` matches them. Its classes: other,
// letter or mark, digit, joiner, . , : /.
const TWIN_CLASS = [0, 1, 1, 2, 3, 4, 4];
// States: between words; in a word after a letter or mark; after a digit; after a joiner (the word goes on if a word
// character follows); after . , : / behind a digit (goes on if a digit follows).
const T_LETTER = 1;
const T_STATES = 5;
const T_NEXT = [
  [0, 1, 2, 0, 0],
  [0, 1, 2, 3, 0],
  [0, 1, 2, 3, 4],
  [0, 1, 2, 0, 0],
  [0, 1, 2, 0, 0],
];
// Events: a word ends here; ended before this (at the joiner); ended before, and another starts here.
const E_END = 2;
const E_END_BEFORE = 3;
const E_END_BEFORE_START = 4;
const T_EVENT = [
  [0, 0, 0, 0, 0],
  [E_END, 0, 0, 0, E_END],
  [E_END, 0, 0, 0, 0],
  [E_END_BEFORE, 0, 0, E_END_BEFORE, E_END_BEFORE],
  [E_END_BEFORE, E_END_BEFORE_START, 0, E_END_BEFORE, E_END_BEFORE],
];
/** Whether the step starts a word (from between words, or a letter right after . , : / behind a digit). */
const T_STARTS = [
  [0, 1, 1, 0, 0],
  [0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0],
  [0, 1, 0, 0, 0],
];

/** The count automaton alone, per state and class: the next state | counted << 3. */
const COUNT_STEP = Uint8Array.from({ length: C_NEXT.length * R_COUNT }, (_, x) => {
  const state = Math.floor(x / R_COUNT);
  const k = COUNT_CLASS[x % R_COUNT]!;
  return C_NEXT[state]![k]! | (C_COUNTS[state]![k]! << 3);
});

// Both automata in one: state = count state * T_STATES + twin state; per state and class, one entry packs the next
// state (bits 0-4), whether a word is counted (bit 5), the twin event (bits 6-8) and whether a twin word starts
// (bit 9).
const COUNTED = 1 << 5;
const EVENT_SHIFT = 6;
const STARTS = 1 << 9;
const STEP = Int32Array.from({ length: C_NEXT.length * T_STATES * R_COUNT }, (_, x) => {
  const state = Math.floor(x / R_COUNT);
  const r = x % R_COUNT;
  const cs = Math.floor(state / T_STATES);
  const ts = state % T_STATES;
  const c = COUNT_CLASS[r]!;
  const t = TWIN_CLASS[r]!;
  return (
    (C_NEXT[cs]![c]! * T_STATES + T_NEXT[ts]![t]!) |
    (C_COUNTS[cs]![c]! ? COUNTED : 0) |
    (T_EVENT[ts]![t]! << EVENT_SHIFT) |
    (T_STARTS[ts]![t]! ? STARTS : 0)
  );
});
/** In a word for both automata: a letter changes nothing (skipped in a tighter loop). */
const BOTH_IN_LETTERS = 1 * T_STATES + T_LETTER;

export interface WordScan {
  /** The number of words as the report counts them. */
  readonly words: number;
  /**
   * The words followed by the same word in lower case (whatever lies between them), as the starts of both words:
   * [first0, second0, first1, second1, ...].
   */
  readonly twins: readonly number[];
}

let last: { text: string; scan: WordScan } | null = null;

/**
 * Both readings of `text`'s words, in one pass that branches only where a word starts or ends. The last text's is
 * kept: repeated-word asks for a document's prose, then the report for its word count.
 */
export function scanWords(text: string): WordScan {
  if (last !== null && last.text === text) return last.scan;
  const scan = { words: 0, twins: Object.freeze(scanText(text)) };
  scan.words = scanned;
  last = { text, scan };
  return scan;
}

/** The words counted by the last scanText. */
let scanned = 0;

/** The twins of `text` (the words counted in `scanned`): the scan itself, a function of its own for the optimiser. */
function scanText(text: string): number[] {
  const cls = classTableOfWords();
  const twins: number[] = [];
  const n = text.length;
  let words = 0;
  let ps = -1; // the previous word
  let pe = -1;
  let s = -1; // the start of the word being read
  let pf = 0; // the first code units of the previous word and of this one
  let f = 0;
  let state = 0;
  for (let i = 0; i < n; i++) {
    const at = i;
    const c = text.charCodeAt(i);
    let k = cls[c]!;
    if (k === R_SURROGATE) {
      const point = classAt(text, i);
      if (point !== 0) i++; // both halves of an astral code point
      k = classOfPoint(point);
    }
    const x = STEP[state * R_COUNT + k]!;
    state = x & 31;
    if (x & COUNTED) words++;
    if (x >= 1 << EVENT_SHIFT) {
      const event = (x >> EVENT_SHIFT) & 7;
      if (event !== 0) {
        // A word ended: here, or before the joiner at at - 1. Most neighbours differ in their first ASCII letter or
        // digit (`| 0x20` folds ASCII letters): told at once.
        const e = event === E_END ? at : at - 1;
        if (ps >= 0 && (pf >= 0x80 || f >= 0x80 || (pf | 0x20) === (f | 0x20)) && sameInLowerCase(text, ps, pe, s, e)) twins.push(ps, s);
        ps = s;
        pe = e;
        pf = f;
      }
      if (x & STARTS) {
        s = at;
        f = c;
      }
    }
    if (state === BOTH_IN_LETTERS) while (i + 1 < n && cls[text.charCodeAt(i + 1)] === R_LETTER) i++;
  }
  // The last word ends at the end of the text, or before a joiner there.
  const back = END_BACK[state % T_STATES]!;
  if (back >= 0 && ps >= 0 && sameInLowerCase(text, ps, pe, s, n - back)) twins.push(ps, s);
  scanned = words;
  return twins;
}

/** Per twin state at the end of a text (between words, letter, digit, joiner, . , : /): how far before its end the
 * last word ends (-1: no word is open). */
const END_BACK = Int8Array.from([-1, 0, 0, 1, 1]);


/** The words counted in text[start, end) (the count automaton alone, from between words). */
export function countWordsIn(text: string, start = 0, end = text.length): number {
  const cls = classTableOfWords();
  let words = 0;
  let state = 0;
  for (let i = start; i < end; i++) {
    let k = cls[text.charCodeAt(i)]!;
    if (k === R_SURROGATE) {
      const point = classAt(text, i);
      if (point !== 0) i++;
      k = classOfPoint(point);
    }
    const x = COUNT_STEP[state * R_COUNT + k]!;
    words += x >> 3;
    state = x & 7;
  }
  return words;
}

/**
 * The word count of `text`, which `prose` is with `masks` blanked out (a document's text and prose): the count of
 * the prose when a scan of it is at hand, corrected around the masks. Counts add up across a code unit that is no
 * part of any word, and the two strings differ only inside the masks: around each mask, from such a code unit
 * before it to one after it, the text's count replaces the prose's.
 */
export function countWordsOfText(text: string, prose: string, masks: readonly Span[]): number {
  if (last === null || last.text !== prose || prose.length !== text.length) return countWordsIn(text);
  if (prose === text) return last.scan.words;
  const cls = classTableOfWords();
  let words = last.scan.words;
  let regionEnd = 0;
  for (let m = 0; m < masks.length; m++) {
    let a = Math.max(masks[m]!.start, regionEnd);
    while (a > regionEnd && cls[text.charCodeAt(a - 1)] !== R_OTHER) a--;
    let b = Math.max(masks[m]!.end, a);
    while (b < text.length && cls[text.charCodeAt(b)] !== R_OTHER) b++;
    // Regions of neighbouring masks that touch are one region (the count of a region starts between words).
    while (m + 1 < masks.length && masks[m + 1]!.start <= b) {
      m++;
      b = Math.max(b, masks[m]!.end);
      while (b < text.length && cls[text.charCodeAt(b)] !== R_OTHER) b++;
    }
    words += countWordsIn(text, a, b) - countWordsIn(prose, a, b);
    regionEnd = b;
  }
  return words;
}

/**
 * Whether text[as, ae) and text[bs, be) are the same word in lower case, without lower-casing ASCII words (beyond
 * ASCII toLowerCase can change the length: `İ` becomes two code units).
 */
export function sameInLowerCase(text: string, as: number, ae: number, bs: number, be: number): boolean {
  const x0 = text.charCodeAt(as);
  const y0 = text.charCodeAt(bs);
  // ASCII first letters that differ in lower case: different words (most neighbours, decided at once).
  if (x0 < 0x80 && y0 < 0x80 && asciiLower(x0) !== asciiLower(y0)) return false;
  const n = ae - as;
  if (n === be - bs) {
    for (let k = 0; k < n; k++) {
      const x = text.charCodeAt(as + k);
      const y = text.charCodeAt(bs + k);
      if (x >= 0x80 || y >= 0x80) return text.slice(as, ae).toLowerCase() === text.slice(bs, be).toLowerCase();
      if (x !== y && asciiLower(x) !== asciiLower(y)) return false;
    }
    return true;
  }
  if (isAscii(text, as, ae) && isAscii(text, bs, be)) return false;
  return text.slice(as, ae).toLowerCase() === text.slice(bs, be).toLowerCase();
}

const asciiLower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);

function isAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

