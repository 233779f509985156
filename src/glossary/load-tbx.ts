// TBX (ISO 30042 TermBase eXchange), the basic dialect CAT tools export, v2 (`martif`) and v3 (`tbx`):
//
//   termEntry | conceptEntry                      one concept = one glossary entry (its line = the entry's line)
//     langSet | langSec  xml:lang="en"            one language
//       tig | ntig | termSec                      one term
//         term                                    the term text
//         termNote type="administrativeStatus"    preferredTerm-admn-sts | admittedTerm-admn-sts |
//                                                 deprecatedTerm-admn-sts | supersededTerm-admn-sts
//                                                 (also type="normativeAuthorization" with preferredTerm, ...,
//                                                 and the DCT style <administrativeStatus> element)
//     descrip type="definition" | definition | note    -> the entry's note (definitions first)
//
// Mapping, for the glossary language `en` (all `en-*` language sets together, in document order):
// - term: the first preferred term; without one, the first term with no status or an admitted one;
// - variants: deprecated and superseded terms (wrong forms);
// - alternatives: the other acceptable terms (preferred, admitted, legal, regulated, or without status);
// - source: for every other language, its preferred term (else its first acceptable term);
// - the rest takes the defaults: category terminology, case insensitive. Name: the file's base name; description:
//   the header's title. A concept without an acceptable English term is a `missing-term` problem.
import { saxesLib } from '../lazy.js';
import type { Glossary, GlossaryEntry, GlossaryProblem } from './types.js';
import { buildEntry, buildGlossary, ProblemSink, type RawField } from './entry.js';

const TARGET = 'en';

type Status = 'preferred' | 'admitted' | 'deprecated' | null;

const STATUS: Record<string, Status> = {
  preferredterm: 'preferred',
  preferred: 'preferred',
  standardizedterm: 'preferred',
  admittedterm: 'admitted',
  admitted: 'admitted',
  legalterm: 'admitted',
  regulatedterm: 'admitted',
  deprecatedterm: 'deprecated',
  deprecated: 'deprecated',
  supersededterm: 'deprecated',
  superseded: 'deprecated',
};

interface TermRec {
  text: string;
  status: Status;
}
interface LangRec {
  lang: string;
  terms: TermRec[];
}
interface Concept {
  line: number;
  langs: LangRec[];
  definitions: string[];
  notes: string[];
}
interface Capture {
  kind: 'term' | 'status' | 'definition' | 'note' | 'title';
  depth: number;
  text: string;
  line: number;
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);
const primary = (lang: string): string => lang.toLowerCase().split(/[-_]/)[0]!;

export function loadTbx(text: string, file: string): { glossary: Glossary | null; problems: GlossaryProblem[] } {
  const sink = new ProblemSink(file);
  const parser = new (saxesLib().SaxesParser)({ position: true });
  let fatal = false;
  let depth = 0;
  let rootSeen = false;
  let title: string | null = null;
  let concept: Concept | null = null;
  let lang: LangRec | null = null;
  let term: TermRec | null = null;
  let capture: Capture | null = null;
  let lastStart = 1; // line of the tag being opened
  const entries: GlossaryEntry[] = [];

  parser.on('error', (e) => {
    if (!fatal) sink.add('syntax', parser.line || null, `XML syntax error: ${e.message.replace(/^\d+:\d+: /, '')}`);
    fatal = true;
  });
  parser.on('opentagstart', () => {
    lastStart = parser.line;
  });
  parser.on('opentag', (tag) => {
    depth++;
    if (fatal) return;
    const name = localName(tag.name);
    const attrs = tag.attributes as Record<string, string>;
    if (!rootSeen) {
      rootSeen = true;
      if (name !== 'martif' && name !== 'tbx') sink.add('syntax', lastStart, `not a TBX file: the root element is <${tag.name}>, not <martif> or <tbx>`);
    }
    if (name === 'termEntry' || name === 'conceptEntry') {
      concept = { line: lastStart, langs: [], definitions: [], notes: [] };
      lang = null;
      term = null;
    } else if ((name === 'langSet' || name === 'langSec') && concept) {
      const l = attrs['xml:lang'] ?? attrs['lang'];
      if (!l) sink.add('bad-value', lastStart, `<${tag.name}> has no xml:lang attribute`);
      lang = { lang: l ?? '', terms: [] };
      concept.langs.push(lang);
    } else if ((name === 'tig' || name === 'ntig' || name === 'termSec') && lang) {
      term = { text: '', status: null };
      lang.terms.push(term);
    } else if (name === 'term' && term && !capture) {
      capture = { kind: 'term', depth, text: '', line: lastStart };
    } else if (term && !capture && ((name === 'termNote' && (attrs['type'] === 'administrativeStatus' || attrs['type'] === 'normativeAuthorization')) || name === 'administrativeStatus' || name === 'normativeAuthorization')) {
      capture = { kind: 'status', depth, text: '', line: lastStart };
    } else if (concept && !capture && ((name === 'descrip' && attrs['type'] === 'definition') || name === 'definition')) {
      if (!lang || primary(lang.lang) === TARGET) capture = { kind: 'definition', depth, text: '', line: lastStart };
    } else if (concept && !capture && name === 'note') {
      if (!lang || primary(lang.lang) === TARGET) capture = { kind: 'note', depth, text: '', line: lastStart };
    } else if (!concept && !capture && name === 'title' && title === null) {
      capture = { kind: 'title', depth, text: '', line: lastStart };
    }
  });
  const onText = (t: string): void => {
    if (capture) capture.text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (!fatal) {
      if (capture && capture.depth === depth) {
        const value = capture.text.replace(/\s+/g, ' ').trim();
        if (capture.kind === 'term' && term) term.text = value;
        else if (capture.kind === 'status' && term) {
          const key = value.replace(/-admn-sts$/i, '').toLowerCase();
          const status = STATUS[key];
          if (status === undefined) sink.add('bad-value', capture.line, `unknown administrative status "${value}" (expected preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts or supersededTerm-admn-sts)`);
          else term.status = status;
        } else if (capture.kind === 'definition' && concept && value) concept.definitions.push(value);
        else if (capture.kind === 'note' && concept && value) concept.notes.push(value);
        else if (capture.kind === 'title' && value) title = value;
        capture = null;
      }
      if (name === 'termEntry' || name === 'conceptEntry') {
        if (concept) {
          const entry = conceptEntry(sink, concept, entries.length);
          if (entry) entries.push(entry);
        }
        concept = null;
        lang = null;
        term = null;
      } else if (name === 'langSet' || name === 'langSec') {
        lang = null;
        term = null;
      } else if (name === 'tig' || name === 'ntig' || name === 'termSec') term = null;
    }
    depth--;
  });
  try {
    parser.write(text).close();
  } catch (e) {
    if (!fatal) sink.add('syntax', parser.line || null, `XML syntax error: ${(e as Error).message}`);
    fatal = true;
  }
  if (!fatal && !rootSeen) {
    sink.add('syntax', 1, 'not a TBX file: no root element');
    fatal = true;
  }
  if (fatal) return { glossary: null, problems: sink.problems };
  const top = new Map<string, RawField>();
  if (title) top.set('description', { value: title, line: null });
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return { glossary: buildGlossary(sink, top, entries, base || 'glossary'), problems: sink.problems };
}

function conceptEntry(sink: ProblemSink, c: Concept, index: number): GlossaryEntry | null {
  const target: TermRec[] = [];
  const others = new Map<string, TermRec[]>();
  for (const l of c.langs) {
    const p = primary(l.lang);
    const terms = l.terms.filter((t) => t.text);
    if (p === TARGET) target.push(...terms);
    else if (p) others.set(p, [...(others.get(p) ?? []), ...terms]);
  }
  const acceptable = target.filter((t) => t.status !== 'deprecated');
  const main = acceptable.find((t) => t.status === 'preferred') ?? acceptable.find((t) => t.status === null) ?? acceptable[0];
  const fields = new Map<string, RawField>();
  const line = c.line;
  if (!main) {
    sink.add('missing-term', line, target.length ? 'concept has only deprecated English terms: no preferred term' : 'concept has no English term');
    return null;
  }
  const seen = new Set([main.text]);
  const uniq = (list: TermRec[]): string[] =>
    list
      .map((t) => t.text)
      .filter((t) => {
        if (seen.has(t)) return false;
        seen.add(t);
        return true;
      });
  fields.set('term', { value: main.text, line });
  const alternatives = uniq(acceptable.filter((t) => t !== main));
  const variants = uniq(target.filter((t) => t.status === 'deprecated'));
  if (variants.length) fields.set('variants', { value: variants, line });
  if (alternatives.length) fields.set('alternatives', { value: alternatives, line });
  const source: Record<string, string> = {};
  for (const [l, terms] of others) {
    const ok = terms.filter((t) => t.status !== 'deprecated');
    const pick = ok.find((t) => t.status === 'preferred') ?? ok[0] ?? terms[0];
    if (pick) source[l] = pick.text;
  }
  if (Object.keys(source).length) fields.set('source', { value: source, line });
  const note = [...c.definitions, ...c.notes].join(' ');
  if (note) fields.set('note', { value: note, line });
  return buildEntry(sink, fields, line, index);
}
