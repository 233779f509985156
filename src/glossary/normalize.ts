// Character tables shared by the matcher and the validator: a length-preserving case fold per UTF-16 code unit,
// the separator classes (whitespace, hyphen/en dash) and the word-character test for boundaries.
// Tables are built once, lazily, on first use (a few ms: regex scans of the BMP, see bmpString).
import { bmpString, classTable, markMatches } from '../core/chars.js';

/** The masking placeholder of the core (code, URLs, e-mails): never part of a match, never next to one. */
export const MASK_CODE = 0xe000;

/** Separator classes: 1 whitespace (incl. NBSP, U+202F, line breaks), 2 hyphen or en dash. 0 otherwise. */
export const SEP_SPACE = 1;
export const SEP_DASH = 2;

let fold: Uint16Array | null = null;
let sepClass: Uint8Array | null = null;
let blocking: Uint8Array | null = null;
let latinOrDigit: Uint8Array | null = null;

const WORDISH = /[\p{L}\p{N}\p{M}]/u;
// Hyphen-minus, hyphen, non-breaking hyphen, en dash. Not the em dash: it separates clauses, not words.
const DASHES = [0x2d, 0x2010, 0x2011, 0x2013];
// Apostrophes fold together so that `McDonald’s` matches `McDonald's`.
const APOSTROPHES = [0x2019, 0x02bc];

function build(): void {
  const f = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) f[c] = c;
  // Only the code points that change when lower- or upper-cased can fold to another one (a few thousand).
  for (const m of bmpString().matchAll(/[\p{Changes_When_Lowercased}\p{Changes_When_Uppercased}]/gu)) {
    const c = m.index;
    if (c === 0x131) continue; // dotless ı stays itself
    const ch = m[0];
    const lower = ch.toLowerCase();
    // Upper-then-lower catches the few letters whose lower case is not their fold (long s, Kelvin sign, micro sign).
    const upper = ch.toUpperCase();
    const viaUpper = upper.length === 1 ? upper.toLowerCase() : lower;
    if (viaUpper.length === 1) f[c] = viaUpper.charCodeAt(0);
    else if (lower.length === 1) f[c] = lower.charCodeAt(0);
  }
  const s = new Uint8Array(0x10000);
  markMatches(s, /\s/g, SEP_SPACE);
  // Word characters (\p{L}\p{N}\p{M}) come from the shared class table; a few more glue below.
  const classes = classTable();
  const b = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (classes[c] !== 0) b[c] = 1;
  f[0x130] = 0x69; // İ -> i (its lower case is two code units)
  f[0x3c2] = 0x3c3; // final sigma
  for (const a of APOSTROPHES) f[a] = 0x27;
  for (const d of DASHES) s[d] = SEP_DASH;
  b[0x5f] = 1; // underscore: identifiers
  b[0x60] = 1; // backtick: `code` in plain text
  b[MASK_CODE] = 1;
  fold = f;
  sepClass = s;
  blocking = b;
}

/** Case fold per code unit (length-preserving). */
export function foldTable(): Uint16Array {
  if (!fold) build();
  return fold!;
}

/** Separator class per code unit (SEP_SPACE, SEP_DASH or 0). */
export function sepTable(): Uint8Array {
  if (!sepClass) build();
  return sepClass!;
}

/** 1 for code units that glue to a match and so break a word boundary: \p{L}\p{N}\p{M}, `_`, backtick, U+E000. */
export function blockingTable(): Uint8Array {
  if (!blocking) build();
  return blocking!;
}

/** 1 for Latin letters and decimal digits (a form ending in one may take an English possessive or plural). */
export function latinOrDigitTable(): Uint8Array {
  if (!latinOrDigit) {
    const t = new Uint8Array(0x10000);
    markMatches(t, /[\p{Script=Latin}\p{Nd}]+/gu, 1);
    latinOrDigit = t;
  }
  return latinOrDigit;
}

/** Whether the code unit at `i` belongs to a word (or a mask) for boundary purposes; false outside the text. */
export function wordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    const cp = text.codePointAt(c >= 0xdc00 ? i - 1 : i);
    return cp !== undefined && cp > 0xffff && WORDISH.test(String.fromCodePoint(cp));
  }
  return blockingTable()[c] === 1;
}

/**
 * Separator-normalised form: leading/trailing separators removed, every run of whitespace and hyphens/en dashes
 * replaced by one space, apostrophes unified. Case is kept.
 */
export function normalizeSeparators(s: string): string {
  const sep = sepTable();
  if (isNormal(s, sep)) return s;
  let out = '';
  let pending = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (sep[c]) {
      pending = out.length > 0;
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += c === 0x2019 || c === 0x02bc ? "'" : s[i];
  }
  return out;
}

/** Whether normalizeSeparators would return `s` unchanged: single spaces between words only, no ’ or ʼ. */
function isNormal(s: string, sep: Uint8Array): boolean {
  if (s.length === 0) return true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2019 || c === 0x02bc) return false;
    if (sep[c] && (c !== 0x20 || i === 0 || i === s.length - 1 || sep[s.charCodeAt(i + 1)])) return false;
  }
  return true;
}

/** Case-folded string, code unit by code unit (same length). */
export function foldString(s: string): string {
  const f = foldTable();
  let i = 0;
  while (i < s.length && f[s.charCodeAt(i)] === s.charCodeAt(i)) i++;
  if (i === s.length) return s; // already folded: the common case, no new string
  // ASCII: folding is lower-casing (native, no array of units).
  let ascii = true;
  for (let k = i; k < s.length && ascii; k++) ascii = s.charCodeAt(k) < 0x80;
  if (ascii) return s.toLowerCase();
  const units = new Uint16Array(s.length);
  for (let k = 0; k < s.length; k++) units[k] = f[s.charCodeAt(k)]!;
  return String.fromCharCode(...units);
}

/** The key a literal form is matched by: separators normalised, case folded. */
export function formKey(s: string): string {
  return foldString(normalizeSeparators(s));
}
