// quote-spacing and quote-pairing on the same marks: the findings show the mark with its space, the fixes
// touch disjoint ranges (the space; the mark), so one fix pass repairs the line.
import { describe, expect, it } from 'vitest';
import { checkText, fixTextWith } from '../../src/core/run.js';
import quotePairing from '../../src/rules/quote-pairing.js';
import quoteSpacing from '../../src/rules/quote-spacing.js';

const LINE = 'A threat “ shape the opinions of entire nations “ here.';
const FIXED = 'A threat “shape the opinions of entire nations” here.';
const rules = [quotePairing, quoteSpacing];

describe('quote-spacing with quote-pairing', () => {
  it('reports the spaced marks and the wrong-way closing mark', () => {
    const found = checkText(LINE, { rules });
    expect(found.map((f) => [f.ruleId, f.messageId, f.text, f.start, f.end, f.fix?.text ?? null])).toEqual([
      ['quote-spacing', 'afterOpening', '“ ', 9, 11, ''],
      ['quote-spacing', 'beforeClosing', ' “', 47, 49, ''],
      ['quote-pairing', 'wrongDirection', '“', 48, 49, '”'],
    ]);
  });

  it('fixes the line in one pass with both rules', () => {
    const r = fixTextWith(LINE, { rules });
    expect(r.output).toBe(FIXED);
    expect(r.passes).toBe(1);
    expect(r.remaining).toEqual([]);
  });

  it('fixes the line exactly with every rule', () => {
    expect(fixTextWith(LINE).output).toBe(FIXED);
  });

  it('turns spaced guillemets into English quotes', () => {
    expect(fixTextWith('The motto « mot\u00a0» here.', { rules }).output).toBe('The motto “mot” here.');
  });
});
