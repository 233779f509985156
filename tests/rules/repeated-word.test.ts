import rule from '../../src/rules/repeated-word.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    // other targets: what their grammar allows
    { code: 'Die Firma, die die Anlage baut, wächst.', lang: 'de', name: 'de: die die (article + relative pronoun)' },
    { code: 'Er weiß nicht, ob er es es schafft, sagt aber, dass sie sie liebt.', lang: 'de', name: 'de: es es, sie sie' },
    { code: 'Nous nous sommes trompés, et vous vous trompez aussi.', lang: 'fr', name: 'fr: nous nous, vous vous' },
    { code: 'Der Kurort Baden Baden liegt im Süden.', lang: 'de', name: 'de: a doubled name' },
    { code: 'Он сказал, что что-то изменится в 2025 2026 годах.', lang: 'ru', name: 'ru: что что-то, numbers' },
    'The cat sat on the mat.',
    // grammatical doubles
    { code: 'By then he had had enough of it.', name: 'had had' },
    { code: 'He said that that plan was fine.', name: 'that that' },
    { code: 'That that is, is.', name: 'That that at the start' },
    { code: 'What the problem is is money.', name: 'is is' },
    { code: 'What they do do matters.', name: 'do do' },
    { code: 'She gave her her keys.', name: 'her her' },
    { code: 'I told you you were right.', name: 'you you' },
    // intensifiers, reduplication, interjections
    'It was very very cold, really really cold.',
    'Long long ago, in a land far far away, things were much much better.',
    'The food was so so.',
    'No no, that is not what I meant.',
    'Bye bye, see you soon.',
    'Ha ha ha, very funny.',
    'Chop chop, we are late. Night night, kids.',
    'Knock knock. Who is there?',
    'They grilled some mahi mahi with ylang ylang oil.',
    'Well well, look who is here.',
    'There there, it will be all right.',
    // names
    'They flew from Walla Walla to Bora Bora and Pago Pago.',
    'Duran Duran played while Sirhan Sirhan was on trial.',
    'Boutros Boutros-Ghali visited Baden-Baden.',
    'He was held at Sing Sing. Fang Fang wrote a diary.',
    'New York, New York is a song.',
    { code: 'The singer Will will perform tonight.', name: 'a name then the word' },
    { code: 'Will will come tomorrow.', name: 'a first name that is a word, at the start' },
    { code: 'He starred in In Bruges.', name: 'a title' },
    // punctuation between the words
    'It was very, very good.',
    'Never. Never again.',
    'He left (left) early.',
    'See the (the article) note.',
    // numbers
    { code: 'Call 555 555 1234 now.', name: 'a phone number' },
    { code: 'The sequence 1 1 2 3 5 8 is famous.', name: 'a number sequence' },
    { code: 'Totals\t12\t12', name: 'table columns (tab)' },
    { code: 'Totals    12    12', name: 'table columns (spaces)' },
    { code: 'It grew from 2.5 5 times to 7.', name: 'decimal then integer' },
    { code: 'He cut 1 1/2 cups.', name: 'mixed fraction' },
    // different words
    "the year's years",
    'a well-known known fact',
    // across paragraphs
    { code: 'He saw the\n\nthe end.', name: 'different paragraphs' },
    { code: 'Results\nResults show a rise.', name: 'a title line then a sentence' },
    { code: '## Results\nResults show a rise.', format: 'markdown', name: 'a Markdown heading then a sentence' },
    { code: 'Er sagte, die die Regeln kennen, kommen.', lang: 'de', name: 'English only' },
    // masked
    { code: 'Use `the the` in code.', format: 'markdown', name: 'inline code' },
    { code: 'See https://example.com/the/the today.', name: 'URL' },
    { code: 'See [the](https://x.org) the note.', format: 'markdown', name: 'link between' },
  ],
  invalid: [
    { code: 'Die Förderung wird wird nach Ansicht der Experten steigen.', lang: 'de', errors: [{ text: 'wird wird', fix: '' }], output: 'Die Förderung wird nach Ansicht der Experten steigen.' },
    { code: 'Les aides vont aux garde-côtes et aux aux pêcheurs.', lang: 'fr', errors: [{ text: 'aux aux' }], output: 'Les aides vont aux garde-côtes et aux pêcheurs.' },
    { code: 'La planta estará operativa en el el verano de 2027.', lang: 'es', errors: [{ text: 'el el' }], output: 'La planta estará operativa en el verano de 2027.' },
    { code: 'Цены на на местную зелень упали.', lang: 'ru', errors: [{ text: 'на на' }], output: 'Цены на местную зелень упали.' },
    {
      code: 'the the cat',
      errors: [{ messageId: 'repeated', text: 'the the', start: 0, end: 7, severity: 'minor', fix: '' }],
      output: 'the cat',
    },
    {
      code: 'The the cat sat.',
      errors: [{ text: 'The the', fix: '' }],
      output: 'The cat sat.',
    },
    {
      code: 'the the the cat',
      name: 'a run of three is one finding',
      errors: [{ text: 'the the the' }],
      output: 'the cat',
    },
    {
      code: 'A law came into force in 2017 2017.',
      errors: [{ text: '2017 2017' }],
      output: 'A law came into force in 2017.',
    },
    {
      code: 'It happened on July 19 19.',
      errors: [{ text: '19 19', line: 1, column: 21 }],
      output: 'It happened on July 19.',
    },
    {
      code: 'A shot was fired on Saturday Saturday.',
      name: 'a capitalised word that is not a reduplicated name',
      errors: [{ text: 'Saturday Saturday' }],
      output: 'A shot was fired on Saturday.',
    },
    {
      code: 'She moved to California as a toddler toddler.',
      errors: [{ text: 'toddler toddler' }],
      output: 'She moved to California as a toddler.',
    },
    {
      code: 'Hoffenheim Hoffenheim won. The year\u2019s year\u2019s end came.',
      errors: [{ text: 'Hoffenheim Hoffenheim' }, { text: 'year\u2019s year\u2019s' }],
      output: 'Hoffenheim won. The year\u2019s end came.',
    },
    {
      code: 'Он сказал и и ушёл, le café café noir.',
      name: 'Cyrillic and accented words',
      errors: [{ text: 'и и' }, { text: 'café café' }],
      output: 'Он сказал и ушёл, le café noir.',
    },
    {
      code: 'In in the end, it worked.',
      name: 'capitalised then lower case at the start of a sentence',
      errors: [{ text: 'In in' }],
      output: 'In the end, it worked.',
    },
    {
      code: 'Dark matter behaves as normal matter does does.',
      name: 'a grammatical double before a full stop',
      errors: [{ text: 'does does' }],
      output: 'Dark matter behaves as normal matter does.',
    },
    {
      code: 'She sang quite well well. You arrive there there.',
      errors: [{ text: 'well well' }, { text: 'there there' }],
      output: 'She sang quite well. You arrive there.',
    },
    {
      code: 'It equals the British Pound (GBP) (GBP).',
      name: 'a bracketed word repeated',
      errors: [{ text: '(GBP) (GBP)' }],
      output: 'It equals the British Pound (GBP).',
    },
    {
      code: 'India (1.3 million) million).',
      errors: [{ text: 'million) million)' }],
      output: 'India (1.3 million).',
    },
    {
      code: 'Listed as "non-serious "non-serious."',
      errors: [{ text: '"non-serious "non-serious' }],
      output: 'Listed as "non-serious."',
    },
    {
      code: 'Then at last he saw the\nthe end.',
      name: 'across a line break: reported, not fixed',
      errors: [{ text: 'the\nthe', line: 1, column: 21, fix: null }],
      output: null,
    },
    {
      code: 'He saw the\u00a0the end.',
      errors: [{ text: 'the\u00a0the' }],
      output: 'He saw the end.',
    },
    {
      code: 'The orbit around the Sun Sun.',
      sourceLang: 'de',
      errors: [{ text: 'Sun Sun', severity: 'minor' }],
      output: 'The orbit around the Sun.',
    },
    {
      code: 'Li Li, a party secretary, spoke.',
      sourceLang: 'zh',
      name: 'a doubled pinyin syllable from Chinese: a given name, info only, no fix',
      errors: [{ text: 'Li Li', severity: 'info', fix: null }],
    },
    {
      code: 'The panda Bao Bao was born there.',
      sourceLang: 'de',
      name: 'a distinctively Chinese syllable: info whatever the source',
      errors: [{ text: 'Bao Bao', severity: 'info', fix: null }],
    },
    {
      code: 'The orbit around the Sun Sun.',
      name: 'unknown source language: a pinyin-like double is info',
      errors: [{ text: 'Sun Sun', severity: 'info', fix: null }],
    },
  ],
});
