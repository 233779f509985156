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
  ],
});
