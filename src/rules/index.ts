// The explicit registry of rules, in a stable order. A rule's id equals its file name.
import type { Rule } from '../core/types.js';
import boilerplate from './boilerplate.js';
import calque from './calque.js';
import danglingPunctuation from './dangling-punctuation.js';
import droppedWord from './dropped-word.js';
import frenchSpacing from './french-spacing.js';
import glossaryTerm from './glossary-term.js';
import invisibleCharacters from './invisible-characters.js';
import numberFormat from './number-format.js';
import quotePairing from './quote-pairing.js';
import quoteSpacing from './quote-spacing.js';
import repeatedWhitespace from './repeated-whitespace.js';
import repeatedWord from './repeated-word.js';
import spaceBeforePunctuation from './space-before-punctuation.js';
import strayPunctuation from './stray-punctuation.js';
import termConsistency from './term-consistency.js';
import tokenizedText from './tokenized-text.js';
import untranslatedSegment from './untranslated-segment.js';

export const rules: readonly Rule[] = [
  boilerplate,
  calque,
  danglingPunctuation,
  droppedWord,
  frenchSpacing,
  glossaryTerm,
  invisibleCharacters,
  numberFormat,
  quotePairing,
  quoteSpacing,
  repeatedWhitespace,
  repeatedWord,
  spaceBeforePunctuation,
  strayPunctuation,
  termConsistency,
  tokenizedText,
  untranslatedSegment,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
