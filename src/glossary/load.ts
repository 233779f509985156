// Loading glossaries: text in, a Glossary and its problems out. `loadGlossaryFile` is the only fs read.
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import type { Glossary, GlossaryProblem } from './types.js';
import { loadYaml } from './load-yaml.js';
import { loadDelimited } from './load-csv.js';
import { loadTbx } from './load-tbx.js';

export type GlossaryFormat = 'yaml' | 'csv' | 'tsv' | 'tbx';

export interface LoadResult {
  /** Null when the file cannot be read or parsed at all; otherwise the valid entries (entries without a term are left out). */
  glossary: Glossary | null;
  /** Every problem found while loading; a glossary with any problem is invalid (see also validateGlossary). */
  problems: GlossaryProblem[];
}

/** The format of a glossary file from its extension: .yaml/.yml, .csv, .tsv, .tbx/.xml; null when unknown. */
export function glossaryFormatOf(file: string): GlossaryFormat | null {
  const m = /\.([A-Za-z]+)$/.exec(file);
  switch (m?.[1]!.toLowerCase()) {
    case 'yaml':
    case 'yml':
      return 'yaml';
    case 'csv':
      return 'csv';
    case 'tsv':
      return 'tsv';
    case 'tbx':
    case 'xml':
      return 'tbx';
    default:
      return null;
  }
}

/** Parses a glossary from text; `file` names it in problems (and gives CSV/TSV/TBX glossaries their name). */
export function loadGlossaryText(text: string, file: string, format?: GlossaryFormat): LoadResult {
  const fmt = format ?? glossaryFormatOf(file);
  if (!fmt)
    return {
      glossary: null,
      problems: [{ file, line: null, code: 'unreadable', message: 'unknown glossary format: use a .yaml, .yml, .csv, .tsv, .tbx or .xml file' }],
    };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  switch (fmt) {
    case 'yaml':
      return loadYaml(body, file);
    case 'csv':
      return loadDelimited(body, file, ',');
    case 'tsv':
      return loadDelimited(body, file, '\t');
    case 'tbx':
      return loadTbx(body, file);
  }
}

/** Reads and parses a glossary file (strict UTF-8). An unreadable file is a problem with code `unreadable`. */
export function loadGlossaryFile(path: string, format?: GlossaryFormat): LoadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : (err.message ?? String(e));
    return { glossary: null, problems: [{ file: path, line: null, code: 'unreadable', message: `cannot read the glossary: ${why}` }] };
  }
  const notUtf8: LoadResult = { glossary: null, problems: [{ file: path, line: null, code: 'unreadable', message: 'the glossary is not valid UTF-8' }] };
  const fmt = format ?? glossaryFormatOf(path);
  if (fmt === 'csv' || fmt === 'tsv') {
    // The parser reads bytes: decoding the file to a string, which the parser would encode back to bytes, held
    // three copies of it at once (150 MB for a 51 MB glossary). The decoder drops a byte order mark and
    // loadGlossaryText a second one; the parser drops a third, as it did.
    if (!isUtf8(bytes)) return notUtf8;
    let start = 0;
    for (let k = 0; k < 2 && bytes[start] === 0xef && bytes[start + 1] === 0xbb && bytes[start + 2] === 0xbf; k++) start += 3;
    return loadDelimited(bytes.subarray(start), path, fmt === 'csv' ? ',' : '\t');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return notUtf8;
  }
  return loadGlossaryText(text, path, format);
}
