// --lang auto (the default) and the inferred source language in the JSON report.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inProcess, join, mtlint, tempDir } from './helpers.js';

interface FileReport {
  language: string;
  languageConfidence: 'high' | 'low' | null;
  sourceLanguage: string | null;
  sourceLanguageEvidence: number | null;
  findings: { ruleId: string; severity: string }[];
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
  it('identifies a French article without --lang and reports the language it used', async () => {
    const f = fileOf((await inProcess(['check', '--format', 'json', '-'], { input: FRENCH_ARTICLE })).stdout);
    expect(f).toMatchObject({ language: 'fr', languageConfidence: 'high' });
    // English-only rules do not run on it: no English spacing finding on French typography.
    expect(f.findings.filter((x) => x.ruleId === 'space-before-punctuation')).toEqual([]);
  });
  it('infers the source language of an English article written from French, with its evidence', async () => {
    const f = fileOf((await inProcess(['check', '--format', 'json', '-'], { input: ENGLISH_FROM_FRENCH })).stdout);
    expect(f).toMatchObject({ language: 'en', sourceLanguage: 'fr' });
    expect(f.sourceLanguageEvidence).toBeGreaterThanOrEqual(3);
  });
  it('reports no source for edited English, and the declared one with null evidence', async () => {
    expect(fileOf((await inProcess(['check', '--format', 'json', '-'], { input: EDITED_ENGLISH })).stdout)).toMatchObject({
      language: 'en',
      sourceLanguage: null,
      sourceLanguageEvidence: 0,
    });
    const declared = fileOf((await inProcess(['check', '--format', 'json', '--lang', 'en', '--source-lang', 'de', '-'], { input: ENGLISH_FROM_FRENCH })).stdout);
    expect(declared).toMatchObject({ language: 'en', languageConfidence: 'high', sourceLanguage: 'de', sourceLanguageEvidence: null });
  });
  it('names French for a French sentence left in a short English article, the article staying English', async () => {
    const text =
      'The minister presented the plan on Tuesday in Paris. Il s’agit d’une étape décisive pour toute la filière automobile française. The unions were not consulted.\n';
    const out = JSON.parse((await inProcess(['check', '--format', 'json', '--locale', 'en', '-'], { input: text })).stdout) as {
      files: { language: string; findings: { ruleId: string; text: string; message: string }[] }[];
    };
    const f = out.files[0]!;
    expect(f.language).toBe('en');
    expect(f.findings.filter((x) => x.ruleId === 'untranslated-segment').map((x) => [x.text, x.message])).toEqual([
      ['Il s’agit d’une étape décisive pour toute la filière automobile française.', 'This sentence is in French: it was left untranslated.'],
    ]);
  });
  it('--lang still overrides, and a bad language code is a usage error', async () => {
    expect(fileOf((await inProcess(['check', '--format', 'json', '--lang', 'en', '-'], { input: FRENCH_ARTICLE })).stdout).language).toBe('en');
    const bad = (await inProcess(['check', '--lang', 'french', '-'], { input: FRENCH_ARTICLE }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('mtlint: --lang: "french" is not accepted; accepted values: auto, en, fr, de, ru, es\n');
  });
});

// Texts on which a second `fix` used to change more: three French cues against three Russian ones leave the source
// unknown until the French ones are fixed, and then the Russian name glossary applies (`Кремль`); a Spanish
// boilerplate line and English prose decide differently once the boilerplate is deleted.
const MIXED: [string, string][] = [
  ['kremlin.txt', 'The minister asked : why now ? Nobody knows ! The agency ТАСС quoted the Кремль spokesman Пресков on the talks.\n'],
  ['sovereignty.md', "## Questions of sovereignty\nSíguenos en WhatsApp « y en » Google Noticias \"para no\" perderte ninguna novedad.\nAt the level of the Paris region, the regional trains and the RER lines should be less affected, although some interruptions are expected on line D. The traffic. will be communicated line line by line the day before at 5 p.m."],
];

describe('languages across runs and in the report', () => {
  it('fix on the output of fix, in a second process, changes nothing', () => {
    const d = tempDir();
    mkdirSync(join(d, 'in'));
    for (const [name, text] of MIXED) writeFileSync(join(d, 'in', name), text);
    expect(mtlint(['fix', join(d, 'in'), '--out-dir', join(d, 'once')]).code).not.toBe(2);
    expect(mtlint(['fix', join(d, 'once'), '--out-dir', join(d, 'twice')]).code).not.toBe(2);
    for (const [name, text] of MIXED) {
      const once = readFileSync(join(d, 'once', name), 'utf8');
      expect(once, name).not.toBe(text);
      expect(readFileSync(join(d, 'twice', name), 'utf8'), name).toBe(once);
    }
  });

  it('reports languageConfidence: low for a guess, high for a short text whose words tell, null on error', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'credit.txt'), 'Credit: Jean Dupont / AFP\n');
    writeFileSync(join(d, 'headline.txt'), 'Opinion: Why Europe needs cheaper trains\n');
    const { stdout } = (await inProcess(['check', '--format', 'json', 'credit.txt', 'headline.txt', 'missing.txt'], { cwd: d }));
    const files = Object.fromEntries((JSON.parse(stdout) as { files: (FileReport & { path: string })[] }).files.map((f) => [f.path, f]));
    expect(files['credit.txt']!.languageConfidence).toBe('low');
    // On the guess, nothing is above minor.
    expect(files['credit.txt']!.findings.every((f) => f.severity === 'minor' || f.severity === 'info')).toBe(true);
    expect(files['headline.txt']).toMatchObject({ language: 'en', languageConfidence: 'high', findings: [] });
    expect(files['missing.txt']!.languageConfidence).toBeNull();
  });
});
