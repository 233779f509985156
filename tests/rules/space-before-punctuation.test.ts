import rule from '../../src/rules/space-before-punctuation.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'Already a subscriber? Log in (or register) here: it is free, quick; and safe!',
    { code: 'The meeting starts at 10:30 and the ratio is 3:1.', name: 'times and ratios' },
    { code: 'Italy won 3 : 1 at 10 : 30 in the evening, see John 3 : 16.', name: 'spaced ratios, times, verses' },
    { code: 'Thanks a lot :) See you soon ;-) or not :-( and :D okay :P', name: 'emoticons' },
    { code: 'I was sad :( but then happy :)So there.', name: 'emoticons glued to the next word' },
    { code: 'Kaomoji ( ^_^ ) and ( ; ) are not brackets of prose.', name: 'brackets without letters' },
    { code: 'Waiting ._. for nothing.', name: 'the ._. face' },
    { code: '1. First item\n2. Second item\na) third\n(a) fourth\n- fifth', name: 'list markers' },
    { code: '- [ ] task\n- [x] done\n- [ X ] done too', format: 'markdown', name: 'task list checkboxes' },
    { code: 'Yes ( ) No ( x ) Maybe [ ]', name: 'form checkboxes and empty brackets' },
    { code: 'He paused ... and then left. And . . . nothing. Really ... .', name: 'ellipses' },
    { code: '... and then it began.', name: 'an ellipsis that starts a sentence' },
    { code: 'Open the .txt file in .NET and visit example .com; it is .5 percent bigger.', name: 'leading-dot tokens' },
    { code: 'Use the :smile: code, the !important flag and the ?query part.', name: 'tokens that start with a mark' },
    { code: 'Run `ls -la ;` or `f( x )` here.', format: 'markdown', name: 'code spans' },
    { code: 'See https://example.com/page .', name: 'a mark kept out of a URL' },
    { code: '### s.append( content )\n\nCall trim([ chars ]) now.', format: 'markdown', name: 'calls and signatures' },
    { code: 'Benchmark :: basic', name: 'a double colon' },
    { code: 'A list, , and more; . Then , . Or : ? And , , too.', name: 'double punctuation is dangling-punctuation' },
    { code: 'The end )', name: 'a closing bracket with no opening one' },
    { code: '  , indented continuation', name: 'a mark at the start of a line' },
    { code: 'Prices rose – sharply – in May.', name: 'a spaced en dash' },
  ],
  invalid: [
    {
      code: 'Already a subscriber ?',
      errors: [{ messageId: 'before', text: ' ?', start: 20, end: 22, fix: '' }],
      output: 'Already a subscriber?',
    },
    {
      code: 'So far , more than 272,000 infections have been registered in Spain .',
      errors: [
        { messageId: 'before', text: ' ,', column: 7, fix: '' },
        { messageId: 'before', text: ' .', fix: '' },
      ],
      output: 'So far, more than 272,000 infections have been registered in Spain.',
    },
    {
      code: 'The samples were analysed by infrared spectroscopy ( FTIR ) .',
      errors: [
        { messageId: 'after', text: '( ', fix: '' },
        { messageId: 'before', text: ' )', fix: '' },
        { messageId: 'before', text: ' .', fix: '' },
      ],
      output: 'The samples were analysed by infrared spectroscopy (FTIR).',
    },
    {
      code: 'Note : the office is closed ; come back tomorrow !',
      errors: [{ text: ' :' }, { text: ' ;' }, { text: ' !' }],
      output: 'Note: the office is closed; come back tomorrow!',
    },
    {
      code: 'French typography\u00a0: a no-break space\u202f! Thin\u2009?',
      errors: [
        { text: '\u00a0:', fix: '' },
        { text: '\u202f!', fix: '' },
        { text: '\u2009?', fix: '' },
      ],
      output: 'French typography: a no-break space! Thin?',
    },
    {
      code: 'The ruling [ see annex ] stands  .',
      errors: [
        { messageId: 'after', text: '[ ' },
        { messageId: 'before', text: ' ]' },
        { messageId: 'before', text: '  .', fix: '' },
      ],
      output: 'The ruling [see annex] stands.',
    },
    {
      code: 'A Munich resident ( 17 ) pushed him , said "police" .',
      errors: [{ text: '( ' }, { text: ' )' }, { text: ' ,' }, { text: ' .' }],
      output: 'A Munich resident (17) pushed him, said "police".',
    },
    {
      code: 'See https://example.com/a?b=1 , or `enable()` : then.',
      format: 'markdown',
      errors: [{ text: ' ,' }, { text: ' :' }],
      output: 'See https://example.com/a?b=1, or `enable()`: then.',
    },
    {
      code: 'Line one .\nLine two ?',
      errors: [
        { text: ' .', line: 1, column: 9 },
        { text: ' ?', line: 2, column: 9 },
      ],
      output: 'Line one.\nLine two?',
    },
    {
      code: 'Subscribe now **today** !',
      format: 'markdown',
      errors: [{ text: ' !' }],
      output: 'Subscribe now **today**!',
    },
  ],
});
