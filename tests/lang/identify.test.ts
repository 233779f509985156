import { describe, expect, it } from 'vitest';
import { detectTargetLanguage, evidenceOf, identify, identifyTarget } from '../../src/lang/identify.js';
import { wordEvidence } from '../../src/lang/vocabulary.js';

const PARAGRAPHS: Record<string, string> = {
  en: 'The regional council approved on Tuesday a plan to reopen the two rural railway lines closed since the floods of last spring.',
  fr: 'Le conseil régional a approuvé mardi un plan pour rouvrir les deux lignes ferroviaires rurales fermées depuis les inondations du printemps dernier.',
  de: 'Der Regionalrat hat am Dienstag einen Plan gebilligt, die beiden ländlichen Bahnstrecken wieder zu öffnen, die seit dem Hochwasser im Frühjahr geschlossen sind.',
  ru: 'Региональный совет во вторник одобрил план возобновить движение на двух сельских железнодорожных линиях, закрытых после весеннего наводнения.',
  es: 'El consejo regional aprobó el martes un plan para reabrir las dos líneas ferroviarias rurales cerradas desde las inundaciones de la primavera pasada.',
};

describe('language identification', () => {
  it('names the language of a paragraph among the targets', () => {
    for (const [lang, text] of Object.entries(PARAGRAPHS)) expect(detectTargetLanguage(text), lang).toBe(lang);
  });
  it('falls back to English on text too short to judge, and skips masked code', () => {
    expect(detectTargetLanguage('Merci !')).toBe('en');
    expect(detectTargetLanguage('')).toBe('en');
    expect(detectTargetLanguage(`${'\uE000'.repeat(500)} ${PARAGRAPHS.de}`)).toBe('de');
  });
  it('reports the runner-up, and only among the candidates given', () => {
    const r = identify(PARAGRAPHS.fr!);
    expect(r?.lang).toBe('fr');
    expect(r!.runnerUp).toBeLessThan(1);
    expect(identify(PARAGRAPHS.fr!, ['en', 'de'])?.lang).not.toBe('fr');
    expect(identify('abc')).toBeNull();
  });
});

describe('short texts: words, script and letters', () => {
  it('identifies a headline from its words where trigrams say French', () => {
    expect(identify('Sign up for our newsletter', ['en', 'fr', 'de', 'ru', 'es'])?.lang).toBe('fr');
    expect(identifyTarget('Sign up for our newsletter')).toEqual({ lang: 'en', confidence: 'high' });
    expect(identifyTarget('Lire la suite')).toEqual({ lang: 'fr', confidence: 'high' });
    expect(identifyTarget('Passwort vergessen?')).toEqual({ lang: 'de', confidence: 'high' });
    expect(identifyTarget('Leer más')).toEqual({ lang: 'es', confidence: 'high' });
  });
  it('Cyrillic script is Russian, even in two words', () => {
    expect(identifyTarget('Читать далее')).toEqual({ lang: 'ru', confidence: 'high' });
    expect(identifyTarget('ТАСС')).toEqual({ lang: 'ru', confidence: 'low' });
  });
  it('names, acronyms and words in capitals weigh nothing; a capitalised word inside a sentence half', () => {
    expect(wordEvidence('Jean Dupont / AFP MADRID').words).toBe(0);
    expect(wordEvidence('Jean Dupont / AFP MADRID').margin).toBe(0);
    expect(wordEvidence('the Lefèvre')).toEqual(wordEvidence('the'));
    // `Passwort` starting a sentence is a word; inside one, maybe a name (`x` is no word of any list).
    expect(wordEvidence('x Passwort').margin).toBeCloseTo(wordEvidence('Passwort').margin / 2, 5);
    // A repeated word is one piece of evidence.
    expect(wordEvidence('the the the the').margin).toBe(wordEvidence('the').margin);
  });
  it('keeps franc’s guess with low confidence when the words do not tell, English when nothing does', () => {
    expect(identifyTarget('Credit: Jean Dupont / AFP')).toEqual({ lang: 'fr', confidence: 'low' });
    expect(identifyTarget('MADRID, June 4 (AP)').confidence).toBe('low');
    expect(identifyTarget('12:30 — 14:00')).toEqual({ lang: 'en', confidence: 'low' });
    expect(identifyTarget('')).toEqual({ lang: 'en', confidence: 'low' });
  });
  it('a short text of several sentences goes with the language of most of its letters', () => {
    const text = 'The minister presented the plan on Tuesday in Paris. Il s’agit d’une étape décisive pour toute la filière automobile française. The unions were not consulted.';
    expect(identifyTarget(text)).toEqual({ lang: 'en', confidence: 'high' });
  });
  it('reads invisible characters and no-break spaces as rendered: fixing them does not move the evidence', () => {
    expect(evidenceOf('news\u00adletter\u200b sign\u00a0up \uE000\uE000 x')).toBe('newsletter sign up   x');
    expect(identifyTarget('Sign up for our news\u00adletter\u00a0today')).toEqual(identifyTarget('Sign up for our newsletter today'));
  });
  it('longer texts: franc on the sentences, high confidence', () => {
    for (const [lang, text] of Object.entries(PARAGRAPHS)) expect(identifyTarget(`${text} ${text} ${text}`), lang).toEqual({ lang, confidence: 'high' });
  });
});

