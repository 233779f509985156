// The glossary model shared by the loaders (YAML, CSV/TSV, TBX), the validator, the matcher and the rules.
// Pure types and defaults: no fs.
import type { Severity } from '../core/types.js';

export const ENTRY_CATEGORIES = ['terminology', 'name', 'calque', 'false-friend', 'untranslated', 'boilerplate'] as const;
export type EntryCategory = (typeof ENTRY_CATEGORIES)[number];

export type FixPolicy = 'safe' | 'suggest' | 'none';
export type CaseMode = 'exact' | 'insensitive';

/** Default severity by category when an entry gives none. */
export const DEFAULT_SEVERITY: Record<EntryCategory, Severity> = {
  terminology: 'major',
  name: 'major',
  calque: 'minor',
  'false-friend': 'minor',
  untranslated: 'major',
  boilerplate: 'minor',
};

/** Default fix policy by category: safe for terminology and names, suggest otherwise. */
export const DEFAULT_FIX: Record<EntryCategory, FixPolicy> = {
  terminology: 'safe',
  name: 'safe',
  calque: 'suggest',
  'false-friend': 'suggest',
  untranslated: 'suggest',
  boilerplate: 'suggest',
};

/** One entry with every default filled in. */
export interface GlossaryEntry {
  /** The preferred form. */
  term: string;
  /** Wrong forms, literal text, matched on word boundaries (case-insensitively). */
  variants: string[];
  /** Regular expressions (RE2 syntax, linear time) for wrong forms, matched case-insensitively. */
  patterns: string[];
  /** `exact`: any other casing of `term` is wrong too. */
  case: CaseMode;
  category: EntryCategory;
  severity: Severity;
  fix: FixPolicy;
  /** More acceptable forms after `term` (suggested after it; term-consistency treats them as acceptable). */
  alternatives: string[];
  /** Source-language forms by language code. */
  source: Record<string, string>;
  note: string | null;
  /** 1-based line of the entry in its file (0 when unknown). */
  line: number;
  /** Index of the entry in its glossary (stable order). */
  index: number;
}

export interface Glossary {
  name: string;
  description: string | null;
  /** Language of `term` (default `en`). */
  language: string;
  /** Apply only when the article's source language is one of these; null = any. */
  sourceLanguages: string[] | null;
  entries: GlossaryEntry[];
  /** The file it was loaded from (as given), for messages. */
  file: string;
}

/** A problem found while loading or validating a glossary: always with the file, and the line where known. */
export interface GlossaryProblem {
  file: string;
  line: number | null;
  /** A short English message (the CLI prints it as is; ids are stable for tests). */
  message: string;
  code:
    | 'syntax'
    | 'unknown-field'
    | 'missing-term'
    | 'missing-name'
    | 'bad-value'
    | 'variant-equals-term'
    | 'duplicate-variant'
    | 'bad-pattern'
    | 'unreadable';
}

/** Options of GlossaryMatcher.match. */
export interface MatchOptions {
  /**
   * Whether to report the hits of every acceptable form (default true). With false, a term is reported only when
   * its entry has alternatives, where term-consistency counts the forms; the other terms (the bulk of the hits of a
   * big glossary, since correct words are the common case) still shadow the wrong forms inside them, but make no
   * hit: the rules use none of them.
   */
  allTerms?: boolean;
}

/** What the matcher found in a text. Offsets index the text given to `match` (the prose view). */
export interface TermHit {
  /** Span of the matched form, without a possessive or plural suffix. */
  start: number;
  end: number;
  /** `variant`/`pattern`: a wrong form; `casing`: the term in a wrong casing (case: exact); `term`/`alternative`: an acceptable form. */
  kind: 'variant' | 'pattern' | 'casing' | 'term' | 'alternative';
  /** The text matched (the slice [start, end)). */
  matched: string;
  /** For `term`/`alternative` hits, which acceptable form: 0 = term, 1.. = alternatives[n-1]. */
  form: number;
  /** An English possessive or plural suffix after the match (`'s`, `’s`, `s`, `'`), kept out of the span. */
  suffix: string;
  entry: GlossaryEntry;
  glossary: Glossary;
}
