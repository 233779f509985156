// Hostile Markdown structure: deep nesting of block quotes and lists, long runs of emphasis marks and of failed
// links finish in bounded time and memory, either parsed as Markdown or checked as plain text with a notice.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/run.js';
import { parseDocument } from '../../src/formats/index.js';
import { MAX_INLINE_STARTS, MAX_NESTING, markdownMasks, structureLimit } from '../../src/formats/markdown.js';
import { join, mtlint, tempDir } from '../cli/helpers.js';

const masked = (text: string) => parseDocument(text, 'markdown').masks.map((m) => text.slice(m.start, m.end));

describe('Markdown nesting', () => {
  it('reads 10,000 nested block quotes as plain text, with a notice, instead of overflowing the stack', () => {
    const text = `${'>'.repeat(10_000)} The the text with \`code\` and https://example.com/x`;
    const doc = parseDocument(text, 'markdown');
    expect(doc.notices).toEqual([{ key: 'markdownTooDeep', data: { line: 1, limit: MAX_NESTING } }]);
    // Plain text: the URL is still masked, the code span is not (it is not parsed).
    expect(doc.masks.map((m) => text.slice(m.start, m.end))).toEqual(['https://example.com/x']);
    const findings = checkText(text, { format: 'markdown', lang: 'en' });
    expect(findings.map((f) => f.ruleId)).toContain('repeated-word');
  });

  it('parses nesting up to the limit as Markdown and stops one level past it', () => {
    expect(masked(`${'>'.repeat(MAX_NESTING)} a \`code\` span`)).toEqual(['`code`']);
    expect(parseDocument(`${'>'.repeat(MAX_NESTING)} a \`code\` span`, 'markdown').notices).toEqual([]);
    expect(parseDocument(`${'>'.repeat(MAX_NESTING + 1)} a \`code\` span`, 'markdown').notices).toHaveLength(1);
    // Lists: each level indented two more columns.
    const list = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- item \`c${i}\``).join('\n');
    expect(masked(list(MAX_NESTING))).toHaveLength(MAX_NESTING);
    expect(structureLimit(list(MAX_NESTING))).toBeNull();
    expect(structureLimit(list(MAX_NESTING + 1))).toEqual({ key: 'markdownTooDeep', data: { line: MAX_NESTING + 1, limit: MAX_NESTING } });
  });

  it('stops a staircase of 1,000 block-quote levels and 1,000 nested list levels before parsing them', () => {
    const stairs = Array.from({ length: 1000 }, (_, i) => `${'>'.repeat(i)} line ${i}`).join('\n');
    expect(structureLimit(stairs)).toEqual({ key: 'markdownTooDeep', data: { line: MAX_NESTING + 2, limit: MAX_NESTING } });
    const lists = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
    expect(lists.length).toBeGreaterThan(1_000_000);
    const doc = parseDocument(lists, 'markdown');
    expect(doc.notices).toEqual([{ key: 'markdownTooDeep', data: { line: MAX_NESTING + 1, limit: MAX_NESTING } }]);
  });

  it('checks a line indented by thousands of spaces in time linear in them (the indentation is no finding)', () => {
    // repeated-whitespace once looked back over the run from every position in it: time cubic in the run.
    const text = `${' '.repeat(5000)}- item  two\n`;
    expect(checkText(text, { lang: 'en' }).map((f) => [f.ruleId, f.start])).toEqual([['repeated-whitespace', 5006]]);
  });

  it('does not count indentation, quotes or markers of an ordinary document as deep nesting', () => {
    const text = '> quote\n> > nested\n\n- a\n  - b\n    - c\n      1. d\n\n        indented code\n\n```\n' + ' '.repeat(150) + 'x\n```\n';
    expect(structureLimit(text)).toBeNull();
  });
});

describe('Markdown inline runs', () => {
  it('parses `*_` repeated 20,000 times without pairing emphasis (which masks nothing)', () => {
    const text = `${'*_'.repeat(20_000)} and \`code\``;
    expect(parseDocument(text, 'markdown').notices).toEqual([]);
    expect(masked(text)).toEqual(['`code`']);
  });

  it('keeps the masks of links and code inside emphasis', () => {
    const text = '**[the *link*](https://x.org/a "t")** and _`code`_ and ![*alt*](i.png) [*ref*][r]\n\n[r]: https://x.org\n';
    expect(masked(text)).toEqual(['[', '](https://x.org/a "t")', '`code`', '![*alt*](i.png)', '[', '][r]', '[r]: https://x.org']);
  });

  it('reads a paragraph of 100,000 `[a](` as plain text, with a notice', () => {
    const text = `Intro paragraph with \`code\`.\n\n${'[a]('.repeat(100_000)}\n`;
    expect(parseDocument(text, 'markdown').notices).toEqual([{ key: 'markdownTooManyInline', data: { line: 3, limit: MAX_INLINE_STARTS } }]);
    expect(masked(text)).toEqual([]);
  });

  it('counts the marks per paragraph: paragraphs below the limit are parsed whatever their sum', () => {
    // Three quarters of the limit in each paragraph, one and a half times the limit in the document.
    const paragraph = `${'Wow! '.repeat((3 * MAX_INLINE_STARTS) / 4)}[link](https://x.org) and \`code\``;
    const { masks, notices } = markdownMasks(`${paragraph}\n\n${paragraph}\n`);
    expect(notices).toEqual([]);
    expect(masks).toHaveLength(6); // `[`, `](https://x.org)`, `` `code` `` in each
  });
});

describe('the CLI', () => {
  it('says on stderr which Markdown file it checked as plain text, and checks it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'deep.md'), `${'>'.repeat(10_000)} the the end\n`);
    writeFileSync(join(dir, 'good.md'), 'A fine text.\n');
    const r = mtlint(['check', '--lang', 'en', '--no-default-glossaries', join(dir, 'deep.md'), join(dir, 'good.md')]);
    expect(r.stderr).toBe(`mtlint: ${join(dir, 'deep.md')}: line 1: Markdown nested deeper than ${MAX_NESTING} levels: checked as plain text\n`);
    expect(r.stdout).toContain('repeated-word');
    expect(r.stdout).toContain('2 files');
  });
});
