// Property tests of fix on tokenised MT: clean English sentences are written the way a word tokeniser writes them
// (a space before `, .`, clitics split, hyphenated compounds split around the hyphen), then fixed. Fixing restores
// the clean sentence exactly; fixing twice equals fixing once; the edits reproduce the output; and a spaced hyphen
// the writer meant as a dash survives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/fixer.js';
import { fixTextWith } from '../../src/core/run.js';

const SUBJECTS = ['The company', 'The minister', 'The city council', 'Our team', 'The new report', 'The local school'];
const VERBS = ['hired', 'praised', 'opened', 'tested', 'described', 'announced'];
// Compounds of the shapes tokenized-text restores.
const COMPOUNDS = [
  'part-time', 'short-term', 'well-known', 'long-term', 'working-class', 'same-sex', 'year-round', 'high-speed',
  'anti-corruption', 'non-profit', 'mid-sized', '17-year-old', 'four-month-old', 'state-of-the-art', 'two-factor',
  'COVID-19-related', 'self-driving', 'ex-husband',
];
const NOUNS = ['workers', 'plan', 'programme', 'centre', 'network', 'project', 'service', 'station'];
const ENDS = ['in Graz', 'last week', 'on Tuesday', 'in the spring', 'after the vote', 'near the river'];
const CONTRACTIONS: [string, string][] = [
  ["didn't", "did n't"], ["couldn't", "could n't"], ["it's", "it 's"], ["we've", "we 've"], ["they're", "they 're"],
];
const POSSESSORS = ['Argentina', 'the city', 'Apple', 'the minister', 'Graz'];

const sentence = fc
  .tuple(
    fc.constantFrom(...SUBJECTS),
    fc.constantFrom(...VERBS),
    fc.constantFrom(...COMPOUNDS),
    fc.constantFrom(...NOUNS),
    fc.constantFrom(...ENDS),
    fc.option(fc.constantFrom(...CONTRACTIONS), { nil: null }),
    fc.option(fc.constantFrom(...POSSESSORS), { nil: null }),
  )
  .map(([subject, verb, compound, noun, end, contraction, possessor]) => {
    const owner = possessor ? `${possessor}'s` : 'a';
    let clean = `${subject} ${verb} ${owner} ${compound} ${noun} ${end}`;
    if (contraction) clean += `, and ${contraction[0]} clear`;
    return clean + '.';
  });

/** The sentence as a tokeniser writes it: marks and clitics split off, hyphens between word characters spaced. */
function tokenise(clean: string): string {
  return clean
    .replace(/(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, ' - ')
    .replace(/(?<=\p{L})(n't)\b/gu, ' $1')
    .replace(/(?<=[\p{L}\p{N}])('(?:s|re|ve|ll|d|m))\b/gu, ' $1')
    .replace(/([,.])(?=\s|$)/gu, ' $1');
}

describe('fix on tokenised text', () => {
  it('restores tokenised sentences exactly, and a second fix changes nothing', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 3 }), fc.constantFrom('\n', '\r\n'), (sentences, nl) => {
        const clean = sentences.join(' ') + nl;
        const input = sentences.map(tokenise).join(' ') + nl;
        const once = fixTextWith(input, { lang: 'en' });
        expect(once.output).toBe(clean);
        expect(applyEdits(input, once.edits)).toBe(once.output);
        expect(fixTextWith(once.output, { lang: 'en' }).output).toBe(once.output);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a dash that a clause word follows', () => {
    fc.assert(
      fc.property(sentence, fc.constantFrom('either', 'albeit', 'the', 'which', 'much'), (s, word) => {
        const clean = s.replace(/\.$/u, ` - ${word} of it.`);
        const input = tokenise(s).replace(/ \.$/u, ` - ${word} of it .`);
        expect(fixTextWith(input + '\n', { lang: 'en' }).output).toBe(clean + '\n');
      }),
      { numRuns: 100 },
    );
  });
});
