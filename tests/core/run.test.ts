// core/run.ts: the rules on a language guess (low confidence), fixing until the decided languages hold, and the
// composition of the edits of two fix runs onto the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, type AppliedEdit } from '../../src/core/fixer.js';
import { lint } from '../../src/core/linter.js';
import { composeEdits, fixDecided, fixTextWith, matcherFor, rulesAt } from '../../src/core/run.js';
import { glossaryFiles, loadGlossaries, SHIPPED_DIR } from '../../src/cli/glossaries.js';
import { parseDocument } from '../../src/formats/index.js';
import { ruleTranslator } from '../../src/i18n/index.js';
import { rules } from '../../src/rules/index.js';

const translate = ruleTranslator('en');
const lintAt = (text: string, confidence: 'high' | 'low', lang = 'en') =>
  lint(parseDocument(text, 'text'), { lang, rules: rulesAt(confidence, rules), translate });

describe('rules on a language guess', () => {
  const TEXT = 'The region  presented its plan , and trains will run. Il s’agit d’une étape décisive pour toute la filière automobile française.\n';

  it('high confidence: the rules as they are', () => {
    expect(rulesAt('high', rules)).toBe(rules);
    const findings = lintAt(TEXT, 'high');
    expect(findings.find((f) => f.ruleId === 'untranslated-segment')?.severity).toBe('major');
    expect(findings.find((f) => f.ruleId === 'space-before-punctuation')?.fix).not.toBeNull();
  });

  it('low confidence: language-neutral fixes stand; other fixes become suggestions, findings at most minor', () => {
    const findings = lintAt(TEXT, 'low');
    expect(findings.find((f) => f.ruleId === 'repeated-whitespace')?.fix).toEqual({ start: 10, end: 12, text: ' ' });
    expect(findings.find((f) => f.ruleId === 'space-before-punctuation')).toMatchObject({ fix: null, suggestions: [','] });
    expect(findings.find((f) => f.ruleId === 'untranslated-segment')?.severity).toBe('minor');
    expect(findings.filter((f) => f.fix).map((f) => f.ruleId)).toEqual(['repeated-whitespace']);
    // The same wrapped rules each time (built once per rule list).
    expect(rulesAt('low', rules)).toBe(rulesAt('low', rules));
  });

  it('a user’s severity override still applies on a guess', () => {
    const findings = lint(parseDocument(TEXT, 'text'), { lang: 'en', rules: rulesAt('low', rules), translate, severities: { 'untranslated-segment': 'critical' } });
    expect(findings.find((f) => f.ruleId === 'untranslated-segment')?.severity).toBe('critical');
  });
});

describe('fixing under decided languages', () => {
  it('decides again on the output and fixes what a second run would', () => {
    // Three French cues (a space before `:` `?` `!`) against three Russian ones (Cyrillic words): no source. Fixing
    // the spaces leaves the Russian cues alone, the source becomes Russian, and the name glossary's Russian form
    // `Кремль` is fixed: before, only a second run did that.
    const text = 'The minister asked : why now ? Nobody knows ! The agency ТАСС quoted the Кремль spokesman Пресков on the talks.\n';
    const parse = (t: string) => parseDocument(t, 'text');
    const base = { lang: 'en', rules, translate, matcher: matcherFor(loadGlossaries(glossaryFiles(SHIPPED_DIR)).glossaries) };
    const first = fixDecided(text, parse, base, { lang: 'auto' });
    expect(first.decision).toMatchObject({ lang: 'en', confidence: 'high', sourceLang: null });
    // On the output (Кремль fixed) the Russian cues are two: no source again, and nothing left to fix under it.
    expect(first.final).toMatchObject({ lang: 'en', sourceLang: null });
    expect(first.result.output).toBe('The minister asked: why now? Nobody knows! The agency ТАСС quoted the Kremlin spokesman Пресков on the talks.\n');
    expect(applyEdits(text, first.result.edits)).toBe(first.result.output);
    const second = fixDecided(first.result.output, parse, base, { lang: 'auto' });
    expect(second.result.output).toBe(first.result.output);
    expect(second.result.edits).toEqual([]);
  });

  it('the library takes auto for the target and the source, and keeps en and an unknown source by default', () => {
    const french = 'Le conseil régional a approuvé mardi un plan pour rouvrir les deux lignes ferroviaires : pourquoi maintenant ?\n';
    expect(fixTextWith(french, { lang: 'auto' }).output).toBe(french.replace(' :', '\u00a0:').replace(' ?', '\u202f?'));
    expect(fixTextWith(french).output).not.toContain('\u00a0');
  });
});

const edit = (start: number, end: number, text: string): AppliedEdit => ({ start, end, text, findings: [] });

/** Non-overlapping edits of a text of `length` code units, from random cut points and replacements. */
const edits = (length: number) =>
  fc
    .array(fc.tuple(fc.nat(length), fc.nat(3), fc.string({ maxLength: 3 })), { maxLength: 6 })
    .map((raw) => {
      const out: AppliedEdit[] = [];
      let last = -1;
      for (const [start, len, text] of [...raw].sort((a, b) => a[0] - b[0])) {
        if (start < last || (start === last && out.length && out[out.length - 1]!.start === out[out.length - 1]!.end && len === 0)) continue;
        const end = Math.min(length, start + len);
        if (start === end && text === '') continue;
        out.push(edit(start, end, text));
        last = end;
      }
      return out;
    });

describe('composeEdits', () => {
  it('joins a second edit with the first edit it touches', () => {
    // `abcdef` -> `aXYcdef` -> `aXZcdef`: one edit of the original, b -> XZ.
    const first = [edit(1, 2, 'XY')];
    expect(composeEdits('abcdef', first, [edit(2, 3, 'Z')])).toEqual([edit(1, 2, 'XZ')]);
    // A second edit over untouched text stays its own edit, at its place in the original.
    expect(composeEdits('abcdef', first, [edit(5, 6, '')])).toEqual([edit(1, 2, 'XY'), edit(4, 5, '')]);
    // Reverting the first edit leaves no edit.
    expect(composeEdits('abcdef', first, [edit(1, 3, 'b')])).toEqual([]);
    // An insertion where the first run deleted text comes after the deletion; one at the end stays at the end.
    expect(composeEdits('abcdef', [edit(2, 4, '')], [edit(2, 2, '-')])).toEqual([edit(2, 4, ''), edit(4, 4, '-')]);
    expect(composeEdits('abcdef', [], [edit(6, 6, '!')])).toEqual([edit(6, 6, '!')]);
  });

  it('applying the composed edits to the input gives the output of both runs', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: 12 }).chain((text) =>
          edits(text.length).chain((first) => {
            const mid = applyEdits(text, first);
            return edits(mid.length).map((second) => ({ text, first, mid, second }));
          }),
        ),
        ({ text, first, mid, second }) => {
          const composed = composeEdits(text, first, second);
          expect(applyEdits(text, composed)).toBe(applyEdits(mid, second));
          for (let i = 1; i < composed.length; i++) expect(composed[i]!.start).toBeGreaterThanOrEqual(composed[i - 1]!.end);
        },
      ),
      { numRuns: 500 },
    );
  });
});
