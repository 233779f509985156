// Scoring for the evaluation corpus: matching predictions to gold annotations and the metrics derived from it.
// Pure: no fs, no process. A prediction matches a gold entry of the same rule whose span overlaps it (a positive
// overlap: spans that only touch do not match); each gold entry and each prediction is matched at most once.

export interface Span {
  ruleId: string;
  start: number;
  end: number;
}

export interface Match<G extends Span, P extends Span> {
  gold: G;
  prediction: P;
}

export interface MatchResult<G extends Span, P extends Span> {
  matches: Match<G, P>[];
  unmatchedGold: G[];
  unmatchedPredictions: P[];
}

/** True when the half-open spans share at least one code unit. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

const byPosition = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start - b.start || a.end - b.end;

/**
 * Greedy one-to-one matching in document order: predictions are taken by position; each takes, among the
 * still unmatched gold entries of its rule that overlap it, the one that ends first (then the one that starts
 * first), so that a long prediction does not take a gold entry a later prediction needs.
 */
export function matchFindings<G extends Span, P extends Span>(
  gold: readonly G[],
  predictions: readonly P[],
): MatchResult<G, P> {
  const goldSorted = [...gold].sort(byPosition);
  const predSorted = [...predictions].sort(byPosition);
  const used = new Set<number>();
  const matches: Match<G, P>[] = [];
  const unmatchedPredictions: P[] = [];
  for (const p of predSorted) {
    let best = -1;
    for (let i = 0; i < goldSorted.length; i++) {
      const g = goldSorted[i]!;
      if (g.start >= p.end) break;
      if (used.has(i) || g.ruleId !== p.ruleId || !overlaps(g, p)) continue;
      const b = best < 0 ? null : goldSorted[best]!;
      if (!b || g.end < b.end || (g.end === b.end && g.start < b.start)) best = i;
    }
    if (best < 0) unmatchedPredictions.push(p);
    else {
      used.add(best);
      matches.push({ gold: goldSorted[best]!, prediction: p });
    }
  }
  const unmatchedGold = goldSorted.filter((_, i) => !used.has(i));
  return { matches, unmatchedGold, unmatchedPredictions };
}

export interface Counts {
  gold: number;
  predictions: number;
  /** Matched pairs: matched gold entries = matched predictions (the matching is one-to-one). */
  matched: number;
}

export interface Metrics extends Counts {
  /** matched / predictions; null when there are no predictions. */
  precision: number | null;
  /** matched / gold; null when there is no gold. */
  recall: number | null;
  /** Harmonic mean; null when precision or recall is null; 0 when both are 0. */
  f1: number | null;
}

export const ZERO: Counts = Object.freeze({ gold: 0, predictions: 0, matched: 0 });

export function addCounts(a: Counts, b: Counts): Counts {
  return { gold: a.gold + b.gold, predictions: a.predictions + b.predictions, matched: a.matched + b.matched };
}

export function metrics(c: Counts): Metrics {
  const precision = c.predictions > 0 ? c.matched / c.predictions : null;
  const recall = c.gold > 0 ? c.matched / c.gold : null;
  let f1: number | null = null;
  if (precision !== null && recall !== null) f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

/** Per-rule counts of one match result (rules seen in gold or predictions). */
export function countByRule<G extends Span, P extends Span>(result: MatchResult<G, P>): Map<string, Counts> {
  const out = new Map<string, Counts>();
  const bump = (ruleId: string, d: Partial<Counts>) => {
    const c = out.get(ruleId) ?? { ...ZERO };
    out.set(ruleId, addCounts(c, { ...ZERO, ...d }));
  };
  for (const m of result.matches) bump(m.gold.ruleId, { gold: 1, predictions: 1, matched: 1 });
  for (const g of result.unmatchedGold) bump(g.ruleId, { gold: 1 });
  for (const p of result.unmatchedPredictions) bump(p.ruleId, { predictions: 1 });
  return out;
}

export function mergeCounts(into: Map<string, Counts>, from: ReadonlyMap<string, Counts>): Map<string, Counts> {
  for (const [id, c] of from) into.set(id, addCounts(into.get(id) ?? ZERO, c));
  return into;
}

export interface Family {
  id: string;
  rules: readonly string[];
}

/** Rule families of the report, in display order. */
export const FAMILIES: readonly Family[] = [
  { id: 'quotes', rules: ['quote-spacing', 'quote-pairing'] },
  { id: 'spacing', rules: ['space-before-punctuation', 'french-spacing', 'repeated-whitespace', 'invisible-characters'] },
  { id: 'punctuation', rules: ['stray-punctuation', 'dangling-punctuation'] },
  { id: 'words', rules: ['repeated-word'] },
  { id: 'terminology', rules: ['glossary-term', 'term-consistency'] },
  { id: 'calques', rules: ['calque'] },
  { id: 'numbers', rules: ['number-format'] },
  { id: 'language', rules: ['untranslated-segment'] },
  { id: 'boilerplate', rules: ['boilerplate'] },
];

export const OTHER_FAMILY = 'other';

export function familyOf(ruleId: string): string {
  return FAMILIES.find((f) => f.rules.includes(ruleId))?.id ?? OTHER_FAMILY;
}

export interface RuleRow extends Metrics {
  ruleId: string;
  family: string;
  implemented: boolean;
}

export interface FamilyRow extends Metrics {
  family: string;
  rules: string[];
  /** 'yes' when every rule of the family is implemented, 'partial' when some are, 'no' when none is. */
  implemented: 'yes' | 'partial' | 'no';
}

export interface Summary {
  rules: RuleRow[];
  families: FamilyRow[];
  /** Over implemented rules only. */
  overall: Metrics;
  /** Gold entries of rules that are not implemented yet (left out of `overall`). */
  notImplementedGold: number;
}

/**
 * Rows per rule (every family rule, plus any other rule seen), per family, and the overall figure over the
 * implemented rules. Rules not implemented still show their gold counts.
 */
export function summarise(perRule: ReadonlyMap<string, Counts>, implemented: ReadonlySet<string>): Summary {
  const ids: string[] = [];
  for (const f of FAMILIES) ids.push(...f.rules);
  const extra = [...new Set([...perRule.keys(), ...implemented])].filter((id) => !ids.includes(id)).sort();
  ids.push(...extra);
  const rules: RuleRow[] = ids.map((ruleId) => ({
    ruleId,
    family: familyOf(ruleId),
    implemented: implemented.has(ruleId),
    ...metrics(perRule.get(ruleId) ?? ZERO),
  }));
  const familyIds = [...FAMILIES.map((f) => f.id), ...(extra.length ? [OTHER_FAMILY] : [])];
  const families: FamilyRow[] = familyIds.map((family) => {
    const members = rules.filter((r) => r.family === family);
    const counts = members.reduce<Counts>((acc, r) => addCounts(acc, r), ZERO);
    const n = members.filter((r) => r.implemented).length;
    return {
      family,
      rules: members.map((r) => r.ruleId),
      implemented: n === 0 ? 'no' : n === members.length ? 'yes' : 'partial',
      ...metrics(counts),
    };
  });
  const overall = metrics(rules.filter((r) => r.implemented).reduce<Counts>((acc, r) => addCounts(acc, r), ZERO));
  const notImplementedGold = rules.filter((r) => !r.implemented).reduce((n, r) => n + r.gold, 0);
  return { rules, families, overall, notImplementedGold };
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words as the corpus counts them: runs of letters and digits joined by inner apostrophes or hyphens. */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/** False positives per 1,000 words; null when there are no words. */
export function perThousand(count: number, words: number): number | null {
  return words > 0 ? (count * 1000) / words : null;
}
