// Check and fix cost work linear in the text: one paragraph dense with artefacts, doubled, at most doubles the work
// (counted by the work meter: characters scanned by regular expressions and string searches, elements iterated),
// never the time. A step that rescans the text before each match, or compares every finding with every other,
// doubles its share of the work twice over and pushes the ratio well above 2.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixText } from '../../src/core/fixer.js';
import { lint, type LintOptions } from '../../src/core/linter.js';
import { checkText, fixTextWith, type CheckOptions } from '../../src/core/run.js';
import { defineRule, type Rule } from '../../src/core/types.js';
import { parseDocument } from '../../src/formats/index.js';
import { loadGlossaryFile } from '../../src/glossary/load.js';
import type { Glossary } from '../../src/glossary/types.js';
import { annotate } from '../../src/report/annotate.js';
import { installWorkMeter, measureWork, uninstallWorkMeter } from '../helpers/work-meter.js';

const ROOT = join(import.meta.dirname, '../..');
const CORPUS = join(ROOT, 'corpus');

/** Artefacts planted in (or after) a sentence, one per sentence in turn. */
const ARTEFACTS: readonly ((s: string) => string)[] = [
  (s) => s.replace(/(\p{L}) (\p{L}+),/u, '$1 $2 ,'),
  (s) => `${s} “ x “ and " quoted " text.`,
  (s) => s.replace(/ (\p{L}{3,}) /u, ' $1 $1 '),
  (s) => `${s} It rose by 3,5 % to 1.200 units and $ 5, or 11 000 people, 15 € each.`,
  (s) => s.replace(/(\p{L}{4})(\p{L}{4,})/u, '$1\u00ad$2'),
  (s) => `${s} The company ( ) said [ ] it, and Smith &amp;. Sons agreed.`,
  (s) => s.replace(/\.$/, ', .'),
  (s) => `${s} Children 's toys do n't sell , and the 17 - year - old part - time worker ( FTIR ) left .`,
  (s) => `${s} He said Gigachat, Youtube, iphone and Open AI, it is a question of time on the economic level.`,
  (s) => s.replace(/ (\p{L}{4,}) (\p{L}{4,}) /u, ' $1\u00a0$2 '),
  (s) => s.replace(/(\p{L}{3})(\p{L}{3,})/u, '$1\u200b$2'),
  (s) => `${s} It was registered in . The next one was signed by the and the end of the. Year came; after.`,
  (s) => `${s} Il a dit que le projet est très important pour la région et pour les habitants.`,
  (s) => `${s} See https://example.com/a/b?c=d, mail info@example.org or @handle and ./src/x.ts now.`,
  (s) => `${s} They  met   twice,, and then. later they left;. Why ?`,
  (s) => `${s} « Bonjour » , „ Hallo “ and ‘ single ‘ or ”odd” quotes.`,
  (s) => `${s} The the results results were were good good.`,
  (s) => `${s} Vladimir Poutine and Пресков met Zelenskyy ( ) and Zelensky in Kiev and Kyiv.`,
  (s) => `${s} The\u00a0council and the\u00a0mayor met the\u00a0press twice\u00a0today.`,
];

/** One block of corpus sentences (articles whose target is `lang`) dense with artefacts, on one line. */
function denseBlock(lang: string): string {
  const pick: Record<string, RegExp> = { en: /^(?:fr|ru|de|es|clean)-.*\.txt$/, fr: /^en-fr-/, de: /^en-de-/, ru: /^en-ru-/, es: /^en-es-/ };
  const sentences: string[] = [];
  for (const f of readdirSync(CORPUS).filter((f) => pick[lang]!.test(f) && !f.endsWith('.json')).sort()) {
    const text = readFileSync(join(CORPUS, f), 'utf8').replace(/^\uFEFF/, '');
    for (const s of text.split(/(?<=[.!?])\s+|\n+/)) if (s.trim().length > 20 && !/^[#>*-]/.test(s.trim())) sentences.push(s.trim());
  }
  const out: string[] = [];
  // Two artefacts in every sentence.
  const n = ARTEFACTS.length;
  for (let k = 0; k < 2 * n; k++) out.push(ARTEFACTS[(k + 7) % n]!(ARTEFACTS[k % n]!(sentences[(k * 7) % sentences.length]!)));
  return out.join(' ');
}

/** The block repeated `times` into one paragraph. */
function paragraph(block: string, times: number): string {
  return Array.from({ length: times }, () => block).join(' ');
}

const shipped: Glossary[] = readdirSync(join(ROOT, 'glossary'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => loadGlossaryFile(join(ROOT, 'glossary', f)).glossary!);

// The size: large enough that a step quadratic in the paragraph (one rescan per artefact) outweighs the linear work.
const SIZE = 30_000;
const MAX_RATIO = 2.3;

const CASES: readonly [string, string | null, CheckOptions['format']][] = [
  ['en', 'fr', 'text'],
  ['en', null, 'text'],
  ['fr', 'en', 'text'],
  ['ru', 'en', 'text'],
];

describe('the work of check and fix grows linearly with a paragraph dense with artefacts', () => {
  beforeAll(() => installWorkMeter());
  afterAll(() => uninstallWorkMeter());

  for (const [lang, sourceLang, format] of CASES) {
    it(`${lang}${sourceLang ? ` from ${sourceLang}` : ''} (${format})`, () => {
      const block = denseBlock(lang);
      const options: CheckOptions = { lang, sourceLang, format, glossaries: shipped.filter((g) => g.language === lang) };
      const times = Math.ceil(SIZE / block.length);
      const small = paragraph(block, times);
      const large = paragraph(block, 2 * times);
      // Warm up: lexicons and tables built on first use are not the text's work.
      const findings = checkText(small, options);
      expect(findings.length).toBeGreaterThan(SIZE / 200); // dense: a finding every 200 characters at least
      expect(fixTextWith(small, options).edits.length).toBeGreaterThan(SIZE / 400);
      const check = measureWork(() => checkText(large, options)) / measureWork(() => checkText(small, options));
      const fix = measureWork(() => fixTextWith(large, options)) / measureWork(() => fixTextWith(small, options));
      expect({ check: Number(check.toFixed(2)), fix: Number(fix.toFixed(2)) }).toEqual({
        check: expect.toSatisfy((r: number) => r >= 1.5 && r <= MAX_RATIO),
        fix: expect.toSatisfy((r: number) => r >= 1.5 && r <= MAX_RATIO),
      });
    });
  }
});

// The core on its own, with rules that report as densely as can be: a finding and a fix every few words, a masked URL
// and a superseding span in every block (the linter drops findings inside those spans, the fixer composes the edits
// of every pass back onto the original text).
function everyMatch(id: string, re: RegExp, fix: ((m: string) => string) | null, supersedes = false): Rule {
  return defineRule({
    meta: { id, category: 'fluency/punctuation', severity: 'minor', messages: ['m'], fixable: fix !== null, hasSuggestions: false, description: id, supersedes },
    check(ctx) {
      for (const m of ctx.prose.matchAll(re)) {
        const end = m.index + m[0].length;
        ctx.report({ messageId: 'm', start: m.index, end, ...(fix ? { fix: { start: m.index, end, text: fix(m[0]) } } : {}) });
      }
    },
  });
}

describe('the work of the core grows linearly with the findings, masks and fixes', () => {
  beforeAll(() => installWorkMeter());
  afterAll(() => uninstallWorkMeter());

  it('lint and fix of a text with a finding, a fix, a mask and a superseding span every few words', () => {
    const rules = [
      everyMatch('doubled', /\b(\w)\1+\b/g, (m) => m.slice(1)), // `aaa` -> `aa` in one pass, `a` in the next
      everyMatch('bracket', /\[[^\]]*\]/g, null, true),
      everyMatch('all-a', /\ba\b/g, null),
    ];
    const options: LintOptions = { lang: 'en', rules, translate: (r, m) => `${r}.${m}` };
    const block = 'aaa bbb see https://example.com/x ccc [dd ee] a, ';
    const small = block.repeat(500);
    const large = block.repeat(1000);
    const parse = (t: string) => parseDocument(t, 'text');
    const found = lint(parse(small), options);
    expect(found.filter((f) => f.ruleId === 'doubled')).toHaveLength(1500); // aa bb cc; dd ee are superseded
    expect(parse(small).masks).toHaveLength(500);
    const fixed = fixText(small, parse, options);
    expect(fixed.passes).toBe(2);
    expect(fixed.output).toBe('a b see https://example.com/x c [dd ee] a, '.repeat(500));
    const check = measureWork(() => lint(parse(large), options)) / measureWork(() => lint(parse(small), options));
    const fix = measureWork(() => fixText(large, parse, options)) / measureWork(() => fixText(small, parse, options));
    expect(check).toBeLessThanOrEqual(MAX_RATIO);
    expect(fix).toBeLessThanOrEqual(MAX_RATIO);
  });

  it('annotate of a text with an edit or a highlight every few words, on one line', () => {
    const rules = [everyMatch('doubled', /\b(\w)\1+\b/g, (m) => m.slice(1)), everyMatch('all-a', /\ba\b/g, null)];
    const options: LintOptions = { lang: 'en', rules, translate: (r, m) => `${r}.${m}` };
    const parse = (t: string) => parseDocument(t, 'text');
    const annotated = (text: string): (() => string) => {
      const fixed = fixText(text, parse, options);
      return () => annotate(text, fixed.findings, fixed.edits, (f) => f.ruleId);
    };
    const block = 'aaa bbb a c, ';
    const small = annotated(block.repeat(1500));
    const large = annotated(block.repeat(3000));
    expect(small()).toBe('{~~aaa~>a~~}{>>doubled<<} {~~bbb~>b~~}{>>doubled<<} {==a==}{>>all-a<<} c, '.repeat(1500));
    expect(measureWork(large) / measureWork(small)).toBeLessThanOrEqual(MAX_RATIO);
  });
});

// Single lines made of one artefact repeated: each step that once read back over the line per artefact.
const HOSTILE_LINES: readonly [string, string][] = [
  ['Москва ', 'a capitalised word in another script (walked back to the last Latin word)'],
  ['the ( ) ', 'empty brackets (the text before them trimmed and searched)'],
  ['word\u00a0', 'no-break spaces between words (the word before read by a pattern anchored at the end)'],
  ['A &amp;. b, . ', 'an HTML entity before a full stop (looked for in the whole text before it)'],
  ['the the cat ', 'a repeated word (the line start searched before each)'],
];

describe('the work of check and fix grows linearly with a line of one artefact repeated', () => {
  beforeAll(() => installWorkMeter());
  afterAll(() => uninstallWorkMeter());

  for (const [unit, what] of HOSTILE_LINES) {
    it(what, () => {
      const options: CheckOptions = { lang: 'en', sourceLang: 'fr' };
      const small = unit.repeat(1500);
      const large = unit.repeat(3000);
      expect(checkText(small, options).length).toBeGreaterThan(0);
      const check = measureWork(() => checkText(large, options)) / measureWork(() => checkText(small, options));
      const fix = measureWork(() => fixTextWith(large, options)) / measureWork(() => fixTextWith(small, options));
      expect({ check: Number(check.toFixed(2)), fix: Number(fix.toFixed(2)) }).toEqual({
        check: expect.toSatisfy((r: number) => r >= 1.5 && r <= MAX_RATIO),
        fix: expect.toSatisfy((r: number) => r >= 1.5 && r <= MAX_RATIO),
      });
    });
  }
});
