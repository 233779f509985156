// The pure core: a document in, findings out. No fs, no process, no CLI.
import type { Document } from './document.js';
import type { MatchOptions, TermHit } from '../glossary/types.js';
import type { Edit, Finding, Report, Rule, RuleContext, Severity } from './types.js';

/** Renders a rule's message; the CLI passes an i18next-backed one. */
export type Translate = (ruleId: string, messageId: string, data: Record<string, string | number>) => string;

export interface LintOptions {
  /** Target language of the text (primary subtag, e.g. `en`). */
  lang: string;
  sourceLang?: string | null;
  rules: readonly Rule[];
  translate: Translate;
  /** Per-rule severity overrides; `off` disables the rule. */
  severities?: Readonly<Record<string, Severity | 'off'>>;
  /** The compiled glossaries, if any: anything that finds term hits in a text. */
  matcher?: { match(text: string, options?: MatchOptions): TermHit[] } | null;
}

/** A rule broke its own contract (undeclared fix, unknown message id, bad range). A bug, not bad input. */
export class RuleContractError extends Error {}

const LINE_BREAK = /[\r\n]/;

export function lint(doc: Document, options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  let hits: readonly TermHit[] | null = null;
  const terms = (): readonly TermHit[] => (hits ??= options.matcher ? Object.freeze(options.matcher.match(doc.prose, { allTerms: false })) : []);
  for (const rule of options.rules) {
    const { meta } = rule;
    const override = options.severities?.[meta.id];
    if (override === 'off') continue;
    if (meta.languages && !meta.languages.includes(options.lang)) continue;
    const context: RuleContext = {
      text: doc.text,
      prose: doc.prose,
      doc,
      lang: options.lang,
      sourceLang: options.sourceLang ?? null,
      terms,
      report(report: Report) {
        const finding = toFinding(rule, report, doc, options, override);
        if (finding) findings.push(finding);
      },
    };
    rule.check(context);
  }
  return sortFindings(superseded(findings, options.rules));
}

/**
 * The findings without those strictly inside the span of a finding (above `info`) of a superseding rule. A finding
 * of the same span or a wider one stays: a site's line left in another language is still the site's line.
 */
function superseded(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const over = new Set(rules.filter((r) => r.meta.supersedes).map((r) => r.meta.id));
  if (over.size === 0) return findings;
  const spans = findings.filter((f) => over.has(f.ruleId) && f.severity !== 'info');
  if (spans.length === 0) return findings;
  // A span holds a finding strictly when it starts at or before it, ends at or after it, and is not the same
  // range. With the spans sorted by start and the running maximum of their ends, one binary search per finding
  // tells: the widest reach of the spans that start before the finding, and of those that start with it.
  spans.sort((a, b) => a.start - b.start);
  const starts = spans.map((s) => s.start);
  const reach: number[] = []; // reach[k]: the greatest end among spans[0..k]
  for (let k = 0; k < spans.length; k++) reach.push(Math.max(spans[k]!.end, k ? reach[k - 1]! : -1));
  const inside = (f: Finding): boolean => {
    const before = countBelow(starts, f.start); // spans that start before f
    if (before > 0 && reach[before - 1]! >= f.end) return true;
    const upTo = countBelow(starts, f.start + 1); // ... and those that start with it
    return upTo > before && reach[upTo - 1]! > f.end;
  };
  return findings.filter((f) => over.has(f.ruleId) || !inside(f));
}

/** How many of the sorted `values` are below `x`. */
function countBelow(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function toFinding(
  rule: Rule,
  report: Report,
  doc: Document,
  options: LintOptions,
  override: Severity | undefined,
): Finding | null {
  const { meta } = rule;
  const { start, end } = report;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > doc.text.length) {
    throw new RuleContractError(`${meta.id}: reported an empty or out-of-range span [${start}, ${end})`);
  }
  if (!meta.messages.includes(report.messageId)) {
    throw new RuleContractError(`${meta.id}: unknown messageId "${report.messageId}"`);
  }
  if (report.fix && !meta.fixable) throw new RuleContractError(`${meta.id}: reported a fix but is not fixable`);
  if (report.suggestions?.length && !meta.hasSuggestions) {
    throw new RuleContractError(`${meta.id}: reported suggestions but does not declare hasSuggestions`);
  }
  // Nothing inside code, URLs or markup is ever a finding.
  if (doc.isMasked(start, end, meta.coversMasks)) return null;
  let fix: Edit | null = report.fix ?? null;
  if (fix) {
    if (fix.start < 0 || fix.end < fix.start || fix.end > doc.text.length) {
      throw new RuleContractError(`${meta.id}: fix range [${fix.start}, ${fix.end}) is out of range`);
    }
    // A fix never touches masked text and never adds or removes a line break (annotations stay on one line),
    // except a deletion of whole lines (boilerplate): from a line start to just after a line break or the end.
    const old = doc.text.slice(fix.start, fix.end);
    const breaks = LINE_BREAK.test(old) || LINE_BREAK.test(fix.text);
    const wholeLines = deletesWholeLines(doc.text, fix);
    if (doc.isMasked(fix.start, fix.end, wholeLines ? meta.coversMasks : undefined) || (breaks && !wholeLines) || old === fix.text) {
      fix = null;
    } else {
      fix = { start: fix.start, end: fix.end, text: fix.text };
    }
  }
  // A fix inside the finding's span also reads as a suggestion for the whole span ("“ " -> "“").
  let suggestions = report.suggestions ? [...report.suggestions] : [];
  if (fix && suggestions.length === 0 && fix.start >= start && fix.end <= end) {
    const whole = doc.text.slice(start, fix.start) + fix.text + doc.text.slice(fix.end, end);
    if (whole.trim() !== '') suggestions = [whole];
  }
  const data = report.data ?? {};
  const from = doc.position(start);
  const to = doc.position(end);
  return {
    ruleId: meta.id,
    messageId: report.messageId,
    category: meta.category,
    severity: override ?? report.severity ?? meta.severity,
    message: options.translate(meta.id, report.messageId, data),
    start,
    end,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    text: doc.text.slice(start, end),
    suggestions,
    fix,
  };
}

/** Whether `fix` deletes whole lines: nothing inserted, from a line start to just after a line break or to the end. */
export function deletesWholeLines(text: string, fix: Edit): boolean {
  if (fix.text !== '' || fix.end <= fix.start) return false;
  const before = fix.start === 0 ? '\n' : text[fix.start - 1];
  if (before !== '\n' && !(before === '\r' && text[fix.start] !== '\n')) return false;
  if (fix.end === text.length) return true;
  const last = text[fix.end - 1];
  return last === '\n' || (last === '\r' && text[fix.end] !== '\n');
}

/** Findings in a stable order: by start, then rule id, then end, then message id. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.start - b.start ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      a.end - b.end ||
      (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0),
  );
}
