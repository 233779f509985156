import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/dropped-word.js';
import { checkText, fixTextWith } from '../../src/core/run.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'The firm was registered in Paris. The next day it moved.',
    // stranded prepositions and particles, written flush
    { code: 'Nobody knows what it is made of. The lab will test it.', name: 'stranded after a wh-word' },
    { code: 'That is the one I asked about. It is blue.', name: 'stranded in a relative clause' },
    { code: 'Please come in. Log in, then set up. Sit down.', name: 'particles' },
    { code: 'The door opened and he came in .', name: 'a particle with a stray space: space-before-punctuation’s' },
    { code: 'She let him in . It was cold.', name: 'a particle after the object' },
    { code: 'It is the house that he lived in . It was old.', name: 'a relative before a spaced stranded preposition' },
    { code: 'That is the one I asked about . It is someone you can rely on . The rest is known.', name: 'relatives without that' },
    { code: 'The right answer is answer a. Then we left.', name: 'an answer named a' },
    { code: 'What was he looking at ? Nobody knew.', name: 'a capitalised wh-word strands too' },
    // tokenised text: a space before every mark says nothing about a gap
    { code: 'It was left to ferment in water for , depending on taste , a year . He was born in . The end .', name: 'tokenised' },
    // prepositions before commas, colons, semicolons
    { code: 'It was left to ferment in water for, depending on taste, a year.', name: 'a preposition before an aside' },
    { code: 'There were six themes, including: quality of life and care.', name: 'including: a list' },
    { code: 'Registered on: 18 November 2015.', name: 'a label' },
    { code: 'If you want to. Then go.', name: 'to ends a sentence by ellipsis' },
    // a mark that does not end the sentence: stray-punctuation's
    { code: 'The start of the. program was late.', name: 'before a lower-case word' },
    { code: 'He saw the end of the. Year two began.', name: 'before a capitalised word that opens no sentence' },
    // letters, abbreviations, titles, quotes, compounds
    { code: 'He chose plan a. Then he left.', name: 'a letter named a' },
    { code: 'It takes vitamin a. It also takes zinc.', name: 'vitamin a' },
    { code: 'This is due to v. a. The rest is known.', name: 'a run of abbreviations' },
    { code: 'He wrote a song called In. The song was a hit.', name: 'a capitalised word is a title' },
    { code: 'Use the "and" operator or the and/or case; the by-election came first.', name: 'quoted words and compounds' },
    { code: 'The in vitro tests and the on switch worked.', name: 'in and on after the' },
    { code: 'The will of the people and the must of the grapes.', name: 'will and must are nouns' },
    { code: 'Their and our children met.', name: 'possessives coordinated' },
    { code: 'He said the. . . and stopped.', name: 'an ellipsis' },
    // other languages: only the words whose class is certain
    { code: 'Fais-le. Il est parti. Je suis pour. Il le fait avec.', lang: 'fr', name: 'fr: pronouns and adverbial prepositions' },
    { code: 'Compré una. Él no para. La vi.', lang: 'es', name: 'es: pronouns and verb forms' },
    { code: 'Er kauft ein. Ich kenne die.', lang: 'de', name: 'de: no word list' },
  ],
  invalid: [
    {
      code: 'He was registered in . The next day it rained.',
      name: 'a gap before the mark after a preposition',
      errors: [{ messageId: 'endsSentence', text: 'in .', severity: 'major', fix: null }],
    },
    {
      code: 'The deal was signed by the and the firm left.',
      errors: [{ messageId: 'beforeWord', text: 'the and', severity: 'major', fix: null }],
    },
    {
      code: 'An of the plan was read. He sold it to the. The next day he left.',
      errors: [
        { messageId: 'beforeWord', text: 'An of' },
        { messageId: 'endsSentence', text: 'the.' },
      ],
    },
    {
      code: 'It rained during. Then it stopped. Prices rose despite!',
      name: 'prepositions never stranded; at the paragraph end',
      errors: [{ text: 'during.' }, { text: 'despite!' }],
    },
    {
      code: 'He handed over their .',
      name: 'a determiner before the paragraph end',
      errors: [{ text: 'their .' }],
    },
    {
      code: 'Le contrat a été signé par des. Il est parti dans. Le lendemain, rien.',
      lang: 'fr',
      errors: [{ text: 'des.' }, { text: 'dans.' }],
    },
    {
      code: 'El acuerdo se firmó con el. Luego se fue desde.',
      lang: 'es',
      errors: [{ text: 'el.' }, { text: 'desde.' }],
    },
  ],
});

describe('dropped-word and the other rules', () => {
  it('supersedes the space before the mark: fix does not close the gap', () => {
    const text = 'He was registered in . The next day it rained.\n';
    expect(checkText(text, { lang: 'en' }).map((f) => f.ruleId)).toEqual(['dropped-word']);
    expect(fixTextWith(text, { lang: 'en' }).output).toBe(text);
  });

  it('takes `the. The` from stray-punctuation, which keeps `the. program`', () => {
    expect(checkText('He sold it to the. The next day he left.', { lang: 'en' }).map((f) => f.ruleId)).toEqual(['dropped-word']);
    expect(checkText('The start of the. program was late.', { lang: 'en' }).map((f) => f.ruleId)).toEqual(['stray-punctuation']);
  });
});
