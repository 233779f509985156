// A RuleTester after ESLint's: every valid case gives no finding; every invalid case gives exactly the listed
// findings (in order) and, when the rule fixes anything, `output` is required and must equal the fixed text.
import { describe, expect, it } from 'vitest';
import { checkText, fixTextWith } from '../../src/core/run.js';
import type { Format } from '../../src/formats/index.js';
import type { Finding, Rule } from '../../src/core/types.js';
import { CATALOGUES } from '../../src/i18n/index.js';
import type { Glossary } from '../../src/glossary/types.js';

export interface ValidCase {
  code: string;
  format?: Format;
  lang?: string;
  sourceLang?: string;
  name?: string;
}

export interface ExpectedFinding {
  messageId?: string;
  /** The exact offending text. */
  text?: string;
  start?: number;
  end?: number;
  line?: number;
  column?: number;
  severity?: Finding['severity'];
  suggestions?: string[];
  /** The replacement text of the fix, or null when the finding must carry none. */
  fix?: string | null;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** The text after the fix loop (this rule only). Required iff some finding carries a fix; null = no fix. */
  output?: string | null;
}

export function ruleTester(
  rule: Rule,
  cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] },
  settings: { glossaries?: readonly Glossary[] } = {},
): void {
  const id = rule.meta.id;
  const options = (c: ValidCase) => ({
    rules: [rule],
    format: c.format ?? 'text',
    lang: c.lang ?? 'en',
    sourceLang: c.sourceLang ?? null,
    ...(settings.glossaries ? { glossaries: settings.glossaries } : {}),
  });
  const run = (c: ValidCase) => checkText(c.code, options(c));

  describe(id, () => {
    it('declares messages present in every catalogue', () => {
      for (const [locale, cat] of Object.entries(CATALOGUES)) {
        const msgs = (cat.rules as Record<string, Record<string, string>>)[id];
        expect(msgs, `${locale} catalogue has rules.${id}`).toBeDefined();
        for (const m of rule.meta.messages) expect(msgs?.[m], `${locale}: rules.${id}.${m}`).toBeTypeOf('string');
      }
    });

    const seen = new Set<string>();
    const key = (c: ValidCase) => JSON.stringify([c.code, c.format, c.lang, c.sourceLang]);
    const valid = cases.valid.map((c) => (typeof c === 'string' ? { code: c } : c));
    for (const c of [...valid, ...cases.invalid]) {
      if (seen.has(key(c))) throw new Error(`${id}: duplicate test case ${JSON.stringify(c.code)}`);
      seen.add(key(c));
    }

    describe('valid', () => {
      for (const c of valid) {
        it(c.name ?? JSON.stringify(c.code), () => {
          const found = run(c);
          expect(found.map((f) => `${f.messageId} ${JSON.stringify(f.text)}@${f.start}`)).toEqual([]);
        });
      }
    });

    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name ?? JSON.stringify(c.code), () => {
          if (c.errors.length === 0) throw new Error('an invalid case needs at least one expected finding');
          const found = run(c);
          expect(found.length, `findings: ${found.map((f) => `${f.messageId} ${JSON.stringify(f.text)}@${f.start}`).join(', ')}`).toBe(c.errors.length);
          c.errors.forEach((want, i) => {
            const got = found[i]!;
            const picked: Record<string, unknown> = {};
            for (const k of Object.keys(want) as (keyof ExpectedFinding)[]) {
              picked[k] = k === 'fix' ? (got.fix ? got.fix.text : null) : got[k];
            }
            expect(picked, `finding ${i}`).toEqual(want);
            expect(got.text).toBe(c.code.slice(got.start, got.end));
            expect(got.message.length).toBeGreaterThan(0);
          });
          const fixable = found.some((f) => f.fix);
          if (fixable && c.output === undefined) throw new Error('this case is fixed: give `output`');
          if (c.output !== undefined) {
            const out = fixTextWith(c.code, options(c));
            expect(out.output).toBe(c.output === null ? c.code : c.output);
            // Fixing the fixed text changes nothing more.
            const again = fixTextWith(out.output, options(c));
            expect(again.output).toBe(out.output);
          }
        });
      }
    });
  });
}
