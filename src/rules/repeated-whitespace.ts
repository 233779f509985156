// Two or more spaces between words inside a line of prose. Indentation (leading spaces), trailing spaces
// (Markdown hard breaks) and Markdown table rows are not findings. Fix: one space.
import { defineRule } from '../core/types.js';

// Two or more spaces (a whole run of them); what comes before and after the run is checked by the code, not by
// lookarounds: a pattern that looks back over the run tries every length of it from every position in it, which
// costs time cubic in the length of a run of spaces (a line indented by a thousand spaces).
const RUN = /[ \u00a0\u202f\u2007]{2,}/gu;
const SPACE = /\s/u;
// What RUN finds, without its lookarounds: found with one scan of the whole text, so that only the few lines
// holding one are sliced and scanned.
const CANDIDATE = /[ \u00a0\u202f\u2007]{2}/g;

export default defineRule({
  meta: {
    id: 'repeated-whitespace',
    category: 'fluency/punctuation',
    severity: 'minor',
    messages: ['repeated'],
    fixable: true,
    hasSuggestions: false,
    languageNeutral: true,
    description: 'Two or more spaces inside a line of prose.',
  },
  check(context) {
    const { prose, doc } = context;
    for (const line of doc.linesWith(CANDIDATE)) {
      const text = prose.slice(line.start, line.end);
      if (/^\s*\|/.test(text)) continue; // a Markdown or ASCII table row: spaces align columns
      for (const m of text.matchAll(RUN)) {
        // Between non-spaces only: not indentation, not trailing spaces, not next to a tab.
        const after = m.index + m[0].length;
        if (m.index === 0 || SPACE.test(text[m.index - 1]!) || after === text.length || SPACE.test(text[after]!)) continue;
        const start = line.start + m.index;
        const end = start + m[0].length;
        context.report({
          messageId: 'repeated',
          data: { count: m[0].length },
          start,
          end,
          fix: { start, end, text: ' ' },
        });
      }
    }
  },
});
