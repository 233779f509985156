// Number conventions per language, read from CLDR (`cldr-numbers-full`): decimal and group symbols, the minimum
// grouping digits, the percent and currency patterns (where the sign goes and which space sits beside it) and the
// words and abbreviations of the number scale (thousand, million, milliard, Mrd., млрд ...) from the compact decimal
// formats. Each language's JSON loads on first use and is kept.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** One word or abbreviation of the number scale (`milliards`, `Mrd.`, `млрд`), as CLDR's compact formats give it. */
export interface ScaleForm {
  form: string;
  /** Power of ten: 3, 6, 9 or 12. */
  exp: number;
  /** `long` (`milliard`) or `short` (`Md`, `Mrd.`). */
  kind: 'long' | 'short';
  lang: string;
}

export interface NumberLocale {
  lang: string;
  decimal: string;
  group: string;
  /** CLDR minimumGroupingDigits: 2 means a four-digit integer is not grouped (Spanish `1200`, `12.000`). */
  minimumGroupingDigits: number;
  /** What separates a number from `%` (empty when nothing does: English `50%`). */
  percentSpace: string;
  /** Whether the currency symbol precedes the number (`€15` in English) or follows it (`15 €`). */
  currencyBefore: boolean;
  /** What separates the number from the symbol (`''` in English, U+00A0 in French). */
  currencySpace: string;
  /** The scale words of the language, long and short, at 10^3, 10^6, 10^9, 10^12. */
  scale: readonly ScaleForm[];
  /** The long scale word for `exp` that agrees with the number `n` (`1 milliard`, `2 milliards`). */
  scaleWord(exp: number, n: number): string | null;
}

interface CldrNumbers {
  minimumGroupingDigits: string | number;
  'symbols-numberSystem-latn': { decimal: string; group: string };
  'percentFormats-numberSystem-latn': { standard: string };
  'currencyFormats-numberSystem-latn': { standard: string };
  'decimalFormats-numberSystem-latn': {
    long: { decimalFormat: Record<string, string> };
    short: { decimalFormat: Record<string, string> };
  };
}

const SCALE_KEY = /^1((?:000){1,4})-count-([a-z]+)$/;
const cache = new Map<string, NumberLocale | null>();

/** The number conventions of `lang` (a primary subtag such as `fr`), or null when CLDR has no data for it. */
export function numberLocale(lang: string): NumberLocale | null {
  if (cache.has(lang)) return cache.get(lang)!;
  let numbers: CldrNumbers | undefined;
  if (/^[a-z]{2,3}$/.test(lang)) {
    try {
      const json = require(`cldr-numbers-full/main/${lang}/numbers.json`) as { main: Record<string, { numbers: CldrNumbers }> };
      numbers = json.main[lang]?.numbers;
    } catch {
      numbers = undefined;
    }
  }
  const locale = numbers ? build(lang, numbers) : null;
  cache.set(lang, locale);
  return locale;
}

function build(lang: string, n: CldrNumbers): NumberLocale {
  const symbols = n['symbols-numberSystem-latn'];
  const percent = n['percentFormats-numberSystem-latn'].standard.split(';')[0]!;
  const currency = n['currencyFormats-numberSystem-latn'].standard.split(';')[0]!;
  const symbolAt = currency.indexOf('¤');
  const digitsAt = currency.search(/[#0]/);
  const currencyBefore = symbolAt >= 0 && symbolAt < digitsAt;
  const currencySpace = currencyBefore
    ? currency.slice(symbolAt + 1, digitsAt)
    : currency.slice(currency.search(/[#0.,](?![#0.,])/) + 1, symbolAt);
  const decimalFormats = n['decimalFormats-numberSystem-latn'];
  const scale: ScaleForm[] = [];
  // Long forms by exponent and plural category, for scaleWord().
  const long = new Map<string, string>();
  for (const kind of ['long', 'short'] as const) {
    for (const [key, pattern] of Object.entries(decimalFormats[kind].decimalFormat)) {
      const m = SCALE_KEY.exec(key);
      if (!m) continue;
      const exp = m[1]!.length;
      // `0 milliard`, `0 Mrd'.'`, `0K`: the word is what is left beside the zeros, quotes removed.
      if (!/^0[^0]/.test(pattern)) continue;
      const form = pattern.replace(/0/g, '').replace(/'/g, '').trim();
      if (!form || /\d/.test(form)) continue;
      if (kind === 'long') long.set(`${exp}:${m[2]}`, form);
      if (!scale.some((s) => s.form === form && s.exp === exp)) scale.push({ form, exp, kind, lang });
    }
  }
  const plural = new Intl.PluralRules(lang);
  return {
    lang,
    decimal: symbols.decimal,
    group: symbols.group,
    minimumGroupingDigits: Number(n.minimumGroupingDigits) || 1,
    percentSpace: percent.replace(/[#0.,%]/g, '').replace(/'/g, ''),
    currencyBefore,
    currencySpace: currencySpace.replace(/[#0.,]/g, ''),
    scale,
    scaleWord(exp, value) {
      return long.get(`${exp}:${plural.select(value)}`) ?? long.get(`${exp}:other`) ?? null;
    },
  };
}

/**
 * `digits` (an integer part, digits only) and `fraction` (digits, or '' for none) written with the separators of
 * `locale`: `formatDigits('11000', '5', en)` is `11,000.5`; French groups with U+202F.
 */
export function formatDigits(digits: string, fraction: string, locale: NumberLocale): string {
  const int = digits.replace(/^0+(?=\d)/, '');
  let grouped = int;
  if (int.length >= 3 + locale.minimumGroupingDigits) {
    const head = int.length % 3 || 3;
    const parts = [int.slice(0, head)];
    for (let i = head; i < int.length; i += 3) parts.push(int.slice(i, i + 3));
    grouped = parts.join(locale.group);
  }
  return fraction ? `${grouped}${locale.decimal}${fraction}` : grouped;
}

/**
 * Divides the decimal number `digits`.`fraction` by 10^`exp` exactly, in decimal digits (no floating point):
 * `shift('11000', '', 3)` is `['11', '']`, `shift('2500', '', 3)` is `['2', '5']`.
 */
export function shiftDown(digits: string, fraction: string, exp: number): [string, string] {
  const padded = digits.padStart(exp + 1, '0');
  const int = padded.slice(0, padded.length - exp).replace(/^0+(?=\d)/, '');
  const frac = (padded.slice(padded.length - exp) + fraction).replace(/0+$/, '');
  return [int, frac];
}

/** Multiplies `digits`.`fraction` by 10^`exp` exactly: `shiftUp('1', '5', 3)` is `['1500', '']`. */
export function shiftUp(digits: string, fraction: string, exp: number): [string, string] {
  const frac = fraction.padEnd(exp, '0');
  const int = (digits + frac.slice(0, exp)).replace(/^0+(?=\d)/, '');
  return [int, frac.slice(exp).replace(/0+$/, '')];
}

/** Month names of `lang` (January ... December), from ICU through Intl. */
export function monthNames(lang: string): string[] {
  const format = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2021, i, 1))));
}

/** Whether `lang` writes a day of the month as an ordinal with a full stop (German `1. Januar`), per ICU. */
export function usesOrdinalDay(lang: string): boolean {
  try {
    const parts = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2021, 0, 1)));
    const day = parts.findIndex((p) => p.type === 'day');
    return day >= 0 && parts[day + 1]?.type === 'literal' && parts[day + 1]!.value.startsWith('.');
  } catch {
    return false;
  }
}

/** Whether `lang` writes numeric dates day first (`31.12.2025`, `31/12/2025`), per ICU. */
export function dayFirst(lang: string): boolean {
  try {
    const parts = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2021, 0, 2)));
    return parts.findIndex((p) => p.type === 'day') < parts.findIndex((p) => p.type === 'month');
  } catch {
    return false;
  }
}

/** A numeric date written the way `lang` writes it (`31.12.2025` in German), per ICU. */
export function formatNumericDate(lang: string, year: number, month: number, day: number): string {
  return new Intl.DateTimeFormat(lang, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}
