import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, Hunspell, isCommonName, lexicon, SortedList } from '../../src/lang/lexicon.js';

describe('SortedList', () => {
  it('finds exactly the words of a sorted JSON array', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-zé-]{1,6}$/), { maxLength: 40 }), fc.array(fc.stringMatching(/^[a-zé-]{0,6}$/)), (words, probes) => {
        const sorted = [...words].sort();
        const list = new SortedList(JSON.stringify(sorted));
        for (const w of [...sorted, ...probes]) expect(list.has(w), w).toBe(sorted.includes(w));
      }),
    );
  });
});

describe('Hunspell', () => {
  const aff = [
    'SET UTF-8',
    'ONLYINCOMPOUND c',
    'PFX U Y 1',
    'PFX U   0     un         .',
    'SFX D Y 3',
    'SFX D   0     d          e',
    'SFX D   y     ied        [^aeiou]y',
    'SFX D   0     ed         [^ey]',
    'SFX S Y 1',
    'SFX S   0     s          .',
  ].join('\n');
  const dic = ['4', 'walk/DS', 'carry/DU', 'bake/D', 'Paris', '1th/c'].join('\n');
  const h = new Hunspell(aff, [dic, '1\nwalk/U']);

  it('knows stems and their affixed forms', () => {
    for (const w of ['walk', 'walked', 'walks', 'carried', 'uncarried', 'baked', 'Paris', 'unwalk']) expect(h.has(w), w).toBe(true);
  });
  it('refuses forms the flags or conditions do not allow', () => {
    for (const w of ['bakes', 'carryed', 'bakeed', 'unbaked', 'paris', '1th', 'walkeds']) expect(h.has(w), w).toBe(false);
  });
});

describe('lexicons', () => {
  it('English: US and British spellings and their inflections, case-sensitive', () => {
    const en = lexicon('en')!;
    for (const w of ['walked', 'happiest', 'unhappiness', 'colour', 'organisation', 'color', 'children', 'Germany']) expect(en.core(w), w).toBe(true);
    for (const w of ['également', 'germany', 'und', 'semaine']) expect(en.core(w), w).toBe(false);
    // The Scrabble list: rare and loan words.
    expect(en.has('aardvark')).toBe(true);
    expect(en.has('savannah')).toBe(true);
  });
  it('French, Spanish (looked up without accents), German, Italian', () => {
    expect(lexicon('fr')!.has('également')).toBe(true);
    expect(lexicon('fr')!.has('lui-même')).toBe(true);
    expect(lexicon('es')!.has('también')).toBe(true);
    expect(lexicon('es')!.has('aceite')).toBe(true);
    expect(lexicon('de')!.has('plötzlich')).toBe(true);
    expect(lexicon('it')!.has('velocemente')).toBe(true);
    expect(lexicon('fr')!.has('xqzw')).toBe(false);
  });
  it('ranks common words', () => {
    const fr = lexicon('fr')!;
    expect(fr.rank('pour')).toBeLessThan(fr.rank('semaine'));
    expect(fr.common('semaine')).toBe(true);
    expect(fr.rank('xqzw')).toBe(Infinity);
    expect(lexicon('de')!.common('nicht')).toBe(true);
  });
  it('has no lexicon for Russian or unknown languages', () => {
    expect(lexicon('ru')).toBeNull();
    expect(lexicon(null)).toBeNull();
  });
  it('knows common first and last names', () => {
    for (const w of ['smith', 'jean', 'müller', 'welch']) expect(isCommonName(w), w).toBe(true);
    expect(isCommonName('semaine')).toBe(false);
  });
  it('folds case and accents', () => {
    expect(fold('Également')).toBe('egalement');
    expect(fold('Mañana')).toBe('manana');
  });
});
