import { describe, expect, it } from 'vitest';
import {
  FAMILIES,
  addCounts,
  countByRule,
  countWords,
  familyOf,
  matchFindings,
  mergeCounts,
  metrics,
  overlaps,
  perThousand,
  summarise,
  type Counts,
  type Span,
} from '../../src/eval/score.js';

const s = (ruleId: string, start: number, end: number, tag = ''): Span & { tag: string } => ({ ruleId, start, end, tag });

describe('overlaps', () => {
  it('needs at least one shared code unit', () => {
    expect(overlaps({ start: 0, end: 2 }, { start: 1, end: 3 })).toBe(true);
    expect(overlaps({ start: 0, end: 5 }, { start: 2, end: 3 })).toBe(true);
    expect(overlaps({ start: 2, end: 3 }, { start: 2, end: 3 })).toBe(true);
  });
  it('does not count adjacency', () => {
    expect(overlaps({ start: 0, end: 2 }, { start: 2, end: 4 })).toBe(false);
    expect(overlaps({ start: 2, end: 4 }, { start: 0, end: 2 })).toBe(false);
  });
});

describe('matchFindings', () => {
  it('matches an overlapping prediction of the same rule', () => {
    const r = matchFindings([s('quote-spacing', 10, 12)], [s('quote-spacing', 11, 12)]);
    expect(r.matches).toHaveLength(1);
    expect(r.unmatchedGold).toEqual([]);
    expect(r.unmatchedPredictions).toEqual([]);
  });

  it('never matches across rules', () => {
    const r = matchFindings([s('quote-spacing', 10, 12)], [s('quote-pairing', 10, 12)]);
    expect(r.matches).toEqual([]);
    expect(r.unmatchedGold).toHaveLength(1);
    expect(r.unmatchedPredictions).toHaveLength(1);
  });

  it('does not match spans that only touch', () => {
    const r = matchFindings([s('repeated-word', 4, 7)], [s('repeated-word', 7, 9)]);
    expect(r.matches).toEqual([]);
  });

  it('matches each gold entry at most once (a duplicate prediction is a false positive)', () => {
    const r = matchFindings([s('stray-punctuation', 5, 6)], [s('stray-punctuation', 5, 6, 'a'), s('stray-punctuation', 4, 6, 'b')]);
    expect(r.matches).toHaveLength(1);
    expect(r.unmatchedPredictions).toHaveLength(1);
    // Document order: the prediction that starts first takes the gold entry.
    expect(r.matches[0]!.prediction.tag).toBe('b');
  });

  it('matches each prediction at most once (one long prediction over two gold entries)', () => {
    const r = matchFindings([s('dangling-punctuation', 0, 2, 'g1'), s('dangling-punctuation', 3, 5, 'g2')], [s('dangling-punctuation', 0, 5)]);
    expect(r.matches).toHaveLength(1);
    expect(r.matches[0]!.gold.tag).toBe('g1');
    expect(r.unmatchedGold.map((g) => g.tag)).toEqual(['g2']);
  });

  it('leaves a gold entry a later prediction needs (takes the overlapping gold that ends first)', () => {
    const gold = [s('x', 0, 10, 'long'), s('x', 4, 6, 'short')];
    const preds = [s('x', 3, 7, 'p1'), s('x', 8, 9, 'p2')];
    const r = matchFindings(gold, preds);
    expect(r.matches.map((m) => [m.prediction.tag, m.gold.tag])).toEqual([
      ['p1', 'short'],
      ['p2', 'long'],
    ]);
  });

  it('works in document order whatever the input order', () => {
    const gold = [s('x', 20, 22, 'b'), s('x', 0, 2, 'a')];
    const preds = [s('x', 21, 22, 'q'), s('x', 1, 2, 'p')];
    const r = matchFindings(gold, preds);
    expect(r.matches.map((m) => [m.prediction.tag, m.gold.tag])).toEqual([
      ['p', 'a'],
      ['q', 'b'],
    ]);
  });

  it('handles empty inputs', () => {
    expect(matchFindings([], [])).toEqual({ matches: [], unmatchedGold: [], unmatchedPredictions: [] });
    expect(matchFindings([s('x', 0, 1)], []).unmatchedGold).toHaveLength(1);
    expect(matchFindings([], [s('x', 0, 1)]).unmatchedPredictions).toHaveLength(1);
  });
});

describe('metrics', () => {
  it('computes precision, recall and F1', () => {
    const m = metrics({ gold: 10, predictions: 8, matched: 6 });
    expect(m.precision).toBeCloseTo(0.75);
    expect(m.recall).toBeCloseTo(0.6);
    expect(m.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });
  it('gives null precision without predictions and null recall without gold', () => {
    expect(metrics({ gold: 3, predictions: 0, matched: 0 })).toMatchObject({ precision: null, recall: 0, f1: null });
    expect(metrics({ gold: 0, predictions: 2, matched: 0 })).toMatchObject({ precision: 0, recall: null, f1: null });
    expect(metrics({ gold: 0, predictions: 0, matched: 0 })).toMatchObject({ precision: null, recall: null, f1: null });
  });
  it('gives F1 0 when nothing matches', () => {
    expect(metrics({ gold: 2, predictions: 2, matched: 0 }).f1).toBe(0);
  });
  it('adds counts', () => {
    expect(addCounts({ gold: 1, predictions: 2, matched: 1 }, { gold: 3, predictions: 0, matched: 0 })).toEqual({ gold: 4, predictions: 2, matched: 1 });
  });
});

describe('counting per rule', () => {
  it('counts matched, missed and spurious findings per rule and merges articles', () => {
    const a = countByRule(matchFindings([s('a', 0, 1), s('b', 5, 6)], [s('a', 0, 1), s('a', 3, 4)]));
    expect(a.get('a')).toEqual({ gold: 1, predictions: 2, matched: 1 });
    expect(a.get('b')).toEqual({ gold: 1, predictions: 0, matched: 0 });
    const b = countByRule(matchFindings([s('b', 0, 1)], [s('b', 0, 1)]));
    const total = mergeCounts(new Map(), a);
    mergeCounts(total, b);
    expect(total.get('b')).toEqual({ gold: 2, predictions: 1, matched: 1 });
  });
});

describe('summarise', () => {
  const perRule = new Map<string, Counts>([
    ['quote-spacing', { gold: 4, predictions: 4, matched: 3 }],
    ['quote-pairing', { gold: 2, predictions: 1, matched: 1 }],
    ['repeated-word', { gold: 1, predictions: 0, matched: 0 }],
    ['calque', { gold: 5, predictions: 0, matched: 0 }],
    ['number-format', { gold: 3, predictions: 0, matched: 0 }],
    ['new-rule', { gold: 0, predictions: 2, matched: 0 }],
  ]);
  const implemented = new Set(['quote-spacing', 'quote-pairing', 'repeated-word', 'new-rule']);
  const sum = summarise(perRule, implemented);

  it('lists every family rule, then other rules', () => {
    const ids = sum.rules.map((r) => r.ruleId);
    for (const f of FAMILIES) for (const r of f.rules) expect(ids).toContain(r);
    expect(ids[ids.length - 1]).toBe('new-rule');
    expect(sum.rules.find((r) => r.ruleId === 'new-rule')!.family).toBe('other');
  });

  it('aggregates families and marks what is not implemented', () => {
    const quotes = sum.families.find((f) => f.family === 'quotes')!;
    expect(quotes).toMatchObject({ gold: 6, predictions: 5, matched: 4, implemented: 'yes' });
    expect(quotes.precision).toBeCloseTo(0.8);
    expect(sum.families.find((f) => f.family === 'calques')).toMatchObject({ gold: 5, implemented: 'no' });
    expect(sum.families.find((f) => f.family === 'spacing')).toMatchObject({ gold: 0, implemented: 'no' });
    expect(sum.rules.find((r) => r.ruleId === 'calque')!.implemented).toBe(false);
  });

  it('computes the overall figure over implemented rules only', () => {
    expect(sum.overall).toMatchObject({ gold: 7, predictions: 7, matched: 4 });
    expect(sum.overall.precision).toBeCloseTo(4 / 7);
    expect(sum.overall.recall).toBeCloseTo(4 / 7);
    expect(sum.notImplementedGold).toBe(8);
  });

  it('reports a partly implemented family', () => {
    const part = summarise(new Map(), new Set(['glossary-term']));
    expect(part.families.find((f) => f.family === 'terminology')!.implemented).toBe('partial');
  });
});

describe('familyOf', () => {
  it('knows the families of the brief', () => {
    expect(familyOf('quote-pairing')).toBe('quotes');
    expect(familyOf('invisible-characters')).toBe('spacing');
    expect(familyOf('dangling-punctuation')).toBe('punctuation');
    expect(familyOf('repeated-word')).toBe('words');
    expect(familyOf('glossary-term')).toBe('terminology');
    expect(familyOf('number-format')).toBe('numbers');
    expect(familyOf('untranslated-segment')).toBe('language');
    expect(familyOf('boilerplate')).toBe('boilerplate');
    expect(familyOf('anything-else')).toBe('other');
  });
});

describe('countWords and perThousand', () => {
  it('counts letter/digit runs joined by apostrophes and hyphens', () => {
    expect(countWords('Don’t stop—it’s a well-known 10:30 rock ’n’ roll show, O’Brien’s.')).toBe(12);
    expect(countWords('')).toBe(0);
    expect(countWords('Ça coûte 3,5 € — «\u00a0oui\u00a0».')).toBe(5);
  });
  it('scales per 1,000 words', () => {
    expect(perThousand(3, 1500)).toBe(2);
    expect(perThousand(0, 0)).toBeNull();
  });
});
