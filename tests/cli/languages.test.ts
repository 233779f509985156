// --lang auto (the default) and the inferred source language in the JSON report.
import { describe, expect, it } from 'vitest';
import { mtlint } from './helpers.js';

interface FileReport {
  language: string;
  sourceLanguage: string | null;
  sourceLanguageEvidence: number | null;
  findings: { ruleId: string }[];
}
const fileOf = (stdout: string): FileReport => (JSON.parse(stdout) as { files: FileReport[] }).files[0]!;

const FRENCH_ARTICLE =
  'La région a présenté mardi son plan pour les lignes rurales. Les travaux commenceront au printemps et dureront deux ans, ' +
  'selon le président du conseil régional, qui promet des trains toutes les heures.\n';
const ENGLISH_FROM_FRENCH =
  'The region presented its plan on Tuesday : the works will start in spring ! Why now ? ' +
  '« We waited too long », said the president of the regional council. Traffic rose by 3,5 % last year.\n';
const EDITED_ENGLISH = 'The region presented its plan on Tuesday. Works start in spring, and trains will run every hour.\n';

describe('--lang auto and the source language', () => {
  it('identifies a French article without --lang and reports the language it used', () => {
    const f = fileOf(mtlint(['check', '--format', 'json', '-'], { input: FRENCH_ARTICLE }).stdout);
    expect(f.language).toBe('fr');
    // English-only rules do not run on it: no English spacing finding on French typography.
    expect(f.findings.filter((x) => x.ruleId === 'space-before-punctuation')).toEqual([]);
  });
  it('infers the source language of an English article written from French, with its evidence', () => {
    const f = fileOf(mtlint(['check', '--format', 'json', '-'], { input: ENGLISH_FROM_FRENCH }).stdout);
    expect(f).toMatchObject({ language: 'en', sourceLanguage: 'fr' });
    expect(f.sourceLanguageEvidence).toBeGreaterThanOrEqual(3);
  });
  it('reports no source for edited English, and the declared one with null evidence', () => {
    expect(fileOf(mtlint(['check', '--format', 'json', '-'], { input: EDITED_ENGLISH }).stdout)).toMatchObject({
      language: 'en',
      sourceLanguage: null,
      sourceLanguageEvidence: 0,
    });
    const declared = fileOf(mtlint(['check', '--format', 'json', '--lang', 'en', '--source-lang', 'de', '-'], { input: ENGLISH_FROM_FRENCH }).stdout);
    expect(declared).toMatchObject({ language: 'en', sourceLanguage: 'de', sourceLanguageEvidence: null });
  });
  it('names French for a French sentence left in a short English article, the article staying English', () => {
    const text =
      'The minister presented the plan on Tuesday in Paris. Il s’agit d’une étape décisive pour toute la filière automobile française. The unions were not consulted.\n';
    const out = JSON.parse(mtlint(['check', '--format', 'json', '--locale', 'en', '-'], { input: text }).stdout) as {
      files: { language: string; findings: { ruleId: string; text: string; message: string }[] }[];
    };
    const f = out.files[0]!;
    expect(f.language).toBe('en');
    expect(f.findings.filter((x) => x.ruleId === 'untranslated-segment').map((x) => [x.text, x.message])).toEqual([
      ['Il s’agit d’une étape décisive pour toute la filière automobile française.', 'This sentence is in French: it was left untranslated.'],
    ]);
  });
  it('--lang still overrides, and a bad language code is a usage error', () => {
    expect(fileOf(mtlint(['check', '--format', 'json', '--lang', 'en', '-'], { input: FRENCH_ARTICLE }).stdout).language).toBe('en');
    const bad = mtlint(['check', '--lang', 'french', '-'], { input: FRENCH_ARTICLE });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('mtlint: --lang: "french" is not accepted; accepted values: auto, en, fr, de, ru, es\n');
  });
});
