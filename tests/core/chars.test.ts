import { describe, expect, it } from 'vitest';
import { classTable, LETTER, MARK, NUMBER } from '../../src/core/chars.js';
import { foldTable, latinOrDigitTable, SEP_DASH, SEP_SPACE, sepTable } from '../../src/glossary/normalize.js';

// The tables are built from regex scans of the whole BMP; these references test one code point at a time.
const surrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

function differences(table: ArrayLike<number>, expected: (c: number) => number): string[] {
  const out: string[] = [];
  for (let c = 0; c < 0x10000 && out.length < 5; c++) {
    const want = expected(c);
    if (table[c] !== want) out.push(`U+${c.toString(16).toUpperCase().padStart(4, '0')}: ${table[c]} (expected ${want})`);
  }
  return out;
}

describe('character tables', () => {
  it('classTable holds \\p{L}, \\p{N}, \\p{M} of every BMP code point, 0 for surrogates', () => {
    const expected = (c: number): number => {
      if (surrogate(c)) return 0;
      const ch = String.fromCharCode(c);
      return (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0) | (/\p{M}/u.test(ch) ? MARK : 0);
    };
    expect(differences(classTable(), expected)).toEqual([]);
  });

  it('foldTable folds case one code unit to one (İ -> i, ſ -> s, K -> k, final sigma, apostrophes), the rest unchanged', () => {
    const expected = (c: number): number => {
      if (c === 0x130) return 0x69;
      if (c === 0x3c2) return 0x3c3;
      if (c === 0x2019 || c === 0x02bc) return 0x27;
      if (surrogate(c) || c === 0x131) return c;
      const ch = String.fromCharCode(c);
      const upper = ch.toUpperCase();
      const viaUpper = upper.length === 1 ? upper.toLowerCase() : ch.toLowerCase();
      if (viaUpper.length === 1) return viaUpper.charCodeAt(0);
      return ch.toLowerCase().length === 1 ? ch.toLowerCase().charCodeAt(0) : c;
    };
    expect(differences(foldTable(), expected)).toEqual([]);
    expect(String.fromCharCode(foldTable()[0x17f]!, foldTable()[0x212a]!, foldTable()[0x41]!)).toBe('ska');
  });

  it('sepTable marks \\s as space and the hyphens and en dash as dash; latinOrDigitTable is Latin script or \\p{Nd}', () => {
    const sep = (c: number): number =>
      [0x2d, 0x2010, 0x2011, 0x2013].includes(c) ? SEP_DASH : !surrogate(c) && /\s/.test(String.fromCharCode(c)) ? SEP_SPACE : 0;
    expect(differences(sepTable(), sep)).toEqual([]);
    const latin = (c: number): number => (!surrogate(c) && /[\p{Script=Latin}\p{Nd}]/u.test(String.fromCharCode(c)) ? 1 : 0);
    expect(differences(latinOrDigitTable(), latin)).toEqual([]);
  });
});
