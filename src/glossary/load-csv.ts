// CSV and TSV glossaries: a header row naming the fields, one entry per row.
//
// - Entry columns: term, variants, patterns, alternatives, case, category, severity, fix, source, note (names are
//   matched case-insensitively; an unknown column is a problem). Empty cells take the defaults.
// - `variants`, `alternatives` and `sourceLanguages` hold several values separated by `|`. `patterns` too, split
//   only at a top-level `|` (outside groups and classes, which is the same as RE2 alternation there).
// - `source` holds `lang:text` pairs separated by `|` (`ru:ГигаЧат|fr:GigaChat`); a column `source:fr` (or
//   `source.fr`) holds the text for one language.
// - Glossary columns: name, description, language, sourceLanguages. The first non-empty cell is the value; a row
//   with a different non-empty value is a problem. Without a `name` column, the name is the file's base name
//   without extension.
// - CSV quoting follows RFC 4180 ("..." with "" for a quote). TSV has no quoting: a cell cannot contain a tab or
//   a line break.
import type { Options } from 'csv-parse/sync';
import { csvLib } from '../lazy.js';
import type { Glossary, GlossaryEntry, GlossaryProblem } from './types.js';
import { buildEntry, buildGlossary, ENTRY_FIELDS, GLOSSARY_FIELDS, ProblemSink, type RawField } from './entry.js';

const TOP_COLUMNS = GLOSSARY_FIELDS.filter((f) => f !== 'entries');
const COLUMN = new Map<string, string>([...ENTRY_FIELDS, ...TOP_COLUMNS].map((f) => [f.toLowerCase(), f]));
const LIST_FIELDS = new Set(['variants', 'alternatives', 'sourceLanguages']);

/** Reads a CSV or TSV glossary from its text, or from its UTF-8 bytes (checked valid, byte order marks removed). */
export function loadDelimited(text: string | Buffer, file: string, delimiter: ',' | '\t'): { glossary: Glossary | null; problems: GlossaryProblem[] } {
  const sink = new ProblemSink(file);
  // Row by row: each record is read into an entry as soon as the parser has it, and the parser keeps none (a
  // million-row glossary held as records, with csv-parse's information about each, took 1.4 GB to load).
  let header: string[] | null = null;
  let headerLine = 0;
  // Column -> [field, source language or null]
  let columns: ([string, string | null] | null)[] = [];
  // Columns with an empty name: a trailing empty column is nothing, but one that holds a value somewhere is a problem
  // (reported with the header's problems, known only at the end).
  const unnamed = new Map<number, boolean>();
  const top = new Map<string, RawField>();
  const entries: GlossaryEntry[] = [];
  // Start line of each record: one after the end of the previous one, past the empty lines skipped in between.
  let prevEnd = 0;
  let prevEmpty = 0;
  const onRecord = (cells: string[], line: number): void => {
    if (header === null) {
      header = cells.map((h) => h.trim());
      headerLine = line;
      columns = header.map((h, i) => {
        const src = /^source[:.]([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)$/.exec(h);
        if (src) return ['source', src[1]!];
        const field = COLUMN.get(h.toLowerCase());
        if (field) return [field, null];
        if (h === '') unnamed.set(i, false);
        return null;
      });
      return;
    }
    for (const [i, seen] of unnamed) if (!seen && (cells[i] ?? '').trim()) unnamed.set(i, true);
    const fields = new Map<string, RawField>();
    let source: Record<string, string> | null = null;
    cells.forEach((raw, i) => {
      const col = columns[i];
      const cell = raw.trim();
      if (!col || cell === '') return;
      const [field, lang] = col;
      if ((TOP_COLUMNS as readonly string[]).includes(field)) {
        const value = LIST_FIELDS.has(field) ? splitList(cell) : cell;
        const prev = top.get(field);
        if (!prev) top.set(field, { value, line });
        else if (JSON.stringify(prev.value) !== JSON.stringify(value))
          sink.add('bad-value', line, `column "${field}" is a glossary field: "${cell}" differs from the value on line ${prev.line}`);
        return;
      }
      if (field === 'source') {
        source ??= {};
        if (lang) source[lang] = cell;
        else
          for (const part of splitList(cell)) {
            const m = /^([^:]+):(.*)$/.exec(part);
            if (!m || !m[2]!.trim()) {
              sink.add('bad-value', line, `source must be written as lang:text pairs separated by |, like "ru:ГигаЧат|fr:GigaChat", got "${part}"`);
              continue;
            }
            source[m[1]!.trim()] = m[2]!.trim();
          }
        return;
      }
      const value = LIST_FIELDS.has(field) ? splitList(cell) : field === 'patterns' ? splitPatterns(cell) : cell;
      fields.set(field, { value, line });
    });
    if (source && Object.keys(source).length) fields.set('source', { value: source, line });
    if (fields.size === 0) return; // a row of glossary fields only
    const entry = buildEntry(sink, fields, line, entries.length);
    if (entry) entries.push(entry);
  };
  try {
    csvLib().parse(text, {
      bom: true,
      skip_empty_lines: true,
      delimiter,
      quote: delimiter === '\t' ? false : '"',
      // The line counts come in on_record's second argument; `info: true` would build that object a second time
      // for every record, and a wrapper around it (a third of csv-parse's time on a million rows).
      on_record: (record: string[], info: { lines: number; empty_lines: number }) => {
        const line = prevEnd + 1 + (info.empty_lines - prevEmpty);
        prevEnd = info.lines;
        prevEmpty = info.empty_lines;
        onRecord(record, line);
        return null; // kept by no one
      },
    } as unknown as Options);
  } catch (e) {
    const err = e as { message?: string; lines?: number };
    const problem = new ProblemSink(file);
    problem.add('syntax', typeof err.lines === 'number' ? err.lines : null, `${delimiter === '\t' ? 'TSV' : 'CSV'} syntax error: ${err.message ?? String(e)}`);
    return { glossary: null, problems: problem.problems };
  }
  if (header === null) {
    sink.add('syntax', 1, 'the file is empty: a header row naming the fields is required');
    return { glossary: null, problems: sink.problems };
  }
  // The header's problems come first, as they were found before any row.
  const first = new ProblemSink(file);
  (header as string[]).forEach((h: string, i: number) => {
    if (columns[i] || (h === '' && unnamed.get(i) === false)) return;
    first.add('unknown-field', headerLine, h === '' ? `column ${i + 1} has no name` : `unknown column "${h}" (known: ${[...ENTRY_FIELDS, ...TOP_COLUMNS].join(', ')}, source:xx)`);
  });
  if (!columns.some((c) => c?.[0] === 'term')) first.add('missing-term', headerLine, 'there is no `term` column');
  sink.problems.unshift(...first.problems);
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return { glossary: buildGlossary(sink, top, entries, base || 'glossary'), problems: sink.problems };
}

function splitList(cell: string): string[] {
  const out: string[] = [];
  for (const part of cell.split('|')) {
    const s = part.trim();
    if (s) out.push(s);
  }
  return out;
}

/** Splits at top-level `|` only: outside groups and character classes, unescaped. */
export function splitPatterns(cell: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (cell[i + 1] === '^') i++;
      if (cell[i + 1] === ']') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '|' && depth === 0) {
      out.push(cell.slice(start, i));
      start = i + 1;
    }
  }
  out.push(cell.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}
