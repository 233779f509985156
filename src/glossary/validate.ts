// Checks on a loaded glossary beyond per-entry parsing: variants that equal their own term, one variant under
// entries with different terms, and patterns that RE2 (linear time, so no catastrophic backtracking) rejects.
import type { RE2JS } from 're2js';
import { re2Lib } from '../lazy.js';
import type { Glossary, GlossaryEntry, GlossaryProblem } from './types.js';
import { normalizeSeparators } from './normalize.js';
import { KeyTable, keyHash, sameKey } from './key-table.js';
import { loadGlossaryFile } from './load.js';

export function validateGlossary(glossary: Glossary): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const add = (code: GlossaryProblem['code'], line: number, message: string): void => {
    problems.push({ file: glossary.file, line: line || null, code, message });
  };
  const { entries } = glossary;
  // Keys across entries, by (entry index, form): the first entry with a term/alternative key (form 0 = the term,
  // n = alternatives[n - 1]), the first with a variant key (form = index in variants). No key string is built.
  let acceptableCap = 0;
  let wrongCap = 0;
  for (const entry of entries) {
    acceptableCap += 1 + entry.alternatives.length;
    wrongCap += entry.variants.length;
  }
  const acceptable = new KeyTable(acceptableCap, (e, form) => acceptableForm(entries[e]!, form));
  const wrong = new KeyTable(wrongCap, (e, form) => entries[e]!.variants[form]!);
  const slot = [0];
  // This entry's acceptable forms with distinct keys (form numbers as above), and their hashes.
  const own: number[] = [];
  const ownHash: number[] = [];
  const ownOf = (v: string, hash: number): number => {
    for (let k = 0; k < own.length; k++) if (ownHash[k] === hash && sameKey(acceptableForm(current, own[k]!), v)) return own[k]!;
    return -1;
  };
  let current: GlossaryEntry = entries[0]!;

  for (let e = 0; e < entries.length; e++) {
    const entry = (current = entries[e]!);
    // Acceptable forms of this entry.
    own.length = 0;
    ownHash.length = 0;
    for (let i = 0; i <= entry.alternatives.length; i++) {
      const form = acceptableForm(entry, i);
      const hash = keyHash(form);
      const first = ownOf(form, hash);
      if (first >= 0) {
        add('variant-equals-term', entry.line, `alternative "${form}" is the same as ${first === 0 ? `the term "${entry.term}"` : `alternative "${acceptableForm(entry, first)}"`}`);
        continue;
      }
      own.push(i);
      ownHash.push(hash);
    }
    const variantHash = entry.variants.map(keyHash);
    entry.variants.forEach((v, vi) => {
      const first = ownOf(v, variantHash[vi]!);
      if (first < 0) return;
      const same = acceptableForm(entry, first);
      const what = first === 0 ? `its term "${entry.term}"` : `its alternative "${same}"`;
      if (entry.case === 'exact' && first === 0) {
        // With case: exact, another casing of the term is a meaningful (if redundant) variant.
        if (normalizeSeparators(v) === normalizeSeparators(entry.term)) add('variant-equals-term', entry.line, `variant "${v}" is the same as ${what}`);
        return;
      }
      const hint = normalizeSeparators(v) !== normalizeSeparators(same) && normalizeSeparators(v).toLowerCase() === normalizeSeparators(same).toLowerCase() ? ' except for case (to flag other casings, set `case: exact`)' : ' (variants are matched case-insensitively, across spaces and hyphens)';
      add('variant-equals-term', entry.line, `variant "${v}" is the same as ${what}${hint}`);
    });

    // Across entries.
    entry.variants.forEach((v, vi) => {
      const hash = variantHash[vi]!;
      if (ownOf(v, hash) >= 0) return;
      // The first entry with this variant key (this one, when none had it).
      const prev = wrong.addIfAbsent(v, e, vi, hash);
      const prevEntry = prev >= 0 ? entries[prev]! : null;
      if (prevEntry && prevEntry !== entry && !sameKey(prevEntry.term, entry.term))
        add('duplicate-variant', entry.line, `variant "${v}" is also a variant of "${prevEntry.term}" on line ${prevEntry.line}, with a different term "${entry.term}"`);
      const acc = acceptable.get(v, hash, slot);
      const accEntry = acc >= 0 ? entries[acc]! : null;
      if (accEntry && accEntry !== entry)
        add('duplicate-variant', entry.line, `variant "${v}" of "${entry.term}" is the ${slot[0] === 0 ? 'term' : 'alternative'} of the entry on line ${accEntry.line} ("${accEntry.term}")`);
    });
    for (let k = 0; k < own.length; k++) {
      const i = own[k]!;
      const form = acceptableForm(entry, i);
      const w = wrong.get(form, ownHash[k]);
      const wEntry = w >= 0 ? entries[w]! : null;
      if (wEntry && wEntry !== entry && !sameKey(wEntry.term, entry.term))
        add('duplicate-variant', entry.line, `${i === 0 ? 'term' : 'alternative'} "${form}" is a variant of "${wEntry.term}" on line ${wEntry.line}`);
      acceptable.addIfAbsent(form, e, i, ownHash[k]);
    }

    for (const pattern of entry.patterns) {
      const reason = patternProblem(pattern);
      if (reason) add('bad-pattern', entry.line, `pattern /${pattern}/: ${reason}`);
    }
  }
  return problems;
}

/** Acceptable form `i` of an entry: 0 = its term, n = alternatives[n - 1]. */
function acceptableForm(entry: GlossaryEntry, i: number): string {
  return i === 0 ? entry.term : entry.alternatives[i - 1]!;
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
