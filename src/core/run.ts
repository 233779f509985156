// Convenience entry points of the core: check and fix a text of a given format with the registered rules, the
// languages declared or decided per document (lang/decide.ts) as the CLI does.
import { parseDocument, type Format } from '../formats/index.js';
import { ruleTranslator, type Locale } from '../i18n/index.js';
import { rules as allRules } from '../rules/index.js';
import { fixText, type AppliedEdit, type FixResult } from './fixer.js';
import { lint, type LintOptions } from './linter.js';
import { SEVERITY_RANK, type Finding, type Report, type Rule, type RuleContext, type Severity } from './types.js';
import type { Document } from './document.js';
import { GlossaryMatcher } from '../glossary/matcher.js';
import type { Glossary, TermHit } from '../glossary/types.js';
import { decideLanguages, sameDecision, type Decided, type DeclaredLanguages, type LanguageDecision, type TermMatcher } from '../lang/decide.js';
import type { LanguageConfidence } from '../lang/identify.js';

export interface CheckOptions {
  format?: Format;
  /** Target language; `auto` identifies it (default `en`). */
  lang?: string;
  /** Source language; `auto` infers it from the text; null (the default) leaves it unknown. */
  sourceLang?: string | null;
  locale?: Locale;
  rules?: readonly Rule[];
  severities?: Readonly<Record<string, Severity | 'off'>>;
  /** Glossaries to apply (compiled once per array). */
  glossaries?: readonly Glossary[];
}

const compiled = new WeakMap<readonly Glossary[], GlossaryMatcher>();

/** The glossaries compiled into one matcher, once per array (checkText and fixTextWith share it). */
export function matcherFor(glossaries: readonly Glossary[] | undefined): GlossaryMatcher | null {
  if (!glossaries || glossaries.length === 0) return null;
  let m = compiled.get(glossaries);
  if (!m) {
    m = GlossaryMatcher.compile(glossaries);
    compiled.set(glossaries, m);
  }
  return m;
}

function lintOptions(options: CheckOptions): LintOptions {
  return {
    lang: options.lang ?? 'en',
    sourceLang: options.sourceLang ?? null,
    rules: options.rules ?? allRules,
    translate: ruleTranslator(options.locale ?? 'en'),
    matcher: matcherFor(options.glossaries),
    ...(options.severities ? { severities: options.severities } : {}),
  };
}

/** What the options declare: `auto` is left to decide; no target means `en`, no source an unknown one. */
function declaredOf(options: CheckOptions): DeclaredLanguages {
  return { lang: options.lang ?? 'en', sourceLang: options.sourceLang === 'auto' ? 'auto' : (options.sourceLang ?? null) };
}

export function checkText(text: string, options: CheckOptions = {}): Finding[] {
  const doc = parseDocument(text, options.format ?? 'text');
  const base = lintOptions(options);
  const { decision, matcher } = decideLanguages(doc.prose, declaredOf(options), base.matcher ?? null);
  return lint(doc, decidedOptions(base, decision, matcher));
}

export function fixTextWith(text: string, options: CheckOptions = {}): FixResult {
  const format = options.format ?? 'text';
  const base = lintOptions(options);
  return fixDecided(text, (t) => parseDocument(t, format), base, declaredOf(options)).result;
}

/** The lint options for one document under `decision`: its languages, and its rules at its confidence. */
export function decidedOptions(base: LintOptions, decision: LanguageDecision, matcher: TermMatcher | null | undefined = base.matcher): LintOptions {
  return { ...base, lang: decision.lang, sourceLang: decision.sourceLang, rules: rulesAt(decision.confidence, base.rules), matcher: matcher ?? null };
}

// ---------------------------------------------------------------------------------------------------------------
// Rules when the target language is a guess

const guarded = new WeakMap<readonly Rule[], readonly Rule[]>();

/**
 * The rules as they apply at `confidence`. High: as they are. Low (the target language is a guess): the rules
 * whose findings and fixes are right in any language (`languageNeutral`) as they are; every other rule rests on
 * the guess, so its fixes become suggestions (`fix` leaves the text alone) and its findings are at most `minor`.
 */
export function rulesAt(confidence: LanguageConfidence, rules: readonly Rule[]): readonly Rule[] {
  if (confidence === 'high') return rules;
  let out = guarded.get(rules);
  if (!out) {
    out = rules.map((r) => (r.meta.languageNeutral ? r : onGuess(r)));
    guarded.set(rules, out);
  }
  return out;
}

const MINOR = SEVERITY_RANK.minor;

function onGuess(rule: Rule): Rule {
  const meta = { ...rule.meta, hasSuggestions: rule.meta.hasSuggestions || rule.meta.fixable };
  return {
    meta,
    check(context: RuleContext) {
      const report = (r: Report): void => {
        const severity = r.severity ?? rule.meta.severity;
        let out: Report = SEVERITY_RANK[severity] > MINOR ? { ...r, severity: 'minor' } : r;
        if (out.fix) {
          const { fix, ...rest } = out;
          out = rest;
          // The repair the fix would have made, offered for the finding's span (as the linter words a fix).
          if (!r.suggestions?.length && fix.start >= r.start && fix.end <= r.end) {
            const whole = context.text.slice(r.start, fix.start) + fix.text + context.text.slice(fix.end, r.end);
            if (whole.trim() !== '') out = { ...out, suggestions: [whole] };
          }
        }
        context.report(out);
      };
      rule.check({ ...context, report });
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Fixing with decided languages

/** Fix runs at most, each under the decision taken on the text it fixes: most texts settle in one, some in two. */
export const MAX_DECISION_ROUNDS = 4;

export interface DecidedFix {
  result: FixResult;
  /** The decision taken on the input (the findings of `result.findings` were made under it). */
  decision: LanguageDecision;
  /** The decision the output is fixed under: the one a run on the output takes. */
  final: LanguageDecision;
}

/**
 * Fixes `text` under the languages decided on it, and makes the output a fixed point across runs: fixing removes
 * evidence the decision read (a space before `:`, guillemets, a name variant), so a run on the output may decide
 * otherwise and fix more. Here the decision is taken again on the output, and while it differs the output is fixed
 * under it, until it holds: a second run on the output then decides the same and changes nothing. The edits are
 * composed back onto `text`, so `annotate` shows every change of every round. `decided`: the decision on `text`,
 * when the caller took it already.
 */
export function fixDecided(
  text: string,
  parse: (t: string) => Document,
  base: LintOptions,
  declared: DeclaredLanguages,
  decided?: Decided,
): DecidedFix {
  // The fixer's last pass parses the output and matches the glossaries in it; deciding on the output reads both.
  parse = lastOf(parse);
  const given = decided?.matcher ?? base.matcher ?? null;
  const memo = given && lastMatch(given);
  const first = decided ?? decideLanguages(parse(text).prose, declared, memo);
  let { decision } = first;
  let result = fixText(text, parse, decidedOptions(base, decision, memo));
  // Settled when the output decides as its input did and the fixer settled (no fix left): a run on the output then
  // decides the same and finds nothing to fix. Otherwise the output is fixed again under its own decision.
  for (let round = 1; round < MAX_DECISION_ROUNDS; round++) {
    if (result.output === text || result.remaining.some((f) => f.fix)) break;
    const next = decideLanguages(parse(result.output).prose, declared, memo);
    if (sameDecision(next.decision, decision)) break;
    decision = next.decision;
    const again = fixText(result.output, parse, decidedOptions(base, decision, memo));
    result = {
      output: again.output,
      edits: composeEdits(text, result.edits, again.edits),
      passes: result.passes + again.passes,
      findings: result.findings,
      remaining: again.remaining,
    };
    if (again.edits.length === 0) break; // the output is fixed under its own decision
  }
  return { result, decision: first.decision, final: decision };
}

/** `parse`, remembering the document of the last text it parsed. */
function lastOf(parse: (t: string) => Document): (t: string) => Document {
  let text: string | null = null;
  let doc: Document | null = null;
  return (t) => {
    if (t !== text) {
      doc = parse(t);
      text = t;
    }
    return doc!;
  };
}

/** `matcher`, remembering the hits (terms only) in the last text it matched. */
function lastMatch(matcher: TermMatcher): TermMatcher {
  let text: string | null = null;
  let hits: TermHit[] = [];
  return {
    match(t, o) {
      if (o?.allTerms !== false) return matcher.match(t, o);
      if (t !== text) {
        hits = matcher.match(t, o);
        text = t;
      }
      return hits;
    },
  };
}

interface Piece {
  /** The original range the piece stands for. */
  os: number;
  oe: number;
  /** Its text in the intermediate output. */
  text: string;
  edited: boolean;
  findings: Finding[];
}

/**
 * The edits of `original` that give what `second` (edits of the text `first` gives) makes of it: each edit of
 * `second` joins the edits of `first` it touches into one edit of the original.
 */
export function composeEdits(original: string, first: readonly AppliedEdit[], second: readonly AppliedEdit[]): AppliedEdit[] {
  if (second.length === 0) return [...first];
  // The intermediate text as pieces, untouched ones cut at every boundary of a second edit.
  const cuts: number[] = [];
  for (const e of second) cuts.push(e.start, e.end);
  const pieces: Piece[] = [];
  let pos = 0; // in the original
  let mid = 0; // in the intermediate text
  let c = 0;
  const untouched = (from: number, to: number): void => {
    while (from < to) {
      while (c < cuts.length && cuts[c]! <= mid) c++;
      const cut = c < cuts.length ? cuts[c]! : Infinity;
      const end = Math.min(to, from + (cut - mid));
      pieces.push({ os: from, oe: end, text: original.slice(from, end), edited: false, findings: [] });
      mid += end - from;
      from = end;
    }
  };
  for (const e of first) {
    untouched(pos, e.start);
    pieces.push({ os: e.start, oe: e.end, text: e.text, edited: true, findings: e.findings });
    mid += e.text.length;
    pos = e.end;
  }
  untouched(pos, original.length);
  // Each second edit takes the pieces it overlaps (an insertion: the piece it falls strictly inside); edits that
  // share a piece make one group.
  const starts: number[] = [];
  mid = 0;
  for (const p of pieces) {
    starts.push(mid);
    mid += p.text.length;
  }
  interface Group {
    from: number; // first piece index
    to: number; // last piece index, or from - 1 for an insertion between pieces
    edits: AppliedEdit[];
    at: number; // intermediate offset where the group starts
  }
  const groups: Group[] = [];
  let i = 0;
  for (const e of second) {
    while (i < pieces.length && starts[i]! + pieces[i]!.text.length <= e.start) i++;
    let j = i;
    const touches = (k: number): boolean => {
      const s = starts[k]!;
      const t = s + pieces[k]!.text.length;
      return e.start === e.end ? s < e.start && e.start < t : s < e.end && t > e.start;
    };
    while (j < pieces.length && touches(j)) j++;
    const last = groups[groups.length - 1];
    if (j === i) {
      groups.push({ from: i, to: i - 1, edits: [e], at: e.start });
    } else if (last && last.to >= i) {
      last.to = Math.max(last.to, j - 1);
      last.edits.push(e);
    } else {
      groups.push({ from: i, to: j - 1, edits: [e], at: starts[i]! });
    }
  }
  const out: AppliedEdit[] = [];
  let g = 0;
  const emitGroup = (gr: Group): void => {
    const span = pieces.slice(gr.from, gr.to + 1);
    let textOf = span.map((p) => p.text).join('');
    for (let k = gr.edits.length - 1; k >= 0; k--) {
      const e = gr.edits[k]!;
      textOf = textOf.slice(0, e.start - gr.at) + e.text + textOf.slice(e.end - gr.at);
    }
    const os = span.length ? span[0]!.os : gr.from < pieces.length ? pieces[gr.from]!.os : original.length;
    const oe = span.length ? span[span.length - 1]!.oe : os;
    const findings = [...span.flatMap((p) => p.findings), ...gr.edits.flatMap((e) => e.findings)];
    if (original.slice(os, oe) !== textOf) out.push({ start: os, end: oe, text: textOf, findings });
  };
  for (let k = 0; k < pieces.length; k++) {
    while (g < groups.length && groups[g]!.to < groups[g]!.from && groups[g]!.from === k) emitGroup(groups[g++]!);
    if (g < groups.length && groups[g]!.from === k) {
      const gr = groups[g++]!;
      emitGroup(gr);
      k = gr.to;
      continue;
    }
    const p = pieces[k]!;
    if (p.edited) out.push({ start: p.os, end: p.oe, text: p.text, findings: p.findings });
  }
  while (g < groups.length) emitGroup(groups[g++]!);
  return out;
}
