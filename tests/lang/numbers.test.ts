import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFirst, formatDigits, formatNumericDate, monthNames, numberLocale, shiftDown, shiftUp, usesOrdinalDay } from '../../src/lang/numbers.js';

describe('numberLocale (CLDR)', () => {
  it('reads the symbols and patterns of the target languages', () => {
    const en = numberLocale('en')!;
    expect([en.decimal, en.group, en.percentSpace, en.currencyBefore, en.currencySpace]).toEqual(['.', ',', '', true, '']);
    const fr = numberLocale('fr')!;
    expect([fr.decimal, fr.group, fr.percentSpace, fr.currencyBefore, fr.currencySpace]).toEqual([',', '\u202f', '\u00a0', false, '\u00a0']);
    const de = numberLocale('de')!;
    expect([de.decimal, de.group, de.percentSpace]).toEqual([',', '.', '\u00a0']);
    expect(numberLocale('ru')!.group).toBe('\u00a0');
    expect(numberLocale('es')!.minimumGroupingDigits).toBe(2);
  });

  it('returns null for a language CLDR does not have, and for junk', () => {
    expect(numberLocale('zz')).toBeNull();
    expect(numberLocale('../x')).toBeNull();
  });

  it('knows the scale words, long and short, with their powers of ten', () => {
    const forms = (lang: string) => new Map(numberLocale(lang)!.scale.map((s) => [s.form, s.exp]));
    expect(forms('fr').get('milliards')).toBe(9);
    expect(forms('fr').get('billion')).toBe(12);
    expect(forms('de').get('Mrd.')).toBe(9);
    expect(forms('de').get('Billionen')).toBe(12);
    expect(forms('ru').get('млрд')).toBe(9);
    expect(forms('ru').get('трлн')).toBe(12);
    expect(forms('en').get('trillion')).toBe(12);
    expect(forms('es').get('mil millones')).toBe(9);
  });

  it('agrees the scale word with the number', () => {
    expect(numberLocale('fr')!.scaleWord(9, 1)).toBe('milliard');
    expect(numberLocale('fr')!.scaleWord(9, 2)).toBe('milliards');
    expect(numberLocale('de')!.scaleWord(9, 2.5)).toBe('Milliarden');
    expect(numberLocale('ru')!.scaleWord(9, 2)).toBe('миллиарда');
    expect(numberLocale('ru')!.scaleWord(9, 5)).toBe('миллиардов');
    expect(numberLocale('en')!.scaleWord(12, 11)).toBe('trillion');
  });
});

describe('formatDigits', () => {
  it('groups and separates as each language does', () => {
    expect(formatDigits('11000', '5', numberLocale('en')!)).toBe('11,000.5');
    expect(formatDigits('1234567', '', numberLocale('fr')!)).toBe('1\u202f234\u202f567');
    expect(formatDigits('1234567', '25', numberLocale('de')!)).toBe('1.234.567,25');
    expect(formatDigits('1200', '', numberLocale('es')!)).toBe('1200');
    expect(formatDigits('12000', '', numberLocale('es')!)).toBe('12.000');
    expect(formatDigits('007', '', numberLocale('en')!)).toBe('7');
  });

  it('writes what Intl.NumberFormat writes for the same value', () => {
    fc.assert(
      fc.property(fc.constantFrom('en', 'fr', 'de', 'ru', 'es'), fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 0, max: 99 }), (lang, int, f) => {
        const frac = f === 0 ? '' : String(f).padStart(2, '0').replace(/0$/, '');
        const intl = new Intl.NumberFormat(lang, { minimumFractionDigits: frac.length, maximumFractionDigits: frac.length }).format(Number(`${int}.${frac || 0}`));
        expect(formatDigits(String(int), frac, numberLocale(lang)!)).toBe(intl);
      }),
      { numRuns: 300 },
    );
  });
});

describe('shiftDown / shiftUp', () => {
  it('moves the decimal point exactly', () => {
    expect(shiftDown('11000', '', 3)).toEqual(['11', '']);
    expect(shiftDown('2500', '', 3)).toEqual(['2', '5']);
    expect(shiftDown('5', '', 3)).toEqual(['0', '005']);
    expect(shiftUp('1', '5', 3)).toEqual(['1500', '']);
    expect(shiftUp('1', '2345', 3)).toEqual(['1234', '5']);
  });

  it('round-trips', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{0,8}$/), fc.stringMatching(/^\d{0,4}[1-9]$|^$/), fc.constantFrom(3, 6, 9), (int, frac, exp) => {
        const [i, f] = shiftDown(int, frac, exp);
        expect(shiftUp(i, f, exp)).toEqual([int, frac]);
      }),
    );
  });
});

describe('dates (ICU)', () => {
  it('knows which languages write an ordinal day and which put the day first', () => {
    expect(usesOrdinalDay('de')).toBe(true);
    expect(usesOrdinalDay('en')).toBe(false);
    expect(usesOrdinalDay('fr')).toBe(false);
    expect(dayFirst('en')).toBe(false);
    expect(dayFirst('de')).toBe(true);
    expect(dayFirst('fr')).toBe(true);
  });

  it('names the months and writes numeric dates', () => {
    expect(monthNames('en')[0]).toBe('January');
    expect(monthNames('de')[2]).toBe('März');
    expect(formatNumericDate('de', 2025, 12, 31)).toBe('31.12.2025');
    expect(formatNumericDate('fr', 2025, 1, 5)).toBe('05/01/2025');
  });
});
