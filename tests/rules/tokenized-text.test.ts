import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/tokenized-text.js';
import { fixTextWith } from '../../src/core/run.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    "The children's hospital didn't close, and we've seen it.",
    // hyphens a writer spaces as dashes, in text that is not tokenised
    { code: 'The plumage was chestnut-brown above, and below - either pale or pigmented.', name: 'a dash' },
    { code: 'The trial ran from weeks 21 - 27, and the route London - Paris reopened.', name: 'a range and a route, written so' },
    { code: 'Xinhua News - Hunan Daily reported it.', name: 'a byline' },
    { code: 'The shop on Main St - Boston, that is - closed.', name: 'St is also a street' },
    // in tokenised text, a dash stays where no compound can be
    { code: 'the plumage was brown above , and below - either pale or pigmented .', name: 'a clause word after the dash' },
    { code: 'the season was played without incidents - albeit without fans .', name: 'a conjunction after the dash' },
    { code: 'no student interviewed - much less any teacher - said so .', name: 'a pair of dashes' },
    { code: 'take specialised phones - walkman models , for instance .', name: 'a plural before the dash' },
    { code: 'the war escalated significantly - first , the talks failed .', name: 'an adverb in -ly' },
    { code: 'It hit a new high in 2022 - Xinhua News Agency , Beijing .', name: 'a number before a capital' },
    { code: 'Products on Sale , Holding Period 360 Days - China News Network .', name: 'runs of capitalised words' },
    { code: 'the OCA - risk assessment for the patient , and more .', name: 'an acronym and a noun' },
    { code: 'Hanoi , VNA - VNA correspondents reported it .', name: 'the same word on both sides' },
    { code: 'It is a systematic project - four theories explain it .', name: 'a number word after a word' },
    { code: 'The first step , then the plan - Johnson said so .', name: 'a lower-case word before a capital' },
    // text that writes hyphens flush was not split by a tokeniser
    { code: 'The part-time staff left , and below - either way .', name: 'a flush hyphen elsewhere in the paragraph' },
    // quotes and apostrophes
    { code: "Personal engagement ' and ' lasting relationships ' were identified .", name: 'three lone quotes pair up with nothing' },
    { code: "He wrote the letter 's' and moved to 's-Hertogenbosch .", name: 'a quoted letter, a Dutch name' },
    { code: 'It cost R$ 1.2 billion , or US$ 5 each .', name: 'a currency sign after letters is written either way' },
    { code: 'It cost $ 503 million, they said.', name: 'currency outside tokenised text' },
    { code: 'the farmer and his / her family , and the mmol / L values .', name: 'spaced slashes are real MT too' },
  ],
  invalid: [
    {
      code: "The boy at the Children 's Hospital did n't go, and we 've seen the 1850 's.",
      name: 'clitics are certain anywhere',
      errors: [
        { messageId: 'apostrophe', text: "Children 's", fix: '' },
        { messageId: 'apostrophe', text: "did n't", fix: '' },
        { messageId: 'apostrophe', text: "we 've", fix: '' },
        { messageId: 'apostrophe', text: "1850 's", fix: '' },
      ],
      output: "The boy at the Children's Hospital didn't go, and we've seen the 1850's.",
    },
    {
      code: 'Colbert welcomed a 17 - year - old, the Commander - in - Chief and an anti - obscenity group.',
      name: 'certain compound shapes anywhere',
      errors: [
        { messageId: 'hyphen', text: '17 - year' },
        { messageId: 'hyphen', text: 'year - old' },
        { messageId: 'hyphen', text: 'Commander - in' },
        { messageId: 'hyphen', text: 'in - Chief' },
        { messageId: 'hyphen', text: 'anti - obscenity' },
      ],
      output: 'Colbert welcomed a 17-year-old, the Commander-in-Chief and an anti-obscenity group.',
    },
    {
      code: 'They took a 10 - minute walk on a week - long tour to Saint - Etienne.',
      errors: [{ text: '10 - minute' }, { text: 'week - long' }, { text: 'Saint - Etienne' }],
      output: 'They took a 10-minute walk on a week-long tour to Saint-Etienne.',
    },
    {
      code: 'companies applied for part - time work at the Dingolfing - Landau office , and Napoli won 2 - 0 .',
      name: 'tokenised text: any compound the tokeniser split',
      errors: [{ text: 'part - time' }, { text: 'Dingolfing - Landau' }, { text: '2 - 0' }],
      output: 'companies applied for part-time work at the Dingolfing-Landau office , and Napoli won 2-0 .',
    },
    {
      code: 'Argentina had failed to pay $ 503 million , and the cats \' urine was found .',
      name: 'tokenised text: currency and a plural possessive',
      errors: [
        { messageId: 'currency', text: '$ 503', fix: '' },
        { messageId: 'apostrophe', text: "cats '", fix: '' },
      ],
      output: "Argentina had failed to pay $503 million , and the cats' urine was found .",
    },
    {
      code: "For example , ' learning ' and ' socialization ' are motivations .",
      name: 'tokenised text: single quotes that pair up',
      errors: [
        { messageId: 'quote', text: "' l" },
        { messageId: 'quote', text: "g '" },
        { messageId: 'quote', text: "' s" },
        { messageId: 'quote', text: "n '" },
      ],
      output: "For example , 'learning' and 'socialization' are motivations .",
    },
  ],
});

describe('tokenized-text with the other rules', () => {
  it('restores a tokenised sentence exactly', () => {
    const cases: [string, string][] = [
      [
        'Late night presenter Stephen Colbert welcomed 17 - year - old Thunberg to his show on Tuesday .\n',
        'Late night presenter Stephen Colbert welcomed 17-year-old Thunberg to his show on Tuesday.\n',
      ],
      [
        '" While 50 percent of Argentina \'s children live in poverty , we must not maximize short - term gains . "\n',
        '"While 50 percent of Argentina\'s children live in poverty, we must not maximize short-term gains."\n',
      ],
      [
        'Scientists say that the plumage was chestnut - brown above , and below - either pale or pigmented .\n',
        'Scientists say that the plumage was chestnut-brown above, and below - either pale or pigmented.\n',
      ],
    ];
    for (const [input, want] of cases) {
      const out = fixTextWith(input, { lang: 'en' }).output;
      expect(out).toBe(want);
      expect(fixTextWith(out, { lang: 'en' }).output).toBe(out);
    }
  });
});
