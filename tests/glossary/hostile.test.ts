// Hostile glossaries: each gives a clear problem or a correct result, in bounded time and memory, and reads nothing
// but the glossary itself.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGlossaryFile, loadGlossaryText } from '../../src/glossary/load.js';
import { GlossaryMatcher } from '../../src/glossary/matcher.js';
import { yamlGlossary } from '../helpers/glossary.js';

const tbx = (doctype: string, term: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${doctype}\n<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">` +
  `<text><body><conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>${term}</term></termSec></langSec></conceptEntry></body></text></tbx>\n`;

describe('YAML', () => {
  it('refuses an alias bomb (billion laughs) with a problem, without expanding it', () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const text = `name: bomb\n${levels.join('\n')}\nentries:\n  - term: Foo\n    note: *j\n`;
    const { problems } = loadGlossaryText(text, 'bomb.yaml');
    expect(problems).toContainEqual(expect.objectContaining({ file: 'bomb.yaml', code: 'syntax', line: 14, message: expect.stringMatching(/alias/i) }));
  });

  it('reports nesting 10,000 levels deep as a syntax problem', () => {
    const flow = `name: deep\nentries:\n  - term: Foo\n    note: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    expect(loadGlossaryText(flow, 'flow.yaml')).toEqual({ glossary: null, problems: [expect.objectContaining({ code: 'syntax', line: 4 })] });
    const block = `name: deep\nentries:\n  - term: Foo\n    note:\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(6 + i)}- `).join('\n')}x\n`;
    const r = loadGlossaryText(block, 'block.yaml');
    expect(r.glossary).toBeNull();
    expect(r.problems[0]).toMatchObject({ code: 'syntax', file: 'block.yaml' });
  });
});

describe('TBX', () => {
  it('never reads an external entity: a SYSTEM entity is an undefined entity, and the file stays unread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlint-tbx-'));
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'TOP-SECRET-CONTENT');
    for (const doctype of [
      `<!DOCTYPE tbx [<!ENTITY x SYSTEM "${pathToFileURL(secret).href}">]>`,
      '<!DOCTYPE tbx [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
      `<!DOCTYPE tbx SYSTEM "${pathToFileURL(secret).href}">`,
      `<!DOCTYPE tbx [<!ENTITY % p SYSTEM "${pathToFileURL(secret).href}"> %p;]>`,
    ]) {
      const file = join(dir, 'x.tbx');
      writeFileSync(file, tbx(doctype, doctype.includes('&') || doctype.includes('ENTITY x') ? 'Foo &x;' : 'Foo'));
      const result = loadGlossaryFile(file);
      expect(JSON.stringify(result)).not.toContain('TOP-SECRET');
      expect(JSON.stringify(result)).not.toContain('root:');
      if (doctype.includes('ENTITY x')) expect(result).toEqual({ glossary: null, problems: [expect.objectContaining({ code: 'syntax', message: expect.stringMatching(/undefined entity/) })] });
    }
  });

  it('refuses an entity bomb without expanding it', () => {
    const entities = ['<!ENTITY l0 "lol">'];
    for (let i = 1; i < 10; i++) entities.push(`<!ENTITY l${i} "${Array(10).fill(`&l${i - 1};`).join('')}">`);
    const { glossary, problems } = loadGlossaryText(tbx(`<!DOCTYPE tbx [${entities.join('')}]>`, 'Foo &l9;'), 'bomb.tbx');
    expect(glossary).toBeNull();
    expect(problems).toEqual([expect.objectContaining({ code: 'syntax', line: 3 })]);
  });

  it('reads 100,000 nested elements without recursing', () => {
    const text = `<?xml version="1.0"?><tbx>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</tbx>`;
    expect(loadGlossaryText(text, 'deep.tbx')).toMatchObject({ glossary: { entries: [] } });
  });
});

describe('patterns', () => {
  it('run on a linear engine: a pattern that backtracks exponentially in JavaScript is instant', () => {
    const g = yamlGlossary('name: re\nentries:\n  - term: b\n    patterns: ["(a+)+c", "(a|aa)+d"]\n');
    const matcher = GlossaryMatcher.compile([g]);
    const text = `${'a'.repeat(5000)}!`;
    expect(matcher.match(text)).toEqual([]); // 2^5000 steps for a backtracking engine
    expect(matcher.match(`${'a'.repeat(5000)}c`)).toHaveLength(1);
  });
});

describe('CSV', () => {
  it('reads a large CSV row by row, with the right line for every row past skipped empty lines', () => {
    const rows = 20_000;
    const lines = ['term,variants,note,severity'];
    for (let i = 0; i < rows; i++) lines.push(i % 1000 === 999 ? `Term${i},Term${i}x,,\n` : `Term${i},Term${i}x|Term${i}y,n${i},`);
    lines.push('Bad,"Bad x",,huge'); // an unknown severity: a problem on the last line
    const text = `${lines.join('\n')}\n`;
    const { glossary, problems } = loadGlossaryText(text, 'big.csv');
    expect(glossary!.entries).toHaveLength(rows + 1);
    expect(glossary!.entries[rows - 1]).toMatchObject({ term: `Term${rows - 1}`, line: rows + rows / 1000 }); // rows / 1000 - 1 empty lines before it
    expect(problems).toEqual([expect.objectContaining({ line: rows + rows / 1000 + 2 })]);
  });

  it('reports the header problems first; a column without a name only when a row fills it', () => {
    const text = 'term,,bogus,\nFoo,,,\nBar,x,,\n';
    expect(loadGlossaryText(text, 'h.csv').problems.map((p) => [p.line, p.message])).toEqual([
      [1, 'column 2 has no name'],
      [1, expect.stringContaining('unknown column "bogus"')],
    ]);
  });
});

describe('invalid UTF-8', () => {
  it('is an unreadable glossary in every format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlint-utf8-'));
    for (const name of ['g.yaml', 'g.csv', 'g.tsv', 'g.tbx']) {
      const file = join(dir, name);
      writeFileSync(file, Buffer.concat([Buffer.from('term\n'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('\n')]));
      expect(loadGlossaryFile(file)).toEqual({ glossary: null, problems: [expect.objectContaining({ code: 'unreadable', message: 'the glossary is not valid UTF-8' })] });
    }
  });
});
