#!/usr/bin/env node
// `npm run eval`: scores the registered rules against the gold-annotated corpus.
//   node dist/eval/main.js [dir=corpus] [--json] [--verbose] [--rule <id>]...
// Every `<slug>.gold.json` under dir pairs with the article `<slug>.<txt|md|...>` beside it. Exit 0 normally,
// 2 when a gold file does not agree with its article or a file cannot be read, 1 when a rule crashes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { Document } from '../core/document.js';
import { checkText, matcherFor } from '../core/run.js';
import { formatProblem, glossaryFiles, loadGlossaries, SHIPPED_DIR } from '../cli/glossaries.js';
import type { Glossary } from '../glossary/types.js';
import { detectTargetLanguage } from '../lang/identify.js';
import { inferSource } from '../lang/source.js';
import { CATEGORIES, type Finding, type Severity } from '../core/types.js';
import { formatOf, type Format } from '../formats/index.js';
import { rules as registeredRules } from '../rules/index.js';
import {
  countByRule,
  countWords,
  matchFindings,
  mergeCounts,
  perThousand,
  summarise,
  type Counts,
  type Metrics,
  type Summary,
} from './score.js';

const SOURCES = ['en', 'fr', 'ru', 'de', 'es', 'it', null] as const;
const LANGUAGES = ['en', 'fr', 'de', 'ru', 'es'] as const;

interface GoldEntry {
  ruleId: string;
  category: string;
  start: number;
  end: number;
  text: string;
  note?: string;
}

interface Article {
  path: string;
  goldPath: string;
  format: Format;
  text: string;
  doc: Document;
  language: string;
  source: string | null;
  clean: boolean;
  gold: GoldEntry[];
  words: number;
}

interface Located {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  text: string;
  context: string;
  severity?: Severity;
  note?: string;
}

interface Options {
  dir: string;
  json: boolean;
  verbose: boolean;
  only: Set<string>;
}

class InputError extends Error {}

function usage(): string {
  return 'usage: node dist/eval/main.js [dir=corpus] [--json] [--verbose] [--rule <id>]...';
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { dir: 'corpus', json: false, verbose: false, only: new Set() };
  let dirSeen = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') opts.json = true;
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--rule') {
      const id = argv[++i];
      if (!id) throw new InputError('--rule needs a rule id');
      opts.only.add(id);
    } else if (a.startsWith('--rule=')) opts.only.add(a.slice('--rule='.length));
    else if (a === '--help' || a === '-h') {
      console.log(usage());
      process.exit(0);
    } else if (a.startsWith('-')) throw new InputError(`unknown option ${a}\n${usage()}`);
    else if (dirSeen) throw new InputError(`one corpus directory only\n${usage()}`);
    else {
      opts.dir = a;
      dirSeen = true;
    }
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------- loading

function walk(dir: string, out: string[] = []): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch (e) {
    throw new InputError(`cannot read directory ${dir}: ${(e as Error).message}`);
  }
  for (const name of entries) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function readText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as Error).message}`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new InputError(`${path}: not valid UTF-8`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Checks a gold file against its article; every problem is collected so that one run shows them all. */
function parseGold(goldPath: string, raw: string, text: string, doc: Document): { gold: Omit<Article, 'path' | 'goldPath' | 'format' | 'text' | 'doc' | 'words'>; errors: string[] } {
  const errors: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new InputError(`${goldPath}: invalid JSON: ${(e as Error).message}`);
  }
  if (!isRecord(data)) throw new InputError(`${goldPath}: not a JSON object`);
  const source = data.source;
  if (!(SOURCES as readonly unknown[]).includes(source)) errors.push(`source must be one of ${SOURCES.filter(Boolean).join(', ')} or null, got ${JSON.stringify(source)}`);
  const language = data.language;
  if (!(LANGUAGES as readonly unknown[]).includes(language)) errors.push(`language must be one of ${LANGUAGES.join(', ')}, got ${JSON.stringify(language)}`);
  if (language === source) errors.push('source and language must differ');
  if (typeof data.clean !== 'boolean') errors.push('clean must be true or false');
  if (!Array.isArray(data.findings)) errors.push('findings must be an array');
  const findings: GoldEntry[] = [];
  for (const [i, f] of (Array.isArray(data.findings) ? data.findings : []).entries()) {
    const where = `findings[${i}]`;
    if (!isRecord(f)) {
      errors.push(`${where}: not an object`);
      continue;
    }
    const { ruleId, category, start, end, text: want, note } = f;
    if (typeof ruleId !== 'string' || !ruleId) errors.push(`${where}: ruleId must be a non-empty string`);
    if (typeof category !== 'string' || !(CATEGORIES as readonly string[]).includes(category)) {
      errors.push(`${where}: unknown category ${JSON.stringify(category)}`);
    }
    if (note !== undefined && typeof note !== 'string') errors.push(`${where}: note must be a string`);
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number) || (end as number) > text.length) {
      errors.push(`${where}: bad span [${String(start)}, ${String(end)}) for a text of ${text.length} code units`);
      continue;
    }
    const s = start as number;
    const e = end as number;
    const got = text.slice(s, e);
    if (typeof want !== 'string' || got !== want) {
      const pos = doc.position(s);
      errors.push(`${where} (${ruleId as string}) at ${pos.line}:${pos.column}: text ${visible(String(want))} does not equal the slice ${visible(got)}`);
      continue;
    }
    findings.push({ ruleId: ruleId as string, category: category as string, start: s, end: e, text: got, ...(typeof note === 'string' ? { note } : {}) });
  }
  if (data.clean === true && findings.length > 0) errors.push('a clean article must have no findings');
  return { gold: { language: typeof language === 'string' ? language : 'en', source: (source as string | null) ?? null, clean: data.clean === true, gold: findings }, errors };
}

function loadCorpus(dir: string): { articles: Article[]; warnings: string[] } {
  const files = walk(dir);
  const warnings: string[] = [];
  const problems: string[] = [];
  const articles: Article[] = [];
  const paired = new Set<string>();
  for (const goldPath of files.filter((f) => f.endsWith('.gold.json'))) {
    const stem = basename(goldPath, '.gold.json');
    const candidates = files.filter(
      (f) => dirname(f) === dirname(goldPath) && basename(f).startsWith(`${stem}.`) && !f.endsWith('.json') && formatOf(f) !== null && basename(f).slice(stem.length + 1).indexOf('.') < 0,
    );
    if (candidates.length !== 1) {
      problems.push(`${goldPath}: expected exactly one article ${stem}.<txt|md> beside it, found ${candidates.length}`);
      continue;
    }
    const path = candidates[0]!;
    paired.add(path);
    const text = readText(path);
    const format = formatOf(path)!;
    const doc = new Document(text);
    const { gold, errors } = parseGold(goldPath, readText(goldPath), text, doc);
    for (const e of errors) problems.push(`${goldPath}: ${e}`);
    articles.push({ path, goldPath, format, text, doc, words: countWords(text), ...gold });
  }
  for (const f of files) {
    if (formatOf(f) && !paired.has(f) && !/^readme\./i.test(basename(f))) warnings.push(`${f}: no gold file beside it; skipped`);
  }
  if (problems.length) throw new InputError(`gold does not agree with the corpus:\n  ${problems.join('\n  ')}`);
  if (articles.length === 0) throw new InputError(`no <slug>.gold.json files under ${dir}`);
  return { articles, warnings };
}

// ---------------------------------------------------------------------------------------------- running

let shipped: Glossary[] | null = null;

/** The glossaries shipped in glossary/, as `check` applies them by default (loaded once). */
function shippedGlossaries(): Glossary[] {
  if (!shipped) {
    const { glossaries, problems } = loadGlossaries(glossaryFiles(SHIPPED_DIR));
    if (problems.length) throw new InputError(problems.map(formatProblem).join('\n'));
    shipped = glossaries;
  }
  return shipped;
}

/** What `check` would make of an article left to itself: the identified language and the inferred source. */
function languagesOf(a: Article): { language: string; source: string | null; evidence: number } {
  const language = detectTargetLanguage(a.doc.prose);
  const inferred = inferSource(a.doc.prose, language, matcherFor(shippedGlossaries())?.match(a.doc.prose, { allTerms: false }) ?? []);
  return { language, source: inferred.lang, evidence: inferred.evidence };
}

interface RuleCrash {
  file: string;
  ruleId: string;
  message: string;
}

/** All findings for one article; a crashing rule is isolated and recorded instead of aborting the run. */
function runArticle(a: Article, crashes: RuleCrash[]): Finding[] {
  const options = { format: a.format, lang: a.language, sourceLang: a.source, glossaries: shippedGlossaries() };
  try {
    return checkText(a.text, options);
  } catch {
    const out: Finding[] = [];
    for (const rule of registeredRules) {
      try {
        out.push(...checkText(a.text, { ...options, rules: [rule] }));
      } catch (e) {
        crashes.push({ file: a.path, ruleId: rule.meta.id, message: (e as Error).message });
      }
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------- output

const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u00a0\u00ad\u034f\u061c\u115f\u1160\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufe00-\ufe0f\ufeff]/gu;

/** A quoted rendering in which invisible and space-like characters show as \uXXXX. */
function visible(s: string, max = 80): string {
  let t = s.length > max ? `${s.slice(0, max - 1)}…` : s;
  t = t.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  t = t.replace(INVISIBLE, (c) => (c === ' ' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return `"${t}"`;
}

function contextOf(a: Article, start: number, end: number): string {
  const from = Math.max(0, start - 25);
  const to = Math.min(a.text.length, end + 25);
  return `${from > 0 ? '…' : ''}${a.text.slice(from, start)}⟦${a.text.slice(start, end)}⟧${a.text.slice(end, to)}${to < a.text.length ? '…' : ''}`;
}

function locate(a: Article, x: { ruleId: string; start: number; end: number; text: string }, cwd: string): Located {
  const pos = a.doc.position(x.start);
  return { file: relative(cwd, a.path) || a.path, line: pos.line, column: pos.column, ruleId: x.ruleId, text: x.text, context: contextOf(a, x.start, x.end) };
}

const pct = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(1)}%`);

function table(header: string[], rows: string[][], alignLeft = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => {
        const pad = ' '.repeat(Math.max(0, widths[i]! - [...c].length));
        return i < alignLeft ? c + pad : pad + c;
      })
      .join('  ')
      .trimEnd();
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}

const metricCells = (m: Metrics) => [String(m.gold), String(m.predictions), String(m.matched), pct(m.precision), pct(m.recall), pct(m.f1)];

// ---------------------------------------------------------------------------------------------- main

function main(): number {
  let opts: Options;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`mtlint eval: ${(e as Error).message}`);
    return 2;
  }
  let loaded: ReturnType<typeof loadCorpus>;
  try {
    loaded = loadCorpus(opts.dir);
  } catch (e) {
    if (e instanceof InputError) {
      console.error(`mtlint eval: ERROR: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const { articles, warnings } = loaded;
  const cwd = process.cwd();
  const implemented = new Set(registeredRules.map((r) => r.meta.id));
  const placeholders = registeredRules.filter((r) => r.meta.messages.length === 0).map((r) => r.meta.id);
  const crashes: RuleCrash[] = [];
  const perRule = new Map<string, Counts>();
  const falsePositives: Located[] = [];
  const falseNegatives: Located[] = [];
  const infoHints: (Located & { overlapsGold: boolean })[] = [];
  const articleRows: {
    file: string;
    language: string;
    source: string | null;
    /** The language identified and the source inferred without the gold's help. */
    detected: { language: string; source: string | null; evidence: number };
    format: Format;
    clean: boolean;
    words: number;
    gold: number;
    goldImplemented: number;
    predictions: number;
    matched: number;
    info: number;
  }[] = [];
  const started = performance.now();
  for (const a of articles) {
    const findings = runArticle(a, crashes);
    const info = findings.filter((f) => f.severity === 'info');
    const preds = findings.filter((f) => f.severity !== 'info');
    const result = matchFindings(a.gold, preds);
    mergeCounts(perRule, countByRule(result));
    for (const p of result.unmatchedPredictions) falsePositives.push({ ...locate(a, p, cwd), severity: p.severity });
    for (const g of result.unmatchedGold) {
      falseNegatives.push({ ...locate(a, g, cwd), ...(g.note ? { note: g.note } : {}) });
    }
    for (const h of info) {
      infoHints.push({ ...locate(a, h, cwd), severity: 'info', overlapsGold: a.gold.some((g) => g.ruleId === h.ruleId && g.start < h.end && h.start < g.end) });
    }
    articleRows.push({
      file: relative(cwd, a.path) || a.path,
      language: a.language,
      source: a.source,
      detected: languagesOf(a),
      format: a.format,
      clean: a.clean,
      words: a.words,
      gold: a.gold.length,
      goldImplemented: a.gold.filter((g) => implemented.has(g.ruleId)).length,
      predictions: preds.length,
      matched: result.matches.length,
      info: info.length,
    });
  }
  const elapsedMs = performance.now() - started;
  const summary: Summary = summarise(perRule, implemented);
  const cleanRows = articleRows
    .filter((r) => r.clean)
    .map((r) => ({ file: r.file, format: r.format, words: r.words, falsePositives: r.predictions, perThousandWords: perThousand(r.predictions, r.words), info: r.info }));
  const cleanWords = cleanRows.reduce((n, r) => n + r.words, 0);
  const cleanFp = cleanRows.reduce((n, r) => n + r.falsePositives, 0);
  const cleanFpByRule = new Map<string, number>();
  const cleanFiles = new Set(cleanRows.map((r) => r.file));
  for (const fp of falsePositives) if (cleanFiles.has(fp.file)) cleanFpByRule.set(fp.ruleId, (cleanFpByRule.get(fp.ruleId) ?? 0) + 1);
  const languageRight = articleRows.filter((r) => r.detected.language === r.language).length;
  const sourceRight = articleRows.filter((r) => r.detected.source === r.source).length;
  const only = (x: { ruleId: string }) => opts.only.size === 0 || opts.only.has(x.ruleId);
  const byImplemented = (x: { ruleId: string }) => implemented.has(x.ruleId);

  if (opts.json) {
    const out = {
      corpus: opts.dir,
      articles: articleRows,
      languages: { articles: articleRows.length, languageRight, sourceRight },
      rules: summary.rules,
      families: summary.families,
      overall: summary.overall,
      notImplementedGold: summary.notImplementedGold,
      placeholders,
      clean: {
        articles: cleanRows,
        words: cleanWords,
        falsePositives: cleanFp,
        perThousandWords: perThousand(cleanFp, cleanWords),
        byRule: Object.fromEntries([...cleanFpByRule].sort()),
      },
      info: { count: infoHints.length, overlappingGold: infoHints.filter((h) => h.overlapsGold).length, hints: infoHints.filter(only) },
      falsePositives: falsePositives.filter(only),
      falseNegatives: falseNegatives.filter(only),
      crashes,
      warnings,
      elapsedMs: Math.round(elapsedMs),
    };
    console.log(JSON.stringify(out, null, 2));
    return crashes.length ? 1 : 0;
  }

  const lines: string[] = [];
  const dirty = articleRows.filter((r) => !r.clean).length;
  const totalWords = articleRows.reduce((n, r) => n + r.words, 0);
  lines.push(
    `mtlint eval: ${articleRows.length} articles in ${opts.dir} (${dirty} with artefacts, ${articleRows.length - dirty} clean), ${totalWords.toLocaleString('en-US')} words; ${implemented.size} rules registered; ${Math.round(elapsedMs)} ms`,
  );
  lines.push(
    `without --lang and --source-lang: target language identified right in ${languageRight}/${articleRows.length} articles, source language inferred right in ${sourceRight}/${articleRows.length} (null for clean articles)`,
  );
  for (const r of articleRows) {
    if (r.detected.language !== r.language || r.detected.source !== r.source) {
      lines.push(`  ${r.file}: identified ${r.detected.language}, inferred ${r.detected.source ?? 'null'} (${r.detected.evidence} cues); gold ${r.language}, ${r.source ?? 'null'}`);
    }
  }
  for (const w of warnings) lines.push(`warning: ${w}`);
  if (placeholders.length) lines.push(`placeholder rules (no messages yet): ${placeholders.join(', ')}`);
  lines.push('', 'Articles');
  lines.push(
    table(
      ['file', 'src→lang', 'words', 'gold', 'gold(impl)', 'pred', 'matched', 'info'],
      articleRows.map((r) => [r.file, `${r.source ?? '-'}→${r.language}`, String(r.words), String(r.gold), String(r.goldImplemented), String(r.predictions), String(r.matched), String(r.info)]),
    ),
  );
  lines.push('', 'Per rule (pred = non-info predictions; matched = one-to-one overlapping pairs)');
  lines.push(
    table(
      ['rule', 'family', 'gold', 'pred', 'matched', 'precision', 'recall', 'F1'],
      summary.rules.map((r) => [r.implemented ? r.ruleId : `${r.ruleId} (not yet implemented)`, r.family, ...metricCells(r)]),
    ),
  );
  lines.push('', 'Per family');
  lines.push(
    table(
      ['family', 'gold', 'pred', 'matched', 'precision', 'recall', 'F1'],
      summary.families.map((f) => [
        f.implemented === 'yes' ? f.family : f.implemented === 'partial' ? `${f.family} (partly implemented)` : `${f.family} (not yet implemented)`,
        ...metricCells(f),
      ]),
    ),
  );
  const o = summary.overall;
  lines.push(
    '',
    `Overall (implemented rules): gold ${o.gold}, predictions ${o.predictions}, matched ${o.matched}; precision ${pct(o.precision)}, recall ${pct(o.recall)}, F1 ${pct(o.f1)}`,
    `Left out (rules not yet implemented): ${summary.notImplementedGold} gold entries`,
  );
  lines.push('', 'Clean articles (every non-info prediction is a false positive)');
  lines.push(
    table(
      ['file', 'words', 'FP', 'FP/1k words', 'info'],
      [
        ...cleanRows.map((r) => [r.file, String(r.words), String(r.falsePositives), r.perThousandWords === null ? '—' : r.perThousandWords.toFixed(2), String(r.info)]),
        ['total', String(cleanWords), String(cleanFp), cleanWords ? (perThousand(cleanFp, cleanWords) ?? 0).toFixed(2) : '—', String(cleanRows.reduce((n, r) => n + r.info, 0))],
      ],
    ),
  );
  if (cleanFpByRule.size) lines.push(`  by rule: ${[...cleanFpByRule].sort().map(([id, n]) => `${id} ${n}`).join(', ')}`);
  lines.push('', `Info hints (excluded from precision and recall): ${infoHints.length}, of which ${infoHints.filter((h) => h.overlapsGold).length} overlap a gold entry of the same rule`);
  if (crashes.length) {
    lines.push('', `RULE CRASHES (${crashes.length}):`);
    for (const c of crashes) lines.push(`  ${c.file}: ${c.ruleId}: ${c.message}`);
  }
  if (opts.verbose) {
    const fmt = (x: Located) =>
      `  ${x.file}:${x.line}:${x.column}  ${x.ruleId}${x.severity && x.severity !== 'minor' ? ` [${x.severity}]` : ''}  ${visible(x.text)}  ${visible(x.context, 200)}${x.note ? `  (${x.note})` : ''}`;
    const fps = falsePositives.filter(only);
    const fns = falseNegatives.filter(only).filter(byImplemented);
    const hints = infoHints.filter(only);
    lines.push('', `False positives (${fps.length}):`, ...fps.map(fmt));
    lines.push('', `False negatives, implemented rules (${fns.length}):`, ...fns.map(fmt));
    lines.push('', `Info hints (${hints.length}):`, ...hints.map((h) => `${fmt(h)}${h.overlapsGold ? '  [overlaps gold]' : ''}`));
    if (opts.only.size === 0) {
      const pending = falseNegatives.filter((x) => !byImplemented(x));
      lines.push('', `Gold of rules not yet implemented (${pending.length}): ${[...new Set(pending.map((p) => p.ruleId))].join(', ')}`);
    }
  }
  console.log(lines.join('\n'));
  return crashes.length ? 1 : 0;
}

process.exitCode = main();
