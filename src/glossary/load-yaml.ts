// YAML glossaries (the primary format, see the schema in types.ts), with a 1-based line for every entry and
// problem.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Glossary, GlossaryEntry, GlossaryProblem } from './types.js';
import { buildEntry, buildGlossary, GLOSSARY_FIELDS, ProblemSink, type RawField } from './entry.js';

export function loadYaml(text: string, file: string): { glossary: Glossary | null; problems: GlossaryProblem[] } {
  const sink = new ProblemSink(file);
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
  const out = new Map<string, RawField>();
  for (const pair of map.items) {
    const key = pair.key;
    const line = lineOf(key);
    if (!isScalar(key) || typeof key.value !== 'string') {
      sink.add('bad-value', line, 'field names must be plain strings');
      continue;
    }
    const v = pair.value as Node | null;
    const value: unknown = v && typeof (v as { toJS?: unknown }).toJS === 'function' ? v.toJS(doc) : v;
    out.set(key.value, { value, line });
  }
  return out;
}
