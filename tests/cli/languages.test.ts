// --lang auto (the default) and the inferred source language in the JSON report.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/cli.js';
import { join, mtlint, tempDir } from './helpers.js';

/** The CLI in this process (its output collected), for the tests that need no second process. */
async function inProcess(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await run(args, { stdout: (s) => (out += s), stderr: () => {}, stdin: () => Buffer.alloc(0), env: {}, isTTY: false });
  return { code, out };
}

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
    expect(bad.stderr).toMatch(/--lang: "french" is not a language code/);
  });
});

// Mixed texts (corpus lines with artefacts) on which a second `fix` used to change more: the source inferred on the
// cleaned text differed (`25.000` -> `25,000`, guillemets -> English quotes), or the language did.
const MIXED: [string, string][] = [
  ["t101.txt", "\ufeff> Photo: \u00ab María López López \u00bb / EFE\r\n\r\nNot everyone is celebrating. Small producers complain that the prices paid at origin have fallen faster than the prices on the shelf . The farmers' union staged a protest in Jaén on Tuesday under the slogan \u201cSin agua no hay futuro\u201d (\u201cNo water, no future\u201d), recalling that many olive groves still depend on irrigation. Es una buena cosecha, pero no resuelve el problema del agua, said Poutine (25.000 people).\r\n\r\n- 3. Faster image processing (roughly 40% faster on the project\u2019s benchmark benchmark).\r\n\r\nThe strike notice covers for the moment only this weekend. The\u00a0unions do not exclude renewing it \ud83d\udc4d\ud83c\udffd in July, at the depar\u00adture on holid\u00adays."],
  ["t161.txt", "\ufeffThe company also said that from next year it would stop answering sellers' questions on WhatsApp and move its support to its own messenger.\nDeutsche Bahn clearly missed its punctuality targets in the past year as well. Only 62,5 percent\u00a0of the ICE and IC trains reached their destination with less than six minutes of delay, as the group announced on Tuesday in Berlin. In the previous year the value still lay at 64 percent.\nLes pêcheurs bretons restent toutefois méfiants. \u00abCes machines ne voient pas nos casiers\u00bb , regrette un patron pêcheur de\u200b Roscoff , qui réclame des  zones d\u2019exclusion autour des filets. Un autre résume\u00a0: \u00ab On nous promet la sécurité, mais qui paiera les dégâts ? \u00bb\nDes drones marins britanniques vont cartographier les fonds de la Manche\nThe Larch project shipped version 3.2 on Tuesday at 14:30 UTC, its first release since the maintainers moved to a four-month cycle. The headline feature is incremental builds, which the team says make rebuilds up to 20 times faster\u00a0on large sites\u2026 well, on *most* large sites : why ?"],
  ["t195.txt", "Les  pêcheurs bretons restent toutefois méfiants. \u00abCes machines ne voient pas nos casiers\u00bb, regrette un patron pêcheur de Roscoff , qui réclame des zones d\u2019exclusion autour des filets. Un autre résume\u00a0: \u00ab On nous promet la séc\u00adurité, mais qui paiera les dégâts ? \u00bb\nThe unions denounce a degradation of working conditions and demand a bonus of 300 euros. For the CGT-Cheminots, it is \" a strike of the last resort \", after months of negotiations without result. \u00ab\u00a0We have warned the direction since January\u00a0\u00bb, declares its general secretary on the radio.\nThe launch was broadcast live on the channel of the state cor\u00adporation ( ). It was the fifth launch from Vostochny this year. Earlier the head of the state corporation declared that by 2030 the number of launches from the cosmodrome must grow two times, and that the infrastructure for the heavy Angara-A5 rocket will be completed in  the coming years said Пресков.\n- the answers cite the legal text on which they rely.\n"],
  ["t30.txt", "The government approved a plan for the development of the route until 2035, the financing of which is estimated at almost 2 trillion rubles. The largest part of the means will be directed at the construction of the fleet, including four more icebreakers and a series of container ships of high ice class.\r\n\r\nEl alcalde de la localidad, que ya ha recibido a los directivos de la empresa, pide que el agua \u00abllegue antes al \ud83c\uddeb\ud83c\uddf7 campo que a los hoteles\u00bb  : why ?\r\n\r\n1. When the Harbourside Jazz Festival began in 1995, after five years of Friday club nights at the Anchor (1990\u20131995), it was a single stage, a borrowed sound system and, as co-founder Dermot O\u2019Neill likes to say, \u201cmore enthusiasm than sense.\u201d Thirty years later the festival fills six venues \"over four\" days, and this year\u2019s programme, announced on Monday, leans heavily on the \u201990s (25.000 people).\r\n\r\nAccording to Gorelov, the reaction of Kiev only shows\u00a0that the law goes in the right direction. Analysts in Kyiv, on the contrary, believe that the Russian market will simply become less attractive for foreign \u00ad brands, and that Zelensky will use the law as an argument for new sanctions.\r\n"],
  ["t60.md", "## Questions\u00a0of sovereignty\nSíguenos en WhatsApp \u00ab y en \u00bb Google Noticias \"para no\" perderte ninguna novedad.\nAt the level of the Paris region, the regional trains and the RER lines should be less affected, although some interruptions are expected on line D. The traffic. will be communicated line line by line the day before at 5 p.m."],

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

  it('reports languageConfidence: high for an article or a declared language, low for a guess, null on error', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'article.txt'), FRENCH_ARTICLE);
    writeFileSync(join(d, 'credit.txt'), 'Credit: Jean Dupont / AFP\n');
    writeFileSync(join(d, 'headline.txt'), 'Opinion: Why Europe needs cheaper trains\n');
    const files = (stdout: string) => Object.fromEntries((JSON.parse(stdout) as { files: (FileReport & { path: string })[] }).files.map((f) => [f.path, f]));
    const at = (name: string) => join(d, name);
    const auto = files((await inProcess(['check', '--format', 'json', at('article.txt'), at('credit.txt'), at('headline.txt'), at('missing.txt')])).out);
    expect(auto[at('article.txt')]).toMatchObject({ language: 'fr', languageConfidence: 'high' });
    expect(auto[at('credit.txt')]!.languageConfidence).toBe('low');
    expect(auto[at('headline.txt')]).toMatchObject({ language: 'en', languageConfidence: 'high', findings: [] });
    expect(auto[at('missing.txt')]!.languageConfidence).toBeNull();
    const declared = files((await inProcess(['check', '--format', 'json', '--lang', 'en', at('credit.txt')])).out);
    expect(declared[at('credit.txt')]).toMatchObject({ language: 'en', languageConfidence: 'high' });
    // On the guess, nothing is above minor and fix leaves the colon alone.
    expect(auto[at('credit.txt')]!.findings.every((f) => f.severity === 'minor' || f.severity === 'info')).toBe(true);
    expect((await inProcess(['fix', at('credit.txt')])).out).toBe('Credit: Jean Dupont / AFP\n');
  });
});
