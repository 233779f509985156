// The command line: yargs commands around the pure core. `run` is testable in-process: all I/O goes through `io`.
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yargs, { type Argv } from 'yargs';
import type { FixResult } from '../core/fixer.js';
import { lint, RuleContractError, type LintOptions } from '../core/linter.js';
import { SEVERITIES, SEVERITY_RANK, type Finding, type Severity } from '../core/types.js';
import { parseDocument } from '../formats/index.js';
import { LOCALES, resolveLocale, ruleTranslator, translator, type Locale } from '../i18n/index.js';
import { annotate } from '../report/annotate.js';
import { jsonReport } from '../report/json.js';
import { countWords, mqm, type FileResult } from '../report/results.js';
import { stylishReport } from '../report/stylish.js';
import { rules } from '../rules/index.js';
import { expandPaths, isInputError, readInput, type Input, type InputError } from './read.js';
import { formatProblem, glossaryFiles, loadGlossaries, SHIPPED_DIR } from './glossaries.js';
import { GlossaryMatcher } from '../glossary/matcher.js';
import { diffLib } from '../lazy.js';
import type { Document } from '../core/document.js';
import { decideLanguages, type Decided, type DeclaredLanguages } from '../lang/decide.js';
import { decidedOptions, fixDecided } from '../core/run.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Buffer;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

const LANG_CODE = /^[a-z]{2,3}$/;
const STDIN_TOKEN = '\u0000stdin';

interface Common {
  paths: string[];
  glossary?: string[];
  'default-glossaries': boolean;
  lang: string;
  'source-lang'?: string;
  'fail-on': Severity;
  locale?: string;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function run(argv: string[], io: Io): Promise<number> {
  // The locale must be known before yargs renders help, so read --locale by hand first.
  const at = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const explicit = at < 0 ? undefined : argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  const locale = resolveLocale(explicit, io.env);
  const t = translator(locale);
  let code: number = EXIT.ok;
  let failed = false;

  const common = (y: Argv): Argv<Common> =>
    y
      .positional('paths', { describe: t('cli.paths'), type: 'string', array: true, default: [] as string[] })
      .option('lang', { describe: t('cli.lang'), type: 'string', default: 'auto' })
      .option('source-lang', { describe: t('cli.sourceLang'), type: 'string' })
      .option('fail-on', { describe: t('cli.failOn'), choices: SEVERITIES, default: 'major' as Severity })
      .option('locale', { describe: t('cli.locale'), type: 'string', choices: LOCALES })
      // One file per --glossary (repeatable): `array` would swallow the paths that follow.
      .option('glossary', { describe: t('cli.glossary'), type: 'string', nargs: 1, requiresArg: true })
      .coerce('glossary', (g: string | string[]) => (Array.isArray(g) ? g : [g]).map(String))
      .option('default-glossaries', { describe: t('cli.defaultGlossaries'), type: 'boolean', default: true })
      .coerce('paths', (paths: string[]) => paths.map((p) => (p === STDIN_TOKEN ? '-' : String(p))))
      .check((args) => {
        for (const k of ['lang', 'source-lang'] as const) {
          const v = args[k];
          if (v !== undefined && !(k === 'lang' && v === 'auto') && !LANG_CODE.test(String(v))) throw new Error(`--${k}: "${String(v)}" is not a language code`);
        }
        return true;
      }) as unknown as Argv<Common>;

  // yargs drops a lone '-', so stdin travels through the parser under a name no file can have.
  const parsed = argv.map((a) => (a === '-' ? STDIN_TOKEN : a));
  const parser = yargs(parsed)
    .scriptName('mtlint')
    .locale(locale)
    .usage(`$0 <command> [options]\n\n${t('cli.description')}`)
    .command(
      'check [paths..]',
      t('cli.check'),
      (y) => common(y).option('format', { describe: t('cli.format'), choices: ['stylish', 'json'] as const, default: 'stylish' as const }),
      (args) => {
        code = commandCheck(args as unknown as Common & { format: 'stylish' | 'json' }, io, locale);
      },
    )
    .command(
      'fix [paths..]',
      t('cli.fix'),
      (y) =>
        common(y)
          .option('write', { describe: t('cli.write'), type: 'boolean' })
          .option('out-dir', { describe: t('cli.outDir'), type: 'string' })
          .option('dry-run', { describe: t('cli.dryRun'), type: 'boolean' })
          .conflicts('write', ['out-dir', 'dry-run'])
          .conflicts('out-dir', 'dry-run'),
      (args) => {
        code = commandFix(args as unknown as Common & { write?: boolean; 'out-dir'?: string; 'dry-run'?: boolean }, io, locale);
      },
    )
    .command(
      'annotate [paths..]',
      t('cli.annotate'),
      (y) => common(y).option('out-dir', { describe: t('cli.outDir'), type: 'string' }),
      (args) => {
        code = commandAnnotate(args as unknown as Common & { 'out-dir'?: string }, io, locale);
      },
    )
    .command('glossary', t('cli.glossaryCommand'), (y) =>
      y
        .command(
          'validate <files..>',
          t('cli.validate'),
          (v) => v.positional('files', { describe: t('cli.glossaryFiles'), type: 'string', array: true }).option('locale', { describe: t('cli.locale'), type: 'string', choices: LOCALES }),
          (args) => {
            code = commandValidate(args.files as string[], io, locale);
          },
        )
        .demandCommand(1),
    )
    .demandCommand(1)
    .strict()
    .version(packageVersion())
    .help()
    .alias('h', 'help')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      // Usage errors stop here: no command handler runs after a failed validation.
      if (!failed) io.stderr(`mtlint: ${msg ?? err?.message ?? 'usage error'}\n`);
      failed = true;
      throw err ?? new Error(msg);
    });

  try {
    await parser.parseAsync(parsed, {}, (err, _argv, output) => {
      if (output) (err ? io.stderr : io.stdout)(output.endsWith('\n') ? output : output + '\n');
    });
  } catch (err) {
    if (failed) return EXIT.error;
    return internalError(err, io, t);
  }
  if (failed) return EXIT.error;
  return code;
}

function internalError(err: unknown, io: Io, t: ReturnType<typeof translator>): number {
  const reason = err instanceof RuleContractError || err instanceof Error ? err.message : String(err);
  io.stderr(`mtlint: ${t('errors.internal', { reason })}\n`);
  return EXIT.error;
}

interface Loaded {
  input: Input;
  text: string;
  bom: boolean;
}

/** Reads every input; failures become results with an error, reported on stderr, and the others go on. */
function load(paths: string[], io: Io, t: ReturnType<typeof translator>): { loaded: (Loaded | { input: Input | null; path: string; error: string })[]; usage: boolean } {
  if (paths.length === 0) {
    io.stderr(`mtlint: ${t('errors.noInput')}\n`);
    return { loaded: [], usage: true };
  }
  const { inputs, errors } = expandPaths(paths);
  const out: (Loaded | { input: Input | null; path: string; error: string })[] = [];
  const fail = (path: string, input: Input | null, e: InputError): void => {
    const message = t(e.key, e.data);
    io.stderr(`mtlint: ${message}\n`);
    out.push({ input, path, error: message });
  };
  for (const e of errors) fail(e.path, null, e.error);
  let stdinRead = false;
  for (const input of inputs) {
    if (input.path === '-' && stdinRead) continue;
    if (input.path === '-') stdinRead = true;
    const r = readInput(input, io.stdin);
    if (isInputError(r)) fail(input.path, input, r);
    else out.push({ input, text: r.text, bom: r.bom });
  }
  return { loaded: out, usage: false };
}

function options(args: Common, locale: Locale, matcher: GlossaryMatcher | null): LintOptions {
  return { lang: args.lang, sourceLang: args['source-lang'] ?? null, rules, translate: ruleTranslator(locale), matcher };
}

/**
 * The glossaries of a run: the shipped ones (unless --no-default-glossaries) and every --glossary FILE, compiled
 * into one matcher. An invalid glossary is an input error: every problem is reported and nothing is checked.
 */
function glossaryMatcher(args: Common, io: Io): GlossaryMatcher | null | 'error' {
  // The user's glossaries first: where they and a shipped one both list the same words, theirs wins.
  const files = [...(args.glossary ?? []).flatMap(glossaryFiles), ...(args['default-glossaries'] ? glossaryFiles(SHIPPED_DIR) : [])];
  if (files.length === 0) return null;
  const { glossaries, problems } = loadGlossaries(files);
  if (problems.length) {
    for (const p of problems) io.stderr(`mtlint: ${formatProblem(p)}\n`);
    return 'error';
  }
  return glossaries.length ? GlossaryMatcher.compile(glossaries) : null;
}

function commandValidate(files: string[], io: Io, locale: Locale): number {
  const t = translator(locale);
  const all = files.flatMap(glossaryFiles);
  let bad = 0;
  for (const file of all) {
    const { glossaries, problems } = loadGlossaries([file]);
    for (const p of problems) io.stdout(`${formatProblem(p)}\n`);
    if (problems.length) bad++;
    else io.stdout(`${t('cli.glossaryOk', { file, count: glossaries[0]?.entries.length ?? 0 })}\n`);
  }
  return bad ? EXIT.error : EXIT.ok;
}

function result(path: string, langs: Languages, text: string | null, findings: Finding[], error: string | null, doc?: Document): FileResult {
  const words = text === null ? 0 : countWords(text, doc);
  const { penalty, score } = mqm(findings, words);
  const languageConfidence = error === null ? langs.confidence : null;
  return { path, language: langs.lang, languageConfidence, sourceLanguage: langs.sourceLang, sourceLanguageEvidence: langs.evidence, words, penalty, score, findings, error };
}

/** The languages of one input: declared, or identified (`--lang auto`) and inferred (no `--source-lang`). */
interface Languages {
  lang: string;
  /** How sure the target language is (lang/decide.ts); `high` when declared. */
  confidence: 'high' | 'low';
  sourceLang: string | null;
  /** Pieces of evidence behind an inferred source language; null when it was declared. */
  evidence: number | null;
  /** The run's matcher, remembering this document's hits (inference and the rules read the same ones). */
  matcher: LintOptions['matcher'];
  /** What `fix` needs to decide again on its output (core/run.ts fixDecided). */
  declared?: DeclaredLanguages;
  decided?: Decided;
}

function languagesOf(doc: Document, args: Common, matcher: GlossaryMatcher | null): Languages {
  const declared: DeclaredLanguages = { lang: args.lang, ...(args['source-lang'] !== undefined ? { sourceLang: args['source-lang'] } : {}) };
  const decided = decideLanguages(doc.prose, declared, matcher);
  return { ...decided.decision, matcher: decided.matcher, declared, decided };
}

const UNKNOWN: Languages = { lang: 'und', confidence: 'low', sourceLang: null, evidence: null, matcher: null };

function exitFor(results: FileResult[], failOn: Severity, hadError: boolean): number {
  if (hadError) return EXIT.error;
  const limit = SEVERITY_RANK[failOn];
  return results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= limit)) ? EXIT.findings : EXIT.ok;
}

/** What a command makes of one decoded input: the findings its exit code counts, and whether writing worked. */
interface Outcome {
  text: string;
  findings: Finding[];
  ok: boolean;
}

/**
 * Reads every input and hands each decoded one to `visit`. Inputs that fail become results with an error
 * (already reported on stderr); the others go on. Returns null on a usage error.
 */
function eachInput(
  args: Common,
  io: Io,
  locale: Locale,
  visit: (item: Loaded, opts: LintOptions, doc: Document, langs: Languages) => Outcome,
): { results: FileResult[]; hadError: boolean } | null {
  const t = translator(locale);
  const matcher = glossaryMatcher(args, io);
  if (matcher === 'error') return null;
  const { loaded, usage } = load(args.paths, io, t);
  if (usage) return null;
  const opts = options(args, locale, matcher);
  const results: FileResult[] = [];
  let hadError = false;
  for (const item of loaded) {
    if ('error' in item) {
      hadError = true;
      results.push(result(item.path, { ...UNKNOWN, lang: args.lang === 'auto' ? 'und' : args.lang }, null, [], item.error));
      continue;
    }
    const doc = parseDocument(item.text, item.input.format);
    const langs = languagesOf(doc, args, matcher);
    const outcome = visit(item, decidedOptions(opts, langs, langs.matcher), doc, langs);
    if (!outcome.ok) hadError = true;
    results.push(result(item.input.path, langs, outcome.text, outcome.findings, null, doc));
  }
  return { results, hadError };
}

function commandCheck(args: Common & { format: 'stylish' | 'json' }, io: Io, locale: Locale): number {
  const done = eachInput(args, io, locale, (item, opts, doc) => ({ text: item.text, findings: lint(doc, opts), ok: true }));
  if (!done) return EXIT.error;
  const colour = io.isTTY && !io.env.NO_COLOR && args.format === 'stylish';
  io.stdout(
    args.format === 'json'
      ? jsonReport(done.results, { name: 'mtlint', version: packageVersion() })
      : stylishReport(done.results, translator(locale), colour),
  );
  return exitFor(done.results, args['fail-on'], done.hadError);
}

function fixOne(item: Loaded, opts: LintOptions, langs: Languages): FixResult {
  // The base options (undecided): fixDecided decides again on its output until the decision holds.
  return fixDecided(item.text, (text) => parseDocument(text, item.input.format), { ...opts, rules }, langs.declared ?? {}, langs.decided).result;
}

const withBom = (bom: boolean, text: string): string => (bom ? '\uFEFF' + text : text);

function commandFix(args: Common & { write?: boolean; 'out-dir'?: string; 'dry-run'?: boolean }, io: Io, locale: Locale): number {
  const t = translator(locale);
  const outDir = args['out-dir'];
  const toStdout = !args.write && outDir === undefined && !args['dry-run'];
  if (args.write && args.paths.includes('-')) {
    io.stderr(`mtlint: ${t('errors.writeStdin')}\n`);
    return EXIT.error;
  }
  if (toStdout && severalInputs(args.paths)) {
    io.stderr(`mtlint: ${t('errors.severalWithoutTarget')}\n`);
    return EXIT.error;
  }
  const done = eachInput(args, io, locale, (item, opts, _doc, langs) => {
    const fixed = fixOne(item, opts, langs);
    const before = withBom(item.bom, item.text);
    const after = withBom(item.bom, fixed.output);
    let ok = true;
    if (toStdout) io.stdout(after);
    else if (args['dry-run']) {
      if (before !== after) {
        const name = item.input.path === '-' ? 'stdin' : item.input.path;
        io.stdout(diffLib().createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 }));
      }
    } else if (args.write) {
      if (before !== after) ok = writeAtomic(item.input.path, after, io, t);
    } else if (outDir !== undefined) {
      ok = writeAtomic(join(outDir, item.input.relative), after, io, t);
    }
    return { text: fixed.output, findings: fixed.remaining, ok };
  });
  if (!done) return EXIT.error;
  return exitFor(done.results, args['fail-on'], done.hadError);
}

function commandAnnotate(args: Common & { 'out-dir'?: string }, io: Io, locale: Locale): number {
  const t = translator(locale);
  const outDir = args['out-dir'];
  if (outDir === undefined && severalInputs(args.paths)) {
    io.stderr(`mtlint: ${t('errors.severalAnnotate')}\n`);
    return EXIT.error;
  }
  const comment = (f: Finding): string => {
    const sugg = f.suggestions.length ? ` (${f.suggestions.join(', ')})` : '';
    return `${f.category} · ${t(`severity.${f.severity}`)} · ${f.message}${sugg}`;
  };
  const done = eachInput(args, io, locale, (item, opts, _doc, langs) => {
    const fixed = fixOne(item, opts, langs);
    const annotated = withBom(item.bom, annotate(item.text, fixed.findings, fixed.edits, comment));
    let ok = true;
    if (outDir === undefined) io.stdout(annotated);
    else ok = writeAtomic(join(outDir, item.input.relative), annotated, io, t);
    return { text: item.text, findings: fixed.findings, ok };
  });
  if (!done) return EXIT.error;
  return exitFor(done.results, args['fail-on'], done.hadError);
}

/** True when the paths name several inputs, or one directory that holds more than one input file. */
function severalInputs(paths: string[]): boolean {
  if (paths.length > 1) return true;
  if (paths.length === 0 || paths[0] === '-') return false;
  return expandPaths(paths).inputs.length > 1;
}

/** Writes through a temporary file in the same directory and a rename, keeping the file's mode. */
function writeAtomic(path: string, content: string, io: Io, t: ReturnType<typeof translator>): boolean {
  const tmp = join(dirname(path), `.${path.split(/[\\/]/).pop()}.mtlint-${process.pid}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    let mode: number | undefined;
    try {
      mode = statSync(path).mode & 0o7777;
    } catch {
      mode = undefined;
    }
    writeFileSync(tmp, content);
    if (mode !== undefined) chmodSync(tmp, mode);
    renameSync(tmp, path);
    return true;
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    io.stderr(`mtlint: ${t('errors.writeFailed', { file: path, reason: (err as NodeJS.ErrnoException).code ?? String(err) })}\n`);
    return false;
  }
}
