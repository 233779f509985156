// Word lists of the languages mtlint knows, for telling a word of one language from a word of another (a source word
// left untranslated in the target text). Everything loads on first use, and only the lists a question needs:
//
// - English: the SCOWL size-60 spelling dictionaries (`dictionary-en`, `dictionary-en-gb`; MIT and BSD), US and
//   British spellings, looked up through their affix rules (no expansion); the common English of a text. Plus the
//   Collins Scrabble list (`an-array-of-english-words`, MIT, ~275,000 words): rare, technical and loan words too.
// - French and Spanish: wooorm's lists of inflected forms (`an-array-of-french-words`, `an-array-of-spanish-words`,
//   MIT); the Spanish list writes no accent but ñ, so Spanish words are looked up without their accents.
// - German and Italian: the frequency lists of zxcvbn-ts (`@zxcvbn-ts/language-de`, `-it`, MIT; the words of
//   Wikipedia and film subtitles, tens of thousands of forms each).
// - For every language, zxcvbn-ts's list of the most common words (subtitles) and its lists of first and last names.
//
// The sorted lists are kept as the JSON text their package ships and searched by bisection in that text (no parse,
// no Set of half a million strings): a few milliseconds to load each. Nothing loads until a rule asks.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Languages with a lexicon. */
export const LEXICON_LANGUAGES = ['en', 'fr', 'de', 'es', 'it'] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];
export const hasLexicon = (lang: string | null): lang is LexiconLanguage =>
  lang !== null && (LEXICON_LANGUAGES as readonly string[]).includes(lang);

export interface Lexicon {
  readonly lang: LexiconLanguage;
  /**
   * Whether `word` (lower case; or as written, for the capitalised entries of a dictionary) is a form of the
   * language, rare and loan words included. English: the spelling dictionaries or the Scrabble list.
   */
  has(word: string): boolean;
  /**
   * Whether `word` is in the language's core vocabulary: English, the spelling dictionaries, case-sensitive (`Paris`
   * but not `paris`; a word they lack is rare, technical or foreign); other languages, the same as `has`.
   */
  core(word: string): boolean;
  /**
   * The rank of `word` (lower case) among the language's commonest words, from 0 (film subtitles; names and
   * words of other languages are there too, lower down), or Infinity.
   */
  rank(word: string): number;
  /** Whether `word` ranks among the language's COMMON commonest words. */
  common(word: string): boolean;
  /**
   * Whether `word` (lower case) is frequent in the language's Wikipedia and in none of the other lists: names,
   * places, brands, technical and new words (`eurozone`, `motorsport`), and foreign words that text quotes.
   */
  encyclopedic(word: string): boolean;
}

/** How many of the commonest words `common` takes. */
export const COMMON = 5_000;

/** Lower-case `word` without its accents (ñ kept as n too): `Éric` → `eric`. */
export function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const cache = new Map<LexiconLanguage, Lexicon>();

/** The lexicon of `lang` (loaded on first use), or null for a language without one. */
export function lexicon(lang: string | null): Lexicon | null {
  if (!hasLexicon(lang)) return null;
  let lex = cache.get(lang);
  if (!lex) {
    lex = build(lang);
    cache.set(lang, lex);
  }
  return lex;
}

let names: RankTable | null = null;

/**
 * Whether `word` (lower case) is a first or last name common in English, French, German, Spanish or Italian. The
 * names are kept by hash, as frequencyRank keeps words (read without a string each): a word that shares a name's
 * hash (once in 20,000 lookups) reads as a name, which only ever keeps a finding back.
 */
export function isCommonName(word: string): boolean {
  if (!names) {
    names = new RankTable(60_000);
    for (const lang of LEXICON_LANGUAGES) {
      for (const list of ['firstnames', 'lastnames'] as const) {
        const module = zxcvbnModule(lang, list);
        // The English last names are the US census's, rare names and common words included: its commonest part.
        if (module !== null) hashZxcvbnList(module, list, lang === 'en' && list === 'lastnames' ? 10_000 : Infinity, names, false);
      }
    }
  }
  return names.get(wordHash(word)) >= 0;
}

const frequencies = new Map<LexiconLanguage, RankTable>();
/** How many words of each frequency list frequencyRank reads: rarer words say little about a language. */
export const FREQUENT = 20_000;
/** How many of the commonest spoken words isCommonest knows (names rank lower there than in Wikipedia). */
export const COMMONEST = 500;

/**
 * The rank of `word` (lower case) among the FREQUENT most frequent words of `lang`, from 0: the better of its ranks
 * in zxcvbn-ts's two frequency lists (film subtitles and Wikipedia), or Infinity. Each language's ranks load on
 * first use, kept by a 30-bit hash of the word and read from the lists without making a string of each word (a few
 * milliseconds instead of a hundred): two words of 35,000 share a hash once in 30,000 lookups, and then the rank is
 * the other word's, in a score that sums many words.
 */
export function frequencyRank(lang: LexiconLanguage, word: string): number {
  const rank = (frequencies.get(lang) ?? loadFrequencies(lang)).get(wordHash(word));
  return rank < 0 ? Infinity : rank;
}

/** Whether `word` (lower case) is among the COMMONEST words of `lang`'s film subtitles (`the`, `why`; not `jean`). */
export function isCommonest(lang: LexiconLanguage, word: string): boolean {
  const table = frequencies.get(lang) ?? loadFrequencies(lang);
  return table.spoken(wordHash(word)) < COMMONEST;
}

/**
 * Word hashes to ranks, open addressing in typed arrays: for each hash its best rank in both lists and its rank in
 * the subtitles' (-1 for none).
 */
class RankTable {
  private readonly keys: Int32Array;
  private readonly ranks: Int32Array;
  private readonly spokenRanks: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 1;
    while (size < capacity * 2) size *= 2;
    this.keys = new Int32Array(size);
    this.ranks = new Int32Array(size);
    this.spokenRanks = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  /** Records `rank` for `hash` (the better one is kept); `spoken` when the rank is the subtitles'. */
  add(hash: number, rank: number, spoken: boolean): void {
    const key = hash + 1; // 0 marks an empty slot
    let i = hash & this.mask;
    while (this.keys[i] !== 0 && this.keys[i] !== key) i = (i + 1) & this.mask;
    if (this.keys[i] === 0) {
      this.keys[i] = key;
      this.ranks[i] = rank;
    } else if (rank < this.ranks[i]!) {
      this.ranks[i] = rank;
    }
    if (spoken && this.spokenRanks[i] === -1) this.spokenRanks[i] = rank;
  }

  /** The best rank of `hash`, or -1. */
  get(hash: number): number {
    const i = this.slot(hash);
    return i < 0 ? -1 : this.ranks[i]!;
  }

  /** The subtitles' rank of `hash`, or Infinity. */
  spoken(hash: number): number {
    const i = this.slot(hash);
    return i < 0 || this.spokenRanks[i] === -1 ? Infinity : this.spokenRanks[i]!;
  }

  private slot(hash: number): number {
    const key = hash + 1;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      if (this.keys[i] === key) return i;
      if (this.keys[i] === 0) return -1;
    }
  }
}

function loadFrequencies(lang: LexiconLanguage): RankTable {
  const table = new RankTable(2 * FREQUENT);
  for (const list of ['commonWords', 'wikipedia'] as const) {
    const module = zxcvbnModule(lang, list);
    if (module !== null) hashZxcvbnList(module, list, FREQUENT, table, list === 'commonWords');
  }
  frequencies.set(lang, table);
  return table;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the code units of `word`, on 30 bits (a small integer to V8). */
function wordHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h >>> 2;
}

/**
 * Adds to `table` the hash (as wordHash computes it) and rank of each of the first `limit` words of a zxcvbn-ts list
 * module (the two layouts readZxcvbnList reads), hashing as it reads: no word becomes a string.
 */
function hashZxcvbnList(module: string, name: string, limit: number, table: RankTable, spoken: boolean): void {
  const at = module.indexOf(`var ${name} =`);
  const open = at === -1 ? -1 : module.indexOf('"', at);
  const close = open === -1 ? -1 : module.indexOf('"', open + 1);
  if (close === -1) return;
  let n = 0;
  if (!module.slice(at, open).includes('decompress')) {
    let h = FNV_OFFSET;
    for (let pos = open + 1; pos <= close && n < limit; pos++) {
      const c = pos === close ? 44 : module.charCodeAt(pos);
      if (c === 44) {
        table.add(h >>> 2, n++, spoken);
        h = FNV_OFFSET;
      } else {
        h = Math.imul(h ^ c, FNV_PRIME);
      }
    }
    return;
  }
  // Prefix-compressed: a capital letter tells how many letters of the previous word the next one keeps. The hash of
  // each prefix of the current word is kept, so a word's hash starts from its kept prefix's.
  const prefix = new Int32Array(256);
  prefix[0] = FNV_OFFSET;
  let pos = open + 1;
  while (pos < close && n < limit) {
    let length = module.charCodeAt(pos) - 65;
    let h = prefix[length]!;
    for (pos++; pos < close; pos++) {
      const c = module.charCodeAt(pos);
      if (c >= 65 && c <= 90) break;
      h = Math.imul(h ^ c, FNV_PRIME);
      if (length < 255) prefix[++length] = h;
    }
    table.add(h >>> 2, n++, spoken);
  }
}

function build(lang: LexiconLanguage): Lexicon {
  switch (lang) {
    case 'en': {
      const core = memo((w: string) => english().has(w));
      const scrabble = lazyList('an-array-of-english-words');
      return withRank(lang, (w) => core(w) || scrabble().has(w), core);
    }
    case 'fr': {
      const list = lazyList('an-array-of-french-words');
      const has = (w: string) => list().has(w);
      return withRank(lang, has, has);
    }
    case 'es': {
      // The list writes no accent (but ñ): look words up without theirs.
      const list = lazyList('an-array-of-spanish-words');
      const has = (w: string) => list().has(foldEs(w));
      return withRank(lang, has, has);
    }
    case 'de':
    case 'it': {
      const all = lazySet(() => [...zxcvbn(lang, 'wikipedia'), ...zxcvbn(lang, 'commonWords')]);
      const has = (w: string) => all().has(w);
      return withRank(lang, has, has);
    }
  }
}

/** A lexicon whose ranks come from zxcvbn-ts's common words. */
function withRank(lang: LexiconLanguage, has: (w: string) => boolean, core: (w: string) => boolean): Lexicon {
  const wiki = lazySet(() => zxcvbn(lang, 'wikipedia'));
  let ranks: Map<string, number> | undefined;
  const rank = (w: string): number => {
    if (!ranks) {
      ranks = new Map();
      const words = zxcvbn(lang, 'commonWords');
      for (let i = words.length - 1; i >= 0; i--) ranks.set(words[i]!, i);
    }
    return ranks.get(w) ?? Infinity;
  };
  return { lang, has, core, rank, common: (w) => rank(w) < COMMON, encyclopedic: (w) => wiki().has(w) };
}

/** Spanish without accents but with ñ, as the Spanish list writes it. */
const foldEs = (w: string): string => w.replace(/[áéíóúüÁÉÍÓÚÜ]/g, (c) => 'aeiouuAEIOUU'['áéíóúüÁÉÍÓÚÜ'.indexOf(c)]!);

function memo(f: (w: string) => boolean): (w: string) => boolean {
  const seen = new Map<string, boolean>();
  return (w) => {
    let r = seen.get(w);
    if (r === undefined) {
      r = f(w);
      if (seen.size > 100_000) seen.clear();
      seen.set(w, r);
    }
    return r;
  };
}

function lazySet(words: () => readonly string[]): () => Set<string> {
  let set: Set<string> | undefined;
  return () => (set ??= new Set(words()));
}

function lazyList(pkg: string): () => SortedList {
  let list: SortedList | undefined;
  return () => (list ??= new SortedList(readFileSync(require.resolve(pkg), 'utf8')));
}

// ---------------------------------------------------------------------------------------------------------------
// zxcvbn-ts language packages

type ZxcvbnList = 'commonWords' | 'wikipedia' | 'firstnames' | 'lastnames';

const ZXCVBN: Readonly<Record<LexiconLanguage, string>> = {
  en: '@zxcvbn-ts/language-en',
  fr: '@zxcvbn-ts/language-fr',
  de: '@zxcvbn-ts/language-de',
  es: '@zxcvbn-ts/language-es-es',
  it: '@zxcvbn-ts/language-it',
};
const zxcvbnCache = new Map<string, readonly string[]>();

/**
 * The first `limit` words of one list of a zxcvbn-ts language package, read from its own module in `dist/` rather
 * than through the package's entry point, which would load every list of the language.
 */
function zxcvbn(lang: LexiconLanguage, list: ZxcvbnList, limit = Infinity): readonly string[] {
  const key = `${lang}/${list}/${limit}`;
  let words = zxcvbnCache.get(key);
  if (!words) {
    const module = zxcvbnModule(lang, list);
    words = module === null ? [] : readZxcvbnList(module, list, limit);
    zxcvbnCache.set(key, words);
  }
  return words;
}

/** The text of the module of one list of a zxcvbn-ts language package, or null. */
function zxcvbnModule(lang: LexiconLanguage, list: ZxcvbnList): string | null {
  const dist = dirname(require.resolve(ZXCVBN[lang]));
  const file = [`${list}.json.cjs`, `${list}.json.js`].map((f) => join(dist, f)).find((f) => existsSync(f));
  return file ? readFileSync(file, 'utf8') : null;
}

/**
 * The words of a zxcvbn-ts list module: `var NAME = "a,b,c".split(',')` (version 3), or
 * `var NAME = decompress("AaAbBc")` (version 4: each capital letter tells how many letters of the previous word
 * the next one keeps, A for none). Reads only the first `limit` words.
 */
export function readZxcvbnList(module: string, name: string, limit = Infinity): string[] {
  const at = module.indexOf(`var ${name} =`);
  const open = at === -1 ? -1 : module.indexOf('"', at);
  const close = open === -1 ? -1 : module.indexOf('"', open + 1);
  if (close === -1) return [];
  const compressed = module.slice(at, open).includes('decompress');
  const out: string[] = [];
  if (!compressed) {
    let pos = open + 1;
    while (pos <= close && out.length < limit) {
      let comma = module.indexOf(',', pos);
      if (comma === -1 || comma > close) comma = close;
      out.push(module.slice(pos, comma));
      pos = comma + 1;
    }
    return out;
  }
  let last = '';
  let pos = open + 1;
  while (pos < close && out.length < limit) {
    const keep = module.charCodeAt(pos) - 65;
    let next = pos + 1;
    while (next < close) {
      const c = module.charCodeAt(next);
      if (c >= 65 && c <= 90) break;
      next++;
    }
    last = last.slice(0, keep) + module.slice(pos + 1, next);
    out.push(last);
    pos = next;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// A sorted JSON array of strings, searched in its text

/**
 * The words of a JSON array of strings sorted by code unit (`["a","aa",…]`, no escapes, no commas in words),
 * searched by bisection in the text itself: nothing is parsed or indexed, so a list is ready once read.
 */
export class SortedList {
  private readonly text: string;

  constructor(json: string) {
    this.text = json;
  }

  has(word: string): boolean {
    const { text } = this;
    // [lo, hi): a run of whole entries; each entry starts after a comma (or the opening bracket) and ends before one.
    let lo = text.indexOf('"');
    let hi = text.lastIndexOf('"') + 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const comma = text.lastIndexOf(',', mid - 1);
      const s = comma < lo ? lo : comma + 1; // the entry holding mid
      let e = text.indexOf(',', s);
      if (e === -1 || e > hi) e = hi;
      const c = compareAt(text, s + 1, word);
      if (c === 0) return true;
      if (c < 0) lo = e + 1;
      else hi = s - 1;
    }
    return false;
  }
}

/** Compares the entry of `text` at `start` (ended by `"`) with `word`, by code unit. */
function compareAt(text: string, start: number, word: string): number {
  for (let k = 0; ; k++) {
    const a = text.charCodeAt(start + k);
    const aEnd = a === 34; // "
    const bEnd = k === word.length;
    if (aEnd || bEnd) return aEnd && bEnd ? 0 : aEnd ? -1 : 1;
    const b = word.charCodeAt(k);
    if (a !== b) return a - b;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Hunspell dictionaries, looked up through their affixes

interface Affix {
  flag: string;
  cross: boolean;
  strip: string;
  add: string;
  /** The condition on the stem, anchored at its end (suffixes) or start (prefixes); null for `.`. */
  cond: RegExp | null;
}

/**
 * A Hunspell dictionary (single-character flags, prefixes and suffixes, their cross products), answering whether a
 * word is a form it allows. No compounding: the words it forms that way (`1st`, `21st`) are not words here.
 */
export class Hunspell {
  private readonly stems = new Map<string, string>();
  private readonly prefixes: Affix[] = [];
  private readonly suffixes: Affix[] = [];
  private onlyInCompound = '';

  constructor(aff: string, dics: readonly string[]) {
    const headers = new Map<string, boolean>();
    for (const raw of aff.split(/\r?\n/)) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      const f = line.split(/\s+/);
      if (f[0] === 'ONLYINCOMPOUND' && f[1]) this.onlyInCompound = f[1];
      if ((f[0] === 'PFX' || f[0] === 'SFX') && f.length >= 4) {
        const key = `${f[0]} ${f[1]}`;
        if (!headers.has(key)) {
          headers.set(key, f[2] === 'Y');
          continue;
        }
        const suffix = f[0] === 'SFX';
        const strip = f[2] === '0' ? '' : f[2]!;
        const add = (f[3] === '0' ? '' : f[3]!).split('/')[0]!;
        const c = f[4] ?? '.';
        this[suffix ? 'suffixes' : 'prefixes'].push({
          flag: f[1]!,
          cross: headers.get(key)!,
          strip,
          add,
          cond: c === '.' ? null : new RegExp(suffix ? `(?:${c})$` : `^(?:${c})`, 'u'),
        });
      }
    }
    for (const dic of dics) {
      // One entry a line (`word/FLAGS`, maybe followed by morphology after a tab); the first line is a count.
      const crlf = dic.includes('\r');
      let pos = dic.indexOf('\n') + 1;
      let slash = pos > 0 ? dic.indexOf('/', pos) : -1;
      while (pos > 0 && pos < dic.length) {
        let nl = dic.indexOf('\n', pos);
        if (nl === -1) nl = dic.length;
        const lineEnd = crlf && dic.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        if (slash !== -1 && slash < pos) slash = dic.indexOf('/', pos);
        let word: string;
        let flags = '';
        if (slash !== -1 && slash < lineEnd) {
          word = dic.slice(pos, slash);
          flags = dic.slice(slash + 1, lineEnd);
          const cut = flags.indexOf('\t');
          if (cut !== -1) flags = flags.slice(0, cut).trim();
        } else {
          word = dic.slice(pos, lineEnd);
          const cut = word.indexOf('\t');
          if (cut !== -1) word = word.slice(0, cut).trim();
        }
        if (word !== '') {
          const had = this.stems.get(word);
          if (had === undefined) this.stems.set(word, flags);
          else if (had !== flags) this.stems.set(word, had + flags);
        }
        pos = nl + 1;
      }
    }
  }

  /** Whether `word` is a form of the dictionary, as written (`paris` is not `Paris`). */
  has(word: string): boolean {
    if (this.stem(word, '')) return true;
    for (const s of this.suffixes) {
      if (word.length <= s.add.length || !word.endsWith(s.add)) continue;
      const base = word.slice(0, word.length - s.add.length) + s.strip;
      if (s.cond && !s.cond.test(base)) continue;
      if (this.stem(base, s.flag)) return true;
      if (!s.cross) continue;
      for (const p of this.prefixes) {
        if (!p.cross || base.length <= p.add.length || !base.startsWith(p.add)) continue;
        const root = p.strip + base.slice(p.add.length);
        if (p.cond && !p.cond.test(root)) continue;
        const flags = this.stems.get(root);
        if (flags !== undefined && flags.includes(s.flag) && flags.includes(p.flag)) return true;
      }
    }
    for (const p of this.prefixes) {
      if (word.length <= p.add.length || !word.startsWith(p.add)) continue;
      const root = p.strip + word.slice(p.add.length);
      if (p.cond && !p.cond.test(root)) continue;
      if (this.stem(root, p.flag)) return true;
    }
    return false;
  }

  private stem(word: string, flag: string): boolean {
    const flags = this.stems.get(word);
    if (flags === undefined) return false;
    if (this.onlyInCompound && flags.includes(this.onlyInCompound)) return false;
    return flag === '' || flags.includes(flag);
  }
}

let englishDictionary: Hunspell | null = null;

/** The English spelling dictionaries, US and British (they share their affix file; their stems merge). */
function english(): Hunspell {
  if (!englishDictionary) {
    const files = (pkg: string) => {
      const dir = dirname(require.resolve(pkg));
      return { aff: readFileSync(join(dir, 'index.aff'), 'utf8'), dic: readFileSync(join(dir, 'index.dic'), 'utf8') };
    };
    const us = files('dictionary-en');
    const gb = files('dictionary-en-gb');
    englishDictionary = new Hunspell(us.aff, [us.dic, gb.dic]);
  }
  return englishDictionary;
}
