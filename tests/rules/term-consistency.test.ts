import rule from '../../src/rules/term-consistency.js';
import { yamlGlossary } from '../helpers/glossary.js';
import { ruleTester } from '../helpers/rule-tester.js';

const names = yamlGlossary(`
name: names
entries:
  - term: Kyiv
    alternatives: [Kiev]
    category: name
  - term: Zelensky
    alternatives: [Zelenskyy]
    variants: [Zelenski]
    category: name
`);

ruleTester(
  rule,
  {
    valid: [
      'Kyiv and Kyiv again.',
      { code: 'Kiev, then Kiev.', name: 'one acceptable form throughout' },
      { code: 'Zelensky met Zelenski.', name: 'a wrong form is glossary-term’s business' },
    ],
    invalid: [
      {
        code: 'Kyiv said. Kiev replied. Kyiv again.',
        errors: [{ messageId: 'mixed', text: 'Kiev', suggestions: ['Kyiv'], severity: 'minor' }],
      },
      {
        code: 'Zelenskyy spoke; Zelensky listened; Zelenskyy’s aides left.',
        errors: [{ text: 'Zelensky', suggestions: ['Zelenskyy'] }],
        name: 'the majority form wins, possessive kept out of the span',
      },
      {
        code: 'Kiev and Kyiv.',
        errors: [{ text: 'Kiev', suggestions: ['Kyiv'] }],
        name: 'on a tie the preferred term wins',
      },
    ],
  },
  { glossaries: [names] },
);
