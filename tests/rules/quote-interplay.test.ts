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

describe('quotation marks by target, from CLDR', () => {
  it('reads each target’s primary and alternate pairs from cldr-misc-full', async () => {
    const { localeQuotes } = await import('../../src/lang/quotes.js');
    const pairs = (lang: string) => {
      const q = localeQuotes(lang)!;
      return [q.primary.open + q.primary.close, q.alternate.open + q.alternate.close];
    };
    expect(pairs('en')).toEqual(['“”', '‘’']);
    expect(pairs('fr')).toEqual(['«»', '«»']);
    expect(pairs('de')).toEqual(['„“', '‚‘']);
    expect(pairs('ru')).toEqual(['«»', '„“']);
    expect(pairs('es')).toEqual(['“”', '‘’']);
    expect(localeQuotes('xx')).toBeNull();
  });

  it('adds the usage CLDR leaves out, and a no-break space inside French quotes', async () => {
    const { localeQuotes } = await import('../../src/lang/quotes.js');
    const outer = (lang: string) => localeQuotes(lang)!.outer.map((p) => p.open + p.close);
    const inner = (lang: string) => localeQuotes(lang)!.inner.map((p) => p.open + p.close);
    expect(outer('de')).toEqual(['„“', '»«']);
    expect(outer('es')).toEqual(['“”', '«»']);
    expect(inner('fr')).toEqual(['«»', '“”']);
    expect(inner('ru')).toEqual(['„“', '«»']);
    expect(localeQuotes('fr')!.innerSpace).toBe('\u00a0');
    expect(localeQuotes('de')!.innerSpace).toBe('');
  });

  it('German: spaced English quotes are fixed in one pass by both rules', () => {
    const r = fixTextWith('Er sagte “ nein ” dazu.', { rules, lang: 'de' });
    expect(r.output).toBe('Er sagte „nein“ dazu.');
    expect(r.passes).toBe(1);
  });

  it('French: spaced English quotes become « » with no-break spaces, with every rule', () => {
    expect(fixTextWith('Il a dit “ non ” hier.', { lang: 'fr' }).output).toBe('Il a dit «\u00a0non\u00a0» hier.');
  });

  it('English stays as it was: guillemets are foreign there', () => {
    expect(fixTextWith('The motto «\u00a0mot\u00a0» here.', { rules, lang: 'en' }).output).toBe('The motto “mot” here.');
  });
});
