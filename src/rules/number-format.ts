// Numbers written the source language's way in the target (`3,5%` and `11 000` in English, `3.5 %` and `1,200,000`
// in French, `3,500` in German), percent and currency signs on the wrong side or with the wrong spacing (`50 %` and
// `15 €` in English, `50%` in French), scale words left in another language (`milliards`, `Mrd.`, `млрд`) and scale
// calques (`11,000 billion` for 11 trillion, `thousand billion`), false friends of the scale (`billion` in French
// for English billion), the German day with a full stop (`1. January`, with a German source) and an American
// month/day/year date in a language that writes the day first (`12/31/2025` in German: the month cannot be 31).
// The target's symbols and patterns come from CLDR (src/lang/numbers.ts). A fix only where the value is certain;
// where a form reads two ways (`25.000` in English: 25 thousand or 25.000?) a suggestion, unless the source
// language settles it (a German source groups with `.`). Times, other dates, versions, IP addresses, phone numbers,
// ranges, ratios and scores never match: separators other than `.`, `,` and spaces end a number, a number glued to
// a letter or inside a dotted chain is skipped, a separator before 1-2 digits is a decimal only before a quantity
// (`3,5 %`, `0,32 euros`), and spaced groups in English need a context that reads as one number.
// One scan: a global regular expression over the prose that only matches numbers with a separator or a suffix of
// interest (plus a literal search for `thousand billion` in English, and `€15` in the other targets).
import { defineRule, type RuleContext, type Severity } from '../core/types.js';
import {
  dayFirst,
  formatDigits,
  formatNumericDate,
  monthNames,
  numberLocale,
  shiftDown,
  shiftUp,
  usesOrdinalDay,
  type NumberLocale,
  type ScaleForm,
} from '../lang/numbers.js';

const SPACES = ' \u00a0\u202f\u2009';
const S = `[${SPACES}]`;
const CURRENCY = '€£$₽¥';
/** The languages whose scale words are recognised when they are left in another language's text. */
const SCALE_LANGUAGES = ['en', 'fr', 'de', 'ru', 'es', 'it'];
/** English press abbreviations of the scale (`$2bn`, `€15k`), accepted in English and written by its fixes. */
const ENGLISH_PRESS: Readonly<Record<number, string>> = { 3: 'k', 6: 'm', 9: 'bn', 12: 'tn' };
const ENGLISH_PRESS_ALL = ['k', 'm', 'mn', 'mln', 'bn', 'bln', 'tn', 'trn', 'tln'];
/** Scale words that are also ordinary words or units somewhere (`mil`, a thousandth of an inch). */
const NEVER_SCALE = new Set(['mil']);

/**
 * Words after a number that make it a quantity, so that a separator before 1-2 digits is a decimal separator and
 * not a list (`3,5 percent`, `0,32 euros`, `2,9 tonnes`). Vocabulary per language; the scale words come from CLDR.
 */
const QUANTITY_WORDS: Readonly<Record<string, string>> = {
  en: 'per ?cent|percent(?:age points?)?|points?|times|fold|(?:kilo|mega|giga|tera|milli|centi)?(?:watt|metre|meter|gram|gramme|litre|liter|tonne|ton|byte)s?|hectares?|acres?|miles?|inch(?:es)?|feet|foot|hours?|minutes?|days?|weeks?|months?|years?|degrees?|euros?|dollars?|rubles?|roubles?|pounds?|francs?|cents?|kopecks?|yuan|yen|rupees?|people|units',
  fr: 'pour ?cent|points?|fois|(?:kilo|méga|giga|milli|centi)?(?:watt|mètre|gramme|litre)s?|tonnes?|hectares?|degrés?|euros?|dollars?|roubles?|livres?|francs?|centimes?',
  de: 'Prozent(?:punkte)?|Punkte?|Mal|mal|(?:Kilo|Mega|Giga|Milli|Zenti)?(?:watt|meter|gramm|liter|Watt|Meter|Gramm|Liter)|Tonnen?|Hektar|Grad|Euro|Cent|Dollar|Rubel|Pfund|Franken',
  ru: 'процент(?:а|ов)?|пункт(?:а|ов)?|раза?|(?:кило|милли|санти)?(?:метр|грамм|литр|ватт)(?:а|ов)?|тонн[аы]?|гектар(?:а|ов)?|градус(?:а|ов)?|руб(?:л(?:ь|я|ей))?\\.?|доллар(?:а|ов)?|евро',
  es: 'por ?ciento|puntos?|veces|(?:kiló|kilo|mega|giga|mili|centí)?(?:vatio|metro|gramo|litro)s?|toneladas?|hectáreas?|grados?|euros?|dólares?|pesos?|rublos?|libras?',
};
/** Unit symbols, the same in every language. `h` is left out: `10.30 h` is a time. */
const UNIT_SYMBOLS = '%|‰|°C|°F|°|km²|km2|km/h|km|kg|mg|cm|mm|m²|m2|m³|ha|kWh|MWh|GWh|TWh|kW|MW|GW|GHz|MHz|GB|MB|TB|ml|m|l|t|g';

interface Issue {
  messageId: string;
  /** `fix`: certain; `minor`: likely (a suggestion); `info`: a hint. */
  level: 'fix' | 'minor' | 'info';
  data?: Record<string, string>;
}

interface Profile {
  lang: string;
  locale: NumberLocale;
  main: RegExp;
  quantity: RegExp;
  /** Scale forms of the target, by lower-cased form. */
  own: Map<string, ScaleForm>;
  /** Short forms (`k`, `Md`, `Mrd.`) of every language, by form: before a currency symbol (`15 k€`). */
  short: Map<string, ScaleForm>;
  /** Scale forms of other languages that are no word of the target, by form. */
  foreign: Map<string, ScaleForm>;
  /** The target's long forms that mean more in another language's short scale: key -> that language's forms. */
  falseFriends: Map<string, ScaleForm[]>;
  currencyFirst: RegExp | null;
  thousandBillion: RegExp | null;
  /** Whether the target writes numeric dates day first (then `12/31/2025` is American); known on first use. */
  usDates: boolean | null;
  /** The target's month names, on first use (ICU's date formats cost ~10 ms to load). */
  months: Set<string> | null;
}

const profiles = new Map<string, Profile | null>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isSpace = (c: string | undefined) => c !== undefined && SPACES.includes(c);
const foldKey = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(?:en|es|e|s)$/, '');

/** Whether two words differ by at most one inserted, deleted or replaced character. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

function profile(lang: string): Profile | null {
  if (profiles.has(lang)) return profiles.get(lang)!;
  const locale = numberLocale(lang);
  const p = locale ? buildProfile(lang, locale) : null;
  profiles.set(lang, p);
  return p;
}

function buildProfile(lang: string, locale: NumberLocale): Profile {
  const own = new Map<string, ScaleForm>();
  for (const s of locale.scale) own.set(s.form.toLowerCase(), s);
  const ownKeys = new Set<string>([...own.keys()].flatMap((f) => [f, `${f}s`]));
  if (lang === 'en') for (const f of ENGLISH_PRESS_ALL) ownKeys.add(f);
  const foreign = new Map<string, ScaleForm>();
  const falseFriends = new Map<string, ScaleForm[]>();
  for (const other of SCALE_LANGUAGES) {
    if (other === lang) continue;
    const loc = numberLocale(other);
    if (!loc) continue;
    for (const s of loc.scale) {
      const lower = s.form.toLowerCase();
      if (NEVER_SCALE.has(lower)) continue;
      // A long-scale word of the target that looks like a short-scale word of another language with a smaller value
      // (French `billion`, German `Billion`, Spanish `billón` against English `billion`): a false friend.
      if (s.kind === 'long') {
        for (const mine of locale.scale) {
          const key = foldKey(mine.form);
          const theirs = foldKey(s.form);
          if (mine.kind !== 'long' || mine.exp <= s.exp || key.length < 5 || key[0] !== theirs[0] || !withinOneEdit(key, theirs)) continue;
          const list = falseFriends.get(key) ?? [];
          if (!list.includes(s)) list.push(s);
          falseFriends.set(key, list);
        }
      }
      if (ownKeys.has(lower) || ownKeys.has(lower.replace(/s$/, ''))) continue;
      // Short forms of one or two letters (`k`, `Md`) only count before a currency symbol (the `short` group).
      if (s.kind === 'short' && s.form.replace(/\.$/, '').length <= 2) continue;
      for (const form of new Set([s.form, s.form.toLowerCase()])) if (!foreign.has(form)) foreign.set(form, s);
    }
  }
  const short = new Map<string, ScaleForm>();
  for (const other of SCALE_LANGUAGES) {
    for (const s of numberLocale(other)?.scale ?? []) if (s.kind === 'short' && s.form.replace(/\.$/, '').length <= 3 && !short.has(s.form)) short.set(s.form, s);
  }
  const shortForms = [...short.keys()];
  // Scale words after a number; single letters (`5 m`, `5 K`) are units or abbreviations too often.
  const words = [...own.values()]
    .map((s) => s.form)
    .concat([...foreign.keys()], lang === 'en' ? ENGLISH_PRESS_ALL : [])
    .flatMap((f) => [f, f.toLowerCase()])
    .filter((f) => f.replace(/\.$/, '').length >= 2);
  const alt = (list: Iterable<string>) => [...new Set(list)].sort((a, b) => b.length - a.length).map(escape).join('|');
  // A number: a digit not glued to a letter, a digit, or a chain of dots, colons, slashes (times, versions, dates,
  // paths) nor after a hyphen glued to a word (`COVID-19`), then digits, `.`/`,` + digits, or spaces + three digits.
  const first = `\\d(?<![\\p{L}\\p{N}_.,:/+@#\\uE000'’^=]\\d|[\\p{L}_][-‐‑–]\\d)`;
  const sep = `(?:[.,]\\d+|${S}\\d{3}(?!\\d))`;
  // What may follow: a percent sign, a currency symbol (after an abbreviation: `15 k€`), a scale word (and a
  // symbol), a full stop and a month (`1. January`), or the rest of a month/day/year date (`12/31/2025`).
  // A symbol followed by digits belongs to the next amount (`2 $9 pieces`); one glued to letters is a code (`5 $US`).
  const noAmount = `(?!${S}?\\d|[\\p{L}\\p{N}])`;
  const suffix = (named: boolean) => {
    const n = (name: string) => (named ? `?<${name}>` : '?:');
    return (
      `(${n('pct')}${S}?%)` +
      `|${S}?(${n('short')}${alt(shortForms)})${S}?(${n('scur')}[${CURRENCY}])${noAmount}` +
      `|(${n('cur')}${S}?[${CURRENCY}])${noAmount}` +
      `|${S}+(${n('word')}${alt(words)})(?![\\p{L}\\p{N}])(?:${S}?(${n('wcur')}[${CURRENCY}])${noAmount})?` +
      `|\\.${S}(${n('month')}\\p{L}{3,9})(?![\\p{L}])` +
      `|/(${n('usdate')}\\d{1,2}/\\d{4})(?![\\d/])`
    );
  };
  // Only numbers with a separator or one of those suffixes match (a lookahead decides before anything is captured).
  const main = new RegExp(`(${first}(?=\\d*(?:${sep}|${suffix(false)}))\\d*${sep}*)(?:${suffix(true)})?`, 'gu');
  const quantityWords = [QUANTITY_WORDS[lang] ?? '', alt(words), UNIT_SYMBOLS].filter(Boolean).join('|');
  const quantity = new RegExp(`^${S}?(?:[${CURRENCY}]|(?:${quantityWords})(?![\\p{L}\\p{N}]))`, 'u');
  const currencyFirst = locale.currencyBefore
    ? null
    : new RegExp(`(?<![\\p{L}\\p{N}])([${CURRENCY}])${S}?(\\d(?:\\d*(?:[.,]\\d+|${S}\\d{3}(?!\\d))*))(?![\\d.,]*\\d|${S}?[-–]\\d)(?:${S}?([\\p{L}][\\p{L}.]*))?`, 'gu');
  const thousandBillion = lang === 'en' ? /(?<![\p{L}])([Tt])housand[ \u00a0]+billion(?![\p{L}])/uy : null;
  return { lang, locale, main, quantity, own, short, foreign, falseFriends, currencyFirst, thousandBillion, usDates: null, months: null };
}

type Parsed =
  | { kind: 'plain'; int: string }
  | { kind: 'decimal'; int: string; frac: string; sep: string }
  /** One `.` or `,` after one to three digits and before exactly three: thousands or a decimal. */
  | { kind: 'ambiguous'; int: string; frac: string; sep: string }
  | { kind: 'grouped'; int: string; frac: string; group: string; decimal: string };

const SPLIT = /([., \u00a0\u202f\u2009])/;
const NON_DIGIT = /\D/;

function parse(token: string): Parsed | null {
  if (!NON_DIGIT.test(token)) return { kind: 'plain', int: token };
  const parts = token.split(SPLIT);
  const digits: string[] = [];
  const seps: string[] = [];
  for (let i = 0; i < parts.length; i++) (i % 2 ? seps : digits).push(parts[i]!);
  const first = digits[0]!;
  const headOk = first.length <= 3 && (first[0] !== '0' || first === '0');
  const cls = (c: string) => (isSpace(c) ? ' ' : c);
  if (seps.length === 1) {
    const sep = seps[0]!;
    const tail = digits[1]!;
    if (isSpace(sep)) return headOk && first !== '0' && tail.length === 3 ? { kind: 'grouped', int: first + tail, frac: '', group: sep, decimal: '' } : null;
    if (headOk && first !== '0' && tail.length === 3) return { kind: 'ambiguous', int: first, frac: tail, sep };
    return { kind: 'decimal', int: first, frac: tail, sep };
  }
  if (!headOk || first === '0') return null;
  const group = seps[0]!;
  const last = seps[seps.length - 1]!;
  const allSame = seps.every((s) => cls(s) === cls(group));
  const threes = (from: number, to: number) => digits.slice(from, to).every((d) => d.length === 3);
  if (allSame && threes(1, digits.length)) {
    return { kind: 'grouped', int: digits.join(''), frac: '', group, decimal: '' };
  }
  // Groups, then one different decimal separator: `1.234,5`, `11 000,5`, `1,234.5`.
  if (
    !isSpace(last) &&
    cls(last) !== cls(group) &&
    seps.slice(0, -1).every((s) => cls(s) === cls(group)) &&
    threes(1, digits.length - 1)
  ) {
    return { kind: 'grouped', int: digits.slice(0, -1).join(''), frac: digits[digits.length - 1]!, group, decimal: last };
  }
  return null;
}

/** Whether a group separator `c` is right in the target: its CLDR group, or any space outside English. */
function groupOk(c: string, p: Profile): boolean {
  if (c === p.locale.group) return true;
  return isSpace(c) && (isSpace(p.locale.group) || p.lang !== 'en');
}

const REFERENCE = /(?:[§¶]|\b(?:sec|secs|art|arts|para|paras|fig|figs|no|nos|vol|pp?|ch|chap|ver|v|rule|rules|section|sections|chapter|article|paragraph|page|pages|step|table|item|release|version|build|iOS|Android|Windows|macOS|Python)\.?)[ \u00a0]*$/i;
const IP_LIKE = (token: string) => /^\d{1,3}(?:\.\d{1,3}){3}$/.test(token) && token.split('.').every((o) => Number(o) <= 255);
const YEAR_LIKE = /^(?:1[89]|20)\d\d$/;

export default defineRule({
  meta: {
    id: 'number-format',
    category: 'locale-convention/number-format',
    severity: 'minor',
    messages: [
      'decimal',
      'grouping',
      'ambiguous',
      'percentSpaced',
      'percentUnspaced',
      'currencyBefore',
      'currencyAfter',
      'scaleCalque',
      'foreignScale',
      'falseFriend',
      'ordinalDate',
      'dateOrder',
      'format',
    ],
    fixable: true,
    hasSuggestions: true,
    languages: ['en', 'fr', 'de', 'ru', 'es'],
    description: 'Numbers, percent and currency signs and scale words written another language’s way (`3,5%`, `11 000`, `11,000 billion`).',
  },
  check(context) {
    const p = profile(context.lang);
    if (!p) return;
    const source = context.sourceLang && context.sourceLang !== context.lang ? numberLocale(context.sourceLang) : null;
    checkNumbers(context, p, source);
    if (p.thousandBillion) checkThousandBillion(context, p);
    if (p.currencyFirst) checkCurrencyFirst(context, p);
  },
});

/**
 * Reports one finding for [start, end): `sure` is the span with the certain changes only (the fix), `full` with
 * every change (the first suggestion). A finding whose changes are all uncertain carries no fix.
 */
function report(context: RuleContext, p: Profile, start: number, end: number, sure: string, full: string, issues: Issue[], extra: string[] = []): void {
  if (issues.length === 0) return;
  const found = context.text.slice(start, end);
  const alternatives = [...new Set([full, sure, ...extra])].filter((s) => s !== found);
  if (alternatives.length === 0) return;
  const fixed = sure !== found && issues.some((i) => i.level === 'fix');
  // Severity follows what is sure: a fix or a likely reading is minor; a finding of hints only is info.
  const severity: Severity = fixed || issues.some((i) => i.level === 'minor') ? 'minor' : 'info';
  const shown = issues.filter((i) => (fixed ? i.level === 'fix' : true));
  const only = shown.length === 1 ? shown[0]! : { messageId: 'format', level: 'fix' as const, data: {} };
  context.report({
    messageId: only.messageId,
    data: { found, expected: fixed ? sure : alternatives[0]!, languageCode: p.lang, ...only.data },
    start,
    end,
    severity,
    ...(fixed ? { fix: { start, end, text: sure } } : {}),
    suggestions: alternatives,
  });
}

/** The connectors of a range or a pair of quantities (`from 3,4 to 1,9 days`), in every target language. */
const PAIR = new RegExp(`^(?:${S}(?:to|and|or|à|et|ou|bis|und|oder|до|и|или|a|y|o)${S}|${S}?[-–]${S}?)(\\d+[.,]\\d{1,2})(?!\\d)`, 'u');

const ordinalDays = new Map<string, boolean>();
const ordinalDay = (lang: string): boolean => {
  let known = ordinalDays.get(lang);
  if (known === undefined) ordinalDays.set(lang, (known = usesOrdinalDay(lang)));
  return known;
};

function checkNumbers(context: RuleContext, p: Profile, source: NumberLocale | null): void {
  const { prose } = context;
  const T = p.locale;
  const en = p.lang === 'en';
  const re = p.main;
  re.lastIndex = 0;
  for (let m = re.exec(prose); m; m = re.exec(prose)) {
    const token = m[1]!;
    const g = m.groups!;
    if (g.month !== undefined || g.usdate !== undefined) {
      const day = !NON_DIGIT.test(token) && token.length <= 2;
      if (day && g.month !== undefined) {
        const from = context.sourceLang;
        if (from && from !== p.lang && ordinalDay(from) && !ordinalDay(p.lang) && (p.months ??= new Set(monthNames(p.lang))).has(g.month)) {
          ordinalDate(context, p, m, from);
        }
      }
      if (day && g.usdate !== undefined && (p.usDates ??= dayFirst(p.lang))) usDate(context, p, m);
      // A longer number before a full stop (`11 000. The`) is still checked, as a number without a suffix.
      if (day || !NON_DIGIT.test(token)) continue;
    }
    const parsed = parse(token);
    if (!parsed) continue;
    const start = m.index;
    // A section, rule or version number (`sec. 3.190`, `§ 570.611`, `version 2.10`), or a number before a domain
    // name (`1.800.GAP.STYLE`): never a quantity.
    if (parsed.kind === 'ambiguous' || parsed.kind === 'decimal') {
      if (REFERENCE.test(prose.slice(Math.max(0, start - 12), start)) || /^[.,]\p{L}/u.test(prose.slice(start + m[0].length, start + m[0].length + 2))) continue;
    }
    const tokenEnd = start + token.length;
    const before2 = prose.slice(Math.max(0, start - 2), start);
    const issues: Issue[] = [];
    const extra: string[] = [];
    // The value as the target should read it, and the number written with the certain / with all changes.
    let int = '';
    let frac = '';
    let sure = token;
    let full = token;
    let numberCertain = true;
    const quantityAt = (at: number): boolean => p.quantity.test(prose.slice(at, at + 24));
    const quantityAfter = (): boolean => {
      if (g.pct !== undefined || g.cur !== undefined || g.scur !== undefined || g.word !== undefined) return true;
      if (quantityAt(tokenEnd) || /[$€£¥₽][ \u00a0]?$/.test(before2)) return true;
      // `from 3,4 to 1,9 days`: the second number's quantity is the first one's.
      const pair = PAIR.exec(prose.slice(tokenEnd, tokenEnd + 24));
      return pair !== null && pair[1]!.includes(token.replace(/\d/g, '')) && quantityAt(tokenEnd + pair[0].length);
    };
    const decimalIssue = (): void => {
      sure = full = formatDigits(int, frac, T);
      issues.push({ messageId: 'decimal', level: 'fix', data: { decimal: T.decimal } });
    };
    switch (parsed.kind) {
      case 'plain':
        int = parsed.int;
        break;
      case 'decimal': {
        int = parsed.int;
        frac = parsed.frac;
        if (parsed.sep === T.decimal) break;
        // Another separator before 1-2 digits (or after a lone zero): a decimal separator when a quantity follows.
        const zero = int === '0' && en && !/[[(]$/.test(before2);
        if (YEAR_LIKE.test(int) || !(zero || quantityAfter())) continue;
        decimalIssue();
        break;
      }
      case 'ambiguous': {
        const { sep } = parsed;
        const thousands = parsed.int + parsed.frac;
        const sourceGroups = source !== null && source.group === sep && source.decimal !== sep;
        if (sep === T.group) {
          int = thousands;
          break;
        }
        if (/^[ \u00a0]?°/.test(prose.slice(tokenEnd, tokenEnd + 2))) continue; // coordinates, angles
        // `8.100 In accordance with ...` at the start of a sentence: a numbered paragraph.
        if (/^[ \u00a0]\p{Lu}/u.test(prose.slice(tokenEnd, tokenEnd + 2)) && /(?:^|[.!?:]["”’)]?[ \u00a0]+|\n[ \t]*)$/.test(prose.slice(Math.max(0, start - 4), start))) continue;
        // A scale word or percent sign after it makes it a decimal (`1.128 billion`, `2.325%`), unless the source
        // groups with this separator and the digits are round (`5.000 million` from Spanish).
        const scaled = g.word !== undefined || g.pct !== undefined;
        const roundGroup = sourceGroups && parsed.frac.endsWith(scaled ? '00' : '0');
        if (roundGroup || (!scaled && sourceGroups)) {
          int = thousands;
          sure = full = formatDigits(thousands, '', T);
          numberCertain = roundGroup;
          if (roundGroup) issues.push({ messageId: 'grouping', level: 'fix' });
          else {
            sure = token;
            issues.push({ messageId: 'ambiguous', level: 'info' });
          }
          break;
        }
        if (scaled || (source !== null && source.decimal === sep)) {
          int = parsed.int;
          frac = parsed.frac;
          if (sep === T.decimal) break;
          if (!quantityAfter()) continue;
          decimalIssue();
          break;
        }
        // Unknown: a hint when it looks like round thousands (`25.000`, `1.200`), never a fix.
        if (!parsed.frac.endsWith('00')) continue;
        int = thousands;
        full = formatDigits(thousands, '', T);
        numberCertain = false;
        issues.push({ messageId: 'ambiguous', level: 'info' });
        if (sep !== T.decimal) extra.push(formatDigits(parsed.int, parsed.frac, T));
        break;
      }
      case 'grouped': {
        int = parsed.int;
        frac = parsed.frac;
        const decimalOk = parsed.decimal === '' || parsed.decimal === T.decimal;
        if (groupOk(parsed.group, p) && decimalOk) break;
        if (parsed.group === '.' && IP_LIKE(token)) continue;
        if (isSpace(parsed.group) && !spacedNumberReads(prose, start, tokenEnd, g, parsed.group)) continue;
        sure = full = formatDigits(int, frac, T);
        if (!groupOk(parsed.group, p)) issues.push({ messageId: 'grouping', level: 'fix' });
        if (!decimalOk) issues.push({ messageId: 'decimal', level: 'fix', data: { decimal: T.decimal } });
        break;
      }
    }

    let end = tokenEnd;
    const whole = start + m[0].length;
    const range = /\d[-–]$/.test(before2);
    if (g.pct !== undefined) {
      end = whole;
      const spaced = g.pct.length > 1;
      if (T.percentSpace === '' && spaced) {
        issues.push({ messageId: 'percentSpaced', level: 'fix' });
        sure += '%';
        full += '%';
      } else if (T.percentSpace !== '' && !spaced) {
        const level = p.lang === 'fr' ? 'fix' : 'info';
        issues.push({ messageId: 'percentUnspaced', level });
        sure += level === 'fix' ? `${T.percentSpace}%` : '%';
        full += `${T.percentSpace}%`;
      } else {
        sure += g.pct;
        full += g.pct;
      }
    } else if (g.cur !== undefined) {
      end = whole;
      const symbol = g.cur.trim();
      if (T.currencyBefore && !range) {
        issues.push({ messageId: 'currencyBefore', level: 'fix' });
        sure = `${symbol}${T.currencySpace}${sure}`;
        full = `${symbol}${T.currencySpace}${full}`;
      } else {
        sure += g.cur;
        full += g.cur;
      }
    } else if (g.scur !== undefined) {
      // `15 k€`, `2 Md€`: English writes `€15k`, `€2bn`.
      end = whole;
      const form = findScale(p, g.short!);
      const rest = context.text.slice(tokenEnd, end);
      if (en && form && !range) {
        issues.push({ messageId: 'currencyBefore', level: 'fix' });
        if (form.lang !== 'en' && form.form !== ENGLISH_PRESS[form.exp]) issues.push({ messageId: 'foreignScale', level: 'fix', data: { word: g.short!, sourceCode: form.lang } });
        sure = `${g.scur}${sure}${ENGLISH_PRESS[form.exp]}`;
        full = `${g.scur}${full}${ENGLISH_PRESS[form.exp]}`;
      } else {
        sure += rest;
        full += rest;
      }
    } else if (g.word !== undefined) {
      const wordStart = start + m[0].indexOf(g.word, token.length);
      const wordEnd = wordStart + g.word.length;
      const gap = context.text.slice(tokenEnd, wordStart);
      const decimalFixed = issues.some((i) => i.messageId === 'decimal');
      const scale = scaleWord(context, p, source, g.word, wordEnd, int, frac, numberCertain, decimalFixed);
      const moveSymbol = g.wcur !== undefined && T.currencyBefore && !range;
      if (scale || moveSymbol) {
        end = g.wcur !== undefined ? whole : wordEnd;
        const tail = g.wcur !== undefined && !moveSymbol ? context.text.slice(wordEnd, end) : '';
        const head = moveSymbol ? g.wcur! : '';
        if (moveSymbol) issues.push({ messageId: 'currencyBefore', level: 'fix' });
        if (scale) {
          if (scale.replacesNumber) issues.length = 0;
          issues.push(...scale.issues);
          const sureScale = scale.issues.every((i) => i.level === 'fix');
          const word = (text: string, number: string | null, w: string) => (w ? `${number ?? text}${gap}${w}` : (number ?? text));
          full = head + word(full, scale.number, scale.word) + tail;
          sure = head + (sureScale ? word(sure, scale.number, scale.word) : `${sure}${gap}${g.word}`) + tail;
          extra.push(...scale.alternatives);
        } else {
          full = head + full + gap + g.word + tail;
          sure = head + sure + gap + g.word + tail;
        }
      }
    }
    report(context, p, start, end, sure, full, issues, extra);
  }
}

/**
 * In English, spaced digit groups (`11 000`) are a number written the French way only where they read as one
 * number: not in a phone number or a list of numbers (`1 800 451 0491`, `Odyssey 8 266-366`), not a column of a
 * table (`46 800 Provision`), not after a capitalised name (`Boeing 737 800`).
 */
function spacedNumberReads(prose: string, start: number, end: number, g: Record<string, string | undefined>, group: string): boolean {
  const before = prose.slice(Math.max(0, start - 40), start);
  const next = prose.slice(end, end + 3);
  if (/^[ \u00a0\u202f\u2009]*\d|^[-–/.,:]\d/.test(next)) return false;
  if (/\d[ \u00a0\u202f\u2009]*$|[+(]$/.test(before)) return false;
  if (group === '\u202f' || group === '\u2009') return true;
  if (g.pct !== undefined || g.cur !== undefined || g.scur !== undefined || g.word !== undefined) return true;
  // The word after: a lower-case word or punctuation that ends a phrase.
  if (!/^(?:[ \u00a0]+[\p{Ll}$€£]|[.,;:!?)\]”’"]|$)/u.test(next + prose.slice(end + 3, end + 4))) return false;
  // The word before: none, a lower-case word, or a capitalised word that starts a sentence.
  const prev = /(?:^|[\s(“"‘'])(\p{L}[\p{L}'’-]*)[ \u00a0]+$/u.exec(before);
  if (prev && /^\p{Lu}/u.test(prev[1]!)) {
    const head = before.slice(0, before.length - prev[0].length + (prev[0].length - prev[0].trimStart().length));
    if (!/(?:^|[.!?]["”’)]?\s+|\n\s*)$/.test(head)) return false;
  }
  if (!prev && /[\p{L}\p{N}][ \u00a0]*$/u.test(before)) return false;
  return true;
}

function findScale(p: Profile, word: string): ScaleForm | undefined {
  return p.own.get(word.toLowerCase()) ?? p.foreign.get(word) ?? p.foreign.get(word.toLowerCase()) ?? p.short.get(word) ?? pressForm(word);
}

function pressForm(word: string): ScaleForm | undefined {
  const lower = word.toLowerCase();
  const exp = lower === 'k' ? 3 : ['m', 'mn', 'mln'].includes(lower) ? 6 : ['bn', 'bln'].includes(lower) ? 9 : ['tn', 'trn', 'tln'].includes(lower) ? 12 : 0;
  return exp ? { form: word, exp, kind: 'short', lang: 'en' } : undefined;
}

const SUPERSCRIPT: Readonly<Record<string, string>> = { '3': '³', '6': '⁶', '9': '⁹', '12': '¹²' };
const power = (exp: number) => `10${[...String(exp)].map((d) => SUPERSCRIPT[d] ?? '').join('') || SUPERSCRIPT[String(exp)]}`;

interface ScaleVerdict {
  issues: Issue[];
  /** The number rewritten (when the scale moves: `11,000 billion` -> `11`), else null. */
  number: string | null;
  word: string;
  alternatives: string[];
  /** The verdict covers the number's own issue (`1,5 thousand` -> `1,500`). */
  replacesNumber?: boolean;
}

/** What is wrong with the scale word after a number, if anything. */
function scaleWord(
  context: RuleContext,
  p: Profile,
  source: NumberLocale | null,
  word: string,
  wordEnd: number,
  int: string,
  frac: string,
  numberCertain: boolean,
  decimalFixed: boolean,
): ScaleVerdict | null {
  const T = p.locale;
  const en = p.lang === 'en';
  const value = Number(`${int}.${frac || '0'}`);
  const own = p.own.get(word.toLowerCase()) ?? (en ? pressForm(word) : undefined);
  if (own) {
    if (en && int.length >= 4 && own.exp === 9 && own.kind === 'long') {
      // `11,000 billion` -> `11 trillion`.
      const [i, f] = shiftDown(int, frac, 3);
      return { issues: [{ messageId: 'scaleCalque', level: numberCertain ? 'fix' : 'info' }], number: formatDigits(i, f, T), word: T.scaleWord(12, Number(`${i}.${f || '0'}`)) ?? 'trillion', alternatives: [] };
    }
    if (en && int.length >= 4 && own.exp === 6 && own.kind === 'long') {
      // `5,000 million` is English, if heavy: `5 billion` is offered beside any other change, never alone.
      const [i, f] = shiftDown(int, frac, 3);
      return { issues: [], number: null, word, alternatives: [`${formatDigits(i, f, T)} ${T.scaleWord(9, 2) ?? 'billion'}`] };
    }
    if (en && own.exp === 3 && own.kind === 'long' && frac && decimalFixed) {
      // `1,5 thousand` (a decimal comma before `thousand`): `1,500`.
      const [i, f] = shiftUp(int, frac, 3);
      if (!f) return { issues: [{ messageId: 'format', level: numberCertain ? 'fix' : 'info' }], number: formatDigits(i, '', T), word: '', alternatives: [], replacesNumber: true };
    }
    // A false friend: a long-scale word of the target that means less in the (short-scale) source language.
    if (!en && own.kind === 'long') {
      const friends = p.falseFriends.get(foldKey(word));
      if (friends) {
        const from = source ? friends.find((f) => f.lang === source.lang) : friends.find((f) => f.lang === 'en');
        if (from && (!source || from.lang === source.lang)) {
          const target = T.scaleWord(from.exp, value) ?? word;
          return {
            issues: [{ messageId: 'falseFriend', level: source ? 'minor' : 'info', data: { word, value: power(own.exp), sourceValue: power(from.exp), sourceCode: from.lang } }],
            number: null,
            word: matchCase(word, target),
            alternatives: [],
          };
        }
      }
    }
    return null;
  }
  const foreign = p.foreign.get(word) ?? p.foreign.get(word.toLowerCase());
  if (!foreign) return null;
  // A scale word of another language: the target's word for the same power of ten, agreeing with the number.
  let exp = foreign.exp;
  let number: string | null = null;
  let i = int;
  let f = frac;
  while (en && exp < 12 && i.length >= 4) {
    [i, f] = shiftDown(i, f, 3);
    exp += 3;
    number = formatDigits(i, f, T);
  }
  const target = T.scaleWord(exp, Number(`${i}.${f || '0'}`));
  if (!target) return null;
  // `Mrd.` before a capitalised word may end the sentence: then the full stop stays, and only a suggestion.
  let level: Issue['level'] = numberCertain ? 'fix' : 'info';
  let replacement = target;
  if (word.endsWith('.')) {
    const rest = context.prose.slice(wordEnd, wordEnd + 2);
    if (rest === '' || /^\s*$|^[\r\n]/.test(rest)) replacement = `${target}.`;
    else if (/^\s\p{Lu}/u.test(rest) && !/^\s(?:Euro|Dollar|Rubel|Franken|Pfund|US-Dollar)\b/.test(context.prose.slice(wordEnd, wordEnd + 12))) level = level === 'fix' ? 'minor' : level;
  }
  return { issues: [{ messageId: 'foreignScale', level, data: { word, sourceCode: foreign.lang } }], number, word: replacement, alternatives: [] };
}

function matchCase(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** `thousand billion` (with or without a number before it) is a trillion in English. */
function checkThousandBillion(context: RuleContext, p: Profile): void {
  const { prose } = context;
  const re = p.thousandBillion!;
  // A literal search finds the few candidates faster than a regular expression over the whole text.
  for (let i = prose.indexOf('housand'); i >= 0; i = prose.indexOf('housand', i + 7)) {
    re.lastIndex = i - 1;
    const m = re.exec(prose);
    if (!m) continue;
    const word = m[1] === 'T' ? 'Trillion' : 'trillion';
    report(context, p, m.index, m.index + m[0].length, word, word, [{ messageId: 'scaleCalque', level: 'fix' }]);
  }
}

/** `€15` in a language that writes the symbol after the amount: `15 €`. */
function checkCurrencyFirst(context: RuleContext, p: Profile): void {
  const re = p.currencyFirst!;
  const T = p.locale;
  re.lastIndex = 0;
  for (let m = re.exec(context.prose); m; m = re.exec(context.prose)) {
    const token = m[2]!;
    const parsed = parse(token);
    if (!parsed) continue;
    // `€2 milliards`, `$5bn`: a scale word after the amount; left to the writer.
    if (m[3] !== undefined && (findScale(p, m[3]) ?? findScale(p, m[3].replace(/\.$/, ''))) !== undefined) continue;
    let number = token;
    if (parsed.kind === 'decimal' && parsed.sep !== T.decimal) number = formatDigits(parsed.int, parsed.frac, T);
    else if (parsed.kind === 'grouped' && !(groupOk(parsed.group, p) && (parsed.decimal === '' || parsed.decimal === T.decimal))) {
      number = formatDigits(parsed.int, parsed.frac, T);
    } else if (parsed.kind === 'ambiguous' && parsed.sep !== T.group && parsed.sep !== T.decimal) continue;
    const start = m.index;
    const end = start + m[0].indexOf(token, m[1]!.length) + token.length;
    const expected = `${number}${T.currencySpace}${m[1]}`;
    report(context, p, start, end, expected, expected, [{ messageId: 'currencyAfter', level: 'fix' }]);
  }
}

const LIST_START = /(?:^|\n)[ \t]*(?:[-*+>#]+[ \t]*)?$/;

/** `1. January` with a source language that writes the day as an ordinal with a full stop. */
function ordinalDate(context: RuleContext, p: Profile, m: RegExpExecArray, sourceLang: string): void {
  const { prose } = context;
  const start = m.index;
  // A numbered list item (`1. January was cold`) is no date; a date follows a word or an opening bracket.
  if (LIST_START.test(prose.slice(Math.max(0, start - 20), start))) return;
  if (!/\p{L}[ \u00a0]$|[(,][ \u00a0]?$/u.test(prose.slice(Math.max(0, start - 2), start))) return;
  const end = start + m[0].length;
  const day = m[1]!;
  const month = m.groups!.month!;
  report(context, p, start, end, m[0], `${day} ${month}`, [{ messageId: 'ordinalDate', level: 'minor', data: { sourceCode: sourceLang } }], p.lang === 'en' ? [`${month} ${day}`] : []);
}

/** `12/31/2025` in a language that writes the day first: the month cannot be 31, so the order is American. */
function usDate(context: RuleContext, p: Profile, m: RegExpExecArray): void {
  const [dayText, yearText] = m.groups!.usdate!.split('/');
  const month = Number(m[1]);
  const day = Number(dayText);
  const year = Number(yearText);
  if (month < 1 || month > 12 || day <= 12 || day > 31) return;
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return; // 2/30/2025 is no date
  const expected = formatNumericDate(p.lang, year, month, day);
  report(context, p, m.index, m.index + m[0].length, expected, expected, [{ messageId: 'dateOrder', level: 'fix' }]);
}
