import rule from '../../src/rules/quote-spacing.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'He said “like this” and ‘this’.', name: 'curly quotes without inner space' },
    { code: 'Straight quotes "like this" are fine.', name: 'straight quotes' },
    { code: '“He said ‘no’ today.”', name: 'nested quotes' },
    { code: 'I don’t know, it\'s the ’90s, rock ’n’ roll, O’Brien and the students’ union.', name: 'apostrophes' },
    { code: 'He is 5\' 11" tall and sold a 12" vinyl.', name: 'inch and feet marks' },
    { code: 'A “quote that spans\nthe lines” of a paragraph.', name: 'quote across lines' },
    { code: '“First paragraph of the quotation.\n\n“Second paragraph, which closes it.”', name: 'multi-paragraph quotation' },
    { code: 'Type `" x "` to quote a word.', format: 'markdown', name: 'straight quotes in inline code' },
    { code: '“\u2009‘No,’ he said, ‘never.’\u2009”', name: 'thin space between adjacent double and single quotes' },
    { code: 'He said " hello and left.', name: 'a lone spaced quote: the pairing is unclear' },
    { code: 'The mark " and the "more" here.', name: 'odd number of straight quotes: the pairing is unclear' },
    { code: 'Er sagte „ja“ und »nein«.', lang: 'de', name: 'de: no space inside' },
    { code: 'Он сказал «привет» и «Он сказал „нет“».', lang: 'ru', name: 'ru: no space inside' },
    { code: 'Dijo «hola» y “adiós”.', lang: 'es', name: 'es: no space inside' },
    { code: 'Il a dit «\u00a0oui\u00a0» et « non ».', lang: 'fr', name: 'fr: the space inside « » is french-spacing’s' },
    { code: 'Un “ mot ” anglais.', lang: 'fr', name: 'fr: English quotes are quote-pairing’s (fixed with their spaces)' },
  ],
  invalid: [
    {
      code: 'A threat “ shape the opinions of entire nations “ here.',
      name: 'spaced curly quotes (the closing one points the wrong way: quote-pairing fixes that)',
      errors: [
        { messageId: 'afterOpening', text: '“ ', start: 9, end: 11, fix: '' },
        { messageId: 'beforeClosing', text: ' “', start: 47, end: 49, fix: '' },
      ],
      output: 'A threat “shape the opinions of entire nations“ here.',
    },
    {
      code: 'Say " word " now.',
      errors: [
        { messageId: 'afterOpening', text: '" ', fix: '' },
        { messageId: 'beforeClosing', text: ' "', fix: '' },
      ],
      output: 'Say "word" now.',
    },
    {
      code: 'He said " hello" and "bye ".',
      name: 'pairing from the paragraph: first opens, last closes',
      errors: [{ text: '" ', column: 9 }, { text: ' "', column: 26 }],
      output: 'He said "hello" and "bye".',
    },
    {
      code: 'The motto « mot\u00a0» and «\u202fautre »',
      name: 'guillemets with no-break and narrow no-break spaces',
      errors: [
        { messageId: 'afterOpening', text: '« ' },
        { messageId: 'beforeClosing', text: '\u00a0»' },
        { messageId: 'afterOpening', text: '«\u202f' },
        { messageId: 'beforeClosing', text: ' »' },
      ],
      output: 'The motto «mot» and «autre»',
    },
    {
      code: 'This process was called “ trained immunity.”',
      errors: [{ messageId: 'afterOpening', text: '“ ', start: 24, end: 26 }],
      output: 'This process was called “trained immunity.”',
    },
    {
      code: 'Google said the answer “meets high standards of quality. ”.',
      errors: [{ messageId: 'beforeClosing', text: ' ”' }],
      output: 'Google said the answer “meets high standards of quality.”.',
    },
    {
      code: 'Er sagte „ ja “ und » nein «.',
      lang: 'de',
      errors: [
        { messageId: 'afterOpening', text: '„ ', fix: '', suggestions: ['„'] },
        { messageId: 'beforeClosing', text: ' “', fix: '', suggestions: ['“'] },
        { messageId: 'afterOpening', text: '» ', fix: '' },
        { messageId: 'beforeClosing', text: ' «', fix: '' },
      ],
      output: 'Er sagte „ja“ und »nein«.',
    },
    {
      code: 'Он сказал «\u00a0привет\u00a0».',
      lang: 'ru',
      name: 'ru: French-style no-break spaces inside ёлочки',
      errors: [{ text: '«\u00a0', suggestions: ['«'] }, { text: '\u00a0»', suggestions: ['»'] }],
      output: 'Он сказал «привет».',
    },
    {
      code: 'Dijo « hola » ayer.',
      lang: 'es',
      errors: [{ text: '« ' }, { text: ' »' }],
      output: 'Dijo «hola» ayer.',
    },
    {
      code: '“ Shape\nthe nations ”',
      name: 'a quotation across two lines',
      errors: [{ text: '“ ', line: 1, column: 1 }, { text: ' ”', line: 2, column: 12 }],
      output: '“Shape\nthe nations”',
    },
  ],
});
