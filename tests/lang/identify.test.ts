import { describe, expect, it } from 'vitest';
import { detectTargetLanguage, identify } from '../../src/lang/identify.js';

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
