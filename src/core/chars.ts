// The Unicode classes words are made of (\p{L}, \p{N}, \p{M}), per code point, for scanners that read a text code
// unit by code unit: running a regex once per word costs far more than the few characters the word has.
// The classes of the BMP are in a table built once, on first use (a few ms); astral code points ask a regex.

export const LETTER = 1;
export const NUMBER = 2;
export const MARK = 4;

let table: Uint8Array | null = null;
let bmp: string | null = null;

/**
 * Every BMP code unit in order, the surrogates replaced by U+0000, so that a match at index i is code point i:
 * tables of Unicode properties are built from a few regex scans of it rather than a test per code point.
 */
export function bmpString(): string {
  if (bmp === null) {
    const units = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 0 : c;
    let out = '';
    for (let c = 0; c < 0x10000; c += 0x1000) out += String.fromCharCode(...units.subarray(c, c + 0x1000));
    bmp = out;
  }
  return bmp;
}

/** Or-s `value` into `t` at every BMP code point that the global regex `re` matches. */
export function markMatches(t: Uint8Array, re: RegExp, value: number): void {
  for (const m of bmpString().matchAll(re)) for (let k = m.index; k < m.index + m[0].length; k++) t[k]! |= value;
}

function build(): Uint8Array {
  const t = new Uint8Array(0x10000);
  markMatches(t, /\p{L}+/gu, LETTER);
  markMatches(t, /\p{N}+/gu, NUMBER);
  markMatches(t, /\p{M}+/gu, MARK);
  return t;
}

function classOf(ch: string): number {
  return (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0) | (/\p{M}/u.test(ch) ? MARK : 0);
}

/** The class table of the BMP (LETTER | NUMBER | MARK per code unit; 0 for surrogates), shared by every scanner. */
export function classTable(): Uint8Array {
  return (table ??= build());
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The classes of the code point that starts at `i` (0 past the end and for a lone surrogate). */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return (table ??= build())[c] ?? 0; // NaN past the end: 0
  return isHigh(c) && isLow(text.charCodeAt(i + 1)) ? classOf(text.slice(i, i + 2)) : 0;
}

/** The classes of the code point that ends at `i` (0 at the start and for a lone surrogate). */
export function classBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const c = text.charCodeAt(i - 1);
  if (c < 0xd800 || c > 0xdfff) return (table ??= build())[c]!;
  return isLow(c) && i >= 2 && isHigh(text.charCodeAt(i - 2)) ? classOf(text.slice(i - 2, i)) : 0;
}

/** The length in code units (1 or 2) of the code point that starts at `i`. */
export function sizeAt(text: string, i: number): number {
  return isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** The start of the first code point at or after `i` that has one of the `classes` (text.length when none has). */
export function nextWith(text: string, i: number, classes: number): number {
  const t = (table ??= build());
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) {
      if ((t[c]! & classes) !== 0) return i;
      i++;
    } else if ((classAt(text, i) & classes) !== 0) return i;
    else i += sizeAt(text, i);
  }
  return i;
}

/** The end of the run of code points from `i` that have one of the `classes`. */
export function runEnd(text: string, i: number, classes: number): number {
  const t = (table ??= build());
  for (;;) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) {
      if (((t[c] ?? 0) & classes) === 0) return i; // NaN past the end: 0
      i++;
    } else if ((classAt(text, i) & classes) !== 0) i += 2;
    else return i;
  }
}

