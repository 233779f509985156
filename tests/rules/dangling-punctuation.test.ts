import rule from '../../src/rules/dangling-punctuation.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'A clean sentence, with a comma; and more: fine.',
    // ellipses, doubled marks of style
    'Wait... what?!',
    'No!! Really?!',
    { code: 'And so on, ... until the end.', name: 'comma then ellipsis' },
    { code: 'And so on, … until the end.', name: 'comma then ellipsis character' },
    { code: 'He paused. . . and went on.', name: 'spaced ellipsis' },
    { code: 'Wait . . . really.', name: 'spaced ellipsis after a space' },
    // abbreviations before a comma
    'He bought apples, pears, etc., and left.',
    'Use it e.g., here, and ask Acme Inc., too.',
    // brackets that are not empty or not orphaned
    'Select the file(s) you need.',
    { code: 'Call foo() to start.', name: 'a function call' },
    { code: 'Declare int[] values.', name: 'an array type' },
    { code: 'The () operator calls it; empty brackets [] mean a list.', name: 'brackets talked about' },
    { code: 'Call `foo( )` now.', format: 'markdown', name: 'inline code' },
    'He said [...] and left [\u2026] later.',
    // emoticons, entities, ratios, times
    'Smile :) or wink ;) today.',
    { code: 'He works at AT&amp;.', name: 'an HTML entity before a full stop' },
    'The ratio was 3:1. Time 10:30.',
    { code: 'The string ",." is odd.', name: 'quoted punctuation' },
    // task lists and forms
    { code: '- [ ] buy milk\n- [x] call Bob', format: 'markdown', name: 'Markdown task list' },
    { code: '- [ ] buy milk\n* [ ] call Bob\n1. [ ] pay', name: 'task list in plain text' },
    { code: 'Yes [ ] No [ ]', name: 'a form with checkboxes' },
    { code: 'Agree [x] Disagree [ ]', name: 'a form with a ticked box' },
    { code: ',,, odd', name: 'three commas are something else' },
    { code: 'See [Docs](https://x.org/a,.b) now.', format: 'markdown', name: 'URL' },
  ],
  invalid: [
    {
      code: 'And if you love us, .',
      errors: [{ messageId: 'orphan', text: ', .', start: 18, end: 21, fix: '.' }],
      output: 'And if you love us.',
    },
    {
      code: 'We met them,. Then we left;. See the note:.',
      errors: [{ text: ',.' }, { text: ';.' }, { text: ':.' }],
      output: 'We met them. Then we left. See the note.',
    },
    {
      code: 'Is it true, ?',
      errors: [{ messageId: 'orphan', text: ', ?', fix: '?' }],
      output: 'Is it true?',
    },
    {
      code: 'Follow us on [Twitter](https://t.co/x), .',
      format: 'markdown',
      name: 'after a link',
      errors: [{ text: ', .' }],
      output: 'Follow us on [Twitter](https://t.co/x).',
    },
    {
      code: 'apples, , pears,, plums',
      errors: [
        { messageId: 'doubled', text: ', ,', fix: ',' },
        { messageId: 'doubled', text: ',,', fix: ',' },
      ],
      output: 'apples, pears, plums',
    },
    {
      code: 'It ended, , .',
      name: 'a doubled comma then an orphan: two passes',
      errors: [{ messageId: 'doubled', text: ', ,' }],
      output: 'It ended.',
    },
    {
      code: 'He left. . Then he came back.',
      errors: [{ messageId: 'doubled', text: '. .', fix: '.' }],
      output: 'He left. Then he came back.',
    },
    {
      code: 'The company ( ) said so.',
      errors: [{ messageId: 'emptyBrackets', text: '( )', start: 12, end: 15, fix: '' }],
      output: 'The company said so.',
    },
    {
      code: 'Hackers named Edalat Ali () appeared in K562 cells (). However, no.',
      errors: [{ text: '()' }, { text: '()' }],
      output: 'Hackers named Edalat Ali appeared in K562 cells. However, no.',
    },
    {
      code: 'Read the [ ] report.',
      errors: [{ messageId: 'emptyBrackets', text: '[ ]' }],
      output: 'Read the report.',
    },
    {
      code: 'The site ( )x is down.',
      name: 'no fix when a letter follows',
      errors: [{ text: '( )', fix: null }],
      output: null,
    },
    {
      code: 'Line one, .\r\nLine two ( ).',
      errors: [{ text: ', .', line: 1, column: 9 }, { text: '( )', line: 2, column: 10 }],
      output: 'Line one.\r\nLine two.',
    },
  ],
});
