import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/number-format.js';
import { checkText, fixTextWith } from '../../src/core/run.js';
import { formatDigits, numberLocale } from '../../src/lang/numbers.js';
import { ruleTester } from '../helpers/rule-tester.js';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

ruleTester(rule, {
  valid: [
    // English numbers written the English way.
    'In 2019, 5 firms left the market and 1,000 jobs went.',
    'The park drew 11,000 visitors and 1,250,000 euros in fees.',
    'Inflation reached 3.5% in May, up from 2.9 percent.',
    'The firm raised €15k in April and $2bn in May.',
    'A billion people, billions of dollars and a thousand volunteers.',
    'The fund is worth 1.128 billion dollars, a gain of 2.325%.',
    'She paid $1,500 for 1.5 thousand leaflets.',
    // Times, ratios, scores, ranges and dates are never numbers to rewrite.
    'The meeting starts at 10:30 and the odds are 3:1.',
    'Doors open at 10 h 30 and close at 10.30 p.m.',
    'The final ended 3-1 after a 2–2 draw at half-time.',
    'Children aged 10-12 and the years 1990–1995 are covered.',
    'The law took effect on 29.11.2026 and again on 1.1.2027.',
    'The deadline is 12/31/2025 for American applicants.',
    // Versions, addresses, phone numbers, coordinates, ordinals, references.
    'Update to version 3.5.1 or 10.2 before Friday.',
    'The server answers on 192.168.0.1 and 10.100.200.250.',
    'Call +33 1 23 45 67 89 or 555 123 4567 for tickets.',
    'The toll-free line is 1 800 451 0491 in the US.',
    'The summit lies at 45.832° N, 6.865° E.',
    'She came 1st and he came 21st in the 10,000 m.',
    'See sec. 3.190 of the rules and § 570.611 of the code.',
    'The recipe calls for 0.5 litres and 1.25 kg of flour.',
    'The study scored 0.8 on a scale from 0 to 1.',
    // Lists and intervals with commas are not decimals.
    'The sets {1,2,3} and the interval [0,5] were tested.',
    'Read pages 3,5 and 7 of the report.',
    'The herbicide 2,4-D was cited in refs [1,2].',
    'Earlier studies1,2 found the same.',
    // Spaced digits that do not read as one number in English.
    'The table ends: Total 113 700 An estimated share follows.',
    'The figures are 46 800 Provision is made for the rest.',
    'Homer, Odyssey 8 266-366, tells the story.',
    'The Boeing 737 800 order was confirmed.',
    'In 2016 311 people were counted.',
    // Money written the English way, and a range of prices.
    'Tickets cost €15 or £12.50, and 10–15 € at the door.',
    'He paid 2 $9 pieces and 1 $18 piece.',
    // Masked code and URLs.
    { code: 'Set `ratio = 3,5` and open https://example.com/a/3,5%25 now.', format: 'markdown', name: 'code span and URL' },
    // `1. January` is a German date only with a German source; a numbered list item never is.
    'On 1. January the law changed.',
    { code: '1. January sales\n2. February sales', sourceLang: 'de', name: 'numbered list with a German source' },
    // Without a source, an ambiguous `.000` is only a hint when it looks like round thousands.
    'The probe measured 1.056 units.',
    // French, German, Russian and Spanish numbers written their own way.
    { code: 'La croissance atteint 11,5 millions et 3,5 % sur 11 000 habitants.', lang: 'fr' },
    { code: `Le chiffre d’affaires atteint 1${NNBSP}200${NNBSP}000 euros, soit 50${NBSP}%.`, lang: 'fr' },
    { code: 'Rendez-vous à 10 h 30, le 29/11/2026, version 3.5 du logiciel.', lang: 'fr' },
    { code: 'Il coûte 15 € et 15 k€ et 2 Md€.', lang: 'fr' },
    { code: 'Es wuchs um 3,5 % auf 1.200 Einheiten und 11 000 Kunden.', lang: 'de' },
    { code: 'Um 10.30 Uhr am 29.11.2026 und am 1. Januar.', lang: 'de' },
    { code: 'Der Schaden beträgt 2,4 Billionen Euro.', lang: 'de', sourceLang: 'fr', name: 'German Billion from French' },
    { code: 'Рост составил 3,5 % и 11 000 рублей, или 5 млрд.', lang: 'ru' },
    { code: 'Creció un 3,5 % hasta 1200 y 12.000 euros.', lang: 'es' },
  ],
  invalid: [
    // Acceptance checks.
    {
      code: 'Russian GDP could gain more than 11,000 billion rubles by 2030.',
      errors: [{ messageId: 'scaleCalque', text: '11,000 billion', fix: '11 trillion', severity: 'minor' }],
      output: 'Russian GDP could gain more than 11 trillion rubles by 2030.',
    },
    {
      code: 'It rose by 3,5% to 11 000 units.',
      errors: [
        { messageId: 'decimal', text: '3,5%', fix: '3.5%', severity: 'minor' },
        { messageId: 'grouping', text: '11 000', fix: '11,000', severity: 'minor' },
      ],
      output: 'It rose by 3.5% to 11,000 units.',
    },
    // Decimal commas need a quantity after them (or a currency symbol before them).
    {
      code: 'The price is 0,32 euros per kilowatt hour and $1,50 per cup.',
      errors: [{ text: '0,32', fix: '0.32' }, { text: '1,50', fix: '1.50' }],
      output: 'The price is 0.32 euros per kilowatt hour and $1.50 per cup.',
    },
    {
      code: 'Only 62,5 percent of trains and 2,9 tonnes of cargo arrived.',
      errors: [{ text: '62,5', fix: '62.5' }, { text: '2,9', fix: '2.9' }],
      output: 'Only 62.5 percent of trains and 2.9 tonnes of cargo arrived.',
    },
    {
      code: 'Delivery time fell from 3,4 to 1,9 days.',
      errors: [{ text: '3,4', fix: '3.4' }, { text: '1,9', fix: '1.9' }],
      output: 'Delivery time fell from 3.4 to 1.9 days.',
      name: 'a range shares its unit',
    },
    {
      code: 'Sales grew by 1,7 times to 37,9 million tonnes.',
      errors: [{ text: '1,7', fix: '1.7' }, { text: '37,9', fix: '37.9' }],
      output: 'Sales grew by 1.7 times to 37.9 million tonnes.',
    },
    // Percent spacing.
    {
      code: 'It holds 3,5 % of the market and could pass 40 % by 2030, or 10-12 % a year.',
      errors: [
        { messageId: 'format', text: '3,5 %', fix: '3.5%' },
        { messageId: 'percentSpaced', text: '40 %', fix: '40%' },
        { messageId: 'percentSpaced', text: '12 %', fix: '12%' },
      ],
      output: 'It holds 3.5% of the market and could pass 40% by 2030, or 10-12% a year.',
    },
    {
      code: `Support fell to 45${NBSP}%.`,
      errors: [{ text: `45${NBSP}%`, fix: '45%' }],
      output: 'Support fell to 45%.',
    },
    // Digit grouping.
    {
      code: `About 2 500 workers and 11${NNBSP}000 visitors came.`,
      errors: [{ text: '2 500', fix: '2,500' }, { text: `11${NNBSP}000`, fix: '11,000' }],
      output: 'About 2,500 workers and 11,000 visitors came.',
    },
    {
      code: 'Sales rose to 11 000. The next year they fell.',
      errors: [{ messageId: 'grouping', text: '11 000', fix: '11,000' }],
      output: 'Sales rose to 11,000. The next year they fell.',
      name: 'a number before a full stop and a capitalised word is still a number',
    },
    {
      code: 'The budget was 1.200.000 euros, or 1.234,5 euros a head.',
      errors: [
        { messageId: 'grouping', text: '1.200.000', fix: '1,200,000' },
        { messageId: 'format', text: '1.234,5', fix: '1,234.5' },
      ],
      output: 'The budget was 1,200,000 euros, or 1,234.5 euros a head.',
    },
    // `25.000`: with a German source, thousands; without one, a hint only.
    {
      code: 'A heat pump costs between 25.000 and 40.000 euros.',
      sourceLang: 'de',
      errors: [
        { messageId: 'grouping', text: '25.000', fix: '25,000', severity: 'minor' },
        { messageId: 'grouping', text: '40.000', fix: '40,000', severity: 'minor' },
      ],
      output: 'A heat pump costs between 25,000 and 40,000 euros.',
    },
    {
      code: 'A heat pump costs between 25.000 and 40.000 euros.',
      errors: [
        { messageId: 'ambiguous', text: '25.000', fix: null, severity: 'info', suggestions: ['25,000'] },
        { messageId: 'ambiguous', text: '40.000', fix: null, severity: 'info', suggestions: ['40,000'] },
      ],
      output: null,
    },
    {
      code: 'Around 1.200 sites were active and 1.056 quarts were sold.',
      sourceLang: 'de',
      errors: [
        { text: '1.200', fix: '1,200', severity: 'minor' },
        { messageId: 'ambiguous', text: '1.056', fix: null, severity: 'info' },
      ],
      output: 'Around 1,200 sites were active and 1.056 quarts were sold.',
    },
    {
      code: 'The sector exports some 5.000 million euros a year.',
      sourceLang: 'es',
      errors: [{ messageId: 'grouping', text: '5.000 million', fix: '5,000 million', suggestions: ['5,000 million', '5 billion'] }],
      output: 'The sector exports some 5,000 million euros a year.',
    },
    // Scale calques and scale words left in another language.
    {
      code: 'The plan is worth a thousand billion euros, or 3 thousand billion in all.',
      errors: [
        { messageId: 'scaleCalque', text: 'thousand billion', fix: 'trillion' },
        { messageId: 'scaleCalque', text: 'thousand billion', fix: 'trillion' },
      ],
      output: 'The plan is worth a trillion euros, or 3 trillion in all.',
    },
    {
      code: 'Exports reached 2,500 billion dollars and 11 000 billion rubles.',
      errors: [
        { messageId: 'scaleCalque', text: '2,500 billion', fix: '2.5 trillion' },
        { messageId: 'format', text: '11 000 billion', fix: '11 trillion' },
      ],
      output: 'Exports reached 2.5 trillion dollars and 11 trillion rubles.',
    },
    {
      code: 'More than 1,5 thousand companies use it.',
      errors: [{ messageId: 'format', text: '1,5 thousand', fix: '1,500' }],
      output: 'More than 1,500 companies use it.',
    },
    {
      code: 'The state spends 3 milliards euros, 2 Milliarden dollars and 12 млрд rubles.',
      errors: [
        { messageId: 'foreignScale', text: '3 milliards', fix: '3 billion' },
        { messageId: 'foreignScale', text: '2 Milliarden', fix: '2 billion' },
        { messageId: 'foreignScale', text: '12 млрд', fix: '12 billion' },
      ],
      output: 'The state spends 3 billion euros, 2 billion dollars and 12 billion rubles.',
    },
    {
      code: 'Debt reached 2,4 трлн rubles and 11 000 milliards euros.',
      errors: [
        { text: '2,4 трлн', fix: '2.4 trillion' },
        { text: '11 000 milliards', fix: '11 trillion' },
      ],
      output: 'Debt reached 2.4 trillion rubles and 11 trillion euros.',
    },
    {
      code: 'The bill came to 5 Mrd. Next year it grows.',
      errors: [{ messageId: 'foreignScale', text: '5 Mrd.', fix: null, severity: 'minor', suggestions: ['5 billion'] }],
      output: null,
      name: '`Mrd.` before a capital may end the sentence: a suggestion',
    },
    // Currency placement and abbreviations.
    {
      code: 'A ticket costs 15 €, a pass 15 k€ and the line 2 Md€.',
      errors: [
        { messageId: 'currencyBefore', text: '15 €', fix: '€15' },
        { messageId: 'currencyBefore', text: '15 k€', fix: '€15k' },
        { messageId: 'format', text: '2 Md€', fix: '€2bn' },
      ],
      output: 'A ticket costs €15, a pass €15k and the line €2bn.',
    },
    {
      code: 'The fare is 100$ and the budget 4,5 Milliarden €.',
      errors: [
        { text: '100$', fix: '$100' },
        { messageId: 'format', text: '4,5 Milliarden €', fix: '€4.5 billion' },
      ],
      output: 'The fare is $100 and the budget €4.5 billion.',
    },
    // `1. January` with a German source: suggestions, no fix.
    {
      code: 'Since the 1. January, every new heating must use renewables.',
      sourceLang: 'de',
      errors: [{ messageId: 'ordinalDate', text: '1. January', fix: null, severity: 'minor', suggestions: ['1 January', 'January 1'] }],
      output: null,
    },
    // French target.
    {
      code: 'La hausse atteint 50% et 3.5 % sur 1,200,000 euros.',
      lang: 'fr',
      errors: [
        { messageId: 'percentUnspaced', text: '50%', fix: `50${NBSP}%` },
        { messageId: 'decimal', text: '3.5 %', fix: '3,5 %' },
        { messageId: 'grouping', text: '1,200,000', fix: `1${NNBSP}200${NNBSP}000` },
      ],
      output: `La hausse atteint 50${NBSP}% et 3,5 % sur 1${NNBSP}200${NNBSP}000 euros.`,
    },
    {
      code: 'Il reste 1,200 habitants.',
      lang: 'fr',
      errors: [{ messageId: 'ambiguous', text: '1,200', fix: null, severity: 'info', suggestions: [`1${NNBSP}200`] }],
      output: null,
    },
    {
      code: 'Il reste 1,200 habitants et 7 billions d’euros.',
      lang: 'fr',
      sourceLang: 'en',
      errors: [
        { messageId: 'grouping', text: '1,200', fix: `1${NNBSP}200`, severity: 'minor' },
        { messageId: 'falseFriend', text: '7 billions', fix: null, severity: 'minor', suggestions: ['7 milliards'] },
      ],
      output: `Il reste 1${NNBSP}200 habitants et 7 billions d’euros.`,
    },
    {
      code: 'La dette atteint 7 billions d’euros.',
      lang: 'fr',
      errors: [{ messageId: 'falseFriend', severity: 'info', suggestions: ['7 milliards'] }],
      output: null,
      name: 'French billion with an unknown source: a hint',
    },
    {
      code: 'Il coûte €15 par mois.',
      lang: 'fr',
      errors: [{ messageId: 'currencyAfter', text: '€15', fix: `15${NBSP}€` }],
      output: `Il coûte 15${NBSP}€ par mois.`,
    },
    {
      code: 'Inscriptions jusqu’au 12/31/2025.',
      lang: 'fr',
      errors: [{ messageId: 'dateOrder', text: '12/31/2025', fix: '31/12/2025' }],
      output: 'Inscriptions jusqu’au 31/12/2025.',
    },
    // German target.
    {
      code: 'Es wuchs um 3.5 % und kostet 1,000,000 Euro.',
      lang: 'de',
      errors: [
        { messageId: 'decimal', text: '3.5 %', fix: '3,5 %' },
        { messageId: 'grouping', text: '1,000,000', fix: '1.000.000' },
      ],
      output: 'Es wuchs um 3,5 % und kostet 1.000.000 Euro.',
    },
    {
      code: 'Es kostet 3,500 Euro und 2,4 Billionen Dollar.',
      lang: 'de',
      sourceLang: 'en',
      errors: [
        { messageId: 'grouping', text: '3,500', fix: '3.500' },
        { messageId: 'falseFriend', text: '2,4 Billionen', fix: null, suggestions: ['2,4 Milliarden'] },
      ],
      output: 'Es kostet 3.500 Euro und 2,4 Billionen Dollar.',
    },
    {
      code: 'Die Quote stieg um 90%.',
      lang: 'de',
      errors: [{ messageId: 'percentUnspaced', text: '90%', fix: null, severity: 'info', suggestions: [`90${NBSP}%`] }],
      output: null,
    },
    {
      code: 'Anmeldung bis 12/31/2025.',
      lang: 'de',
      errors: [{ messageId: 'dateOrder', fix: '31.12.2025' }],
      output: 'Anmeldung bis 31.12.2025.',
    },
    // Russian target.
    {
      code: 'Рост составил 3.5% и 1,200 рублей, а выручка 2 milliards.',
      lang: 'ru',
      sourceLang: 'en',
      errors: [
        { messageId: 'decimal', text: '3.5%', fix: '3,5%', severity: 'minor', suggestions: [`3,5${NBSP}%`, '3,5%'] },
        { messageId: 'grouping', text: '1,200', fix: `1${NBSP}200` },
        { messageId: 'foreignScale', text: '2 milliards', fix: '2 миллиарда' },
      ],
      output: `Рост составил 3,5% и 1${NBSP}200 рублей, а выручка 2 миллиарда.`,
    },
    // Spanish target.
    {
      code: 'Creció un 3.5% y costó 1,2 billones de euros.',
      lang: 'es',
      sourceLang: 'en',
      errors: [
        { messageId: 'decimal', text: '3.5%', fix: '3,5%' },
        { messageId: 'falseFriend', text: '1,2 billones', fix: null, suggestions: ['1,2 mil millones'] },
      ],
      output: 'Creció un 3,5% y costó 1,2 billones de euros.',
    },
  ],
});

// Property tests: numbers written with a target's own CLDR conventions are never findings; numbers written with a
// source's conventions in a certain context are fixed to the target's writing of the same value; fixing is stable.
const TARGETS = ['en', 'fr', 'de', 'ru', 'es'] as const;
const digits = fc.integer({ min: 1, max: 99_999_999 }).map(String);
const fraction = fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 99 }).map((n) => String(n).replace(/0$/, '')));
const UNITS: Record<string, string[]> = {
  en: ['euros', 'tonnes', 'percent', 'km', 'people'],
  fr: ['euros', 'tonnes', 'habitants', 'km'],
  de: ['Euro', 'Tonnen', 'Prozent', 'km'],
  ru: ['рублей', 'тонн', 'км'],
  es: ['euros', 'toneladas', 'km'],
};

describe('number-format properties', () => {
  it('leaves numbers written the target’s way untouched', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TARGETS), digits, fraction, fc.nat(10), fc.boolean(), (lang, int, frac, u, percent) => {
        const locale = numberLocale(lang)!;
        const units = UNITS[lang]!;
        const number = formatDigits(int, frac, locale);
        const tail = percent ? `${locale.percentSpace}%` : ` ${units[u % units.length]}`;
        const text = `Total: ${number}${tail}.`;
        const found = checkText(text, { rules: [rule], format: 'text', lang, sourceLang: null });
        expect(found.map((f) => f.text)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('rewrites a decimal comma before a percent sign or a unit as the English value', () => {
    fc.assert(
      fc.property(fc.constantFrom('fr', 'de', 'ru', 'es'), digits, fc.integer({ min: 1, max: 99 }), fc.boolean(), (source, int, f, percent) => {
        const frac = String(f);
        const from = numberLocale(source)!;
        const en = numberLocale('en')!;
        const text = `It reached ${formatDigits(int, frac, from)}${percent ? `${from.percentSpace}%` : ' tonnes'} this year.`;
        const out = fixTextWith(text, { rules: [rule], format: 'text', lang: 'en', sourceLang: source }).output;
        expect(out).toBe(`It reached ${formatDigits(int, frac, en)}${percent ? '%' : ' tonnes'} this year.`);
      }),
      { numRuns: 300 },
    );
  });

  it('fixes once and for all', () => {
    const piece = fc.constantFrom('3,5%', '11 000 units', '40 %', '11,000 billion', '15 €', '1.200.000 euros', 'a thousand billion', '2 Milliarden', '10:30', '3:1', 'in 2019, 5 firms', '1,5 thousand');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.constantFrom(null, 'de', 'fr'), (pieces, source) => {
        const text = `${pieces.join(' and ')}.`;
        const options = { rules: [rule], format: 'text' as const, lang: 'en', sourceLang: source };
        const once = fixTextWith(text, options).output;
        expect(fixTextWith(once, options).output).toBe(once);
        expect(checkText(once, options).filter((f) => f.fix)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
