import { describe, expect, it } from 'vitest';
import { CATALOGUES, i18n, LOCALES, resolveLocale, ruleTranslator, translator } from '../../src/i18n/index.js';
import { rules } from '../../src/rules/index.js';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('catalogues', () => {
  it('English and French have exactly the same keys and the same placeholders', () => {
    expect(keys(CATALOGUES.fr).sort()).toEqual(keys(CATALOGUES.en).sort());
    const get = (o: object, k: string) => k.split('.').reduce<unknown>((a, p) => (a as Record<string, unknown>)[p], o) as string;
    for (const k of keys(CATALOGUES.en)) {
      const ph = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect(ph(get(CATALOGUES.fr, k)), k).toEqual(ph(get(CATALOGUES.en, k)));
    }
  });
  it('every message id a rule declares exists, and every rule block belongs to a rule', () => {
    const ids = new Set(rules.map((r) => r.meta.id));
    for (const r of rules) for (const m of r.meta.messages) expect(CATALOGUES.en.rules).toHaveProperty([r.meta.id, m]);
    for (const id of Object.keys(CATALOGUES.en.rules)) expect(ids.has(id), id).toBe(true);
  });
  it('picks the locale from the flag, then LC_ALL, LC_MESSAGES, LANG, else English', () => {
    expect(resolveLocale('fr')).toBe('fr');
    expect(resolveLocale(undefined, { LANG: 'fr_CA.UTF-8' })).toBe('fr');
    expect(resolveLocale(undefined, { LC_ALL: 'C', LANG: 'fr_FR' })).toBe('fr');
    expect(resolveLocale(undefined, { LC_ALL: 'de_DE', LANG: 'fr_FR' })).toBe('en');
    expect(resolveLocale(undefined, {})).toBe('en');
  });
  it('renders every rule message as i18next t() does, whatever the data (the interpolator fast path and the memo)', () => {
    const values = ['x', '“{{word}}”', '$t(languages.fr)', '<b>&amp;</b>', 'l’an', '', 3];
    for (const locale of LOCALES) {
      const render = ruleTranslator(locale);
      const t = i18n(locale);
      for (const rule of rules) {
        for (const messageId of rule.meta.messages) {
          const template = (CATALOGUES[locale].rules as Record<string, Record<string, string>>)[rule.meta.id]![messageId]!;
          const names = [...new Set([...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!))];
          for (const value of values) {
            const data: Record<string, string | number> = Object.fromEntries(names.map((n, k) => [n, k === 0 ? value : `${n}-${value}`]));
            if ('languageCode' in data) data.languageCode = 'ru';
            const key = `rules.${rule.meta.id}.${messageId}`;
            expect(render(rule.meta.id, messageId, data), `${locale} ${key}`).toBe(t.t(key, data));
            expect(render(rule.meta.id, messageId, data), `${locale} ${key} (memo)`).toBe(t.t(key, data));
          }
        }
      }
    }
    expect(() => ruleTranslator('en')('repeated-word', 'nope', {})).toThrow(/missing message rules.repeated-word.nope/);
  });
  it('renders plurals and placeholders', () => {
    expect(translator('en')('report.problems', { count: 1 })).toBe('1 problem');
    expect(translator('fr')('report.problems', { count: 2 })).toBe('2 problèmes');
  });
});
