import rule from '../../src/rules/calque.js';
import { yamlGlossary } from '../helpers/glossary.js';
import { ruleTester } from '../helpers/rule-tester.js';

const calques = yamlGlossary(`
name: calques-fr
sourceLanguages: [fr]
entries:
  - term: it is about
    variants: [it is a question of]
    alternatives: [the aim is to]
    category: calque
    source: { fr: "il s'agit de" }
    note: Literal rendering of il s'agit de.
  - term: currently
    variants: [actually]
    category: false-friend
    severity: info
    source: { fr: actuellement }
  - term: for ten years
    patterns: ['since (?:\\d+|two|three|ten) years']
    category: calque
    source: { fr: depuis dix ans }
`);

ruleTester(
  rule,
  {
    valid: [
      { code: 'It is about preserving the values.', sourceLang: 'fr' },
      { code: 'Officially, it is a question of preserving the values.', sourceLang: 'de', name: 'another source language' },
      { code: 'The question of whether it works.', sourceLang: 'fr' },
    ],
    invalid: [
      {
        code: 'Officially, it is a question of preserving the values.',
        sourceLang: 'fr',
        errors: [{ messageId: 'calqueFrom', text: 'it is a question of', severity: 'minor', suggestions: ['it is about', 'the aim is to'], fix: null }],
      },
      {
        code: 'Officially, it is a question of preserving the values.',
        errors: [{ text: 'it is a question of', severity: 'info' }],
        name: 'unknown source: info only',
      },
      {
        code: 'She actually agreed.',
        sourceLang: 'fr',
        errors: [{ messageId: 'falseFriendFrom', text: 'actually', severity: 'info' }],
        name: 'a bare false friend stays at info',
      },
      {
        code: 'He has lived here since 10 years.',
        sourceLang: 'fr',
        errors: [{ text: 'since 10 years', suggestions: ['for ten years'] }],
        name: 'a pattern',
      },
    ],
  },
  { glossaries: [calques] },
);
