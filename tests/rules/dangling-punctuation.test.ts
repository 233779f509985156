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
    { code: 'Sales rose, etc., and the firm, e.g., grew. Acme Inc., a firm, agreed.', name: 'abbreviations before commas' },
    { code: 'He sold it to Acme Inc., The Times reported.', name: 'an abbreviation then a comma before a capital' },
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
      name: 'before a capital both readings stand; at the paragraph end the final mark is right',
      errors: [
        { messageId: 'twoMarks', text: ',.', fix: null, suggestions: [',', '.'] },
        { messageId: 'twoMarks', text: ';.', fix: null, suggestions: [';', '.'] },
        { messageId: 'orphan', text: ':.', fix: '.' },
      ],
      output: 'We met them,. Then we left;. See the note.',
    },
    {
      code: 'Born in Tokyo to British parents,. Olivia de Havilland moved to California.',
      name: 'a name may follow the comma: no fix',
      errors: [{ messageId: 'twoMarks', text: ',.', fix: null, suggestions: [',', '.'] }],
      output: null,
    },
    {
      code: 'The results ,. The next round starts soon.',
      name: 'spaced, before a capital: no fix (and the space before the comma waits for the reviewer)',
      errors: [{ messageId: 'twoMarks', text: ',.', fix: null }],
      output: null,
    },
    {
      code: 'When new ways of writing appeared,? the pencil lost its status.',
      name: 'a lower-case word follows: the sentence mark is stray, the comma stays',
      errors: [{ messageId: 'strayMark', text: ',?', fix: ',' }],
      output: 'When new ways of writing appeared, the pencil lost its status.',
    },
    {
      code: 'He said ,? and left; we stayed;. and waited:! then slept.',
      errors: [
        { messageId: 'strayMark', text: ',?', fix: ',' },
        { messageId: 'strayMark', text: ';.', fix: ';' },
        { messageId: 'strayMark', text: ':!', fix: ':' },
      ],
      output: 'He said , and left; we stayed; and waited: then slept.',
    },
    {
      code: 'We bought it,. iPhone sales rose.',
      name: 'a brand written in lower case reads as a capitalised word: no fix',
      errors: [{ messageId: 'twoMarks', fix: null }],
      output: null,
    },
    {
      code: 'They love us,.\n\nNext paragraph.',
      name: 'the end of a paragraph is the end of a sentence',
      errors: [{ messageId: 'orphan', fix: '.' }],
      output: 'They love us.\n\nNext paragraph.',
    },
    {
      code: 'They love us,.\nthe line goes on.',
      name: 'a line break inside a paragraph is not its end',
      errors: [{ messageId: 'strayMark', fix: ',' }],
      output: 'They love us,\nthe line goes on.',
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
      code: 'It affects the cerveau,, spinal cord and nerves.',
      name: 'a word the target lacks before a doubled comma: left in with its comma, no fix',
      errors: [{ messageId: 'doubled', text: ',,', fix: null, suggestions: [','] }],
      output: null,
    },
    {
      code: 'Le cerveau,, la moelle.',
      lang: 'fr',
      name: 'French words before a doubled comma in French: fixed',
      errors: [{ messageId: 'doubled', text: ',,', fix: ',' }],
      output: 'Le cerveau, la moelle.',
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
      code: 'Line one, .\r\nLine two ( ).\r\n\r\nLine three, .\r\n',
      name: 'CRLF: a capitalised line after the pair keeps both readings; a paragraph end does not',
      errors: [
        { text: ', .', line: 1, column: 9, messageId: 'twoMarks', fix: null },
        { text: '( )', line: 2, column: 10 },
        { text: ', .', line: 4, column: 11, messageId: 'orphan', fix: '.' },
      ],
      output: 'Line one, .\r\nLine two.\r\n\r\nLine three.\r\n',
    },
  ],
});
