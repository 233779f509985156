import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryFormatOf, loadGlossaryFile, loadGlossaryText } from '../../src/glossary/load.js';
import { GlossaryMatcher } from '../../src/glossary/matcher.js';
import type { Glossary, GlossaryEntry } from '../../src/glossary/types.js';

const YAML = `name: tech-news
description: Brands and names in technology news
language: en
sourceLanguages: [fr, ru]
entries:
  - term: GigaChat
    variants: [Gigachat, Giga Chat]
    patterns: ['Giga[- ]?chat']
    case: exact
    category: terminology
    severity: major
    fix: safe
    alternatives: []
    source: { ru: ГигаЧат }
    note: Sber's chatbot brand.
  - term: it is about
    variants: [it is a question of]
    category: calque
    source: { fr: "il s'agit de" }
`;

function ok(text: string, file: string, format?: 'yaml' | 'csv' | 'tsv' | 'tbx'): Glossary {
  const { glossary, problems } = loadGlossaryText(text, file, format);
  expect(problems).toEqual([]);
  expect(glossary).not.toBeNull();
  return glossary!;
}

/** The fields that define an entry's behaviour (not where it was read). */
function essence(e: GlossaryEntry): Omit<GlossaryEntry, 'line' | 'index'> {
  const { line: _l, index: _i, ...rest } = e;
  return rest;
}

describe('YAML loader', () => {
  it('reads every field, fills defaults, and gives each entry its 1-based line', () => {
    const g = ok(YAML, 'g/tech.yaml');
    expect(g).toMatchObject({ name: 'tech-news', description: 'Brands and names in technology news', language: 'en', sourceLanguages: ['fr', 'ru'], file: 'g/tech.yaml' });
    expect(g.entries).toHaveLength(2);
    expect(g.entries[0]).toEqual({
      term: 'GigaChat',
      variants: ['Gigachat', 'Giga Chat'],
      patterns: ['Giga[- ]?chat'],
      case: 'exact',
      category: 'terminology',
      severity: 'major',
      fix: 'safe',
      alternatives: [],
      source: { ru: 'ГигаЧат' },
      note: "Sber's chatbot brand.",
      line: 6,
      index: 0,
    });
    // Defaults by category: a calque is minor and only suggested.
    expect(g.entries[1]).toMatchObject({ term: 'it is about', case: 'insensitive', category: 'calque', severity: 'minor', fix: 'suggest', patterns: [], note: null, line: 16, index: 1 });
  });

  it('defaults: language en, no source restriction, terminology entries are major and safe to fix', () => {
    const g = ok('name: x\nentries:\n  - term: Kyiv\n    variants: Kiev\n', 'x.yml');
    expect(g).toMatchObject({ language: 'en', sourceLanguages: null, description: null });
    expect(g.entries[0]).toMatchObject({ term: 'Kyiv', variants: ['Kiev'], category: 'terminology', severity: 'major', fix: 'safe', case: 'insensitive', source: {} });
  });

  it('reports a syntax error with its line and returns no glossary', () => {
    const { glossary, problems } = loadGlossaryText('name: x\nentries:\n  - term: [unclosed\n  - term: B\n', 'bad.yaml');
    expect(glossary).toBeNull();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: 'bad.yaml', code: 'syntax' });
    expect(problems[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a duplicate key as a syntax error', () => {
    const { problems } = loadGlossaryText('name: x\nname: y\nentries: []\n', 'dup.yaml');
    expect(problems[0]).toMatchObject({ code: 'syntax', line: 2 });
  });

  it('reports a missing name', () => {
    const { problems } = loadGlossaryText('entries:\n  - term: A\n', 'noname.yaml');
    expect(problems).toEqual([expect.objectContaining({ code: 'missing-name' })]);
  });

  it('reports wrong types with the field line', () => {
    const { problems } = loadGlossaryText('name: x\nentries:\n  - term: A\n    variants: { a: 1 }\n    note: 42\n', 'types.yaml');
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['bad-value', 4],
      ['bad-value', 5],
    ]);
  });

  it('drops a form with no text besides spaces and hyphens, with a problem on its line', () => {
    const { glossary, problems } = loadGlossaryText('term,variants\nGigaChat,- \u2013|Giga Chat\n\u00a0-\u00a0,x\n', 'f.csv');
    expect(glossary!.entries.map((e) => [e.term, e.variants])).toEqual([['GigaChat', ['Giga Chat']]]);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'variant "- \u2013" has no text besides spaces and hyphens'],
      [3, 'term "-" has no text besides spaces and hyphens'],
    ]);
  });

  it('keeps every code unit of long values, lone surrogates and non-Latin-1 text included', () => {
    const text = 'name: s\nentries:\n  - term: "abcdefghijklmno\\ud800xyz"\n    note: "Ünïcödé nötè thät is löng ÿ"\n    variants: ["Кириллица длинная строка", " padded and long enough "]\n';
    expect(ok(text, 's.yaml').entries[0]).toMatchObject({
      term: 'abcdefghijklmno\ud800xyz',
      note: 'Ünïcödé nötè thät is löng ÿ',
      variants: ['Кириллица длинная строка', 'padded and long enough'],
    });
  });

  it('reads flow mappings line by line as the yaml library reads them, problems and lines included', () => {
    const sources = [
      `source: { fr: il s'agit de, ru: "ГигаЧат" }`,
      'source: {}',
      'source: {fr: x}',
      'source: {  fr:   spaced   ,   pt-BR:  y  }',
      `source: { fr: a b c, de: 'it''s' }`,
      'source: { Fr: x }',
      'note: { a: b }',
      // Not for the line reader: the library reads them.
      'source: { fr: x, fr: y }',
      'source: { fr: x, }',
      'source: { fr: [a, b] }',
      'source: { fr: true }',
      'source: { fr:x }',
      'source: { fr: x } # c',
    ];
    for (const line of sources) {
      const text = (name: string): string => `name: ${name}\nentries:\n  - term: GigaChat\n    variants: [Gigachat]\n    ${line}\n  - term: Other\n`;
      // A comment after a value is not the plain layout: the second text goes to the yaml library.
      expect(loadGlossaryText(text('t'), 'f.yaml')).toEqual(loadGlossaryText(text('t # by the library'), 'f.yaml'));
    }
    expect(loadGlossaryText('name: t\nentries:\n  - term: A\n    source: { fr: x, ru: y }\n', 'f.yaml').glossary!.entries[0]!.source).toEqual({ fr: 'x', ru: 'y' });
  });
});

describe('CSV and TSV loaders', () => {
  const CSV = [
    'term,variants,patterns,case,category,severity,fix,alternatives,source,note',
    'GigaChat,Gigachat|Giga Chat,Giga[- ]?chat,exact,terminology,major,safe,,ru:ГигаЧат,Sber\'s chatbot brand.',
    '',
    '"it is about","it is a question of",,,calque,,,,"fr:il s\'agit de",',
  ].join('\n');

  it('reads a header row naming the fields; lists split on |; the name is the file base name', () => {
    const g = ok(CSV, 'dir/tech-news.csv');
    expect(g.name).toBe('tech-news');
    expect(g.entries.map(essence)).toEqual(ok(YAML, 'tech.yaml').entries.map(essence));
    expect(g.entries.map((e) => e.line)).toEqual([2, 4]);
  });

  it('reads TSV the same way (no quoting)', () => {
    const tsv = CSV.replace(/,/g, '\t').replace(/"/g, '');
    const g = ok(tsv, 'tech-news.tsv');
    expect(g.entries.map(essence)).toEqual(ok(YAML, 'tech.yaml').entries.map(essence));
  });

  it('reads glossary columns, source:xx columns, and splits patterns only at top-level |', () => {
    const g = ok('name,sourceLanguages,term,source:fr,patterns\nmy-names,fr|de,Beijing,Pékin,(Pe|Pé)kin|Peking\n,,Munich,Munich,\n', 'x.csv');
    expect(g).toMatchObject({ name: 'my-names', sourceLanguages: ['fr', 'de'] });
    expect(g.entries[0]).toMatchObject({ term: 'Beijing', source: { fr: 'Pékin' }, patterns: ['(Pe|Pé)kin', 'Peking'] });
  });

  it('reports unknown columns, rows without a term, bad values and CSV syntax errors with their lines', () => {
    const { problems } = loadGlossaryText('term,varients,severity\nA,x,major\n,y,minor\nB,,huge\n', 'p.csv');
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['unknown-field', 1],
      ['missing-term', 3],
      ['bad-value', 4],
    ]);
    const bad = loadGlossaryText('term,variants\nA,"unclosed\n', 'q.csv');
    expect(bad.glossary).toBeNull();
    expect(bad.problems[0]).toMatchObject({ code: 'syntax', file: 'q.csv' });
  });
});

describe('TBX loader', () => {
  const TBX2 = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="ru">
  <martifHeader><fileDesc><titleStmt><title>Tech news</title></titleStmt></fileDesc></martifHeader>
  <text><body>
    <termEntry id="c1">
      <descrip type="definition">Sber's chatbot brand.</descrip>
      <langSet xml:lang="ru">
        <tig><term>ГигаЧат</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
      </langSet>
      <langSet xml:lang="en-US">
        <tig><term>GigaChat</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>Gigachat</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
        <ntig><termGrp><term>Giga Chat</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termGrp></ntig>
      </langSet>
    </termEntry>
    <termEntry id="c2">
      <langSet xml:lang="fr"><tig><term>Kiev</term></tig></langSet>
      <langSet xml:lang="en">
        <tig><term>Kiev</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
        <tig><term>Kyiv</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>Kiyv</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
      <note>Official spelling since 2019.</note>
    </termEntry>
  </body></text>
</martif>
`;

  it('maps preferred / deprecated / admitted terms of TBX v2 to term / variants / alternatives', () => {
    const g = ok(TBX2, 'terms/tech.tbx');
    expect(g).toMatchObject({ name: 'tech', description: 'Tech news', language: 'en', sourceLanguages: null });
    expect(g.entries).toHaveLength(2);
    expect(g.entries[0]).toMatchObject({
      term: 'GigaChat',
      variants: ['Gigachat', 'Giga Chat'],
      alternatives: [],
      source: { ru: 'ГигаЧат' },
      note: "Sber's chatbot brand.",
      line: 6,
    });
    expect(g.entries[1]).toMatchObject({ term: 'Kyiv', alternatives: ['Kiev'], variants: ['Kiyv'], source: { fr: 'Kiev' }, note: 'Official spelling since 2019.', line: 17 });
  });

  it('reads TBX v3 (conceptEntry / langSec / termSec)', () => {
    const v3 = `<?xml version="1.0"?>
<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="1">
      <langSec xml:lang="de"><termSec><term>Peking</term></termSec></langSec>
      <langSec xml:lang="en">
        <termSec><term>Beijing</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>Peking</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>`;
    const g = ok(v3, 'names.xml');
    expect(g.entries[0]).toMatchObject({ term: 'Beijing', variants: ['Peking'], source: { de: 'Peking' }, line: 5 });
  });

  it('a preferred and a deprecated term for one concept give the same entry, and the same hits, as the YAML', () => {
    const tbx = `<martif type="TBX-Basic"><text><body>
<termEntry>
  <langSet xml:lang="en">
    <tig><term>YandexGPT</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    <tig><term>Yandex GPT</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
  </langSet>
</termEntry>
</body></text></martif>`;
    const fromTbx = ok(tbx, 'y.tbx');
    const fromYaml = ok('name: y\nentries:\n  - term: YandexGPT\n    variants: [Yandex GPT]\n', 'y.yaml');
    expect(fromTbx.entries.map(essence)).toEqual(fromYaml.entries.map(essence));
    const text = 'Yandex GPT lags while YandexGPT leads; Yandex-GPT too.';
    const hits = (g: Glossary) => GlossaryMatcher.compile([g]).match(text).map((h) => [h.kind, h.matched, h.start]);
    expect(hits(fromTbx)).toEqual(hits(fromYaml));
    expect(hits(fromTbx)).toEqual([
      ['variant', 'Yandex GPT', 0],
      ['term', 'YandexGPT', 22],
      ['variant', 'Yandex-GPT', 39],
    ]);
  });

  it('reports XML errors with their line, unknown statuses, and concepts without an English term', () => {
    const broken = loadGlossaryText('<martif>\n<text>\n<body>\n</text>\n</martif>', 'b.tbx');
    expect(broken.glossary).toBeNull();
    expect(broken.problems[0]).toMatchObject({ code: 'syntax', line: 4 });
    const { problems } = loadGlossaryText(
      `<martif><text><body>
<termEntry><langSet xml:lang="fr"><tig><term>Moscou</term></tig></langSet></termEntry>
<termEntry><langSet xml:lang="en"><tig><term>Moscow</term><termNote type="administrativeStatus">favouriteTerm</termNote></tig></langSet></termEntry>
</body></text></martif>`,
      'c.tbx',
    );
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['missing-term', 2],
      ['bad-value', 3],
    ]);
  });
});

describe('format and files', () => {
  it('picks the format from the extension', () => {
    expect(['a.yaml', 'a.YML', 'a.csv', 'a.tsv', 'a.tbx', 'a.xml', 'a.txt'].map(glossaryFormatOf)).toEqual(['yaml', 'yaml', 'csv', 'tsv', 'tbx', 'tbx', null]);
    expect(loadGlossaryText('x', 'a.txt').problems[0]).toMatchObject({ code: 'unreadable' });
  });

  it('reads files as strict UTF-8 and reports unreadable ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlint-glossary-'));
    const good = join(dir, 'g.yaml');
    writeFileSync(good, '\uFEFFname: g\nentries:\n  - term: Kyiv\n');
    expect(loadGlossaryFile(good).glossary?.entries[0]?.term).toBe('Kyiv');
    const latin1 = join(dir, 'l.yaml');
    writeFileSync(latin1, Buffer.from('name: g\nentries:\n  - term: M\xfcnchen\n', 'latin1'));
    expect(loadGlossaryFile(latin1)).toEqual({ glossary: null, problems: [expect.objectContaining({ code: 'unreadable', file: latin1 })] });
    expect(loadGlossaryFile(join(dir, 'missing.yaml')).problems[0]).toMatchObject({ code: 'unreadable', line: null });
  });
});
