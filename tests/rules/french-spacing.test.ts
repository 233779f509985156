import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/fixer.js';
import { checkText, fixTextWith } from '../../src/core/run.js';
import rule, { NBSP, NNBSP } from '../../src/rules/french-spacing.js';
import { ruleTester } from '../helpers/rule-tester.js';

const fr = 'fr';

ruleTester(rule, {
  valid: [
    {
      code: `Pourquoi maintenant${NNBSP}? Parce que le pays attend${NNBSP}; il faut agir${NNBSP}! Le ministre l’a dit${NBSP}: «${NBSP}Nous y sommes${NBSP}».`,
      lang: fr,
      name: 'French typography as the Imprimerie nationale writes it',
    },
    { code: `Note${NNBSP}: un deux-points après une fine insécable, «${NNBSP}guillemets fins${NNBSP}».`, lang: fr, name: 'narrow no-break spaces before : and inside « » are accepted' },
    { code: 'Rendez-vous à 10:30, le ratio est de 3:1 et le score de 1:0 ; à 10 : 30 aussi.'.replace(' ;', `${NNBSP};`), lang: fr, name: 'times, ratios and scores' },
    { code: `C’est drôle :) et triste :( ou ;-) voire :D${NNBSP}!`, lang: fr, name: 'emoticons' },
    { code: `Quoi${NNBSP}?! Non${NNBSP}!! Vraiment${NNBSP}?!? Si${NNBSP}!?`, lang: fr, name: 'runs of marks: only the first takes the space' },
    { code: 'Et alors…? Et puis... ? Ou bien.. !', lang: fr, name: 'after an ellipsis' },
    { code: 'Voir https://exemple.fr/page?id=3&tri=date et ftp://exemple.fr: rien.'.replace(': rien', `${NBSP}: rien`), lang: fr, name: 'URLs and their queries are masked' },
    { code: 'Lancez `a ? b : c` ou `x;y` ici.', lang: fr, format: 'markdown', name: 'inline code is masked' },
    { code: 'La fonction `main`: puis `exit`!', lang: fr, format: 'markdown', name: 'a mark right after code' },
    { code: '```\nif (a) { b; }\nreturn x ? y : z;\n```\n', lang: fr, format: 'markdown', name: 'fenced code is masked' },
    { code: `Voir [la page](https://exemple.fr/?q=1)${NBSP}: c’est tout.`, lang: fr, format: 'markdown', name: 'a Markdown link target with a query' },
    { code: 'Le lecteur C:\\ et le chemin a:b, la portée std::vector et le flag !important ou ?page=2.', lang: fr, name: 'marks that do not end a word' },
    { code: 'Un doute (?) et une surprise (!) entre parenthèses.', lang: fr, name: 'a mark right after an opening bracket' },
    { code: 'Yahoo! et Jeopardy! gardent leur point d’exclamation.', lang: fr, name: 'names that end with their !' },
    { code: `«${NBSP}Le film “Who Framed Roger Rabbit?” est sorti${NBSP}», dit-il.`, lang: fr, name: 'an English title quoted inside « »' },
    { code: 'Accueil » Monde » Europe', lang: fr, name: 'guillemets that do not pair up (a breadcrumb)' },
    { code: 'Tom &amp; Jerry et l&#8217;affaire.', lang: fr, name: 'HTML entities' },
    { code: '| Nom | Prix |\n|:----|----:|\n| Pain | 1 € |', lang: fr, format: 'markdown', name: 'Markdown table alignment' },
    { code: '? en tête de ligne\n! aussi\n: et ceci', lang: fr, name: 'a mark at the start of a line' },
    { code: 'Deux espaces  ? Ou  : ainsi.', lang: fr, name: 'runs of spaces are repeated-whitespace’s first' },
    { code: 'Really? Note: English spacing; fine!', lang: 'en', name: 'does not run on English' },
    { code: 'Wirklich? Notiz: deutsch «Text»!', lang: 'de', name: 'does not run on German' },
  ],
  invalid: [
    {
      code: 'Pourquoi? Parce que; enfin! Note: rien.',
      lang: fr,
      name: 'no space before ? ; ! :',
      errors: [
        { messageId: 'narrowMissing', text: '?', start: 8, fix: NNBSP, severity: 'minor' },
        { messageId: 'narrowMissing', text: ';', start: 19, fix: NNBSP },
        { messageId: 'narrowMissing', text: '!', start: 26, fix: NNBSP },
        { messageId: 'colonMissing', text: ':', start: 32, fix: NBSP },
      ],
      output: `Pourquoi${NNBSP}? Parce que${NNBSP}; enfin${NNBSP}! Note${NBSP}: rien.`,
    },
    {
      code: 'Pourquoi ? Parce que ; enfin ! Note : rien.',
      lang: fr,
      name: 'breaking spaces before ? ; ! :',
      errors: [
        { messageId: 'narrowBreaking', text: ' ?', fix: NNBSP },
        { messageId: 'narrowBreaking', text: ' ;', fix: NNBSP },
        { messageId: 'narrowBreaking', text: ' !', fix: NNBSP },
        { messageId: 'colonBreaking', text: ' :', fix: NBSP },
      ],
      output: `Pourquoi${NNBSP}? Parce que${NNBSP}; enfin${NNBSP}! Note${NBSP}: rien.`,
    },
    {
      code: `Pourquoi${NBSP}? Enfin\u2009!`,
      lang: fr,
      name: 'a no-break space before ? (info) and a thin space before !',
      errors: [
        { messageId: 'narrowWide', text: `${NBSP}?`, fix: null, severity: 'info', suggestions: [`${NNBSP}?`] },
        { messageId: 'narrowBreaking', text: '\u2009!', fix: NNBSP, severity: 'minor' },
      ],
      output: `Pourquoi${NBSP}? Enfin${NNBSP}!`,
    },
    {
      code: 'Note: une étiquette en début de ligne.\nRemarque : une autre.',
      lang: fr,
      name: 'a label at a line start is still spaced in French',
      errors: [
        { messageId: 'colonMissing', line: 1, column: 5 },
        { messageId: 'colonBreaking', line: 2, column: 9 },
      ],
      output: `Note${NBSP}: une étiquette en début de ligne.\nRemarque${NBSP}: une autre.`,
    },
    {
      code: 'Il a dit «non» puis « oui ».',
      lang: fr,
      errors: [
        { messageId: 'openingMissing', text: '«', start: 9, fix: NBSP },
        { messageId: 'closingMissing', text: '»', start: 13, fix: NBSP },
        { messageId: 'openingBreaking', text: '« ', fix: NBSP },
        { messageId: 'closingBreaking', text: ' »', fix: NBSP },
      ],
      output: `Il a dit «${NBSP}non${NBSP}» puis «${NBSP}oui${NBSP}».`,
    },
    {
      code: `«${NBSP}Vraiment?${NBSP}»: il doute.`,
      lang: fr,
      name: 'inside guillemets and after the closing one',
      errors: [{ messageId: 'narrowMissing', text: '?' }, { messageId: 'colonMissing', text: ':' }],
      output: `«${NBSP}Vraiment${NNBSP}?${NBSP}»${NBSP}: il doute.`,
    },
    {
      code: 'Quoi?! Non!!',
      lang: fr,
      name: 'a run of marks takes one space, before its first mark',
      errors: [{ text: '?', start: 4 }, { text: '!', start: 10 }],
      output: `Quoi${NNBSP}?! Non${NNBSP}!!`,
    },
    {
      code: '**Attention**: le texte.',
      lang: fr,
      format: 'markdown',
      errors: [{ messageId: 'colonMissing', text: ':' }],
      output: `**Attention**${NBSP}: le texte.`,
    },
    {
      code: '«Premier paragraphe de la citation.\n\n«\u00a0Second paragraphe, qui la ferme.\u00a0»',
      lang: fr,
      name: 'the opening guillemet of a quotation continued in the next paragraph',
      errors: [{ messageId: 'openingMissing', line: 1, column: 1 }],
      output: `«${NBSP}Premier paragraphe de la citation.\n\n«\u00a0Second paragraphe, qui la ferme.\u00a0»`,
    },
    {
      code: 'Les pommes, les poires, etc.? Et M. Dupont, etc.; voilà.',
      lang: fr,
      name: 'after an abbreviation’s period',
      errors: [{ text: '?' }, { text: ';' }],
      output: `Les pommes, les poires, etc.${NNBSP}? Et M. Dupont, etc.${NNBSP}; voilà.`,
    },
    {
      code: 'Voir https://exemple.fr/page?id=3; et [la page](https://exemple.fr/?q=1): tout y est.',
      lang: fr,
      format: 'markdown',
      name: 'a mark after a URL or a link ends the sentence',
      errors: [{ messageId: 'narrowMissing', text: ';' }, { messageId: 'colonMissing', text: ':' }],
      output: `Voir https://exemple.fr/page?id=3${NNBSP}; et [la page](https://exemple.fr/?q=1)${NBSP}: tout y est.`,
    },
    {
      code: 'Il est 10 h; le score: 3 buts.',
      lang: fr,
      name: 'a digit before the mark is not a time when no digit follows',
      errors: [{ text: ';' }, { text: ':' }],
      output: `Il est 10 h${NNBSP}; le score${NBSP}: 3 buts.`,
    },
  ],
});

// The acceptance case: a French paragraph with English-style quotes and no spaces, checked and fixed with every rule.
const WRONG = 'Le ministre a parlé d’une “réforme historique”. Pourquoi maintenant? Il répond: “Parce que le pays attend; il faut agir!”';
const RIGHT = `Le ministre a parlé d’une «${NBSP}réforme historique${NBSP}». Pourquoi maintenant${NNBSP}? Il répond${NBSP}: «${NBSP}Parce que le pays attend${NNBSP}; il faut agir${NNBSP}!${NBSP}»`;

describe('a French article with every rule', () => {
  it('finds the English quotes and the missing spaces, each with a safe fix', () => {
    const found = checkText(WRONG, { lang: fr });
    expect(found.map((f) => [f.ruleId, f.messageId, f.text])).toEqual([
      ['quote-pairing', 'localeQuotes', '“'],
      ['quote-pairing', 'localeQuotes', '”'],
      ['french-spacing', 'narrowMissing', '?'],
      ['french-spacing', 'colonMissing', ':'],
      ['quote-pairing', 'localeQuotes', '“'],
      ['quote-pairing', 'localeQuotes', '”'],
    ]);
    expect(found.every((f) => f.fix !== null)).toBe(true);
  });

  it('writes French typography', () => {
    const r = fixTextWith(WRONG, { lang: fr });
    expect(r.output).toBe(RIGHT);
    expect(r.remaining).toEqual([]);
  });

  it('finds nothing in the same paragraph written correctly', () => {
    expect(checkText(RIGHT, { lang: fr })).toEqual([]);
  });

  it('leaves no-break spaces alone in French (invisible-characters does not run there)', () => {
    const text = `Le 14${NBSP}juillet, M.${NBSP}Dupont a vu madame${NBSP}Martin${NNBSP}: 10${NNBSP}000${NBSP}€, soit 5${NBSP}%.`;
    expect(checkText(text, { lang: fr })).toEqual([]);
  });

  it('names the rule and the space in French messages', () => {
    const [f] = checkText('Quoi; encore', { lang: fr, locale: 'fr', rules: [rule] });
    expect(f?.message).toBe('Espace fine insécable (U+202F) attendue avant « ; ».');
  });

  it('agrees with CLDR’s French data: U+202F groups digits, U+00A0 precedes the percent sign', async () => {
    const { createRequire } = await import('node:module');
    const req = createRequire(import.meta.url);
    const numbers = (req('cldr-numbers-full/main/fr/numbers.json') as { main: { fr: { numbers: Record<string, Record<string, string>> } } }).main.fr.numbers;
    expect(numbers['symbols-numberSystem-latn']!.group).toBe(NNBSP);
    expect(numbers['percentFormats-numberSystem-latn']!.standard).toContain(`${NBSP}%`);
  });
});

describe('invisible-characters by target', () => {
  it('still reports zero-width characters in German, Russian and Spanish', () => {
    for (const lang of ['de', 'ru', 'es']) {
      const found = checkText('Ein\u200bWort und mehr.', { lang });
      expect(found.map((f) => f.ruleId), lang).toEqual(['invisible-characters']);
    }
  });
  it('ties Russian short words with no-break spaces without a finding', () => {
    expect(checkText(`Он${NBSP}сказал, что в${NBSP}Москве идёт снег.`, { lang: 'ru' })).toEqual([]);
  });
});

// Property: random French prose with random spacing before the marks and inside « », and traps that must not
// change (times, ratios, emoticons, URLs).
const WORDS = ['le', 'gouvernement', 'annonce', 'une', 'réforme', 'des', 'retraites', 'pour', 'la', 'ville', 'rapport', 'marché', 'énergie', 'depuis', 'mardi', 'selon', 'ministre', 'projet', 'école'];
const word = fc.constantFrom(...WORDS);
const words = fc.array(word, { minLength: 2, maxLength: 6 }).map((w) => w.join(' '));
const narrowSpace = fc.constantFrom('', ' ', NBSP, NNBSP, '\u2009');
const colonSpace = fc.constantFrom('', ' ', NBSP, NNBSP);
const quoteSpace = fc.constantFrom('', ' ', NBSP, NNBSP);
const trap = fc.constantFrom('', ' à 10:30', ' (ratio 3:1)', ' :)', ' sur https://exemple.fr/page?id=3', ' etc.');

/** [damaged, expected] pieces. */
type Piece = [string, string];
// A no-break space before ; ! ? is a house style: an info hint that fix leaves alone.
const fixNarrow = (s: string): string => (s === NBSP ? NBSP : NNBSP);
const fixColon = (s: string): string => (s === NNBSP ? NNBSP : NBSP);
const fixQuote = (s: string): string => (s === NBSP || s === NNBSP ? s : NBSP);

const clause: fc.Arbitrary<Piece> = fc
  .tuple(words, fc.option(fc.tuple(words, quoteSpace, quoteSpace), { nil: undefined }), trap)
  .map(([w, q, t]) => {
    if (!q) return [w + t, w + t] as Piece;
    const [inner, a, b] = q;
    return [`${w} «${a}${inner}${b}»${t}`, `${w} «${fixQuote(a)}${inner}${fixQuote(b)}»${t}`] as Piece;
  });
const sentence: fc.Arbitrary<Piece> = fc
  .tuple(
    clause,
    fc.array(fc.tuple(fc.constantFrom(';', ':', ','), narrowSpace, colonSpace, clause), { maxLength: 3 }),
    fc.constantFrom('.', '?', '!', '?!'),
    narrowSpace,
  )
  .map(([first, rest, end, endSpace]) => {
    let bad = first[0][0]!.toUpperCase() + first[0].slice(1);
    let good = first[1][0]!.toUpperCase() + first[1].slice(1);
    for (const [mark, ns, cs, c] of rest) {
      if (mark === ',') {
        bad += `, ${c[0]}`;
        good += `, ${c[1]}`;
      } else if (mark === ';') {
        bad += `${ns}; ${c[0]}`;
        good += `${fixNarrow(ns)}; ${c[1]}`;
      } else {
        bad += `${cs}: ${c[0]}`;
        good += `${fixColon(cs)}: ${c[1]}`;
      }
    }
    // A sentence that ends with a trap (`etc.`, an emoticon, a URL) ends with a period.
    const trapEnd = /(?:etc\.|:\)|\?id=3)$/.test(bad);
    if (end === '.' || trapEnd) return [`${bad}.`, `${good}.`] as Piece;
    return [`${bad}${endSpace}${end}`, `${good}${fixNarrow(endSpace)}${end}`] as Piece;
  });
const article: fc.Arbitrary<Piece> = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
  .map((paras) => [paras.map((p) => p.map((s) => s[0]).join(' ')).join('\n\n'), paras.map((p) => p.map((s) => s[1]).join(' ')).join('\n\n')]);

describe('french-spacing fix properties', () => {
  it('repairs the spacing exactly, and fixing again changes nothing', () => {
    fc.assert(
      fc.property(article, ([bad, good]) => {
        const once = fixTextWith(bad, { lang: fr, rules: [rule] });
        expect(once.output).toBe(good);
        expect(fixTextWith(once.output, { lang: fr, rules: [rule] }).output).toBe(once.output);
        expect(checkText(good, { lang: fr, rules: [rule] }).filter((f) => f.severity !== 'info')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('with every rule: fixing twice equals fixing once, and nothing outside the edits changes', () => {
    fc.assert(
      fc.property(article, ([bad]) => {
        const once = fixTextWith(bad, { lang: fr });
        let last = 0;
        for (const e of once.edits) {
          expect(e.start).toBeGreaterThanOrEqual(last);
          last = e.end;
        }
        expect(applyEdits(bad, once.edits)).toBe(once.output);
        expect(fixTextWith(once.output, { lang: fr }).output).toBe(once.output);
      }),
      { numRuns: 200 },
    );
  });
});
