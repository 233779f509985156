// A wrong form of a glossary term: a listed variant (`Gigachat`, `Yandex GPT`, `Poutine`), a match of one of
// the entry's patterns, or, for `case: exact` entries, any other casing of the term (`Iphone`, `IPhone`).
// Calques and false friends belong to the `calque` rule. The fix writes the term when the entry's policy is
// `safe`; an English possessive or plural after the form is outside the span, so it is kept (`Gigachat's`).
import { defineRule } from '../core/types.js';
import type { TermHit } from '../glossary/types.js';
import { hitsInScope, isCalqueEntry } from '../glossary/scope.js';

export default defineRule({
  meta: {
    id: 'glossary-term',
    category: 'terminology/inconsistent-with-termbase',
    severity: 'major',
    messages: ['variant', 'casing', 'variantNote', 'casingNote'],
    fixable: true,
    hasSuggestions: true,
    description: 'A spelling, casing or form that the glossary marks as wrong (`Gigachat` for GigaChat).',
  },
  check(context) {
    const wrong = (hit: TermHit): boolean =>
      (hit.kind === 'variant' || hit.kind === 'pattern' || hit.kind === 'casing') && !isCalqueEntry(hit);
    for (const { hit, severity } of hitsInScope(context.terms(), context.sourceLang, context.lang, wrong)) {
      const { entry } = hit;
      const base = hit.kind === 'casing' ? 'casing' : 'variant';
      context.report({
        messageId: entry.note ? `${base}Note` : base,
        data: { found: hit.matched, term: entry.term, glossary: hit.glossary.name, note: entry.note ?? '' },
        start: hit.start,
        end: hit.end,
        severity,
        suggestions: [entry.term, ...entry.alternatives],
        ...(entry.fix === 'safe' ? { fix: { start: hit.start, end: hit.end, text: entry.term } } : {}),
      });
    }
  },
});
