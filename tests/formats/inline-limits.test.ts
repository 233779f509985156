// Plain-text masks (URLs, e-mail addresses, handles, paths) cost work linear in the text, hostile text included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineMasks } from '../../src/formats/inline.js';
import { installWorkMeter, measureWork, uninstallWorkMeter } from '../helpers/work-meter.js';

const cases: Record<string, (n: number) => string> = {
  'a URL followed by closing brackets': (n) => `see http://x.org/a${')'.repeat(n)} ok`,
  'a URL followed by brackets and full stops': (n) => `see http://x.org/(a${').'.repeat(n)} ok`,
  'a dotted domain with no top-level domain': (n) => `mail x@${'a.'.repeat(n)}1 now`,
  'at signs': (n) => 'a@'.repeat(n),
  'a long local part': (n) => `${'a'.repeat(n)}@${'b.'.repeat(10)}`,
  'handles': (n) => '@ab'.repeat(n),
  'paths': (n) => `/a/ ${' /b'.repeat(n)}`,
};

describe('inline masks of hostile text', () => {
  beforeAll(() => installWorkMeter());
  afterAll(() => uninstallWorkMeter());

  it('keeps a URL whole and trims only its unmatched closing brackets and final punctuation', () => {
    const text = 'see http://x.org/a_(b)))).,) ok';
    expect(inlineMasks(text).filter((m) => m.kind === 'url').map((m) => text.slice(m.start, m.end))).toEqual(['http://x.org/a_(b)']);
  });

  for (const [name, make] of Object.entries(cases)) {
    it(`${name}: double the text, at most double the work`, () => {
      const small = measureWork(() => inlineMasks(make(5000)));
      const large = measureWork(() => inlineMasks(make(10_000)));
      expect(large / small).toBeLessThanOrEqual(2.3);
    });
  }
});
