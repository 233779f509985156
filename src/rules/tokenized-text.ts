// Spaces a word tokeniser put inside words, as MT pipelines leave them in English (`Children 's Hospital`, `did
// n't`, `part - time`, `$ 503 million`, `' learning '`). space-before-punctuation and quote-spacing take the spaces
// before marks and inside double quotes; this rule the rest. Fix: remove the spaces.
// - apostrophe: a clitic split from its word (`did n't`, `we 've`, `Children 's`; the Penn Treebank split,
//   certain anywhere: no English word starts with `n't` or `'s`), and, in tokenised text, a plural possessive
//   (`the cats ' urine`: the only lone `'` of the paragraph, after a word in `s`);
// - hyphen: a compound split around its hyphen, where the compound is certain: a prefix that is no word of its own
//   (`anti - obscenity`, `non - Christians`), a compound of three words around `in`, `to`, `of`... (`Commander -
//   in - Chief`) or an age (`17 - year - old`), a number and a unit (`a 10 - minute walk`); and, in tokenised text
//   that writes no hyphen flush, any two words of which the second can end a compound (`part - time`, `3 - 0`,
//   `Dingolfing - Landau`): not a clause word after it (`and below - either pale` keeps its dash), nor a plural,
//   a verb in -ed or an adverb in -ly before it, nor a capitalised word before or after the pair (a headline's
//   dash: `Industry - China News Network`);
// - currency, quote: in tokenised text, `$ 503` → `$503` (The Chicago Manual of Style puts no space after a
//   currency symbol), `' learning '` → `'learning'` (single quotes that pair up).
// Not `his / her` (`mmol / L`, `g / dl`, `ACS / AIC`: real MT writes spaced slashes too).
// Tokenised text: a paragraph with a space before a mark (` ,`, ` .`), a split clitic or spaced brackets, and no
// comma or clitic written flush (text that also writes `word,` or `didn't` is a writer's, whose spaced hyphen may be
// a dash). A spaced hyphen is a tokeniser's only where no hyphen is written flush between letters.
// Not findings: a spaced hyphen between a clause and the next (`the board - into`, `Xinhua News - Hunan`), ranges
// in text that is not tokenised (`pages 21 - 27`), a lone quote that pairs with nothing (`engagement ' and '`),
// quoted clitics (`the letter 's'`), `'s-Hertogenbosch`.
import { defineRule, type RuleContext } from '../core/types.js';
import {
  BOUND_PREFIXES,
  CHAIN_MIDDLES,
  NAME_PREFIXES,
  NOT_COMPOUND_END,
  NOT_COMPOUND_START,
  NUMBER_WORDS,
  TIME_UNITS,
} from '../lang/compounds.js';

const SP = '[ \\u00a0]';
/** Where something may be found: a space before an apostrophe or `n't`, a spaced hyphen, a spaced currency sign. */
const CANDIDATE = /[ \u00a0](?:n['’]t|['’]|-[ \u00a0])|[$£€¥][ \u00a0]+\p{N}/gu;
// From the first space of a run only (a run of spaces is not rescanned from each of its spaces).
const CLITIC = new RegExp(`(?<![ \\u00a0])${SP}+(n['’]t|['’](?:s|re|ve|ll|d|m))(?![\\p{L}\\p{N}'’‘-])`, 'gu');
const HYPHEN = new RegExp(`${SP}-${SP}`, 'gu');
const CURRENCY = new RegExp(`[$£€¥](${SP}+)(?=\\p{N})`, 'gu');
const LONE_QUOTE = /(?<=^|[ \u00a0])'(?=[ \u00a0]|$)/gu;

/** Signs of a tokeniser: a space before a mark after a word, a split clitic, a space inside brackets. */
const SIGNS = new RegExp(
  `[\\p{L}\\p{N}%)\\]"'”’]${SP}+(?:[,;:](?=${SP}|$)|[.!?](?![.…])(?=${SP}|$|["'”’]))|${SP}(?:n['’]t|['’](?:s|re|ve|ll|d|m))(?![\\p{L}])|[(\\[]${SP}[\\p{L}\\p{N}]|[\\p{L}\\p{N}]${SP}[)\\]]`,
  'u',
);
/** What a tokeniser never leaves: a comma or a clitic written flush after a word. */
const WRITTEN = /\p{L}[,;](?=[ \u00a0])|\p{L}n['’]t(?!\p{L})|\p{L}['’](?:s|re|ve|ll|d|m)(?!\p{L})/u;
const FLUSH_HYPHEN = /\p{L}-\p{L}/u;
const WORD = /^[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?$/u;
const OPENERS = /^["'“‘(\[«]+/u;
/** Endings of adjectives and participles, which join an acronym into a compound (`HPV-positive`, `DNA-based`). */
const ADJECTIVE_END = /(?:ed|ing|ive|ic|al|ous|ful|less|free|like|wide|specific|dependent|only|proof|friendly)$/u;
/** An adverb in -ly; not the adjectives and nouns in -ly that do join compounds (`user-friendly`, `English-only`). */
const LY_ADVERB = /^(?!(?:family|early|daily|weekly|monthly|yearly|hourly|quarterly|friendly|only|holy|italy|july)$)\p{Ll}{3,}ly$/u;
const CLOSERS = /[.,;:!?"'”’)\]»]+$/u;

export default defineRule({
  meta: {
    id: 'tokenized-text',
    category: 'fluency/punctuation',
    severity: 'minor',
    messages: ['apostrophe', 'hyphen', 'currency', 'quote'],
    fixable: true,
    hasSuggestions: false,
    languages: ['en'],
    description: 'Spaces a word tokeniser put inside words (`did n\'t`, `Children \'s`, `part - time`, `$ 503`).',
  },
  check(context) {
    const { prose, doc } = context;
    const paragraphs = doc.paragraphs();
    let p = 0;
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(prose); m; m = CANDIDATE.exec(prose)) {
      while (p < paragraphs.length && paragraphs[p]!.end <= m.index) p++;
      if (p === paragraphs.length) break;
      const para = paragraphs[p]!;
      if (para.start > m.index) continue;
      checkParagraph(context, para.start, prose.slice(para.start, para.end));
      // One look per paragraph.
      CANDIDATE.lastIndex = para.end;
    }
  },
});

function checkParagraph(context: RuleContext, start: number, t: string): void {
  const report = (messageId: string, from: number, to: number, editStart: number, editEnd: number, text: string): void => {
    const found = t.slice(from, to);
    const expected = t.slice(from, editStart) + text + t.slice(editEnd, to);
    context.report({
      messageId,
      data: { found, expected },
      start: start + from,
      end: start + to,
      fix: { start: start + editStart, end: start + editEnd, text },
    });
  };
  const tokenised = SIGNS.test(t) && !WRITTEN.test(t);
  const split = tokenised && !FLUSH_HYPHEN.test(t);

  for (const m of t.matchAll(CLITIC)) {
    const clitic = m[1]!;
    const before = t[m.index - 1];
    // `'s` after a word or a number (`the 1850 's`), the others after a word.
    const word = /^['’]s$/u.test(clitic) ? /[\p{L}\p{N}]/u : /\p{L}/u;
    if (before === undefined || !word.test(before)) continue;
    const from = wordStart(t, m.index);
    report('apostrophe', from, m.index + m[0].length, m.index, m.index + m[0].length - clitic.length, '');
  }

  for (const m of t.matchAll(HYPHEN)) {
    const i = m.index;
    const left = tokenBefore(t, i);
    const right = tokenAfter(t, i + 3);
    const l = left.replace(OPENERS, '');
    const r = right.replace(CLOSERS, '');
    if (!WORD.test(l) || !WORD.test(r) || !right.startsWith(r)) continue;
    if (!joins(t, i, l, r, split)) continue;
    report('hyphen', i - l.length, i + 3 + r.length, i, i + 3, '-');
  }

  if (!tokenised) return;

  for (const m of t.matchAll(CURRENCY)) {
    // Not after a letter: `R$ 1.2 billion`, `US$ 5` are written either way.
    const before = t[m.index - 1];
    if (before !== undefined && !/[\s("“]/u.test(before)) continue;
    const end = m.index + m[0].length;
    const number = /^[\p{N}.,]+/u.exec(t.slice(end))![0];
    report('currency', m.index, end + number.length, m.index + 1, end, '');
  }

  const quotes = [...t.matchAll(LONE_QUOTE)].map((m) => m.index);
  if (quotes.length === 1) {
    // A plural possessive: `the cats ' urine`.
    const q = quotes[0]!;
    if (q >= 2 && /[sS]$/u.test(t.slice(0, q - 1)) && /^[ \u00a0][\p{L}\p{N}]/u.test(t.slice(q + 1))) {
      const from = wordStart(t, q - 1);
      report('apostrophe', from, q + 1, q - 1, q, '');
    }
  } else if (quotes.length % 2 === 0 && quotes.length > 0) {
    // Single quotation marks that pair up: `' learning '` (each opener before a word, each closer after one).
    const pairs: [number, number][] = [];
    for (let k = 0; k < quotes.length; k += 2) pairs.push([quotes[k]!, quotes[k + 1]!]);
    const ok = pairs.every(([o, c]) => /[\p{L}\p{N}]/u.test(t[o + 2] ?? '') && /[\p{L}\p{N}.!?]/u.test(t[c - 2] ?? ''));
    if (ok) {
      for (const [o, c] of pairs) {
        report('quote', o, o + 3, o + 1, o + 2, '');
        report('quote', c - 2, c + 1, c - 1, c, '');
      }
    }
  }
}

/**
 * Whether the spaced hyphen at `i` (between words `l` and `r`) joins a compound: certain shapes anywhere, any two
 * words that a compound may join where the tokeniser split every hyphen (`split`).
 */
function joins(t: string, i: number, l: string, r: string, split: boolean): boolean {
  const ll = l.toLowerCase();
  const rl = r.toLowerCase();
  if (NOT_COMPOUND_END.has(rl) && !chainMiddle(t, i, rl)) return false;
  if (BOUND_PREFIXES.has(ll)) return true;
  // A compound of three words: `Commander - in - Chief`, `17 - year - old`, `four - month - old`.
  const chain = chainOf(t, i, l, r);
  if (chain) {
    const [x, y, z] = chain.map((w) => w.toLowerCase()) as [string, string, string];
    if (CHAIN_MIDDLES.has(y) && !NOT_COMPOUND_START.has(x) && !NOT_COMPOUND_END.has(z)) return true;
    if (isNumber(x) && TIME_UNITS.has(y) && (z === 'old' || z === 'long')) return true;
  }
  // A number and a unit: `a 10 - minute walk`; a unit and its span: `a week - long tour`, `year - round`.
  if (/^\p{N}+$/u.test(l) && TIME_UNITS.has(rl) && !rl.endsWith('s')) return true;
  if (TIME_UNITS.has(ll) && !ll.endsWith('s') && (rl === 'long' || rl === 'old' || rl === 'round')) return true;
  // `Saint - Etienne`: a saint's name is joined.
  if (NAME_PREFIXES.has(ll) && /^\p{Lu}/u.test(l) && /^\p{Lu}/u.test(r)) return true;
  if (!split || NOT_COMPOUND_START.has(ll) || ll === rl) return false;
  // Cased words or numbers on both sides (`stock - 经济观察网` is a dash).
  if (!/^[\p{Lu}\p{Ll}\p{N}]/u.test(l) || !/^[\p{Lu}\p{Ll}\p{N}]/u.test(r)) return false;
  // `the plan - Johnson said`, `in 2022 - Xinhua`: a lower-case word or a number before a capital is no compound
  // (a prefix aside); nor is a word before a capitalised clause word (`Hanoi - On the morning`).
  if (/^\p{Lu}/u.test(r) && (/^[\p{Ll}\p{N}]/u.test(l) || CHAIN_MIDDLES.has(rl) || rl === 'on')) return false;
  // `a systematic project - four theories`: a number word after a word (but `twenty - one`).
  if (NUMBER_WORDS.has(rl) && !isNumber(ll)) return false;
  // `the OCA - risk assessment`: after an acronym, a dash unless an adjective or a participle follows
  // (`COVID-19 - related`, `HPV - positive`, `LVAD - specific`).
  if (/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(l) && /^\p{Ll}/u.test(r) && !ADJECTIVE_END.test(rl)) return false;
  // `Semiconductor Industry - China News Network`, `360 Days - China News Network`: a dash between runs of
  // capitalised words (a headline and its source, a section and its part). A hyphenated name stands alone in running
  // text (`the Dingolfing - Landau district`, `about " English - only "`).
  if (/^\p{Lu}/u.test(l) && capitalised(tokenBefore(t, i - l.length - 1).replace(OPENERS, ''))) return false;
  if (/^\p{Lu}/u.test(r) && capitalised(tokenAfter(t, i + 3 + r.length + 1))) return false;
  // An adverb in -ly joins no compound (`a highly respected`: The Chicago Manual of Style leaves these open), so a
  // hyphen after it or before it is a dash (`escalated significantly - first,`, `the situation - particularly`).
  if (LY_ADVERB.test(ll) || LY_ADVERB.test(rl)) return false;
  // The first part of a compound modifier is singular (`a 10-minute walk`, `trash-talk`): a plural before the
  // hyphen ends a phrase (`incidents - albeit`, `phones - walkman`); so does a verb in -ed (`interviewed - much`).
  if (/^\p{Ll}{3,}[^sui]s$/u.test(l) || /^\p{Ll}{3,}ed$/u.test(l)) return false;
  return true;
}

/** Whether `r` (after the hyphen at `i`) is the middle of a three-word compound: another spaced hyphen follows it. */
function chainMiddle(t: string, i: number, rl: string): boolean {
  return CHAIN_MIDDLES.has(rl) && t.startsWith(' - ', i + 3 + rl.length);
}

/** The three words of `x - y - z` around the hyphen at `i`, whichever of its two hyphens that is, or null. */
function chainOf(t: string, i: number, l: string, r: string): [string, string, string] | null {
  const afterR = i + 3 + r.length;
  if (t.startsWith(' - ', afterR)) {
    const z = tokenAfter(t, afterR + 3).replace(CLOSERS, '');
    if (WORD.test(z)) return [l, r, z];
  }
  const beforeL = i - l.length;
  if (beforeL >= 3 && t.slice(beforeL - 3, beforeL) === ' - ') {
    const x = tokenBefore(t, beforeL - 3).replace(OPENERS, '');
    if (WORD.test(x)) return [x, l, r];
  }
  return null;
}

/** A capitalised word that is no function word (`The`, `In` open sentences: `The SARS - CoV-2 pandemic`). */
function capitalised(w: string): boolean {
  if (!/^\p{Lu}/u.test(w)) return false;
  const lw = w.toLowerCase();
  return !NOT_COMPOUND_START.has(lw) && !NOT_COMPOUND_END.has(lw) && !CHAIN_MIDDLES.has(lw) && lw !== 'on';
}

function isNumber(w: string): boolean {
  return /^\p{N}+$/u.test(w) || NUMBER_WORDS.has(w);
}

/** The run of non-space characters that ends at `i` (at most 64). */
function tokenBefore(t: string, i: number): string {
  let s = i;
  while (s > 0 && !/\s/u.test(t[s - 1]!) && i - s < 64) s--;
  return t.slice(s, i);
}

/** The run of non-space characters that starts at `i` (at most 64). */
function tokenAfter(t: string, i: number): string {
  let e = i;
  while (e < t.length && !/\s/u.test(t[e]!) && e - i < 64) e++;
  return t.slice(i, e);
}

/** The start of the word that ends at `i` (letters, digits, inner apostrophes and hyphens; at most 64 back). */
function wordStart(t: string, i: number): number {
  let s = i;
  while (s > 0 && /[\p{L}\p{N}'’-]/u.test(t[s - 1]!) && i - s < 64) s--;
  while (s < i && /['’-]/u.test(t[s]!)) s++;
  return s;
}
