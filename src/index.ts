// The public API: a pure core (text in, findings out) plus formatters.
export { Document, MASK } from './core/document.js';
export { lint, sortFindings, RuleContractError, type LintOptions, type Translate } from './core/linter.js';
export { fixText, applyEdits, selectFixes, MAX_FIX_PASSES, type FixResult, type AppliedEdit } from './core/fixer.js';
export { checkText, fixTextWith, fixDecided, rulesAt, type CheckOptions, type DecidedFix } from './core/run.js';
export * from './core/types.js';
export { parseDocument, formatOf, type Format } from './formats/index.js';
export { rules, rulesById } from './rules/index.js';
export { annotate, acceptAll } from './report/annotate.js';
export { jsonReport } from './report/json.js';
export { stylishReport } from './report/stylish.js';
export { countWords, mqm, summarise, type FileResult, type Summary } from './report/results.js';
export { run, type Io } from './cli/cli.js';
export { detectTargetLanguage, identify, identifyTarget, TARGET_LANGUAGES, type Identification, type LanguageConfidence, type TargetIdentification, type TargetLanguage } from './lang/identify.js';
export { decideLanguages, type DeclaredLanguages, type LanguageDecision } from './lang/decide.js';
export { inferSource, type SourceInference } from './lang/source.js';
