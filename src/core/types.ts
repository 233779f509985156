// The data model shared by every part of mtlint. Pure types: no fs, no process.

export const SEVERITIES = ['critical', 'major', 'minor', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** MQM penalty points per severity (MQM 2.0 weights). */
export const PENALTY: Record<Severity, number> = { critical: 25, major: 5, minor: 1, info: 0 };

/** Rank for comparisons: higher is more severe. */
export const SEVERITY_RANK: Record<Severity, number> = { critical: 3, major: 2, minor: 1, info: 0 };

/** The MQM core typology categories mtlint reports (see shared/design.md). */
export const CATEGORIES = [
  'accuracy/mistranslation',
  'accuracy/untranslated',
  'accuracy/addition',
  'accuracy/omission',
  'fluency/punctuation',
  'fluency/grammar',
  'fluency/spelling',
  'terminology/inconsistent-with-termbase',
  'terminology/inconsistent-use',
  'style/unidiomatic',
  'locale-convention/number-format',
  'locale-convention/quote-marks',
  'locale-convention/currency-format',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** A replacement of the half-open range [start, end) by `text`. Offsets are UTF-16 code units. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** What a rule reports; the core turns it into a Finding. */
export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  start: number;
  end: number;
  /** One safe edit, applied by `fix`. Only for rules whose meta says `fixable`. */
  fix?: Edit;
  /** Alternatives for a reviewer, never applied automatically. Only for `hasSuggestions` rules. */
  suggestions?: string[];
  /** Overrides the rule's default severity for this finding. */
  severity?: Severity;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  category: Category;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  suggestions: string[];
  fix: Edit | null;
}

export interface RuleMeta {
  /** The rule id; equals the rule's file name. */
  id: string;
  category: Category;
  severity: Severity;
  /** Message ids this rule may report; each must exist in every catalogue under `rules.<id>.<messageId>`. */
  messages: readonly string[];
  fixable: boolean;
  hasSuggestions: boolean;
  /** Target languages the rule applies to; undefined = every language. */
  languages?: readonly string[];
  /** One line for `--help`-style listings and the README. */
  description: string;
  /**
   * Findings of this rule (above `info`) take over their span: the other rules' findings that lie inside it are
   * dropped. For a sentence left in another language, where English punctuation, glossary and number checks
   * have nothing to say.
   */
  supersedes?: boolean;
  /**
   * Kinds of masked text this rule's findings may cover, and its whole-line deletions delete (boilerplate lines hold
   * links). Any other masked text (code) still drops a finding or a fix that touches it.
   */
  coversMasks?: readonly import('./document.js').MaskKind[];
  /**
   * The rule's findings and fixes are right whatever the target language (a double space, a soft hyphen): they
   * stand when the language is only a guess (low confidence). Other rules then fix nothing and report at most
   * `minor` (core/run.ts).
   */
  languageNeutral?: boolean;
}

export interface RuleContext {
  /** The whole decoded text (no BOM). Offsets reported by a rule index into it. */
  readonly text: string;
  /** The text with masked spans (code, URLs, markup) replaced by same-length placeholders. */
  readonly prose: string;
  readonly doc: import('./document.js').Document;
  /** Target language (BCP 47 primary subtag). */
  readonly lang: string;
  readonly sourceLang: string | null;
  /** Glossary hits in the prose view (computed once per document; empty without glossaries). */
  terms(): readonly import('../glossary/types.js').TermHit[];
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
