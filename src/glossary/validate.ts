// Checks on a loaded glossary beyond per-entry parsing: variants that equal their own term, one variant under
// entries with different terms, and patterns that RE2 (linear time, so no catastrophic backtracking) rejects.
import type { RE2JS } from 're2js';
import { re2Lib } from '../lazy.js';
import type { Glossary, GlossaryEntry, GlossaryProblem } from './types.js';
import { formKey, normalizeSeparators } from './normalize.js';
import { loadGlossaryFile } from './load.js';

interface Owner {
  entry: GlossaryEntry;
  what: 'term' | 'alternative' | 'variant';
  text: string;
}

export function validateGlossary(glossary: Glossary): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const add = (code: GlossaryProblem['code'], line: number, message: string): void => {
    problems.push({ file: glossary.file, line: line || null, code, message });
  };
  const acceptable = new Map<string, Owner>(); // key -> first entry with this term/alternative
  const wrong = new Map<string, Owner>(); // key -> first entry with this variant

  for (const entry of glossary.entries) {
    // Acceptable forms of this entry.
    const own = new Map<string, string>();
    for (const [i, form] of [entry.term, ...entry.alternatives].entries()) {
      const key = formKey(form);
      if (i > 0 && own.has(key)) add('variant-equals-term', entry.line, `alternative "${form}" is the same as ${own.get(key) === entry.term ? `the term "${entry.term}"` : `alternative "${own.get(key)}"`}`);
      if (!own.has(key)) own.set(key, form);
    }
    for (const v of entry.variants) {
      const key = formKey(v);
      const same = own.get(key);
      if (same === undefined) continue;
      const what = same === entry.term ? `its term "${entry.term}"` : `its alternative "${same}"`;
      if (entry.case === 'exact' && same === entry.term) {
        // With case: exact, another casing of the term is a meaningful (if redundant) variant.
        if (normalizeSeparators(v) === normalizeSeparators(entry.term)) add('variant-equals-term', entry.line, `variant "${v}" is the same as ${what}`);
        continue;
      }
      const hint = normalizeSeparators(v) !== normalizeSeparators(same) && normalizeSeparators(v).toLowerCase() === normalizeSeparators(same).toLowerCase() ? ' except for case (to flag other casings, set `case: exact`)' : ' (variants are matched case-insensitively, across spaces and hyphens)';
      add('variant-equals-term', entry.line, `variant "${v}" is the same as ${what}${hint}`);
    }

    // Across entries.
    const termKey = formKey(entry.term);
    for (const v of entry.variants) {
      const key = formKey(v);
      if (own.has(key)) continue;
      const prev = wrong.get(key);
      if (prev && prev.entry !== entry && formKey(prev.entry.term) !== termKey)
        add('duplicate-variant', entry.line, `variant "${v}" is also a variant of "${prev.entry.term}" on line ${prev.entry.line}, with a different term "${entry.term}"`);
      else if (!prev) wrong.set(key, { entry, what: 'variant', text: v });
      const acc = acceptable.get(key);
      if (acc && acc.entry !== entry)
        add('duplicate-variant', entry.line, `variant "${v}" of "${entry.term}" is the ${acc.what} of the entry on line ${acc.entry.line} ("${acc.entry.term}")`);
    }
    for (const [key, form] of own) {
      const w = wrong.get(key);
      if (w && w.entry !== entry && formKey(w.entry.term) !== termKey)
        add('duplicate-variant', entry.line, `${form === entry.term ? 'term' : 'alternative'} "${form}" is a variant of "${w.entry.term}" on line ${w.entry.line}`);
      if (!acceptable.has(key)) acceptable.set(key, { entry, what: form === entry.term ? 'term' : 'alternative', text: form });
    }

    for (const pattern of entry.patterns) {
      const reason = patternProblem(pattern);
      if (reason) add('bad-pattern', entry.line, `pattern /${pattern}/: ${reason}`);
    }
  }
  return problems;
}

/** Why a pattern cannot be used, or null. Patterns use RE2 syntax, which matches in linear time. */
export function patternProblem(pattern: string): string | null {
  let re: ReturnType<typeof RE2JS.compile>;
  try {
    const lib = re2Lib().RE2JS;
    re = lib.compile(pattern, lib.CASE_INSENSITIVE);
  } catch (e) {
    const msg = (e as Error).message.replace(/^error parsing regexp: /, '');
    if (/\(\?<?[=!]/.test(pattern)) return `lookahead and lookbehind are not supported (RE2 syntax, linear time): ${msg}`;
    if (/\\[1-9]/.test(pattern)) return `backreferences are not supported (RE2 syntax, linear time): ${msg}`;
    return `does not compile as an RE2 regular expression: ${msg}`;
  }
  if (re.matches('')) return 'matches the empty string';
  if (pattern.includes('\uE000')) return 'contains U+E000, which mtlint uses to mask code';
  return null;
}

/** Loads and validates glossary files: every problem of every file (for `mtlint glossary validate FILE...`). */
export function validateFiles(paths: readonly string[]): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  for (const path of paths) {
    const { glossary, problems: loadProblems } = loadGlossaryFile(path);
    const found = [...loadProblems, ...(glossary ? validateGlossary(glossary) : [])];
    found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    problems.push(...found);
  }
  return problems;
}
