// Which glossary entry speaks for a span: the first in scope, in glossary order (user glossaries first).
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/run.js';
import { rulesById } from '../../src/rules/index.js';
import { yamlGlossary } from '../helpers/glossary.js';

const de = yamlGlossary(`
name: calques-de
sourceLanguages: [de]
entries:
  - term: for ten years
    variants: [since ten years]
    category: calque
    source: { de: seit zehn Jahren }
`);
const fr = yamlGlossary(`
name: calques-fr
sourceLanguages: [fr]
entries:
  - term: for ten years
    variants: [since ten years]
    category: calque
    source: { fr: depuis dix ans }
    alternatives: [in ten years]
`);
const text = 'He has worked here since ten years, for ten years in fact.';
const run = (ruleId: string, sourceLang: string | null) =>
  checkText(text, { rules: [rulesById.get(ruleId)!], glossaries: [de, fr], sourceLang });

describe('glossary scope', () => {
  it('a variant listed by two source-bound glossaries is reported once, by the one in scope', () => {
    const frFindings = run('calque', 'fr');
    expect(frFindings.map((f) => [f.text, f.message])).toEqual([['since ten years', expect.stringContaining('depuis dix ans')]]);
    expect(run('calque', 'de').map((f) => f.message)).toEqual([expect.stringContaining('seit zehn Jahren')]);
    expect(run('calque', 'ru')).toEqual([]);
    expect(run('calque', null).map((f) => [f.text, f.severity])).toEqual([['since ten years', 'info']]);
  });

  it('the idiomatic renderings of calques are not terms to keep consistent', () => {
    expect(run('term-consistency', 'fr')).toEqual([]);
  });
});

describe('casing hits and plurals', () => {
  const g = yamlGlossary(`
name: names
entries:
  - term: Les
    case: exact
    category: name
  - term: iPhone
    case: exact
`);
  it('another casing plus a bare s is an ordinary word, not the name in the plural', () => {
    const found = checkText('We lose less than before. Two Iphones and an iphone’s case.', { rules: [rulesById.get('glossary-term')!], glossaries: [g] });
    expect(found.map((f) => f.text)).toEqual(['Iphone', 'iphone']);
  });
});
