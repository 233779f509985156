import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rule, { allMatches, PATTERNS } from '../../src/rules/stray-punctuation.js';
import { ruleTester } from '../helpers/rule-tester.js';

describe('allMatches', () => {
  // Each pattern's own global scan, the reference for the one alternation scan.
  const separately = (text: string): [number, string[]][][] =>
    PATTERNS.map((re) => [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, [...m]] as [number, string[]]));
  const found = (text: string): [number, string[]][][] => allMatches(text).map((list) => list.map((m) => [m.index, [...m]] as [number, string[]]));
  it('finds per pattern what its own scan finds, on mark-rich random text', () => {
    const pieces = ['the', 'The', 'Is', 'iſ', 'a', 'in', 'word', '70', 'km', ' ', '\u00a0', '\n', '\r', '.', '?', '!', ';', ':', ',', '@', '_', '#', '|', "'", '’', '-', '(5)', 'Of', 'been'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(found(text)).toEqual(separately(text));
      }),
      { numRuns: 4000 },
    );
  });
  it('spells the comma words in every case as /iu would (with the long s and the Kelvin sign)', () => {
    const comma = PATTERNS[2];
    const words = ['is', 'IS', 'iſ', 'The', 'tHe', 'MUST', 'muſt'];
    for (const w of words) expect([...`So ${w}, then`.matchAll(new RegExp(comma.source, 'gu'))].length).toBe(1);
    for (const w of words) expect([...`So ${w}, then`.matchAll(new RegExp(comma.source.replaceAll('\u017f', '').replaceAll('ſ', ''), 'giu'))].length).toBe(1);
  });
  it('finds per pattern what its own scan finds, on the corpus articles', () => {
    const dir = new URL('../../corpus/', import.meta.url);
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      expect(found(text)).toEqual(separately(text));
    }
  });
});

ruleTester(rule, {
  valid: [
    'There is still a legal risk. The court will decide; the minister said so: nothing else.',
    { code: 'Fruit, e.g. apples, i.e. fresh ones, etc. and more.', name: 'e.g., i.e., etc.' },
    { code: 'U.S. officials met at 5 p.m. on Monday with Mr. smith and Sen. jones.', name: 'abbreviations' },
    { code: 'Prices vs. costs rose approx. ten percent, cf. the table (op. cit. here), as Dr. no one knew.', name: 'more abbreviations' },
    { code: 'He bought a 60 mm. mortar and a 1 in. thick 8-oz. glass in Hays, Kan. as planned.', name: 'units and states' },
    { code: 'The case of Ravenna Bt. or the Ltd. company went to Chmn. jones.', name: 'vowelless abbreviations' },
    { code: 'John F. kennedy and p. a. system', name: 'initials' },
    { code: '1. item one\n2. item two\na. item three', format: 'markdown', name: 'ordered list markers' },
    { code: '- [ ] task\n- [x] done', format: 'markdown', name: 'task list' },
    { code: 'It was... and then nothing. It was … odd.', name: 'ellipses' },
    { code: 'Open the .txt file, add .5 percent.', name: 'leading dots' },
    { code: 'See example.com. then v2.0. the release notes.', name: 'domains and versions' },
    { code: 'Run `ls -la; echo a! b` and `x_ y`.', format: 'markdown', name: 'code spans' },
    { code: 'Visit https://example.com/a_ b or write to @handle_ now.', name: 'masked URLs and handles' },
    { code: 'Both pre- and post-war, short- or long-term, 10- to 15-year-old and paleo- and the neocortex.', name: 'suspended hyphens' },
    { code: 'Write the x-, y-, and z- coordinates by e-mail in hexa- or plain decimal on a 36- by 20-foot sign.', name: 'a list of suspended hyphens' },
    { code: 'Grades B- and A- K, and -including myself- nobody knew.', name: 'grades and hyphen dashes' },
    { code: 'Set user_id and __init__ then ~~gone~~ text.', format: 'markdown', name: 'snake_case and strikethrough' },
    { code: 'An _emphasised_ word and a *starred* one.', format: 'markdown', name: 'emphasis' },
    { code: 'C# is fine and F# too.', name: 'C#' },
    { code: '| a| b |\n|---|---|', format: 'markdown', name: 'table pipes' },
    { code: 'Yahoo! reported that eBay. iPhone sales fell. mRNA levels rose. i18next works.', name: 'brands' },
    { code: 'To: all staff\nOr: "Does he?"', name: 'labels at the start of a line' },
    { code: 'It is what he thought of: dull. Go if you can; but do not stay.', name: 'stranded prepositions and elided verbs' },
    { code: 'The players\' union and Jesus\' words.', name: 'plural possessives' },
    { code: 'Rock \'n\' roll, nothin\' doing, the good ol\' days.', name: 'elisions' },
    { code: 'He called it \'a plan\' and \'the end\' of it.', name: 'single quotes' },
    { code: 'He said "a plan\' and left.', name: 'a mismatched quote is quote-pairing\'s' },
    { code: 'And, in fact, it was a, um, major crush on the, ostensibly voluntary, service.', name: 'commas that are right' },
    { code: 'i went home. then i slept.', name: 'a paragraph all in lower case' },
    { code: 'Oh, my! That was close. So what? And? Nothing.', name: 'interjections' },
    { code: 'A group A, group B and Lane A; the rest.', name: 'capital A as a label' },
    { code: 'The 1. station and the 2. and 3. league, ad us. vet. use.', name: 'ordinals and runs of abbreviations' },
    { code: 'A ‘ quoted’ word.', name: 'a curly single quotation' },
    { code: 'We spent Christmas at my parents\' in Ohio.', name: 'an elliptical possessive after at/to' },
    { code: 'Of all the entries, the students\' was the best.', name: 'an elliptical possessive before a verb' },
    { code: 'It respects the voters\' will and the allies\' might.', name: 'will and might as nouns after a possessive' },
    { code: 'We stayed with the Szolds\' in Baltimore.', name: 'a capitalised elliptical possessive' },
    { code: 'Too expensive? Think again. The price? 5 euros a kilo. The winner? (Drum roll) nobody.', name: 'rhetorical fragments' },
    { code: 'Who is it for? Nobody. And you bought it from? Come in! Stop that!', name: 'questions, echoes and particles' },
    { code: 'You came all this way from Paris to? Really?', name: 'a short echo question ending in a preposition' },
    { code: 'He was, however, born in 1946. It was, as expected, delayed by rain. If not, be careful.', name: 'asides after an auxiliary' },
    { code: 'These pieces, beautiful as they were, lacked the touch.', name: 'an elliptical clause before a comma' },
    { code: 'He bought apples and, with some hesitation, pears. She stayed and, frankly nobody minded.', name: 'asides after and' },
    { code: 'The talks failed; to avoid a repeat, they met again. He tried; to his credit, he did.', name: 'to after a semicolon' },
    { code: 'It helps all those in need; to agree on a truce is urgent.', name: 'in need; to' },
    { code: 'We do not have to; others will. He has to; he just cannot.', name: 'an elided verb after have to' },
    { code: 'In 2019, percent changes were small. Distances were 10 km, 20 km and 30 km.', name: 'a year before a unit word' },
    { code: 'The house has: a pool and a garden.', name: 'a list after has' },
  ],
  invalid: [
    {
      code: 'There is still a! legal risk.',
      errors: [{ messageId: 'cannotEnd', text: 'a! legal', start: 15, end: 23, suggestions: ['a legal'], fix: null }],
    },
    {
      code: 'Its physiology and behavior. often depend on it; it was tailored to? their needs.',
      errors: [
        { messageId: 'stray', text: 'behavior. often', suggestions: ['behavior often', 'behavior. Often'] },
        { messageId: 'stray', text: 'to? their', suggestions: ['to their', 'to? Their'] },
      ],
    },
    {
      code: 'At the end of the. Year, he left.',
      errors: [{ messageId: 'cannotEnd', text: 'the. Year', suggestions: ['the Year'] }],
    },
    {
      code: 'More@ than 5 percent, Argentina had_ failed, a group~ that and a triple^ formula.',
      errors: [
        { messageId: 'glued', text: 'More@', suggestions: ['More'] },
        { messageId: 'glued', text: 'had_', suggestions: ['had'] },
        { messageId: 'glued', text: 'group~', suggestions: ['group'] },
        { messageId: 'glued', text: 'triple^', suggestions: ['triple'] },
      ],
    },
    {
      code: 'Emissions fell from\' 2005 levels; the small solo\' successes followed.',
      errors: [
        { messageId: 'glued', text: 'from\'', suggestions: ['from'] },
        { messageId: 'glued', text: 'solo\'', suggestions: ['solo'] },
      ],
    },
    {
      code: 'They took a similar- position next to nothing- and yet a heart- warming one.',
      errors: [
        { messageId: 'hyphen', text: 'similar- position', suggestions: ['similar position', 'similar-position'] },
        { messageId: 'hyphen', text: 'nothing- and', suggestions: ['nothing and', 'nothing-and'] },
        { messageId: 'hyphen', text: 'heart- warming', suggestions: ['heart warming', 'heart-warming'] },
      ],
    },
    {
      code: 'The committee chaired- by Mr Pelletier met.',
      errors: [{ messageId: 'hyphen', text: 'chaired- by' }],
    },
    {
      code: 'Endocarditis is distinguished. prevention measures help.',
      errors: [{ messageId: 'stray', text: 'distinguished. prevention', suggestions: ['distinguished prevention', 'distinguished. Prevention'] }],
    },
    {
      code: 'Cattle, horses,- cows and rabbits.',
      errors: [{ messageId: 'hyphen', text: 'horses,- cows', suggestions: ['horses, cows'] }],
    },
    {
      code: 'In the; next round, he arrived in; Sochi and the; family said so.',
      errors: [
        { messageId: 'afterWord', text: 'the;', severity: 'minor', suggestions: ['the'] },
        { messageId: 'afterWord', text: 'in;', severity: 'minor' },
        { messageId: 'afterWord', text: 'the;', severity: 'minor' },
      ],
    },
    {
      code: 'According to the, well-known political scientist, a: dish and the: genus.',
      errors: [
        { messageId: 'afterWord', text: 'the,', suggestions: ['the'] },
        { messageId: 'afterWord', text: 'a:', suggestions: ['a'] },
        { messageId: 'afterWord', text: 'the:' },
      ],
    },
    {
      code: 'To blame us is: a bit frustrating, and the study; of the movement.',
      errors: [
        { messageId: 'afterWord', text: 'is:', severity: 'info' },
        { messageId: 'afterWord', text: 'study;', severity: 'info' },
      ],
    },
    {
      code: 'Obama wrote:, Barack said it in the opera,; by then.',
      errors: [
        { messageId: 'doubled', text: 'wrote:,', suggestions: ['wrote:', 'wrote,'] },
        { messageId: 'doubled', text: 'opera,;', suggestions: ['opera,', 'opera;'] },
      ],
    },
    {
      code: 'He spoke of courage; of honour. It was odd; of course, they knew. Twelve were hurt; of the 12 passengers, three died.',
      name: '`; of` where an earlier `of` governs a list, or a clause starts: info only',
      errors: [
        { messageId: 'afterWord', text: 'courage;', severity: 'info' },
        { messageId: 'afterWord', text: 'odd;', severity: 'info' },
        { messageId: 'afterWord', text: 'hurt;', severity: 'info' },
      ],
    },
    {
      code: 'The US Corps: of Engineers met. Traffic flow is the study; of the movement of drivers.',
      errors: [
        { messageId: 'between', text: 'Corps: of', severity: 'minor', suggestions: ['Corps of'] },
        { messageId: 'between', text: 'study; of', severity: 'minor', suggestions: ['study of'] },
      ],
    },
    {
      code: 'Such rhythms have: been recorded in fourth, fifth and sixth place: respectively. You may find; yourself alone.',
      errors: [
        { messageId: 'between', text: 'have: been', suggestions: ['have been'] },
        { messageId: 'between', text: 'place: respectively', suggestions: ['place respectively'] },
        { messageId: 'between', text: 'find; yourself', suggestions: ['find yourself'] },
      ],
    },
    {
      code: 'The use of video has: led to results and the rocket was: developed at the institute.',
      errors: [
        { messageId: 'between', text: 'has: led' },
        { messageId: 'between', text: 'was: developed' },
      ],
    },
    {
      code: 'Scientists were able; to conclude it. The crews managed: to put out the fire. Workers often have to; obtain approval.',
      errors: [
        { messageId: 'between', text: 'able; to', suggestions: ['able to'] },
        { messageId: 'between', text: 'managed: to' },
        { messageId: 'between', text: 'to; obtain', suggestions: ['to obtain'] },
      ],
    },
    {
      code: 'Green was, born in 1946. The weather will, be slightly cloudy. Cooperation will certainly not, be easy.',
      errors: [
        { messageId: 'between', text: 'was, born', severity: 'minor', suggestions: ['was born'] },
        { messageId: 'between', text: 'will, be' },
        { messageId: 'between', text: 'not, be' },
      ],
    },
    {
      code: 'Forty ships and, vessels of all classes sailed. They used phages or, viruses to insert DNA.',
      errors: [
        { messageId: 'between', text: 'and, vessels', suggestions: ['and vessels'] },
        { messageId: 'between', text: 'or, viruses' },
      ],
    },
    {
      code: 'The crust is about 70, km thick.',
      errors: [{ messageId: 'between', text: '70, km', start: 19, end: 25, suggestions: ['70 km'] }],
    },
    {
      code: 'Fortis has? 85,000 employees. After a red card in injury time, Jesse Lingard? (90+8) scored.',
      errors: [
        { messageId: 'between', text: 'has? 85,000', suggestions: ['has 85,000'] },
        { messageId: 'between', text: 'Lingard? (90+8)', suggestions: ['Lingard (90+8)'] },
      ],
    },
    {
      code:
        'Lewis Hamilton and Co. will be fighting for points on the traditional Italian circuit in? Imola. ' +
        'The film studio Warner Brothers signed her for seven years and made her big alongside! Eroll Flynn.',
      errors: [
        { messageId: 'cannotEnd', text: 'in? Imola', suggestions: ['in Imola'] },
        { messageId: 'cannotEnd', text: 'alongside! Eroll', suggestions: ['alongside Eroll'] },
      ],
    },
    {
      code: 'Only mutations in germline cells\' can be passed on to children.',
      errors: [{ messageId: 'glued', text: 'cells\'', suggestions: ['cells'] }],
    },
    {
      code: 'Goods were taxed according to tariffs\' in Central America.',
      errors: [{ messageId: 'glued', text: 'tariffs\'' }],
    },
    {
      code: 'First line is fine.\nThe second line has a! stray mark.',
      errors: [{ text: 'a! stray', line: 2, column: 21 }],
    },
  ],
});
