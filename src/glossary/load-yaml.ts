// YAML glossaries (the primary format, see the schema in types.ts), with a 1-based line for every entry and
// problem. Glossaries in the plain layout most are written in are read line by line (readPlainLayout); any other
// YAML goes to the yaml library, which is far slower (half a second for 10,000 entries).
import type { Document, Node } from 'yaml';
import { yamlLib } from '../lazy.js';
import type { Glossary, GlossaryEntry, GlossaryProblem } from './types.js';
import { buildEntry, buildGlossary, GLOSSARY_FIELDS, ProblemSink, type RawField } from './entry.js';

export function loadYaml(text: string, file: string): { glossary: Glossary | null; problems: GlossaryProblem[] } {
  const sink = new ProblemSink(file);
  // Each entry is built as soon as it has been read (an item's fields die young: a large glossary is not copied
  // around by the garbage collector twice), its problems kept apart until the layout is known to be plain.
  const entrySink = new ProblemSink(file);
  const plainEntries: GlossaryEntry[] = [];
  const plainTop = readPlainLayout(text, (fields, line) => {
    const entry = buildEntry(entrySink, fields, line, plainEntries.length);
    if (entry) plainEntries.push(entry);
  });
  if (plainTop) {
    // What the general path below does with a mapping whose `entries` is a list of mappings.
    for (const [name, f] of plainTop)
      if (!(GLOSSARY_FIELDS as readonly string[]).includes(name))
        sink.add('unknown-field', f.line, `unknown glossary field "${name}" (known: ${GLOSSARY_FIELDS.join(', ')})`);
    for (const problem of entrySink.problems) sink.problems.push(problem);
    plainTop.delete('entries');
    return { glossary: buildGlossary(sink, plainTop, plainEntries, null), problems: sink.problems };
  }
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = yamlLib();
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const line = e.linePos?.[0].line ?? null;
      const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      sink.add('syntax', line, `YAML syntax error: ${message}`);
    }
    return { glossary: null, problems: sink.problems };
  }
  const lineOf = (node: unknown): number | null => {
    const range = (node as Node | null)?.range;
    return range ? lc.linePos(range[0]).line : null;
  };
  const root = doc.contents;
  if (!isMap(root)) {
    sink.add('syntax', lineOf(root) ?? 1, 'a glossary must be a YAML mapping with `name` and `entries`');
    return { glossary: null, problems: sink.problems };
  }
  const top = fieldsOf(sink, doc, root, lineOf);
  for (const [name, f] of top)
    if (!(GLOSSARY_FIELDS as readonly string[]).includes(name))
      sink.add('unknown-field', f.line, `unknown glossary field "${name}" (known: ${GLOSSARY_FIELDS.join(', ')})`);

  const entries: GlossaryEntry[] = [];
  const entriesPair = root.items.find((p) => isScalar(p.key) && p.key.value === 'entries');
  const list = entriesPair?.value;
  if (!entriesPair) sink.add('bad-value', 1, 'glossary has no `entries` list');
  else if (!isSeq(list)) {
    // `entries:` with nothing after it is an empty list, anything else is a mistake.
    if (!(isScalar(list) && list.value === null) && list != null)
      sink.add('bad-value', lineOf(entriesPair.key), '`entries` must be a list of entries');
  } else {
    for (const item of list.items) {
      const line = lineOf(item) ?? lineOf(entriesPair.key) ?? 0;
      if (!isMap(item)) {
        sink.add('bad-value', line, 'an entry must be a mapping with at least `term`');
        continue;
      }
      const entry = buildEntry(sink, fieldsOf(sink, doc, item, lineOf), line, entries.length);
      if (entry) entries.push(entry);
    }
  }
  top.delete('entries');
  const glossary = buildGlossary(sink, top, entries, null);
  return { glossary, problems: sink.problems };
}

/** The fields of a mapping as plain JS values, each with the line of its key. */
function fieldsOf(
  sink: ProblemSink,
  doc: Document,
  map: { items: { key: unknown; value: unknown }[] },
  lineOf: (node: unknown) => number | null,
): Map<string, RawField> {
  const { isScalar } = yamlLib();
  const out = new Map<string, RawField>();
  for (const pair of map.items) {
    const key = pair.key;
    const line = lineOf(key);
    if (!isScalar(key) || typeof key.value !== 'string') {
      sink.add('bad-value', line, 'field names must be plain strings');
      continue;
    }
    const v = pair.value as Node | null;
    let value: unknown;
    try {
      value = v && typeof (v as { toJS?: unknown }).toJS === 'function' ? v.toJS(doc) : v;
    } catch (e) {
      // An alias to an anchor that is not set, or a value the library cannot resolve.
      sink.add('syntax', lineOf(v) ?? line, `YAML error in "${key.value}": ${(e as Error).message}`);
      continue;
    }
    out.set(key.value, { value, line });
  }
  return out;
}

/**
 * Reads a glossary written in the plain layout: top-level `key: value` lines, and an `entries:` block list (items
 * `  - key: value`, fields `    key: value`) of flat mappings, each value on its line: a quoted string (no
 * escapes), a plain string that starts with a letter, a flow list of those, or a flow mapping of them under
 * plain keys (`source: { ru: ГигаЧат }`); blank and comment lines anywhere. Hands each entry's fields and line to
 * `onItem` once read, and returns the top-level fields in file order (`entries` included, with no value). Anything
 * else (a comment after a value, a multi-line or escaped string, a number, a boolean, null, a nested flow
 * collection, an anchor, a tag, a duplicate key, another indentation, a tab or a CR...) returns null, and the yaml
 * library reads the file (ten times slower, and it holds the whole document: 850 MB for 100,000 entries). On what it accepts, it gives the values and lines the
 * yaml library gives.
 */
function readPlainLayout(text: string, onItem: (fields: Map<string, RawField>, line: number) => void): Map<string, RawField> | null {
  // Control characters, surrogates, non-characters, YAML's other line breaks: not for this reader.
  if (/[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/.test(text)) return null;
  const top = new Map<string, RawField>();
  let items = 0;
  let inEntries = false;
  let fields: Map<string, RawField> | null = null;
  let fieldsLine = 0;
  // Line by line, without an array of all the lines.
  for (let n = 0, from = 0; from <= text.length; n++) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    const line = text.slice(from, to);
    from = to + 1;
    if (BLANK_OR_COMMENT.test(line)) continue;
    let m: RegExpExecArray | null;
    if ((m = TOP_LINE.exec(line))) {
      const [, key, rest] = m as unknown as [string, string, string | undefined];
      if (!isPlainString(key) || top.has(key)) return null;
      if (fields) onItem(fields, fieldsLine);
      inEntries = key === 'entries' && rest === undefined;
      fields = null;
      if (inEntries) {
        top.set(key, { value: undefined, line: n + 1 });
        continue;
      }
      const value = rest === undefined ? FAIL : valueOf(rest);
      if (value === FAIL) return null;
      top.set(key, { value, line: n + 1 });
    } else if (inEntries && (m = ITEM_LINE.exec(line) ?? FIELD_LINE.exec(line))) {
      const [whole, key, rest] = m as unknown as [string, string, string | undefined];
      if (whole.startsWith('  - ')) {
        if (fields) onItem(fields, fieldsLine);
        fields = new Map();
        fieldsLine = n + 1;
        items++;
      }
      if (!fields || !isPlainString(key) || fields.has(key) || rest === undefined) return null;
      const value = valueOf(rest);
      if (value === FAIL) return null;
      fields.set(key, { value, line: n + 1 });
    } else return null;
  }
  if (fields) onItem(fields, fieldsLine);
  return top.has('entries') && items > 0 ? top : null;
}

const BLANK_OR_COMMENT = /^ *(?:#.*)?$/;
const TOP_LINE = /^([A-Za-z_]\w*):(?: +(.*))?$/;
const ITEM_LINE = /^ {2}- ([A-Za-z_]\w*):(?: +(.*))?$/;
const FIELD_LINE = /^ {4}([A-Za-z_]\w*):(?: +(.*))?$/;
/** A plain scalar that YAML reads as the string it is: starts with a letter, no indicator that could end it. */
const PLAIN = /^\p{L}[^#:,[\]{}"\\]*$/u;
/** Plain words YAML 1.2 (the core schema) reads as null or a boolean. */
const NOT_STRINGS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const FAIL = Symbol('not the plain layout');

const isPlainString = (s: string): boolean => PLAIN.test(s) && !NOT_STRINGS.has(s);

/**
 * The value after `key: `: a scalar, a flow list of scalars, or a flow mapping of plain keys to scalars (`source:
 * { ru: ГигаЧат, fr: GigaChat }`), as the yaml library reads it; FAIL otherwise.
 */
function valueOf(rest: string): unknown {
  const s = rest.replace(/ +$/, '');
  if (s.startsWith('{')) return flowMapping(s);
  if (!s.startsWith('[')) {
    const [value, end] = scalarAt(s, 0);
    return end === s.length ? value : FAIL;
  }
  const list: string[] = [];
  let i = 1;
  const skipSpaces = (): void => {
    while (s[i] === ' ') i++;
  };
  skipSpaces();
  if (s[i] === ']') return i === s.length - 1 ? list : FAIL;
  for (;;) {
    skipSpaces();
    const [value, end] = scalarAt(s, i, ']');
    if (value === FAIL) return FAIL;
    list.push(value);
    i = end;
    skipSpaces();
    if (s[i] === ']') return i === s.length - 1 ? list : FAIL;
    if (s[i] !== ',') return FAIL;
    i++;
  }
}

/** `{ key: scalar, ... }` with plain keys, each once (the whole of `s`); FAIL otherwise. */
function flowMapping(s: string): Record<string, string> | typeof FAIL {
  const map: Record<string, string> = {};
  let i = 1;
  const skipSpaces = (): void => {
    while (s[i] === ' ') i++;
  };
  skipSpaces();
  if (s[i] === '}') return i === s.length - 1 ? map : FAIL;
  for (;;) {
    skipSpaces();
    const key = FLOW_KEY.exec(s.slice(i))?.[1];
    if (key === undefined || !isPlainString(key) || Object.hasOwn(map, key)) return FAIL;
    i += key.length + 1; // the key and its colon
    skipSpaces();
    const [value, end] = scalarAt(s, i, '}');
    if (value === FAIL) return FAIL;
    map[key] = value;
    i = end;
    skipSpaces();
    if (s[i] === '}') return i === s.length - 1 ? map : FAIL;
    if (s[i] !== ',') return FAIL;
    i++;
  }
}

/** A key of a flow mapping, followed by its colon and a space: a letter, then letters, digits, `_` or `-`. */
const FLOW_KEY = /^(\p{L}[\p{L}\p{N}_-]*): /u;

/**
 * The scalar at `i` of `s` and where it ends: quoted (no escapes) or plain (in a flow list or mapping, up to `,`
 * or its closing bracket, `close`).
 */
function scalarAt(s: string, i: number, close?: ']' | '}'): [string | typeof FAIL, number] {
  const quote = s[i];
  if (quote === "'" || quote === '"') {
    let j = i + 1;
    for (;;) {
      const k = s.indexOf(quote, j);
      if (k < 0) return [FAIL, i];
      if (quote === "'" && s[k + 1] === "'") {
        j = k + 2; // '' is a quote inside single quotes
        continue;
      }
      const body = s.slice(i + 1, k);
      if (quote === '"' && body.includes('\\')) return [FAIL, i];
      return [quote === "'" ? body.replaceAll("''", "'") : body, k + 1];
    }
  }
  let end = close === ']' ? s.slice(i).search(/ *[,\]]/) : close === '}' ? s.slice(i).search(/ *[,}]/) : s.length - i;
  if (end < 0) return [FAIL, i];
  end += i;
  const plain = s.slice(i, end);
  return isPlainString(plain) ? [plain, end] : [FAIL, i];
}
