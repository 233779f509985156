import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/glossary/pattern-literals.js';

const lit = (p: string) => requiredLiterals(p)?.map((l) => (l.atStart ? `^${l.literal}` : l.literal)) ?? null;

describe('required literals of a pattern (the prefilter of the matcher)', () => {
  it('takes the leading run when it is long enough, else the longest run', () => {
    expect(lit('Giga[- ]?chat')).toEqual(['^Giga']);
    expect(lit('it is (?:a|the) question of')).toEqual(['^it is']);
    expect(lit('\\be[- ]?mails?\\b')).toEqual(['mail']);
    expect(lit('(?i)Zelensk(?:y|i|iy)')).toEqual(['^Zelensk']);
    expect(lit('[Kk]iev')).toEqual(['iev']);
  });

  it('drops a character made optional by ?, * or {0,n}, keeps one required by + or {n}', () => {
    expect(lit('colou?r')).toEqual(['^colo']);
    expect(lit('abcd*e')).toEqual(['^abc']);
    expect(lit('abcd{0,2}')).toEqual(['^abc']);
    expect(lit('ab+cde')).toEqual(['cde']);
    expect(lit('abc{2}')).toEqual(['^abc']);
  });

  it('gives one literal per top-level alternative, or null when one has none', () => {
    expect(lit('Kiev|Kyiv')).toEqual(['^Kiev', '^Kyiv']);
    expect(lit('Kiev|Ky')).toBeNull();
    expect(lit('(?:Kiev|Kyiv)an')).toBeNull();
    expect(lit('\\d+ bn')).toBeNull();
  });

  it('reads escapes, classes and groups without entering them', () => {
    expect(lit('U\\.S\\. Army')).toEqual(['^U.S. Army']);
    expect(lit('\\p{Lu}\\p{Ll}+ corp')).toEqual(['corp']);
    expect(lit('[a|b]xyz(c|d)')).toEqual(['xyz']);
    expect(lit('a\\x{e9}bcd')).toEqual(['bcd']);
  });
});
