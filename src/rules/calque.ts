// A literal rendering or false friend from the source language (`it is a question of` for French
// `il s'agit de`). The message names the source expression and the idiomatic alternatives; suggestions only,
// never a fix. Entries apply when the source language is known and listed by the glossary; with an unknown
// source they are reported as `info`, so a CI gate on `minor` or above does not fail on them.
import { defineRule } from '../core/types.js';
import { hitsInScope, isCalqueEntry } from '../glossary/scope.js';
import type { TermHit } from '../glossary/types.js';

export default defineRule({
  meta: {
    id: 'calque',
    category: 'style/unidiomatic',
    severity: 'minor',
    messages: ['calque', 'calqueFrom', 'falseFriend', 'falseFriendFrom'],
    fixable: false,
    hasSuggestions: true,
    description: 'A literal rendering or false friend from the source language (`it is a question of`).',
  },
  check(context) {
    const literal = (hit: TermHit): boolean => (hit.kind === 'variant' || hit.kind === 'pattern') && isCalqueEntry(hit);
    for (const { hit, severity } of hitsInScope(context.terms(), context.sourceLang, context.lang, literal)) {
      const { entry } = hit;
      // The source expression: the article's source language first, else the first one the entry gives.
      const lang = context.sourceLang && entry.source[context.sourceLang] ? context.sourceLang : Object.keys(entry.source)[0];
      const source = lang ? entry.source[lang] : undefined;
      const base = entry.category === 'false-friend' ? 'falseFriend' : 'calque';
      const options = [entry.term, ...entry.alternatives];
      context.report({
        messageId: source ? `${base}From` : base,
        data: {
          found: hit.matched,
          source: source ?? '',
          languageCode: lang ?? '',
          alternatives: options.join(' / '),
        },
        start: hit.start,
        end: hit.end,
        severity,
        suggestions: options,
      });
    }
  },
});
