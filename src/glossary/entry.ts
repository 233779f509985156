// Turning raw field values (from YAML, CSV/TSV or TBX) into a Glossary with every default filled in, reporting
// unknown fields, wrong types and bad values with their line. Shared by the loaders; no fs.
import { SEVERITIES, type Severity } from '../core/types.js';
import {
  DEFAULT_FIX,
  DEFAULT_SEVERITY,
  ENTRY_CATEGORIES,
  type CaseMode,
  type EntryCategory,
  type FixPolicy,
  type Glossary,
  type GlossaryEntry,
  type GlossaryProblem,
} from './types.js';
import { sepTable } from './normalize.js';

export const ENTRY_FIELDS = ['term', 'variants', 'patterns', 'case', 'category', 'severity', 'fix', 'alternatives', 'source', 'note'] as const;
export const GLOSSARY_FIELDS = ['name', 'description', 'language', 'sourceLanguages', 'entries'] as const;
const CASES: readonly CaseMode[] = ['exact', 'insensitive'];
const FIXES: readonly FixPolicy[] = ['safe', 'suggest', 'none'];
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

// Absent lists and an absent `source` are one shared, frozen empty value: most entries of a large glossary have no
// patterns, alternatives or source, and an empty array or object of their own cost each entry about 150 bytes (a
// million-row CSV glossary held 613 bytes per entry). Frozen, so a push into one would throw, not change them all.
const EMPTY_LIST = Object.freeze([]) as readonly string[] as string[];
const EMPTY_SOURCE = Object.freeze({}) as Readonly<Record<string, string>> as Record<string, string>;

/** The list to keep in an entry: the shared empty list, or a copy of exactly its length (a list grown by push
 * keeps room for 16 more items). */
function kept(list: string[]): string[] {
  return list.length === 0 ? EMPTY_LIST : list.slice();
}

/** A field value as read from the file, with the line it is on (null when unknown). */
export interface RawField {
  value: unknown;
  line: number | null;
}

export class ProblemSink {
  readonly problems: GlossaryProblem[] = [];
  constructor(readonly file: string) {}
  add(code: GlossaryProblem['code'], line: number | null, message: string): void {
    this.problems.push({ file: this.file, line, message, code });
  }
}

function listOf(v: string[]): string {
  return v.map((x) => `"${x}"`).join(', ');
}

/**
 * A string of its own, for an entry to keep. V8 makes a piece of 13 or more code units cut from a longer string
 * (by split, slice, trim or a regular expression) a view that keeps the whole longer string alive: a 14-character
 * CSV variant held its whole cell (72 bytes instead of 32, 40 MB for a million rows), a YAML value the whole file.
 * Copied through a buffer, Latin-1 or UTF-16 code units as they are (lossless, lone surrogates too).
 */
export function ownString(s: string): string {
  if (s.length < 13) return s;
  return NOT_LATIN1.test(s) ? Buffer.from(s, 'utf16le').toString('utf16le') : Buffer.from(s, 'latin1').toString('latin1');
}
const NOT_LATIN1 = /[^\x00-\xff]/;

/** A string field: trimmed, non-empty. Reports and returns null otherwise (absent fields return null silently). */
function str(sink: ProblemSink, f: RawField | undefined, what: string): string | null {
  if (!f || f.value === undefined || f.value === null) return null;
  if (typeof f.value !== 'string') {
    sink.add('bad-value', f.line, `${what} must be a string (quote it), got ${describe(f.value)}`);
    return null;
  }
  const s = f.value.trim();
  return s.length ? ownString(s) : null;
}

/** A list of strings; a single string counts as a list of one. Empty items are dropped. */
function strList(sink: ProblemSink, f: RawField | undefined, what: string): string[] {
  if (!f || f.value === undefined || f.value === null) return [];
  const items = typeof f.value === 'string' ? [f.value] : f.value;
  if (!Array.isArray(items)) {
    sink.add('bad-value', f.line, `${what} must be a list of strings, got ${describe(f.value)}`);
    return [];
  }
  const out: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string') {
      sink.add('bad-value', f.line, `${what}: every item must be a string (quote it), got ${describe(item)}`);
      continue;
    }
    const s = item.trim();
    if (s) out.push(ownString(s));
  }
  return out;
}

function oneOf<T extends string>(sink: ProblemSink, f: RawField | undefined, what: string, allowed: readonly T[]): T | null {
  const s = str(sink, f, what);
  if (s === null) return null;
  if (!(allowed as readonly string[]).includes(s)) {
    sink.add('bad-value', f!.line, `${what} must be one of ${listOf([...allowed])}, got "${s}"`);
    return null;
  }
  return s as T;
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${JSON.stringify(v)}`;
}

/** A language code like `en`, `fr`, `pt-BR`; lower-cased primary subtag. */
function language(sink: ProblemSink, f: RawField | undefined, what: string): string | null {
  const s = str(sink, f, what);
  if (s === null) return null;
  if (!LANGUAGE.test(s)) {
    sink.add('bad-value', f!.line, `${what} must be a language code like "en" or "pt-BR", got "${s}"`);
    return null;
  }
  return s;
}

/** Whether formKey(s) is not empty: some code unit is not a separator (no key string built for it). */
function hasText(s: string): boolean {
  const sep = sepTable();
  for (let i = 0; i < s.length; i++) if (!sep[s.charCodeAt(i)]) return true;
  return false;
}

/** Checks a literal form: it must keep some text after separator normalisation and contain no U+E000. */
function checkForms(sink: ProblemSink, line: number | null, what: string, forms: string[]): string[] {
  return forms.filter((f) => {
    if (f.includes('\uE000')) {
      sink.add('bad-value', line, `${what} "${f}" contains U+E000, which mtlint uses to mask code`);
      return false;
    }
    if (!hasText(f)) {
      sink.add('bad-value', line, `${what} "${f}" has no text besides spaces and hyphens`);
      return false;
    }
    return true;
  });
}

/**
 * Builds one entry from its fields. Reports unknown fields, a missing term, wrong types and bad enum values;
 * returns null when there is no usable term (the entry is dropped), else the entry with defaults filled in.
 */
export function buildEntry(
  sink: ProblemSink,
  fields: ReadonlyMap<string, RawField>,
  line: number,
  index: number,
): GlossaryEntry | null {
  for (const [name, f] of fields) {
    if (!(ENTRY_FIELDS as readonly string[]).includes(name))
      sink.add('unknown-field', f.line ?? line, `unknown entry field "${name}" (known: ${ENTRY_FIELDS.join(', ')})`);
  }
  const termField = fields.get('term');
  const term = str(sink, termField, 'term');
  if (term === null) {
    if (!termField || typeof termField.value === 'string' || termField.value == null)
      sink.add('missing-term', termField?.line ?? line, 'entry has no term (the preferred form is required)');
    return null;
  }
  if (checkForms(sink, termField!.line ?? line, 'term', [term]).length === 0) return null;
  const lineOf = (name: string): number => fields.get(name)?.line ?? line;
  const variants = checkForms(sink, lineOf('variants'), 'variant', strList(sink, fields.get('variants'), 'variants'));
  const alternatives = checkForms(sink, lineOf('alternatives'), 'alternative', strList(sink, fields.get('alternatives'), 'alternatives'));
  const patterns = strList(sink, fields.get('patterns'), 'patterns');
  const category: EntryCategory = oneOf(sink, fields.get('category'), 'category', ENTRY_CATEGORIES) ?? 'terminology';
  const severity: Severity = oneOf(sink, fields.get('severity'), 'severity', SEVERITIES) ?? DEFAULT_SEVERITY[category];
  const fix: FixPolicy = oneOf(sink, fields.get('fix'), 'fix', FIXES) ?? DEFAULT_FIX[category];
  const caseMode: CaseMode = oneOf(sink, fields.get('case'), 'case', CASES) ?? 'insensitive';
  const note = str(sink, fields.get('note'), 'note');
  let source: Record<string, string> = EMPTY_SOURCE;
  const src = fields.get('source');
  if (src && src.value !== undefined && src.value !== null) {
    if (typeof src.value !== 'object' || Array.isArray(src.value)) {
      sink.add('bad-value', src.line ?? line, `source must be a mapping of language code to text, like { fr: "il s'agit de" }, got ${describe(src.value)}`);
    } else {
      for (const [lang, text] of Object.entries(src.value as Record<string, unknown>)) {
        if (!LANGUAGE.test(lang)) {
          sink.add('bad-value', src.line ?? line, `source: "${lang}" is not a language code like "fr" or "pt-BR"`);
          continue;
        }
        if (typeof text !== 'string' || !text.trim()) {
          sink.add('bad-value', src.line ?? line, `source.${lang} must be a non-empty string, got ${describe(text)}`);
          continue;
        }
        if (source === EMPTY_SOURCE) source = {};
        source[lang] = ownString(text.trim());
      }
    }
  }
  return {
    term,
    variants: kept(variants),
    patterns: kept(patterns),
    case: caseMode,
    category,
    severity,
    fix,
    alternatives: kept(alternatives),
    source,
    note,
    line,
    index,
  };
}

/** Glossary-level fields. `defaultName` is used when there is no `name` (CSV/TSV/TBX); null means it is required. */
export function buildGlossary(
  sink: ProblemSink,
  fields: ReadonlyMap<string, RawField>,
  entries: GlossaryEntry[],
  defaultName: string | null,
): Glossary {
  const name = str(sink, fields.get('name'), 'name') ?? defaultName;
  if (name === null) {
    const f = fields.get('name');
    if (!f || typeof f.value === 'string' || f.value == null) sink.add('missing-name', f?.line ?? 1, 'glossary has no name');
  }
  const description = str(sink, fields.get('description'), 'description');
  const lang = language(sink, fields.get('language'), 'language') ?? 'en';
  let sourceLanguages: string[] | null = null;
  const sl = fields.get('sourceLanguages');
  if (sl && sl.value !== undefined && sl.value !== null) {
    const list = strList(sink, sl, 'sourceLanguages');
    sourceLanguages = [];
    for (const l of list) {
      if (LANGUAGE.test(l)) sourceLanguages.push(l);
      else sink.add('bad-value', sl.line, `sourceLanguages: "${l}" is not a language code like "fr"`);
    }
  }
  entries.forEach((e, i) => (e.index = i));
  return { name: name ?? '', description, language: lang, sourceLanguages, entries, file: sink.file };
}
