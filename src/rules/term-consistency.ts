// One document mixing the acceptable forms of one glossary entry (its term and alternatives: Kyiv and Kiev, or
// Zelensky and Zelenskyy where the house accepts both). The form used most often wins (the term on a tie); each
// occurrence of another form is one finding, with the winning form as the suggestion. Wrong forms are
// glossary-term's findings, so a span it reports is never reported here.
import { defineRule } from '../core/types.js';
import { isCalqueEntry, scopedSeverity } from '../glossary/scope.js';
import type { GlossaryEntry, TermHit } from '../glossary/types.js';

export default defineRule({
  meta: {
    id: 'term-consistency',
    category: 'terminology/inconsistent-use',
    severity: 'minor',
    messages: ['mixed'],
    fixable: false,
    hasSuggestions: true,
    description: 'Two acceptable forms of one term in one document (Kyiv and Kiev).',
  },
  check(context) {
    const byEntry = new Map<GlossaryEntry, TermHit[]>();
    for (const hit of context.terms()) {
      if (hit.kind !== 'term' && hit.kind !== 'alternative') continue;
      if (hit.entry.alternatives.length === 0 || isCalqueEntry(hit)) continue;
      if (!scopedSeverity(hit, context.sourceLang, context.lang)) continue;
      const list = byEntry.get(hit.entry);
      if (list) list.push(hit);
      else byEntry.set(hit.entry, [hit]);
    }
    for (const [entry, hits] of byEntry) {
      const counts = new Map<number, number>();
      for (const h of hits) counts.set(h.form, (counts.get(h.form) ?? 0) + 1);
      if (counts.size < 2) continue;
      // The majority form; on a tie the preferred term (form 0), then the earlier alternative.
      const winner = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
      const preferred = winner === 0 ? entry.term : entry.alternatives[winner - 1]!;
      for (const h of hits) {
        if (h.form === winner) continue;
        context.report({
          messageId: 'mixed',
          data: { found: h.matched, preferred, count: counts.get(winner)! },
          start: h.start,
          end: h.end,
          severity: scopedSeverity(h, context.sourceLang, context.lang) === 'info' ? 'info' : 'minor',
          suggestions: [preferred],
        });
      }
    }
  },
});
