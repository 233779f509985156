import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/boilerplate.js';
import { checkText, fixTextWith } from '../../src/core/run.js';
import { applyEdits } from '../../src/core/fixer.js';
import { ruleTester } from '../helpers/rule-tester.js';

const PROMO =
  '🟣 To not miss any news on the Journal du Geek, follow us on Google and on our WhatsApp channel. And if you love us, .';

ruleTester(rule, {
  valid: [
    // Article sentences about the networks, not calls to follow them.
    'Meta said WhatsApp channels now reach 500 million users.',
    'Google follows us everywhere, privacy advocates say.',
    'Subscribers to WhatsApp channels grew by a fifth last year.',
    'Follow-up talks between the unions and the operator are planned for May.',
    'Our newsletter readers asked us about the strike, and we looked into it.',
    'If you like jazz, the festival in the old harbour is for you.',
    "Don't miss the exhibition at the Louvre, which closes on Sunday.",
    'Click the button twice to reset the router.',
    'Read also the report of the commission, published in March.',
    'Copyright law was reformed in 2019 after a long debate.',
    // Lines that start like a call or a label but are article text.
    'Add to that the rising cost of our energy imports.',
    'Share prices of our largest companies fell by 3% on Monday.',
    'Photo finish: the race was decided by a hundredth of a second.',
    'Recommended: a daily intake of 2 grams, the agency says.',
    'Stay tuned, the minister told reporters, promising news within a week.',
    'To follow the rules, the company had to hire 200 moderators.',
    { code: 'Sigue siendo nuestro principal socio comercial.', lang: 'es' },
    { code: 'Ajoutez à cela notre dette, qui atteint 110 % du PIB.', lang: 'fr' },
    { code: 'Lesen Sie auch die Stellungnahme des Ministeriums, die am Montag erschien.', lang: 'de' },
    { code: 'Читайте также отчёт министерства, опубликованный в понедельник.', lang: 'ru' },
    // Quotations and reported speech.
    { code: 'Para one.\n\nFollow us on Telegram, the mayor told residents after the flood.\n\nPara two.', name: 'reported call' },
    { code: 'Please follow us to the exit, the guide said.', name: 'reported imperative' },
    { code: 'Subscribe to “our channel”, the minister urged.', name: 'reporting verb' },
    { code: 'Follow the money, “follow us on Telegram” is not a business model.', name: 'call inside quotes' },
    { code: 'Suivez-nous, a lancé le guide aux touristes.', lang: 'fr', name: 'fr reported' },
    { code: 'Folgen Sie uns, sagte der Bergführer.', lang: 'de', name: 'de reported' },
    { code: 'Подписывайтесь на наш канал, призвал губернатор жителей.', lang: 'ru', name: 'ru reported' },
    { code: 'Síguenos, dijo el guía a los turistas.', lang: 'es', name: 'es reported' },
    // `Source:` inside a sentence or followed by a clause; headings.
    'The ministry published the figures on Monday. Source: the ministry said the data were provisional.',
    { code: 'Para one.\n\nSource: the ministry said the data were provisional.\n\nPara two.', name: 'source clause' },
    { code: 'Source: Eurostat. The data cover the whole of 2023.', name: 'source then sentence' },
    { code: 'Sources of energy\n\nCoal still dominates.', name: 'heading without colon' },
    { code: '# Sources of energy\n\nCoal still dominates.', format: 'markdown', name: 'markdown heading' },
    'Sources close to the investigation said the suspect had fled.',
    { code: 'Quelle der Daten ist das Statistische Bundesamt.', lang: 'de' },
    {
      code: '| year | output |\n|---|---|\n| 2023 | 12 |\n\nSource: National Statistics Office',
      format: 'markdown',
      name: 'the source of a table',
    },
    {
      code: 'The figures come from the national office.\nSource: Eurostat and the national statistics\noffice, which publish them every month.',
      name: 'a wrapped paragraph',
    },
    // Captions that are not credits, credits inside a paragraph.
    'The new plant opened in May. Photo: the mayor cuts the ribbon in front of the workers.',
    { code: 'Para one.\n\nPhoto: the new plant in Lyon, which opened in May.\n\nPara two.', name: 'caption' },
    { code: 'Specifications\n\nPhoto: 12 megapixels, with optical stabilisation\n\nBattery: 4,500 mAh', name: 'spec line' },
    'The logo © 2020 was redesigned last year.',
    // Lists, blockquotes, emoji bullets of the article.
    { code: '- Follow us on Telegram\n- Subscribe to our newsletter', format: 'markdown', name: 'list' },
    { code: '1. Source: Eurostat\n2. Source: OECD', name: 'numbered list' },
    { code: '> Follow us on Telegram and subscribe to our channel.', format: 'markdown', name: 'blockquote' },
    { code: 'Pros:\n\n✅ Battery life of 20 hours\n✅ Water resistance\n\n❌ No charger in the box', name: 'emoji bullets' },
    { code: '🚆 The first night train left Paris at 20:52 on Sunday.', name: 'emoji-led article line' },
    // Code and URLs are never findings.
    { code: '```\nFollow us on Telegram and subscribe to our channel.\n```', format: 'markdown', name: 'fenced code' },
  ],
  invalid: [
    {
      name: 'the acceptance case: an emoji-led follow-us line with its dangling fragment',
      code: `The factory opened on Tuesday.\n\n${PROMO}\n\nThe minister attended the opening.`,
      errors: [{ messageId: 'callToAction', text: PROMO, severity: 'minor', fix: '', line: 3, column: 1 }],
      output: 'The factory opened on Tuesday.\n\nThe minister attended the opening.',
    },
    {
      name: 'a promo paragraph at the end takes the blank line before it',
      code: `The factory opened on Tuesday.\n\n${PROMO}\n`,
      errors: [{ messageId: 'callToAction', text: PROMO }],
      output: 'The factory opened on Tuesday.\n',
    },
    {
      name: 'at the end without a final line break',
      code: 'Para.\n\nSubscribe to our channel in Telegram, so as not to miss the main news of the day.',
      errors: [{ messageId: 'callToAction', text: 'Subscribe to our channel in Telegram, so as not to miss the main news of the day.' }],
      output: 'Para.\n',
    },
    {
      name: 'at the start',
      code: '➡️ Read also: Tesla cuts its prices again in China\n\nThe first paragraph.',
      errors: [{ messageId: 'teaser', text: '➡️ Read also: Tesla cuts its prices again in China' }],
      output: 'The first paragraph.',
    },
    {
      name: 'a calqued teaser in Markdown',
      format: 'markdown',
      code: 'The model is open.\n\nTo read also : The European rules on artificial intelligence enter into application\n',
      errors: [{ messageId: 'teaser', text: 'To read also : The European rules on artificial intelligence enter into application' }],
      output: 'The model is open.\n',
    },
    {
      name: 'a capitalised teaser label without a separator',
      code: 'One.\n\nALSO READ Tesla cuts its prices again in China\n\nTwo.',
      errors: [{ messageId: 'teaser', text: 'ALSO READ Tesla cuts its prices again in China' }],
      output: 'One.\n\nTwo.',
    },
    {
      name: 'teasers in the other target languages',
      code: 'Un.\n\nLire aussi : Les éoliennes en mer accélèrent\n\nÀ lire aussi : La grève des trains\n\nDeux.',
      lang: 'fr',
      errors: [{ text: 'Lire aussi : Les éoliennes en mer accélèrent' }, { text: 'À lire aussi : La grève des trains' }],
      output: 'Un.\n\nDeux.',
    },
    {
      code: 'Eins.\n\nLesen Sie auch: Wie Quantencomputer die Verschlüsselung bedrohen\n\nZwei.',
      lang: 'de',
      errors: [{ messageId: 'teaser' }],
      output: 'Eins.\n\nZwei.',
    },
    {
      code: 'Один.\n\nЧитайте также: Как растут вертикальные фермы\n\nДва.',
      lang: 'ru',
      errors: [{ messageId: 'teaser' }],
      output: 'Один.\n\nДва.',
    },
    {
      code: 'Uno.\n\nLee también: La sequía obliga a limitar el riego\n\nDos.',
      lang: 'es',
      errors: [{ messageId: 'teaser' }],
      output: 'Uno.\n\nDos.',
    },
    {
      name: 'photo credits and copyright lines',
      code: 'One.\n\nPhoto: Thomas Girard / AFP\n\nTwo.\n\nPhoto credit: Getty Images\n\nThree.\n\n© Reuters\n\nFour.',
      errors: [
        { messageId: 'credit', text: 'Photo: Thomas Girard / AFP' },
        { messageId: 'credit', text: 'Photo credit: Getty Images' },
        { messageId: 'credit', text: '© Reuters' },
      ],
      output: 'One.\n\nTwo.\n\nThree.\n\nFour.',
    },
    {
      code: 'Un.\n\nCrédit photo : Jean Martin\n\nDeux.',
      lang: 'fr',
      errors: [{ messageId: 'credit' }],
      output: 'Un.\n\nDeux.',
    },
    {
      code: 'Eins.\n\nFoto: dpa\n\nZwei.',
      lang: 'de',
      errors: [{ messageId: 'credit' }],
      output: 'Eins.\n\nZwei.',
    },
    {
      code: 'Один.\n\nФото: пресс-служба компании\n\nДва.',
      lang: 'ru',
      errors: [{ messageId: 'credit' }],
      output: 'Один.\n\nДва.',
    },
    {
      name: 'a press service credit calqued into English',
      code: 'One.\n\nPhoto: Korobka press service\n\nTwo.',
      errors: [{ messageId: 'credit' }],
      output: 'One.\n\nTwo.',
    },
    {
      name: 'source lines',
      code: 'One.\n\nSource: Eurostat\n\nTwo.\n\nSources: Reuters, AFP\n',
      errors: [
        { messageId: 'source', text: 'Source: Eurostat' },
        { messageId: 'source', text: 'Sources: Reuters, AFP' },
      ],
      output: 'One.\n\nTwo.\n',
    },
    {
      code: 'Un.\n\nSources : AFP, Reuters\n\nDeux.',
      lang: 'fr',
      errors: [{ messageId: 'source' }],
      output: 'Un.\n\nDeux.',
    },
    {
      code: 'Eins.\n\nQuelle: Statistisches Bundesamt\n\nZwei.',
      lang: 'de',
      errors: [{ messageId: 'source' }],
      output: 'Eins.\n\nZwei.',
    },
    {
      name: 'calls to action in every target language',
      code: 'Un.\n\nSuivez-nous sur Google Actualités et rejoignez notre chaîne WhatsApp.\n\nDeux.',
      lang: 'fr',
      errors: [{ messageId: 'callToAction' }],
      output: 'Un.\n\nDeux.',
    },
    {
      code: 'Eins.\n\nFolgen Sie uns auf Google News und abonnieren Sie unseren WhatsApp-Kanal.\n\nZwei.',
      lang: 'de',
      errors: [{ messageId: 'callToAction' }],
      output: 'Eins.\n\nZwei.',
    },
    {
      code: 'Один.\n\nПодписывайтесь на наш канал в Telegram, чтобы не пропустить главное.\n\nДва.',
      lang: 'ru',
      errors: [{ messageId: 'callToAction' }],
      output: 'Один.\n\nДва.',
    },
    {
      code: 'Uno.\n\nSíguenos en Google Noticias y únete a nuestro canal de WhatsApp.\n\nDos.',
      lang: 'es',
      errors: [{ messageId: 'callToAction' }],
      output: 'Uno.\n\nDos.',
    },
    {
      name: 'untranslated boilerplate in an English article',
      code: 'One.\n\nПодписывайтесь на наш канал в Telegram.\n\nTwo.',
      errors: [{ messageId: 'callToAction' }],
      output: 'One.\n\nTwo.',
    },
    {
      name: 'a named site on a network',
      code: 'One.\n\nFollow the Journal du Geek on Google News.\n\nTwo.',
      errors: [{ messageId: 'callToAction' }],
      output: 'One.\n\nTwo.',
    },
    {
      name: 'a question and a call',
      code: 'One.\n\nDo you like our content? Follow us on Instagram!\n\nTwo.',
      errors: [{ messageId: 'callToAction' }],
      output: 'One.\n\nTwo.',
    },
    {
      name: 'adding the site to favourite sources',
      code: 'One.\n\nAdd Journal du Geek to your favourite sources on Google News.\n\nTwo.',
      errors: [{ messageId: 'callToAction' }],
      output: 'One.\n\nTwo.',
    },
    {
      name: 'a reason and the site’s channel, without an imperative',
      code: 'Один.\n\nБольше новостей — в нашем Telegram-канале.\n\nДва.',
      lang: 'ru',
      errors: [{ messageId: 'callToAction' }],
      output: 'Один.\n\nДва.',
    },
    {
      name: 'a photo bank credit and a copyright notice',
      code: 'One.\n\nPhoto by John Smith on Unsplash\n\n© 2024 Le Journal. All rights reserved.\n',
      errors: [{ messageId: 'credit' }, { messageId: 'credit' }],
      output: 'One.\n',
    },
    {
      name: 'an arrow-led teaser',
      code: 'One.\n\n>> Read also: Strikes in the ports continue\n\nTwo.',
      errors: [{ messageId: 'teaser', text: '>> Read also: Strikes in the ports continue' }],
      output: 'One.\n\nTwo.',
    },
    {
      name: 'a fragment left alone by a stripped link',
      code: 'One.\n\nAnd if you love us, .\n\nTwo.',
      errors: [{ messageId: 'fragment', text: 'And if you love us, .' }],
      output: 'One.\n\nTwo.',
    },
    {
      name: 'a call mixed with article text is only a hint, without a fix',
      code: 'Follow us on Telegram for updates. The plant will open in May, weeks ahead of schedule.',
      errors: [{ messageId: 'possible', severity: 'info', fix: null }],
      output: null,
    },
    {
      name: 'a teaser label without a separator is only a hint',
      code: 'One.\n\nRead also The drought forces Catalonia to ration water\n\nTwo.',
      errors: [{ messageId: 'possible', severity: 'info', fix: null }],
      output: null,
    },
    {
      name: 'a line holding a handle or a link goes with it',
      code: 'One.\n\nFollow us on Twitter @mtlint_news\n\nTwo.\n\nRead also: Solar farms double in Spain https://example.org/solar\n',
      errors: [
        { messageId: 'callToAction', text: 'Follow us on Twitter @mtlint_news', severity: 'minor' },
        { messageId: 'teaser', text: 'Read also: Solar farms double in Spain https://example.org/solar', severity: 'minor' },
      ],
      output: 'One.\n\nTwo.\n',
    },
    {
      name: 'a Markdown link teaser goes as a whole line',
      code: 'One.\n\n[Read also: Solar farms double in Spain](https://example.org/solar)\n\nTwo.\n',
      format: 'markdown',
      errors: [{ messageId: 'teaser', text: '[Read also: Solar farms double in Spain](https://example.org/solar)' }],
      output: 'One.\n\nTwo.\n',
    },
    {
      name: 'a line holding code is reported up to it, without a fix',
      code: 'One.\n\nFollow us on Twitter `npm install mtlint`\n',
      format: 'markdown',
      errors: [{ messageId: 'callToAction', text: 'Follow us on Twitter', severity: 'minor', fix: null }],
      output: null,
    },
    {
      name: 'consecutive lines are removed as a block',
      code: 'One.\n\nRead also: The drought in Catalonia\nPhoto: Jean Dupont / AFP\n\nTwo.',
      errors: [{ messageId: 'teaser' }, { messageId: 'credit' }],
      output: 'One.\n\nTwo.',
    },
    {
      name: 'two promo paragraphs at the end',
      code: 'One.\n\nPhoto: Jean Dupont / AFP\n\nSource: Eurostat\n',
      errors: [{ messageId: 'credit' }, { messageId: 'source' }],
      output: 'One.\n',
    },
    {
      name: 'CRLF line breaks',
      code: 'One.\r\n\r\nSource: Eurostat\r\n\r\nTwo.\r\n',
      errors: [{ messageId: 'source', text: 'Source: Eurostat' }],
      output: 'One.\r\n\r\nTwo.\r\n',
    },
    {
      name: 'paragraphs one line each, without blank lines',
      code: 'One.\nSubscribe to our newsletter.\nTwo.',
      errors: [{ messageId: 'callToAction' }],
      output: 'One.\nTwo.',
    },
    {
      name: 'Markdown emphasis around a label',
      format: 'markdown',
      code: 'One.\n\n**Read also:** The drought in Catalonia\n\nTwo.',
      errors: [{ messageId: 'teaser', text: '**Read also:** The drought in Catalonia' }],
      output: 'One.\n\nTwo.',
    },
  ],
});

describe('boilerplate: the fix touches nothing else', () => {
  it('removes the acceptance line and nothing else when every rule runs', () => {
    const text = `The factory , which cost 180 million euros, opened on Tuesday.\n\n${PROMO}\n\nThe minister attended the opening.\n`;
    const only = fixTextWith(text, { rules: [rule] });
    expect(only.output).toBe('The factory , which cost 180 million euros, opened on Tuesday.\n\nThe minister attended the opening.\n');
    expect(only.edits.map(({ start, end, text: t }) => ({ start, end, text: t }))).toEqual([
      { start: text.indexOf(PROMO), end: text.indexOf('The minister'), text: '' },
    ]);
    // With every rule, the comma before `.` of the fragment is not fixed apart: the line goes as a whole.
    const every = fixTextWith(text);
    expect(every.output).toBe('The factory, which cost 180 million euros, opened on Tuesday.\n\nThe minister attended the opening.\n');
  });

  it('reports the certain line as minor and the messages render in both locales', () => {
    for (const locale of ['en', 'fr'] as const) {
      const [f] = checkText(`One.\n\n${PROMO}\n`, { rules: [rule], locale });
      expect(f!.severity).toBe('minor');
      expect(f!.message).not.toMatch(/\{\{|rules\./u);
    }
  });

  it('does not apply to other target languages', () => {
    expect(checkText(`One.\n\n${PROMO}\n`, { rules: [rule], lang: 'it' })).toEqual([]);
  });
});

// Property: texts of random article paragraphs (with traps that name the networks) and random boilerplate lines.
const WORDS = [
  'government', 'minister', 'company', 'market', 'report', 'network', 'energy', 'city', 'river', 'model', 'data',
  'price', 'growth', 'policy', 'school', 'system', 'industry', 'said', 'announced', 'reached', 'opened', 'tested',
  'sold', 'built', 'shows', 'remains', 'expects', 'new', 'large', 'local', 'national', 'recent', 'public', 'digital',
  'in', 'on', 'with', 'for', 'from', 'after', 'before', 'about', 'the', 'a', 'of', 'and', 'WhatsApp', 'Google',
  'Telegram', 'newsletter', 'channel', 'follow', 'us', 'our', 'source', 'photo',
];
const TRAPS = [
  'Meta said WhatsApp channels now reach 500 million users.',
  'Google follows us everywhere, privacy advocates say.',
  'Follow us on Telegram, the mayor told residents.',
  'Source: the ministry said the figures were provisional.',
  'Sources of energy',
  'If you like jazz, the festival is for you.',
  'Photo: the new plant in Lyon, which opened in May.',
  'Our newsletter readers asked about the strike.',
  '🚆 The first night train left Paris at 20:52.',
];
const BOILERPLATE = [
  PROMO,
  'Subscribe to our channel in Telegram, so as not to miss the main news of the day.',
  "🚆 Don't miss any of our news: follow us on Google News and on our WhatsApp channel.",
  'To read also : The European rules on artificial intelligence enter into application',
  'Read also: The drought forces Catalonia to restrict water',
  'ALSO READ Tesla cuts its prices again',
  'Photo: Thomas Girard / AFP',
  'Photo credit: Getty Images',
  '© Reuters',
  'Source: Eurostat',
  'Sources: Reuters, AFP',
  'And if you love us, .',
  'Suivez-nous sur Google Actualités et rejoignez notre chaîne WhatsApp.',
  'Подписывайтесь на наш канал в Telegram.',
];
// A sentence starts with a subject (a random imperative first would make a random call to action).
const sentence = fc
  .tuple(fc.constantFrom('The', 'A', 'Each', 'This'), fc.array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 12 }))
  .map(([first, ws]) => `${first} ${ws.join(' ')}.`);
const article = fc.oneof(
  { weight: 4, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join(' ')) },
  { weight: 1, arbitrary: fc.constantFrom(...TRAPS) },
);
const item = fc.oneof(
  { weight: 3, arbitrary: article.map((text) => ({ text, promo: false })) },
  { weight: 1, arbitrary: fc.constantFrom(...BOILERPLATE).map((text) => ({ text, promo: true })) },
);
const doc = fc
  .tuple(fc.array(item, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean())
  .map(([items, nl, blank, trailing]) => {
    const sep = blank ? nl + nl : nl;
    const text = items.map((i) => i.text).join(sep) + (trailing ? nl : '');
    const kept = items.filter((i) => !i.promo).map((i) => i.text);
    const lastPromo = items[items.length - 1]!.promo;
    const expected = kept.length === 0 ? '' : kept.join(sep) + (trailing || lastPromo ? nl : '');
    return { text, expected };
  });

describe('boilerplate fix properties', () => {
  it('removes exactly the boilerplate lines (and their separators), every other byte unchanged', () => {
    fc.assert(
      fc.property(doc, ({ text, expected }) => {
        const once = fixTextWith(text, { rules: [rule] });
        expect(once.output).toBe(expected);
        expect(applyEdits(text, once.edits)).toBe(once.output);
        // Every edit deletes whole lines.
        for (const e of once.edits) {
          expect(e.text).toBe('');
          expect(e.start === 0 || text[e.start - 1] === '\n').toBe(true);
          expect(e.end === text.length || text[e.end - 1] === '\n').toBe(true);
        }
        expect(fixTextWith(once.output, { rules: [rule] }).output).toBe(once.output);
      }),
      { numRuns: 300 },
    );
  });

  it('fixing twice equals fixing once with every rule on', () => {
    fc.assert(
      fc.property(doc, ({ text }) => {
        const once = fixTextWith(text);
        expect(applyEdits(text, once.edits)).toBe(once.output);
        expect(fixTextWith(once.output).output).toBe(once.output);
      }),
      { numRuns: 100 },
    );
  });
});
