import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/run.js';
import rule from '../../src/rules/invisible-characters.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'Plain text with ordinary spaces.',
    // joiners where they belong
    { code: 'A family \u{1f468}\u200d\u{1f469}\u200d\u{1f467} and a \u2764\ufe0f\u200d\u{1f525} heart.', name: 'ZWJ in emoji sequences' },
    { code: 'The Persian word \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 means "I want".', name: 'ZWNJ in Persian' },
    { code: 'The Hindi conjunct \u0915\u094d\u200d\u0937 is rare.', name: 'ZWJ in Devanagari' },
    { code: 'The Thai \u0e20\u0e32\u0e29\u0e32\u200b\u0e44\u0e17\u0e22 splits words.', name: 'ZWSP between Thai words' },
    { code: 'The Russian \u0437\u0430\u043c\u0435\u043d\u0430\u00a0\u0446\u0438\u0442\u043e\u0437\u0438\u043d\u0430 stays.', name: 'no-break space in Russian' },
    { code: 'He wrote \u05e9\u05dc\u05d5\u05dd\u200e (peace) on the wall.', name: 'a bidi mark next to Hebrew' },
    // no-break spaces that English typography uses
    { code: 'It weighs 10\u00a0kg over 10\u00a0km, see Page\u00a05 at 9\u00a0a.m. today.', name: 'numbers and units' },
    { code: 'Mr.\u00a0Smith met Louis\u00a0XIV in New\u00a0York.', name: 'names, titles, Roman numerals' },
    { code: 'It was a\u00a0dog and I\u00a0am sure of\u00a0it.', name: 'ties of short words' },
    { code: '1\u202f000\u202f000 people and 12\u2007345 votes.', name: 'digit groups' },
    { code: 'He left\u00a0\u2014 quickly.', name: 'before a dash' },
    // French spacing: left to space-before-punctuation and quote-spacing
    { code: 'He asked: what\u00a0? She said\u00a0: \u00ab\u00a0never\u00a0\u00bb.', name: 'French spacing' },
    { code: 'Two no-break\u00a0\u00a0spaces are a run.', name: 'a run of spaces (repeated-whitespace)' },
    { code: 'A trailing no-break space\u00a0', name: 'trailing' },
    // masked
    { code: 'See https://exa\u200bmple.com now.', name: 'inside a URL' },
    { code: 'Run `a\u200bb` here.', format: 'markdown', name: 'inside code' },
    // English only
    { code: 'Il a dit\u00a0: bonjour tout\u00a0le monde.', lang: 'fr', name: 'not run on French' },
  ],
  invalid: [
    {
      code: 'zero\u200bwidth',
      errors: [{ messageId: 'invisible', text: '\u200b', start: 4, end: 5, fix: '' }],
      output: 'zerowidth',
    },
    {
      code: 'A soft\u00adhyphen and a BOM\ufeff inside, a word\u2060joiner.',
      errors: [{ text: '\u00ad' }, { text: '\ufeff' }, { text: '\u2060' }],
      output: 'A softhyphen and a BOM inside, a wordjoiner.',
    },
    {
      code: '\ufeffStart of a text.',
      name: 'a BOM at offset 0 (the file BOM is stripped before rules run)',
      errors: [{ text: '\ufeff', start: 0, end: 1 }],
      output: 'Start of a text.',
    },
    {
      code: 'The price\u200e is right, the \u202eword\u202c too.',
      name: 'bidi marks and controls in Latin text',
      errors: [{ text: '\u200e' }, { text: '\u202e' }, { text: '\u202c' }],
      output: 'The price is right, the word too.',
    },
    {
      code: 'a\u200b\u200b\u200bb',
      name: 'a run of one character is one finding',
      errors: [{ messageId: 'invisibleRun', text: '\u200b\u200b\u200b' }],
      output: 'ab',
    },
    {
      code: 'a\u200b\u00adb',
      name: 'different characters are separate findings',
      errors: [{ text: '\u200b' }, { text: '\u00ad' }],
      output: 'ab',
    },
    {
      code: 'co\u200doperate and shelf\u200cful',
      name: 'joiners between Latin letters',
      errors: [{ text: '\u200d' }, { text: '\u200c' }],
      output: 'cooperate and shelfful',
    },
    {
      code: 'The\u00a0minister said that\u202fnothing changed.',
      errors: [
        { messageId: 'nbsp', text: '\u00a0', start: 3, end: 4, fix: ' ' },
        { messageId: 'nbsp', text: '\u202f', fix: ' ' },
      ],
      output: 'The minister said that nothing changed.',
    },
    {
      code: 'Line one\r\nline\u200btwo',
      errors: [{ text: '\u200b', line: 2, column: 5 }],
      output: 'Line one\r\nlinetwo',
    },
  ],
});

describe('invisible-characters messages', () => {
  it('name the character and its code point', () => {
    const [f] = checkText('zero\u200bwidth', { rules: [rule] });
    expect(f?.message).toContain('ZERO WIDTH SPACE');
    expect(f?.message).toContain('U+200B');
    const [g] = checkText('The\u00a0minister', { rules: [rule], locale: 'fr' });
    expect(g?.message).toContain('NO-BREAK SPACE');
    expect(g?.message).toContain('U+00A0');
    const [h] = checkText('a\u00ad\u00adb', { rules: [rule] });
    expect(h?.message).toContain('2 invisible characters SOFT HYPHEN');
  });
});
