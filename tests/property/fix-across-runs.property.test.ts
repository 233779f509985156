// `fix` is a fixed point across runs: fixing the output of `fix` again, in a new run that identifies the language
// and infers the source again on the cleaned text (as a second `mtlint fix` process does), changes nothing. Over
// 1,000 generated texts (every corpus article: tests/cli/corpus.test.ts; two CLI processes: tests/cli/languages): corpus lines mixed with artefacts (no-break spaces, soft hyphens,
// zero-width spaces, emoji, doubled words and spaces, tokenised punctuation, guillemets, source-language numbers and
// names), CRLF, BOM and Markdown. Before, a second run changed 6 of 200 such texts: the source inferred on the
// cleaned text was not the one inferred on the input, and other fixes applied.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixTextWith } from '../../src/core/run.js';
import { decode, isInputError } from '../../src/cli/read.js';
import { glossaryFiles, loadGlossaries, SHIPPED_DIR } from '../../src/cli/glossaries.js';
import type { Format } from '../../src/formats/index.js';

const CORPUS = join(import.meta.dirname, '../../corpus');
const articles = readdirSync(CORPUS)
  .filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md')
  .map((f) => ({ name: f, text: readFileSync(join(CORPUS, f), 'utf8'), format: (f.endsWith('.md') ? 'markdown' : 'text') as Format }));
const LINES = articles.flatMap((a) => a.text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== ''));
const glossaries = loadGlossaries(glossaryFiles(SHIPPED_DIR)).glossaries;

/** What `mtlint fix` (defaults: --lang auto, no --source-lang, the shipped glossaries) writes for `text`. */
function fix(text: string, format: Format): string {
  const bytes = new TextEncoder().encode(text);
  const d = decode(bytes, 'prop.txt');
  if (isInputError(d)) throw new Error(d.key);
  const out = fixTextWith(d.text, { format, lang: 'auto', sourceLang: 'auto', glossaries }).output;
  return d.bom ? '\uFEFF' + out : out;
}

/** The first place where two texts differ, with some context, for a readable failure. */
function firstDifference(a: string, b: string): string {
  let s = 0;
  while (s < a.length && a[s] === b[s]) s++;
  return `${JSON.stringify(a.slice(Math.max(0, s - 40), s + 40))} -> ${JSON.stringify(b.slice(Math.max(0, s - 40), s + 40))}`;
}

function expectFixedPoint(text: string, format: Format): void {
  const once = fix(text, format);
  const twice = fix(once, format);
  if (twice !== once) expect.fail(`a second run changed the output: ${firstDifference(once, twice)}`);
}

// Each plant damages a line at a place chosen by `n`; it returns the line unchanged when the place does not exist.
type Plant = (line: string, n: number) => string;
const EMOJI = ['🚆', '👍🏽', '👨‍👩‍👧', '🇫🇷', '❤️'];
const TAILS = [', up 3,5 % on the year.', ' (25.000 people).', ' said Пресков.', ' : why ?', ', said Poutine.', ' , 1,5 million euros.'];
const MARKDOWN: ((w: string) => string)[] = [(w) => `**${w}**`, (w) => `\`${w}\``, (w) => `[${w}](https://example.org/${w})`, (w) => `_${w}_`];

function nth(line: string, re: RegExp, n: number): RegExpExecArray | null {
  const all = [...line.matchAll(re)];
  return all.length ? (all[n % all.length] as RegExpExecArray) : null;
}
const at = (re: RegExp, edit: (line: string, m: RegExpExecArray, n: number) => string): Plant => (line, n) => {
  const m = nth(line, re, n);
  return m ? edit(line, m, n) : line;
};
const insert = (line: string, i: number, what: string): string => line.slice(0, i) + what + line.slice(i);
const BETWEEN_WORDS = /(?<=\p{L}) (?=\p{L})/gu;

const plants: Plant[] = [
  at(BETWEEN_WORDS, (l, m) => `${l.slice(0, m.index)}\u00a0${l.slice(m.index + 1)}`), // no-break space
  at(/(?<=\p{L}{3})(?=\p{L}{3})/gu, (l, m) => insert(l, m.index, '\u00ad')), // soft hyphen in a word
  at(BETWEEN_WORDS, (l, m) => insert(l, m.index + 1, '\u00ad ')), // soft hyphen between two spaces
  at(BETWEEN_WORDS, (l, m) => insert(l, m.index, '\u200b')), // zero-width space
  at(/ /g, (l, m, n) => insert(l, m.index, ` ${EMOJI[n % EMOJI.length]}`)), // emoji
  at(/ /g, (l, m) => insert(l, m.index, ' ')), // double space
  at(/[,.:;?!](?= |$)/g, (l, m) => insert(l, m.index, ' ')), // space before punctuation
  at(/(?<=\p{L}) (?=\p{L}{4})/gu, (l, m) => insert(l, m.index + 1, `${/\p{L}+/u.exec(l.slice(m.index + 1))![0]} `)), // doubled word
  at(/(?<=\p{L})-(?=\p{L})/gu, (l, m) => `${l.slice(0, m.index)} - ${l.slice(m.index + 1)}`), // tokenised hyphen
  at(/(?<= )\p{L}+ \p{L}+(?=[ ,.])/gu, (l, m) => `${l.slice(0, m.index)}« ${m[0]} »${l.slice(m.index + m[0].length)}`), // guillemets
  at(/(?<= )\p{L}+ \p{L}+(?=[ ,.])/gu, (l, m) => `${l.slice(0, m.index)}"${m[0]}"${l.slice(m.index + m[0].length)}`), // straight quotes
  (l, n) => l.replace(/\.$/, '') + TAILS[n % TAILS.length]!, // source numbers, names, French spacing
  (l, n) => ['# ', '## ', '- ', '> ', '1. '][n % 5] + l, // Markdown block
  at(/(?<= )\p{L}{4,}(?= )/gu, (l, m, n) => `${l.slice(0, m.index)}${MARKDOWN[n % MARKDOWN.length]!(m[0])}${l.slice(m.index + m[0].length)}`), // inline Markdown
];

/** A line of the corpus cut after a sentence or two (short texts keep the test fast), with up to three plants. */
const line = fc
  .tuple(fc.nat(LINES.length - 1), fc.nat(), fc.array(fc.tuple(fc.nat(plants.length - 1), fc.nat()), { maxLength: 3 }))
  .map(([i, cut, planted]) => {
    let l = LINES[i]!;
    const end = l.indexOf('. ', cut % Math.min(120, l.length));
    if (end > 0) l = l.slice(0, end + 1);
    for (const [p, n] of planted) l = plants[p]!(l, n);
    return l;
  });

const mixed = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 2 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean())
  .map(([lines, eol, blank, final, bom, markdown]) => ({
    text: (bom ? '\uFEFF' : '') + lines.join(blank ? eol + eol : eol) + (final ? eol : ''),
    format: (markdown ? 'markdown' : 'text') as Format,
  }));

describe('fix is a fixed point across runs (language and source decided again on the output)', () => {
  // Every corpus article: tests/cli/corpus.test.ts, through the CLI.
  it('1,000 generated texts: corpus lines with artefacts, no-break spaces, soft hyphens, emoji, CRLF, BOM, Markdown', () => {
    fc.assert(
      fc.property(mixed, ({ text, format }) => expectFixedPoint(text, format)),
      { numRuns: 1000 },
    );
  });
});
