import rule from '../../src/rules/repeated-whitespace.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'One space between words.',
    { code: '    indented code-like line', name: 'indentation' },
    { code: 'A Markdown hard break  \nnext line', format: 'markdown', name: 'hard break' },
    { code: '| a  | b   |\n|---|---|', format: 'markdown', name: 'table row' },
    { code: 'Run `a  b` here.', format: 'markdown', name: 'inline code' },
  ],
  invalid: [
    {
      code: 'The  minister said.',
      errors: [{ messageId: 'repeated', text: '  ', start: 3, end: 5, fix: ' ' }],
      output: 'The minister said.',
    },
    {
      code: 'One.   Two\u00a0 three.',
      errors: [{ text: '   ', line: 1, column: 5 }, { text: '\u00a0 ' }],
      output: 'One. Two three.',
    },
    {
      code: 'Line one\r\nand  two',
      errors: [{ text: '  ', line: 2, column: 4 }],
      output: 'Line one\r\nand two',
    },
  ],
});
