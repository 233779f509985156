// Convenience entry points of the core: check and fix a text of a given format with the registered rules.
import { parseDocument, type Format } from '../formats/index.js';
import { ruleTranslator, type Locale } from '../i18n/index.js';
import { rules as allRules } from '../rules/index.js';
import { fixText, type FixResult } from './fixer.js';
import { lint, type LintOptions } from './linter.js';
import type { Finding, Rule, Severity } from './types.js';
import { GlossaryMatcher } from '../glossary/matcher.js';
import type { Glossary } from '../glossary/types.js';

export interface CheckOptions {
  format?: Format;
  lang?: string;
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

export function checkText(text: string, options: CheckOptions = {}): Finding[] {
  return lint(parseDocument(text, options.format ?? 'text'), lintOptions(options));
}

export function fixTextWith(text: string, options: CheckOptions = {}): FixResult {
  const format = options.format ?? 'text';
  return fixText(text, (t) => parseDocument(t, format), lintOptions(options));
}
