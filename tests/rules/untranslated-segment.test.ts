import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/untranslated-segment.js';
import { checkText } from '../../src/core/run.js';
import { yamlGlossary } from '../helpers/glossary.js';
import { ruleTester } from '../helpers/rule-tester.js';

const names = yamlGlossary(`
name: names-ru
sourceLanguages: [ru]
entries:
  - term: Sberbank
    variants: [Сбербанк]
    category: name
`);

ruleTester(
  rule,
  {
    valid: [
      // With an unknown source a single word left in is not looked up (it would only be a hint): the source is
      // declared or inferred first.
      { code: 'You can également ask a lawyer for advice.', name: 'a French word, unknown source' },
      // Loanwords and Latin phrases English writes as such.
      { code: 'She ordered a café au lait and felt a strong sense of déjà vu.', sourceLang: 'fr', name: 'café, déjà vu' },
      { code: 'The principle is not wrong per se, and the status quo suits them.', sourceLang: 'fr', name: 'per se, status quo' },
      { code: 'The Zeitgeist of the 1990s favoured Realpolitik, and every child went to Kindergarten.', sourceLang: 'de', name: 'German loanwords' },
      { code: 'The village fiesta ended with a coup d’état in the second act.', sourceLang: 'es', name: 'fiesta, coup d’état' },
      { code: 'Diners can order à la carte, and the chef calls it his raison d’être.', sourceLang: 'fr', name: 'à la carte' },
      { code: 'The results were confirmed in vitro and later in vivo, as Smith et al. reported.', sourceLang: 'it', name: 'Latin' },
      { code: 'Her résumé lists a naïve début as a protégé of the director.', sourceLang: 'fr', name: 'accented loanwords' },
      { code: 'The café on the corner serves crème brûlée to a decent matinée crowd.', name: 'loanwords, unknown source' },
      { code: 'The diplomats exchanged a note verbale, and the treaty lapsed ipso facto.', sourceLang: 'fr', name: 'diplomatic Latin and French' },
      // Names.
      { code: 'Jean-Luc Mélenchon spoke in Zürich before flying to São Paulo.', sourceLang: 'fr', name: 'names with accents' },
      { code: 'Dostoevsky wrote about Moscow and its long winters.', sourceLang: 'ru', name: 'Russian names in Latin script' },
      { code: 'Angela Merkel met Olaf Scholz and Jürgen Klopp in Köln.', sourceLang: 'de', name: 'German names' },
      { code: 'Ursula von der Leyen said the Hochschule für Musik would stay open.', sourceLang: 'de', name: 'particles inside names' },
      { code: 'The shops on the Rue des Francs Bourgeois open on Sundays.', sourceLang: 'fr', name: 'a street name' },
      { code: 'Deutsche Bahn cancelled the train, and María López took the bus.', sourceLang: 'de', name: 'a sentence opening with a name' },
      { code: 'The report was signed by John A. Notte, Jr., and by Dr. Moll.', sourceLang: 'it', name: 'initials and titles' },
      { code: 'Prices in the eurozone rose, and motorsport fans paid more for tickets.', sourceLang: 'de', name: 'new English words' },
      // Foreign words presented as foreign: quoted, italic, bracketed, after a cue.
      { code: 'The movement ran the so-called «grand débat» for months.', sourceLang: 'fr', name: 'so-called «grand débat»' },
      { code: 'It is what Germans call "Feierabend", the end of the working day.', sourceLang: 'de', name: 'what Germans call' },
      { code: 'The crowd greeted him with a cheerful « Bonjour » before the speech.', sourceLang: 'fr', name: 'a greeting in quotes' },
      { code: 'The slogan “Liberté, égalité, fraternité” was painted on the wall.', sourceLang: 'fr', name: 'a quoted motto' },
      { code: 'As the French say, “c’est la vie”, and the team moved on.', sourceLang: 'fr', name: 'a quoted French phrase' },
      {
        code: 'He called the plan «un pas dans la bonne direction», a step in the right direction.',
        sourceLang: 'fr',
        name: 'a quoted foreign clause with its translation',
      },
      { code: 'The capital, Moscow (Москва), lies on the river.', sourceLang: 'ru', name: 'original spelling in brackets' },
      { code: 'The network is called Всемирная сеть in the Russian press.', sourceLang: 'ru', name: 'after “called”' },
      { code: 'Georgi Malezanov (Георги Малезанов) was a Bulgarian painter.', name: 'a name in its own script' },
      { code: 'The novel *Les Misérables* was adapted again this year.', sourceLang: 'fr', format: 'markdown', name: 'an italic title' },
      {
        code: 'Dabei stellte er fest: Das sagt man so. The sentence quoted above is German.',
        sourceLang: 'fr',
        name: 'a sentence in a third language is not the source’s leftover',
      },
      // Titles of works and names of places and institutions.
      { code: 'He starred in Les Misérables last year.', sourceLang: 'fr', name: 'a title' },
      { code: 'She read Le Petit Prince twice, then À la recherche du temps perdu.', sourceLang: 'fr', name: 'a title in lower case after its capital' },
      { code: 'The bakery on Rue de la Paix sells pain au chocolat.', sourceLang: 'fr', name: 'an English sentence with a French street and pastry' },
      { code: 'The Académie française rejected the word.', sourceLang: 'fr', name: 'an institution' },
      { code: 'The Bundestag and the Bundesrat approved the Energiewende.', sourceLang: 'de', name: 'German institutions' },
      { code: 'Fans chanted “Allez les Bleus” as the players arrived.', sourceLang: 'fr', name: 'a quoted chant' },
      { code: 'Après-ski bars were full, and the après-ski crowd stayed late.', sourceLang: 'fr', name: 'après-ski' },
      { code: 'The band played in Bogotá and in Brasília.', sourceLang: 'es', name: 'accented place names' },
      // Not words of running text.
      { code: 'The endpoint `également` is documented at https://example.com/lui-même/docs.', sourceLang: 'fr', format: 'markdown', name: 'code and URLs' },
      { code: 'In 2 eyes, a 2nd and 3rd dose was given; intra- and extrahepatic ducts were spared.', sourceLang: 'de', name: 'ordinals, prefixes' },
      { code: 'Korobka will invest 12 млрд rubles in four warehouses.', sourceLang: 'ru', name: 'a scale word after a number' },
      { code: 'Yeah I dont know, im gonna be late lol.', sourceLang: 'de', name: 'informal English' },
      { code: 'Background: patients with diabetes mellitus and a high BMI were excluded.', sourceLang: 'de', name: 'medical Latin' },
      { code: 'The bank Сбербанк raised its rates again.', sourceLang: 'ru', name: 'a glossary hit' },
      // Sentences: too short, or English enough.
      { code: 'Merci beaucoup! The band then played its last song.', sourceLang: 'fr', name: 'a short exclamation' },
      { code: 'The minister said the reform was a step forward for the whole industry.', sourceLang: 'fr', name: 'an English sentence' },
      // Other targets.
      { code: 'Chaque drone utilise le software de l’entreprise.', lang: 'fr', sourceLang: 'en', name: 'English loanwords in French' },
      { code: 'Компания выпустила iPhone-приложение и сервис Google Pay.', lang: 'ru', sourceLang: 'en', name: 'brands in Russian' },
    ],
    invalid: [
      {
        code: 'The minister left early. Il s’agit d’une étape décisive pour toute la filière automobile française. The rest followed.',
        sourceLang: 'fr',
        errors: [
          {
            messageId: 'sentence',
            text: 'Il s’agit d’une étape décisive pour toute la filière automobile française.',
            severity: 'major',
            start: 25,
          },
        ],
      },
      {
        code: 'The plant opens next year. Das ist für die Branche ein herber Rückschlag. Prices will rise.',
        sourceLang: 'de',
        errors: [{ messageId: 'sentence', text: 'Das ist für die Branche ein herber Rückschlag.', severity: 'major' }],
      },
      {
        code: 'Der Vorstand hat heute die Zahlen für das dritte Quartal vorgelegt.',
        name: 'a German sentence, unknown source',
        errors: [{ messageId: 'sentence', text: 'Der Vorstand hat heute die Zahlen für das dritte Quartal vorgelegt.', severity: 'major' }],
      },
      {
        code: 'Demand keeps growing. Это серьёзная нагрузка на региональный рынок труда. Wages follow.',
        sourceLang: 'ru',
        errors: [{ messageId: 'sentence', text: 'Это серьёзная нагрузка на региональный рынок труда.', severity: 'major' }],
      },
      {
        code: 'Le projet avance bien. The company expects to break even by 2029. Les essais continuent.',
        lang: 'fr',
        sourceLang: 'en',
        name: 'an English sentence in a French article',
        errors: [{ messageId: 'sentence', text: 'The company expects to break even by 2029.', severity: 'major' }],
      },
      {
        code: 'You can également seek advice from a lawyer.',
        sourceLang: 'fr',
        errors: [{ messageId: 'word', text: 'également', start: 8, end: 17, severity: 'minor' }],
      },
      {
        code: 'The vehicle lui-même was not damaged.',
        sourceLang: 'fr',
        errors: [{ messageId: 'word', text: 'lui-même', severity: 'minor' }],
      },
      {
        code: 'The worst команда in the league lost again.',
        sourceLang: 'ru',
        errors: [{ messageId: 'word', text: 'команда', severity: 'minor' }],
      },
      {
        code: 'The worst команда in the league lost again.',
        name: 'a Cyrillic word, unknown source',
        errors: [{ messageId: 'word', text: 'команда', severity: 'minor' }],
      },
      {
        code: 'The harvest también improved, but the aceite stayed expensive.',
        sourceLang: 'es',
        errors: [
          { messageId: 'word', text: 'también' },
          { messageId: 'word', text: 'aceite' },
        ],
      },
      {
        code: 'The team won trois matchs in a row.',
        sourceLang: 'fr',
        name: 'a run of words is one finding',
        errors: [{ messageId: 'word', text: 'trois matchs' }],
      },
      {
        code: 'It is important d’admirer the view from the top.',
        sourceLang: 'fr',
        name: 'an elision',
        errors: [{ messageId: 'word', text: 'd’admirer' }],
      },
      {
        code: 'Tuttavia, the market recovered in the spring.',
        sourceLang: 'it',
        name: 'a sentence opening with a common source word',
        errors: [{ messageId: 'word', text: 'Tuttavia' }],
      },
      {
        code: 'The Präsident of the club resigned on Monday.',
        sourceLang: 'de',
        name: 'a capitalised German noun with an umlaut',
        errors: [{ messageId: 'word', text: 'Präsident' }],
      },
      {
        code: 'A UN expert on the Krankheit noted that the outbreak had slowed.',
        sourceLang: 'de',
        name: 'a capitalised German noun after a determiner',
        errors: [{ messageId: 'word', text: 'Krankheit' }],
      },
      {
        code: 'The person fled three years ago und has now returned.',
        sourceLang: 'de',
        errors: [{ messageId: 'word', text: 'und' }],
      },
      {
        code: 'She ate 田鸡粥 for dinner.',
        name: 'another script of no known language',
        errors: [{ messageId: 'wordScript', text: '田鸡粥', severity: 'minor' }],
      },
      {
        code: 'Prices rose. «Das ist für die Branche ein herber Rückschlag», sagte er. Prices fell.',
        sourceLang: 'de',
        name: 'quoted speech is the speaker’s; the attribution is not',
        errors: [{ messageId: 'word', text: 'sagte' }],
      },
      {
        code: 'Le gouvernement a réagi très rapidement and the prix ont ensuite baissé dans tout le pays.',
        lang: 'fr',
        sourceLang: 'en',
        name: 'English function words in a French sentence',
        errors: [
          { messageId: 'word', text: 'and the' },
        ],
      },
    ],
  },
  { glossaries: [names] },
);

describe('untranslated-segment messages', () => {
  it('name the language through the catalogue', () => {
    const [sentence] = checkText('Il s’agit d’une étape décisive pour toute la filière automobile française.', {
      rules: [rule],
      sourceLang: 'fr',
    });
    expect(sentence?.message).toBe('This sentence is in French: it was left untranslated.');
    const [word] = checkText('The worst команда lost.', { rules: [rule], sourceLang: 'ru', locale: 'fr' });
    expect(word?.message).toBe('« команда » est un mot de la langue russe resté sans traduction.');
  });
});
