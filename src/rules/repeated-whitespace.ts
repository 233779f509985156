// Two or more spaces between words inside a line of prose. Indentation (leading spaces), trailing spaces
// (Markdown hard breaks) and Markdown table rows are not findings. Fix: one space.
import { defineRule } from '../core/types.js';

// Two or more spaces between non-spaces; what precedes the run is checked behind it (a pattern that starts with a
// lookbehind makes the engine try every position of the text).
const RUN = /[ \u00a0\u202f\u2007]{2,}(?<=[^\s][ \u00a0\u202f\u2007]{2,})(?=[^\s])/gu;
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
