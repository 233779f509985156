import { describe, expect, it } from 'vitest';
import { inferSource, MIN_EVIDENCE } from '../../src/lang/source.js';
import { GlossaryMatcher } from '../../src/glossary/matcher.js';
import type { Glossary, GlossaryEntry } from '../../src/glossary/types.js';

const FROM_FRENCH =
  'The minister was clear : the plan will go ahead ! Unions asked why ? « We were not consulted », said their leader. ' +
  'Prices rose by 3,5 % in a year.';
const FROM_GERMAN = 'The operator expects 25.000 passengers from 1. March. „A clear signal“, said the mayor. The 40.000 seats are sold.';
const FROM_RUSSIAN = 'The bank said «the model is ready». Analysts call it команда of the year. The «Arctic» route reopened.';
const CLEAN =
  'The race starts at 10:30 a.m. and the odds are 3:1. “We trained for months,” she said; the record is 2:08:15. Tickets cost $25 and 1,200 runners signed up.';

describe('source-language inference', () => {
  it('recognises French, German and Russian habits in English', () => {
    expect(inferSource(FROM_FRENCH, 'en')).toMatchObject({ lang: 'fr' });
    expect(inferSource(FROM_GERMAN, 'en')).toMatchObject({ lang: 'de' });
    expect(inferSource(FROM_RUSSIAN, 'en')).toMatchObject({ lang: 'ru' });
  });
  it('stays unknown on edited English and on thin evidence', () => {
    expect(inferSource(CLEAN, 'en')).toMatchObject({ lang: null, evidence: 0 });
    const thin = inferSource('He asked : why?', 'en');
    expect(thin.lang).toBeNull();
    expect(thin.evidence).toBeLessThan(MIN_EVIDENCE);
  });
  it('counts one habit at most three times, and wants twice the runner-up', () => {
    expect(inferSource('A ; b ; c ; d ; e ; f ; g ; h ; i ;', 'en')).toMatchObject({ lang: 'fr', evidence: 3 });
    // French spacing three times and Cyrillic words three times: too close to call.
    const mixed = 'a : b ! c ? and then слово, слово, слово';
    expect(inferSource(mixed, 'en')).toMatchObject({ lang: null, counts: { fr: 3, ru: 3 } });
    // With Russian guillemets as well, Russian has twice the evidence.
    expect(inferSource(`${mixed} «Один» «два» «три»`, 'en').lang).toBe('ru');
  });
  it('reads English habits in other targets, not the target’s own conventions', () => {
    const fr = 'Le chiffre d’affaires atteint 2 billions d’euros, en hausse de 3.5 %. “C’est historique”, dit le PDG.';
    expect(inferSource(fr, 'fr')).toMatchObject({ lang: 'en' });
    const frOk = 'Le ministre a été clair : le plan sera appliqué ! « Nous n’avons pas été consultés », a dit le syndicat.';
    expect(inferSource(frOk, 'fr').lang).toBeNull();
  });
  it('counts wrong forms of glossaries bound to one source language', () => {
    const entry = (term: string, variants: string[], category: GlossaryEntry['category']): GlossaryEntry => ({
      term, variants, patterns: [], case: 'insensitive', category, severity: 'minor', fix: 'suggest',
      alternatives: [], source: {}, note: null, line: 0, index: 0,
    });
    const g = (name: string, sourceLanguages: string[], entries: GlossaryEntry[]): Glossary => ({
      name, description: null, language: 'en', sourceLanguages, entries: entries.map((e, index) => ({ ...e, index })), file: `${name}.yaml`,
    });
    const m = GlossaryMatcher.compile([
      g('names.de-en', ['de'], [entry('Munich', ['München'], 'name'), entry('Cologne', ['Köln'], 'name')]),
      g('calques.de-en', ['de'], [entry('for ten years', ['since ten years'], 'calque')]),
    ]);
    const text = 'Since ten years the firm from München has grown; its Köln branch opened in 2019.';
    const r = inferSource(text, 'en', m.match(text, { allTerms: false }));
    expect(r).toMatchObject({ lang: 'de' });
    expect(r.counts.de).toBe(3);
  });
});

describe('source-language inference: words left in the source language', () => {
  it('counts lower-case function words of another language, two per piece of evidence', () => {
    const es =
      'The harvest fell by a third. Según los productores, la sequía es la peor desde 1995 y los precios subirán para todos. ' +
      'Thousands of 5.000-litre tanks stood empty. Las cooperativas piden ayudas que lleguen antes del verano.';
    const r = inferSource(es, 'en');
    expect(r.lang).toBe('es');
    expect(r.counts.es).toBeGreaterThan(r.counts.de ?? 0);
    // Names and capitalised words are not leftovers; English words that look foreign (`die`, `con`) are not counted.
    expect(inferSource('Los Angeles and Des Moines voted; the con artist did not die.', 'en').lang).toBeNull();
  });
});
