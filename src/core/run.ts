// Convenience entry points of the core: check and fix a text of a given format with the registered rules.
import { parseDocument, type Format } from '../formats/index.js';
import { ruleTranslator, type Locale } from '../i18n/index.js';
import { rules as allRules } from '../rules/index.js';
import { fixText, type FixResult } from './fixer.js';
import { lint, type LintOptions } from './linter.js';
import type { Finding, Rule, Severity } from './types.js';

export interface CheckOptions {
  format?: Format;
  lang?: string;
  sourceLang?: string | null;
  locale?: Locale;
  rules?: readonly Rule[];
  severities?: Readonly<Record<string, Severity | 'off'>>;
}

function lintOptions(options: CheckOptions): LintOptions {
  return {
    lang: options.lang ?? 'en',
    sourceLang: options.sourceLang ?? null,
    rules: options.rules ?? allRules,
    translate: ruleTranslator(options.locale ?? 'en'),
    ...(options.severities ? { severities: options.severities } : {}),
  };
}

export function checkText(text: string, options: CheckOptions = {}): Finding[] {
  return lint(parseDocument(text, options.format ?? 'text'), lintOptions(options));
}

export function fixTextWith(text: string, options: CheckOptions = {}): FixResult {
  const format = options.format ?? 'text';
  return fixText(text, (t) => parseDocument(t, format), lintOptions(options));
}
