// The command line: yargs commands around the pure core. `run` is testable in-process: all I/O goes through `io`.
import { readFileSync } from 'node:fs';
import yargs, { type Argv } from 'yargs';
import type { FixResult } from '../core/fixer.js';
import { lint, RuleContractError, type LintOptions } from '../core/linter.js';
import { SEVERITIES, SEVERITY_RANK, type Finding, type Severity } from '../core/types.js';
import { FORMAT_EXTENSIONS, FORMATS, parseDocument, type Format } from '../formats/index.js';
import { LOCALES, resolveLocale, ruleTranslator, translator, type Locale } from '../i18n/index.js';
import { annotate } from '../report/annotate.js';
import { jsonReport } from '../report/json.js';
import { countWords, mqm, type FileResult } from '../report/results.js';
import { stylishReport } from '../report/stylish.js';
import { rules } from '../rules/index.js';
import { expandPaths, isInputError, readInput, type Input, type InputError } from './read.js';
import { planOutputs, writeOutput } from './write.js';
import { escapeControls, escapeJsonControls } from '../report/escape.js';
import { AUTO, CHECKED_LANGUAGES, SOURCE_LANGUAGES } from '../lang/languages.js';
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

const STDIN_TOKEN = '\u0000stdin';

/** The options whose value is one of a list, with the list: anything else is a usage error naming the list. */
const CHOICES: Readonly<Record<string, readonly string[]>> = {
  lang: [AUTO, ...CHECKED_LANGUAGES],
  'source-lang': [AUTO, ...SOURCE_LANGUAGES],
  locale: LOCALES,
  'fail-on': SEVERITIES,
  format: ['stylish', 'json'],
  'input-format': FORMATS,
};

/** A usage error found by mtlint itself (yargs reports its own): the message is printed, the exit code is 2. */
class UsageError extends Error {}

/**
 * Validates the options with a list of values, before yargs validates them (so that the message is mtlint's, in
 * the user's locale): a value given twice counts once, the last one (as with any other option); case is ignored
 * (`EN` is `en`); `--source-lang auto` is the same as no --source-lang.
 */
function validateChoices(argv: Record<string, unknown>, t: ReturnType<typeof translator>): void {
  for (const [option, accepted] of Object.entries(CHOICES)) {
    let value = argv[option];
    if (value === undefined) continue;
    if (Array.isArray(value)) value = value[value.length - 1];
    const given = String(value);
    const v = given.toLowerCase();
    if (!accepted.includes(v)) {
      throw new UsageError(t('errors.invalidChoice', { option, value: given === STDIN_TOKEN ? '-' : given, accepted: accepted.join(', ') }));
    }
    const camel = option.replace(/-(.)/g, (_, c: string) => c.toUpperCase());
    const final = option === 'source-lang' && v === AUTO ? undefined : v;
    argv[option] = final;
    if (camel !== option) argv[camel] = final;
  }
}

/** The value of an option given once; of one given several times, the last (as for any single-valued option). */
const lastOf = (v: unknown): unknown => (Array.isArray(v) ? v[v.length - 1] : v);

/** Prints one error line (or warning line) on stderr, control characters escaped: names and text are data. */
function say(io: Io, message: string): void {
  io.stderr(`mtlint: ${escapeControls(message)}\n`);
}

interface Common {
  paths: string[];
  glossary?: string[];
  'default-glossaries': boolean;
  lang: string;
  'source-lang'?: string;
  'fail-on': Severity;
  locale?: string;
  'input-format'?: Format;
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
      .option('lang', { describe: t('cli.lang'), type: 'string', default: 'auto', choices: CHOICES.lang! })
      .option('source-lang', { describe: t('cli.sourceLang'), type: 'string', choices: CHOICES['source-lang']! })
      .option('input-format', { describe: t('cli.inputFormat', { supported: supportedFormats() }), type: 'string', choices: FORMATS })
      .option('fail-on', { describe: t('cli.failOn'), choices: SEVERITIES, default: 'major' as Severity })
      .option('locale', { describe: t('cli.locale'), type: 'string', choices: LOCALES })
      // One file per --glossary (repeatable): `array` would swallow the paths that follow.
      .option('glossary', { describe: t('cli.glossary'), type: 'string', nargs: 1, requiresArg: true })
      .coerce('glossary', (g: string | string[]) => (Array.isArray(g) ? g : [g]).map(String))
      .option('default-glossaries', { describe: t('cli.defaultGlossaries'), type: 'boolean', default: true })
      .coerce('paths', (paths: string[]) => paths.map((p) => (p === STDIN_TOKEN ? '-' : String(p))))
      .middleware((argv) => {
        validateChoices(argv, t);
        // Paths after `--` (a file named `-x.txt`) arrive apart, before validation.
        const rest = ((argv['--'] ?? []) as unknown[]).map((p) => (p === STDIN_TOKEN ? '-' : String(p)));
        if (rest.length) argv.paths = [...(argv.paths as string[]), ...rest];
      }, true) as unknown as Argv<Common>;

  // yargs drops a lone '-', so stdin travels through the parser under a name no file can have.
  const parsed = argv.map((a) => (a === '-' ? STDIN_TOKEN : a));
  const parser = yargs(parsed)
    .scriptName('mtlint')
    .locale(locale)
    .usage(`$0 <command> [options]\n\n${t('cli.description')}`)
    .command(
      'check [paths..]',
      t('cli.check'),
      (y) => common(y).option('format', { describe: t('cli.format'), choices: CHOICES.format!, default: 'stylish' }),
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
          .coerce('out-dir', lastOf)
          .option('dry-run', { describe: t('cli.dryRun'), type: 'boolean' })
          .option('force', { describe: t('cli.force'), type: 'boolean' })
          .conflicts('write', ['out-dir', 'dry-run'])
          .conflicts('out-dir', 'dry-run'),
      (args) => {
        code = commandFix(args as unknown as Common & { write?: boolean; 'out-dir'?: string; 'dry-run'?: boolean; force?: boolean }, io, locale);
      },
    )
    .command(
      'annotate [paths..]',
      t('cli.annotate'),
      (y) => common(y).option('out-dir', { describe: t('cli.outDir'), type: 'string' }).coerce('out-dir', lastOf).option('force', { describe: t('cli.force'), type: 'boolean' }),
      (args) => {
        code = commandAnnotate(args as unknown as Common & { 'out-dir'?: string; force?: boolean }, io, locale);
      },
    )
    .command('glossary', t('cli.glossaryCommand'), (y) =>
      y
        .command(
          'validate <files..>',
          t('cli.validate'),
          (v) =>
            v
              .positional('files', { describe: t('cli.glossaryFiles'), type: 'string', array: true })
              .option('locale', { describe: t('cli.locale'), type: 'string', choices: LOCALES })
              .middleware((argv) => validateChoices(argv, t), true),
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
      if (!failed) say(io, err instanceof UsageError ? err.message : (msg ?? err?.message ?? 'usage error'));
      failed = true;
      throw err ?? new Error(msg);
    });

  try {
    await parser.parseAsync(parsed, {}, (err, _argv, output) => {
      if (output) (err ? io.stderr : io.stdout)(output.endsWith('\n') ? output : output + '\n');
    });
  } catch (err) {
    if (failed) return EXIT.error;
    if (err instanceof UsageError) {
      say(io, err.message);
      return EXIT.error;
    }
    return internalError(err, io, t);
  }
  if (failed) return EXIT.error;
  return code;
}

function internalError(err: unknown, io: Io, t: ReturnType<typeof translator>): number {
  const reason = err instanceof RuleContractError || err instanceof Error ? err.message : String(err);
  say(io, t('errors.internal', { reason }));
  return EXIT.error;
}

/** The formats mtlint reads, for messages: `.txt, .text (text), .md, .markdown (markdown)`. */
function supportedFormats(): string {
  return FORMATS.map((f) => {
    const exts = Object.keys(FORMAT_EXTENSIONS).filter((e) => FORMAT_EXTENSIONS[e] === f);
    return `${f} (${exts.join(', ')})`;
  }).join(', ');
}

interface Loaded {
  input: Input;
  text: string;
  bom: boolean;
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
    for (const p of problems) say(io, formatProblem(p));
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
    for (const p of problems) io.stdout(`${escapeControls(formatProblem(p))}\n`);
    if (problems.length) bad++;
    else io.stdout(`${escapeControls(t('cli.glossaryOk', { file, count: glossaries[0]?.entries.length ?? 0 }))}\n`);
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

/** What a command makes of one decoded input: the findings its exit code counts, and the error of its output. */
interface Outcome {
  text: string;
  findings: Finding[];
  /** The message of a failed write (already reported), or null. */
  error: string | null;
}

/** What a command does with the inputs as a whole before reading them: an error to report stops the run (exit 2). */
type Plan = (inputs: readonly Input[], roots: readonly { path: string; real: string }[]) => InputError | null;

/**
 * Expands the paths and hands each decoded input to `visit`, one at a time (read, checked, written, let go). An
 * input that fails (unreadable, undecodable, refused, or an internal error while checking it) is reported once on
 * stderr and becomes a result with an error; the others go on. Returns null on a usage error (nothing written).
 */
function eachInput(
  args: Common,
  io: Io,
  locale: Locale,
  visit: (item: Loaded, opts: LintOptions, doc: Document, langs: Languages) => Outcome,
  plan?: Plan,
): { results: FileResult[]; hadError: boolean } | null {
  const t = translator(locale);
  if (args.paths.length === 0) {
    say(io, t('errors.noInput'));
    return null;
  }
  const { inputs, errors, warnings, roots } = expandPaths(args.paths, { inputFormat: args['input-format'] });
  const planned = plan?.(inputs, roots);
  if (planned) {
    say(io, t(planned.key, planned.data));
    return null;
  }
  const matcher = glossaryMatcher(args, io);
  if (matcher === 'error') return null;
  for (const w of warnings) say(io, t('warnings.warning', { message: t(w.key, w.data) }));
  const opts = options(args, locale, matcher);
  const results: FileResult[] = [];
  let hadError = false;
  const fail = (path: string, message: string): void => {
    say(io, message);
    hadError = true;
    results.push(result(path, { ...UNKNOWN, lang: args.lang === 'auto' ? 'und' : args.lang }, null, [], message));
  };
  for (const e of errors) fail(e.path, t(e.error.key, e.error.data));
  for (const input of inputs) {
    const read = readInput(input, io.stdin);
    if (isInputError(read)) {
      fail(input.path, t(read.key, read.data));
      continue;
    }
    let done: FileResult;
    try {
      const doc = parseDocument(read.text, input.format);
      for (const n of doc.notices) say(io, t(`notices.${n.key}`, { file: input.path, ...n.data }));
      const langs = languagesOf(doc, args, matcher);
      const outcome = visit({ input, text: read.text, bom: read.bom }, decidedOptions(opts, langs, langs.matcher), doc, langs);
      if (outcome.error !== null) hadError = true;
      done = result(input.path, langs, outcome.text, outcome.findings, outcome.error, doc);
    } catch (err) {
      // One bad file never stops a batch: an exception while checking it is that file's error.
      const reason = err instanceof Error ? err.message : String(err);
      fail(input.path, t('errors.internalFile', { file: input.path, reason }));
      continue;
    }
    results.push(done);
  }
  return { results, hadError };
}

function commandCheck(args: Common & { format: 'stylish' | 'json' }, io: Io, locale: Locale): number {
  const done = eachInput(args, io, locale, (item, opts, doc) => ({ text: item.text, findings: lint(doc, opts), error: null }));
  if (!done) return EXIT.error;
  const colour = io.isTTY && !io.env.NO_COLOR && args.format === 'stylish';
  io.stdout(
    args.format === 'json'
      ? escapeJsonControls(jsonReport(done.results, { name: 'mtlint', version: packageVersion() }))
      : stylishReport(done.results, translator(locale), colour),
  );
  return exitFor(done.results, args['fail-on'], done.hadError);
}

function fixOne(item: Loaded, opts: LintOptions, langs: Languages): FixResult {
  // The base options (undecided): fixDecided decides again on its output until the decision holds.
  return fixDecided(item.text, (text) => parseDocument(text, item.input.format), { ...opts, rules }, langs.declared ?? {}, langs.decided).result;
}

const withBom = (bom: boolean, text: string): string => (bom ? '\uFEFF' + text : text);

/** The --out-dir plan of a command: where each input is written, checked before anything is read or written. */
function outDirPlan(outDir: string | undefined, outputs: Map<Input, string>): Plan | undefined {
  if (outDir === undefined) return undefined;
  return (inputs, roots) => {
    const plan = planOutputs(inputs, roots, outDir);
    if (plan instanceof Map) {
      for (const [input, path] of plan) outputs.set(input, path);
      return null;
    }
    return plan;
  };
}

/** Writes one output; the error's message (reported here) or null. */
function write(path: string, content: string, io: Io, t: ReturnType<typeof translator>, options: { force?: boolean; mkdir?: boolean }): string | null {
  const error = writeOutput(path, content, options);
  if (error === null) return null;
  const message = t(error.key, error.data);
  say(io, message);
  return message;
}

function commandFix(args: Common & { write?: boolean; 'out-dir'?: string; 'dry-run'?: boolean; force?: boolean }, io: Io, locale: Locale): number {
  const t = translator(locale);
  const outDir = args['out-dir'];
  const toStdout = !args.write && outDir === undefined && !args['dry-run'];
  if (args.write && args.paths.includes('-')) {
    say(io, t('errors.writeStdin'));
    return EXIT.error;
  }
  if (toStdout && severalInputs(args.paths)) {
    say(io, t('errors.severalWithoutTarget'));
    return EXIT.error;
  }
  const outputs = new Map<Input, string>();
  const done = eachInput(
    args,
    io,
    locale,
    (item, opts, _doc, langs) => {
      const fixed = fixOne(item, opts, langs);
      const before = withBom(item.bom, item.text);
      const after = withBom(item.bom, fixed.output);
      let error: string | null = null;
      if (toStdout) io.stdout(after);
      else if (args['dry-run']) {
        if (before !== after) {
          const name = item.input.path === '-' ? 'stdin' : item.input.path;
          const patch = diffLib().createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 });
          // On a terminal, the text's control characters are shown escaped (the names are quoted by the patch).
          io.stdout(io.isTTY ? patch.split('\n').map(escapeControls).join('\n') : patch);
        }
      } else if (args.write) {
        if (before !== after) error = write(item.input.path, after, io, t, { force: args.force ?? false });
      } else if (outDir !== undefined) {
        error = write(outputs.get(item.input)!, after, io, t, { force: args.force ?? false, mkdir: true });
      }
      return { text: fixed.output, findings: fixed.remaining, error };
    },
    outDirPlan(outDir, outputs),
  );
  if (!done) return EXIT.error;
  return exitFor(done.results, args['fail-on'], done.hadError);
}

function commandAnnotate(args: Common & { 'out-dir'?: string; force?: boolean }, io: Io, locale: Locale): number {
  const t = translator(locale);
  const outDir = args['out-dir'];
  if (outDir === undefined && severalInputs(args.paths)) {
    say(io, t('errors.severalAnnotate'));
    return EXIT.error;
  }
  const comment = (f: Finding): string => {
    const sugg = f.suggestions.length ? ` (${f.suggestions.join(', ')})` : '';
    return `${f.category} · ${t(`severity.${f.severity}`)} · ${f.message}${sugg}`;
  };
  const outputs = new Map<Input, string>();
  const done = eachInput(
    args,
    io,
    locale,
    (item, opts, _doc, langs) => {
      const fixed = fixOne(item, opts, langs);
      const annotated = withBom(item.bom, annotate(item.text, fixed.findings, fixed.edits, comment));
      let error: string | null = null;
      if (outDir === undefined) io.stdout(annotated);
      else error = write(outputs.get(item.input)!, annotated, io, t, { force: args.force ?? false, mkdir: true });
      return { text: item.text, findings: fixed.findings, error };
    },
    outDirPlan(outDir, outputs),
  );
  if (!done) return EXIT.error;
  return exitFor(done.results, args['fail-on'], done.hadError);
}

/** True when the paths name several inputs, or one directory that holds more than one input file. */
function severalInputs(paths: string[]): boolean {
  if (paths.length > 1) return true;
  if (paths.length === 0 || paths[0] === '-') return false;
  return expandPaths(paths).inputs.length > 1;
}
