import rule from '../../src/rules/quote-pairing.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'He said “like this” and ‘this’.', name: 'curly quotes' },
    { code: 'Straight quotes "like this" are fine.', name: 'straight quotes' },
    { code: '"I didn’t know this,” he said.', name: 'a straight opening and a curly closing mark pair up' },
    { code: '“He said ‘no’ today.”', name: 'nested quotes' },
    { code: 'I don’t know, it\'s the ’90s, rock ’n’ roll, O’Brien and the students’ union.', name: 'apostrophes' },
    { code: 'In the ‘90s and the ‘80s.', name: 'misdirected apostrophes are not quotations' },
    { code: 'He is 5\' 11" tall and sold a 12" vinyl.', name: 'inch and feet marks' },
    { code: '"He is 6\' 2" tall," she said.', name: 'an inch mark inside a quotation' },
    { code: 'The "2020" campaign.', name: 'a closing quote after digits' },
    { code: 'A 12" single and "more.', name: 'an inch mark makes the count uncertain' },
    { code: 'A “quote that spans\nthe lines” of a paragraph.', name: 'quote across lines' },
    { code: '“First paragraph of the quotation.\n\n“Second paragraph, which closes it.”', name: 'multi-paragraph quotation' },
    { code: 'He said: “One.\n\n“Two.\n\n“Three,” he added.', name: 'three-paragraph quotation' },
    { code: 'Type `“x“` or `" x` here.', format: 'markdown', name: 'quotes in inline code' },
    { code: 'A word‚ then more.', name: 'a low mark after a word is a comma look-alike, not a quote' },
    { code: '“Wait—” she said, and “—go.”', name: 'dashes inside quotes' },
    // French: « » with no-break spaces (or none: french-spacing's), “ ” inside « ».
    { code: 'Il a dit «\u00a0oui\u00a0» puis «\u202fnon\u202f».', lang: 'fr', name: 'fr: guillemets with no-break spaces' },
    { code: 'Il a dit «oui» puis « non ».', lang: 'fr', name: 'fr: guillemets with other spacing (french-spacing’s)' },
    { code: '«\u00a0Le film “The Artist” a gagné\u00a0», dit-elle.', lang: 'fr', name: 'fr: English quotes inside guillemets' },
    { code: '«\u00a0Il a crié «\u00a0non\u00a0» deux fois\u00a0», raconte-t-il.', lang: 'fr', name: 'fr: guillemets inside guillemets (CLDR)' },
    { code: '«\u00a0Premier paragraphe de la citation.\n\n«\u00a0Second paragraphe, qui la ferme.\u00a0»', lang: 'fr', name: 'fr: a quotation over two paragraphs' },
    { code: 'L’homme d’aujourd’hui n’a pas dit ‘oui’.', lang: 'fr', name: 'fr: apostrophes and single marks are left alone' },
    { code: 'Il parle de l’«\u00a0affaire\u00a0» et de l’«\u202fautre\u202f», puis conclut\u00a0: «\u00a0Assez\u202f!\u00a0»', lang: 'fr', name: 'fr: a guillemet after an elided article' },
    { code: 'Il parle de l’«affaire» et de l’«autre».', lang: 'fr', name: 'fr: a guillemet after an elided article, no spaces' },
    { code: 'Un «\u00a0mot\u00a0»\u202f? Et «\u00a0autre\u00a0»\u00a0: fin.', lang: 'fr', name: 'fr: a narrow no-break space after a closing guillemet' },
    { code: '«\u00a0Premier paragraphe.\n\n»\u00a0Deuxième paragraphe.\n\n»\u00a0Dernier, qui ferme.\u00a0»', lang: 'fr', name: 'fr: guillemets de suite' },
    { code: 'Tapez `"x"` ou `“y”` ici.', lang: 'fr', format: 'markdown', name: 'fr: quotes in code' },
    // German: „ “ and the book style » «; ‚ ‘ inside.
    { code: 'Er sagte „ja“ und sie »nein«.', lang: 'de', name: 'de: low-high quotes and book-style guillemets' },
    { code: '„Sie sagte ‚nein‘ und ging“, schreibt er.', lang: 'de', name: 'de: single quotes inside' },
    { code: '„Er rief »Halt« und lief“, heißt es.', lang: 'de', name: 'de: guillemets inside' },
    { code: 'Ein 12" Monitor und ein 5\' 11" großer Mann.', lang: 'de', name: 'de: inch marks' },
    // Russian: « » with „ “ inside (« » inside « » tolerated).
    { code: 'Он сказал «привет» и «Он сказал „нет“».', lang: 'ru', name: 'ru: ёлочки with лапки inside' },
    { code: '«Газета «Правда» вышла утром», сообщил он.', lang: 'ru', name: 'ru: ёлочки inside ёлочки' },
    // Spanish: « » (RAE) and “ ” (CLDR).
    { code: 'Dijo «hola» y luego “adiós”.', lang: 'es', name: 'es: both first-level styles' },
    { code: '«Dijo “basta” ayer», contó.', lang: 'es', name: 'es: English quotes inside guillemets' },
    { code: 'Dijo «hola», «adiós» y “basta” y “ya”.', lang: 'es', name: 'es: two styles, neither clearly preferred' },
    { code: '«Dijo “basta”», «luego “ya”» y «fin».', lang: 'es', name: 'es: “ ” inside « » is the second level, not a second style' },
  ],
  invalid: [
    {
      code: 'A threat “ shape the opinions of entire nations “ here.',
      errors: [{ messageId: 'wrongDirection', text: '“', start: 48, end: 49, fix: '”' }],
      output: 'A threat “ shape the opinions of entire nations ” here.',
    },
    {
      code: 'He called it “fake“ and left.',
      errors: [{ messageId: 'wrongDirection', text: '“', start: 18, fix: '”' }],
      output: 'He called it “fake” and left.',
    },
    {
      code: '”Hello,” he said.',
      errors: [{ messageId: 'wrongOpening', text: '”', start: 0, fix: '“' }],
      output: '“Hello,” he said.',
    },
    {
      code: 'The German „Wort“ here.',
      errors: [
        { messageId: 'foreignQuotes', text: '„', fix: '“' },
        { messageId: 'wrongDirection', text: '“', fix: '”' },
      ],
      output: 'The German “Wort” here.',
    },
    {
      code: 'The French « mot » here.',
      errors: [
        { messageId: 'foreignQuotes', text: '«', column: 12, fix: '“' },
        { messageId: 'foreignQuotes', text: '»', column: 18, fix: '”' },
      ],
      output: 'The French “ mot ” here.',
    },
    {
      code: 'They said «ёлочки» twice.',
      errors: [{ text: '«', fix: '“' }, { text: '»', fix: '”' }],
      output: 'They said “ёлочки” twice.',
    },
    {
      code: 'Danish »Wort« style.',
      errors: [{ text: '»', fix: '“' }, { text: '«', fix: '”' }],
      output: 'Danish “Wort” style.',
    },
    {
      code: '«Он сказал „привет“»',
      name: 'nested low quotes: no fix inside, a suggestion',
      errors: [
        { messageId: 'foreignQuotes', text: '«', fix: '“' },
        { messageId: 'foreignQuotes', text: '„', fix: null, suggestions: ['‘'] },
        { messageId: 'foreignQuotes', text: '»', fix: '”' },
      ],
      output: '“Он сказал „привет“”',
    },
    {
      code: 'He said «hello and left.',
      errors: [{ messageId: 'foreignUnpaired', text: '«', fix: null, suggestions: ['“'] }],
    },
    {
      code: 'He said ‹no› today.',
      errors: [
        { messageId: 'foreignQuotes', text: '‹', fix: '‘' },
        { messageId: 'foreignQuotes', text: '›', fix: '’' },
      ],
      output: 'He said ‘no’ today.',
    },
    {
      code: 'Ein ‚Wort‘ hier.',
      errors: [
        { messageId: 'foreignQuotes', text: '‚', fix: '‘' },
        { messageId: 'wrongDirection', text: '‘', fix: '’' },
      ],
      output: 'Ein ‘Wort’ hier.',
    },
    {
      code: 'He said ‘hello‘ to me.',
      errors: [{ messageId: 'wrongDirection', text: '‘', start: 14, fix: '’' }],
      output: 'He said ‘hello’ to me.',
    },
    {
      code: 'The new demands" could not be met.',
      errors: [{ messageId: 'unbalanced', text: '"', start: 15, fix: null }],
    },
    {
      code: '"We need to be" constantly vigilant," Dr. Décary said.',
      name: 'two closing marks for one opening: the stray one is reported',
      errors: [{ messageId: 'unbalanced', start: 14 }],
    },
    {
      code: 'There are no "rainy" and "dry" seasons: the amount" of rain.',
      errors: [{ messageId: 'unbalanced', start: 50 }],
    },
    {
      code: '“First paragraph of the quotation.\n\nSecond paragraph.',
      name: 'unclosed, and the next paragraph does not continue the quotation',
      errors: [{ messageId: 'unbalanced', text: '“', line: 1, column: 1 }],
    },
    // French: English and straight quotes become « » with no-break spaces inside.
    {
      code: 'Il parle d’une “réforme” et d’un "plan".',
      lang: 'fr',
      errors: [
        { messageId: 'localeQuotes', text: '“', fix: '«\u00a0' },
        { messageId: 'localeQuotes', text: '”', fix: '\u00a0»' },
        { messageId: 'localeQuotes', text: '"', start: 33, fix: '«\u00a0' },
        { messageId: 'localeQuotes', text: '"', start: 38, fix: '\u00a0»' },
      ],
      output: 'Il parle d’une «\u00a0réforme\u00a0» et d’un «\u00a0plan\u00a0».',
    },
    {
      code: 'Une “ réforme ” annoncée.',
      lang: 'fr',
      name: 'fr: the spaces inside English quotes become no-break spaces',
      errors: [
        { messageId: 'localeQuotes', text: '“ ', fix: '«\u00a0' },
        { messageId: 'localeQuotes', text: ' ”', fix: '\u00a0»' },
      ],
      output: 'Une «\u00a0réforme\u00a0» annoncée.',
    },
    {
      code: 'Le mot «\u00a0crise« revient.',
      lang: 'fr',
      errors: [{ messageId: 'wrongDirection', text: '«', start: 14, fix: '»' }],
      output: 'Le mot «\u00a0crise» revient.',
    },
    {
      code: 'Le mot «\u00a0crise\u00a0« revient.',
      lang: 'fr',
      name: 'fr: a spaced « reads as opening: two unclosed marks, no fix',
      errors: [{ messageId: 'unbalanced', start: 7 }, { messageId: 'unbalanced', start: 15 }],
    },
    {
      code: 'Le mot »crise» revient.',
      lang: 'fr',
      errors: [{ messageId: 'wrongOpening', text: '»', start: 7, fix: '«' }],
      output: 'Le mot «crise» revient.',
    },
    {
      code: '«\u00a0Le "Brexit" est là\u00a0», dit-il.',
      lang: 'fr',
      name: 'fr: straight quotes inside guillemets become “ ”',
      errors: [
        { messageId: 'localeQuotes', text: '"', start: 5, fix: '“' },
        { messageId: 'localeQuotes', text: '"', start: 12, fix: '”' },
      ],
      output: '«\u00a0Le “Brexit” est là\u00a0», dit-il.',
    },
    {
      code: 'Il dit „bonjour et part.',
      lang: 'fr',
      errors: [{ messageId: 'localeUnpaired', text: '„', fix: null, suggestions: ['«'] }],
    },
    {
      code: '«\u00a0Une citation sans fin.\n\nUn autre paragraphe.',
      lang: 'fr',
      errors: [{ messageId: 'unbalanced', text: '«', line: 1, column: 1, fix: null }],
    },
    // German: straight and English quotes become „ “ (or » « where the article writes those).
    {
      code: 'Er sagte "gerade" und “englisch”.',
      lang: 'de',
      errors: [
        { messageId: 'localeQuotes', text: '"', fix: '„' },
        { messageId: 'localeQuotes', text: '"', fix: '“' },
        { messageId: 'localeQuotes', text: '“', fix: '„' },
        { messageId: 'localeQuotes', text: '”', fix: '“' },
      ],
      output: 'Er sagte „gerade“ und „englisch“.',
    },
    {
      code: 'Sie schrieb „Wort” dazu.',
      lang: 'de',
      name: 'de: an English closing mark after a German opening one',
      errors: [{ messageId: 'localeQuotes', text: '”', fix: '“' }],
      output: 'Sie schrieb „Wort“ dazu.',
    },
    {
      code: 'Er las »Faust« und »Kabale« und "Werther".',
      lang: 'de',
      name: 'de: the article’s own style (» «) wins',
      errors: [{ text: '"', fix: '»' }, { text: '"', fix: '«' }],
      output: 'Er las »Faust« und »Kabale« und »Werther«.',
    },
    {
      code: 'Die «Zeitung» schreibt.',
      lang: 'de',
      name: 'de: French-style guillemets',
      errors: [{ text: '«', fix: '„' }, { text: '»', fix: '“' }],
      output: 'Die „Zeitung“ schreibt.',
    },
    // Russian: straight and English quotes become « », inside them „ “.
    {
      code: 'Он сказал "привет" и “пока”.',
      lang: 'ru',
      errors: [{ fix: '«' }, { fix: '»' }, { fix: '«' }, { fix: '»' }],
      output: 'Он сказал «привет» и «пока».',
    },
    {
      code: '«Он сказал "нет"», пишет газета.',
      lang: 'ru',
      errors: [{ text: '"', fix: '„' }, { text: '"', fix: '“' }],
      output: '«Он сказал „нет“», пишет газета.',
    },
    // Spanish: the article's style among « » and “ ”, CLDR's “ ” on a tie.
    {
      code: 'Dijo «hola», «adiós» y "recto".',
      lang: 'es',
      errors: [{ fix: '«' }, { fix: '»' }],
      output: 'Dijo «hola», «adiós» y «recto».',
    },
    {
      code: 'Dijo «hola», luego «adiós» y después “basta”.',
      lang: 'es',
      name: 'es: one quotation in the style the article does not use',
      errors: [
        { messageId: 'inconsistentQuotes', text: '“', fix: '«' },
        { messageId: 'inconsistentQuotes', text: '”', fix: '»' },
      ],
      output: 'Dijo «hola», luego «adiós» y después «basta».',
    },
    {
      code: 'Er sagte „ja“, sie „nein“ und er »vielleicht«.',
      lang: 'de',
      name: 'de: book-style guillemets in an article that writes „ “',
      errors: [{ text: '»', fix: '„' }, { text: '«', fix: '“' }],
      output: 'Er sagte „ja“, sie „nein“ und er „vielleicht“.',
    },
    {
      code: 'Dijo "recto" y „alemán“.',
      lang: 'es',
      errors: [{ fix: '“' }, { fix: '”' }, { fix: '“' }, { fix: '”' }],
      output: 'Dijo “recto” y “alemán”.',
    },
  ],
});
