// Quotation marks of each target language. The marks come from CLDR (package cldr-misc-full,
// main/<lang>/delimiters.json): `quotationStart`/`quotationEnd` for a quotation and `alternateQuotationStart`/
// `alternateQuotationEnd` for a quotation inside a quotation. The JSON is read on first use (a check of an
// English text never loads the other locales).
//
// CLDR gives one convention per locale; newsrooms and publishers accept a few more, added here with their source.
// These additions only widen what is accepted (a mark they name is never a finding); what a fix writes is always a
// pair that CLDR or the named reference gives.
// - fr: « » at both levels (CLDR). “ ” inside « » is common in the French press and admitted as a second level by
//   the Lexique des règles typographiques en usage à l'Imprimerie nationale; a no-break space inside « » (the same
//   reference; CLDR fr itself writes U+00A0 in its percent and currency patterns and U+202F as the group separator).
// - de: „ “ and ‚ ‘ (CLDR); »…« and ›…‹ are the book style (Duden, Die deutsche Rechtschreibung, "Anführungszeichen").
// - ru: « » and „ “ (CLDR; A. Мильчин, Справочник издателя и автора). «…» inside «…» is tolerated.
// - es: “ ” and ‘ ’ (CLDR 48); « » as the first level with “ ” inside it is what the Real Academia Española
//   recommends (Ortografía de la lengua española, 2010, §3.4.8), so both are accepted.
// - en: “ ” and ‘ ’ (CLDR).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface QuotePair {
  open: string;
  close: string;
}

export interface LocaleQuotes {
  lang: string;
  /** CLDR quotationStart / quotationEnd. */
  primary: QuotePair;
  /** CLDR alternateQuotationStart / alternateQuotationEnd: a quotation inside a quotation. */
  alternate: QuotePair;
  /** Double-mark pairs accepted for a quotation (CLDR's primary first). */
  outer: readonly QuotePair[];
  /** Double-mark pairs accepted for a quotation inside another one. */
  inner: readonly QuotePair[];
  /** The space written just inside the marks of an outer quotation: U+00A0 in French, none elsewhere. */
  innerSpace: string;
  /** Whether « » may nest inside « » (CLDR fr gives « » at both levels; Russian tolerates it). */
  nestGuillemets: boolean;
  /** The pair to write for a quotation inside one quoted with `outer`. */
  nested(outer: QuotePair): QuotePair;
}

interface CldrDelimiters {
  quotationStart: string;
  quotationEnd: string;
  alternateQuotationStart: string;
  alternateQuotationEnd: string;
}

/** The CLDR delimiters of `lang`, or null when CLDR has no such locale. */
export function cldrQuotes(lang: string): { primary: QuotePair; alternate: QuotePair } | null {
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(lang)) return null;
  let d: CldrDelimiters;
  try {
    const json = require(`cldr-misc-full/main/${lang}/delimiters.json`) as { main: Record<string, { delimiters: CldrDelimiters }> };
    const entry = json.main[lang];
    if (!entry) return null;
    d = entry.delimiters;
  } catch {
    return null;
  }
  return {
    primary: { open: d.quotationStart, close: d.quotationEnd },
    alternate: { open: d.alternateQuotationStart, close: d.alternateQuotationEnd },
  };
}

const pair = (open: string, close: string): QuotePair => ({ open, close });
const same = (a: QuotePair, b: QuotePair): boolean => a.open === b.open && a.close === b.close;

interface Usage {
  /** Pairs accepted for a quotation beyond CLDR's primary pair. */
  outer: readonly QuotePair[];
  /** Pairs accepted inside a quotation beyond CLDR's alternate pair. */
  inner: readonly QuotePair[];
  /** The pair written inside a quotation, by the outer quotation's opening mark, where it is not CLDR's alternate. */
  nested: Readonly<Record<string, QuotePair>>;
}

/** Usage beyond CLDR (see the header for the sources). */
const USAGE: Readonly<Record<string, Usage>> = {
  fr: { outer: [], inner: [pair('“', '”')], nested: { '«': pair('“', '”') } },
  de: { outer: [pair('»', '«')], inner: [pair('»', '«'), pair('„', '“')], nested: { '»': pair('›', '‹') } },
  ru: { outer: [], inner: [pair('«', '»')], nested: {} },
  es: { outer: [pair('«', '»')], inner: [pair('“', '”'), pair('«', '»')], nested: { '«': pair('“', '”') } },
};
const NO_USAGE: Usage = { outer: [], inner: [], nested: {} };

const cache = new Map<string, LocaleQuotes | null>();

/**
 * The quotation conventions of a target language (primary subtag), or null when CLDR does not know it.
 * Read once per language.
 */
export function localeQuotes(lang: string): LocaleQuotes | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const cldr = cldrQuotes(lang);
  let result: LocaleQuotes | null = null;
  if (cldr) {
    const usage = USAGE[lang] ?? NO_USAGE;
    const add = (list: QuotePair[], p: QuotePair): void => {
      if (!list.some((q) => same(q, p))) list.push(p);
    };
    const outer: QuotePair[] = [cldr.primary];
    for (const p of usage.outer) add(outer, p);
    // Only double marks are paired as quotations (single marks double as apostrophes): a single-mark alternate
    // (‘ ’, ‚ ‘) is not a double pair.
    const inner: QuotePair[] = [];
    if (isDouble(cldr.alternate.open)) add(inner, cldr.alternate);
    for (const p of usage.inner) add(inner, p);
    result = {
      lang,
      primary: cldr.primary,
      alternate: cldr.alternate,
      outer,
      inner,
      innerSpace: lang === 'fr' ? '\u00a0' : '',
      nestGuillemets: lang === 'fr' || lang === 'ru',
      nested: (o: QuotePair): QuotePair => usage.nested[o.open] ?? cldr.alternate,
    };
  }
  cache.set(lang, result);
  return result;
}

function isDouble(c: string): boolean {
  return '"“”„«»'.includes(c);
}
