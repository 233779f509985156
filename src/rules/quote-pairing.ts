// Quotation marks that do not pair the English way. Three kinds of finding, per paragraph:
// - wrongDirection / wrongOpening: a closing “ (`“…“`) or an opening ” (`”…”`); fix: the English mark.
// - foreignQuotes: guillemets « » ‹ › and low quotes „ ‚ in English text; fix to “ ” / ‘ ’ when the mark's
//   role (opening or closing) is known from a clear pairing, otherwise suggestions only.
// - unbalanced: a double quotation mark with no partner in its paragraph; no fix. Not reported when the
//   paragraph is an unclosed part of a multi-paragraph quotation (the next paragraph opens with a quote), or
//   when digits followed by " (inch marks, 5' 11") make the count uncertain.
// Single quotes double as apostrophes, so they are checked only for foreign marks and for a clear `‘…‘`.
// The double-quote analysis is exported: quote-spacing uses the same pairing to tell opening from closing.
//
// In French, German, Russian and Spanish the same pairing runs with the target's conventions (src/lang/quotes.ts:
// CLDR's marks plus the press and book usage it names), and a pair of marks that the target does not use is a
// finding (`localeQuotes`): “English” quotes or "straight" ones in a French article (fixed to « … » with no-break
// spaces inside), "straight" or “English” ones in German (fixed to „…“, or to »…« when the article writes those),
// a wrong-way mark of the target's own pair (`«mot«`, `»mot»`, `„Wort„`). Where the target accepts two styles
// (German „…“ and »…«, Spanish «…» and “…”), a quotation in the other style is a finding (`inconsistentQuotes`)
// when the article clearly prefers one: used at least twice, and more often. A quotation inside a quotation is
// checked against the target's second level (“ ” or « » inside « » in French, „ “ inside « » in Russian), fixed
// only when the whole paragraph pairs up. Single marks are left alone outside English (‚ ‘ › ‹ are German, ’ is
// the apostrophe).
import type { Span } from '../core/document.js';
import { defineRule, type Report } from '../core/types.js';
import { localeQuotes, type LocaleQuotes, type QuotePair } from '../lang/quotes.js';

export type Role = 'open' | 'close';

export interface QuoteMark {
  /** Absolute offset of the mark. */
  index: number;
  char: string;
  /** The role its surroundings make clear, or null when they do not (spaced on both sides, between letters). */
  clear: Role | null;
  /** The role the pairing gave it. */
  role: Role;
  partner: QuoteMark | null;
  /** Nested inside a quotation of another family (“…” inside «…»). */
  nested: boolean;
}

export interface ParagraphQuotes extends Span {
  /** Double quotation marks of the paragraph (inch marks left out). */
  marks: QuoteMark[];
  /** Marks with no partner. */
  unpartnered: QuoteMark[];
  /** Every mark has a partner, or the paragraph is an unclosed part of a multi-paragraph quotation. */
  paired: boolean;
  /** The pairing cannot be trusted (digits followed by " that may be inch marks or closing quotes). */
  uncertain: boolean;
}

export const DOUBLE_QUOTES = '"“”„«»';
const DOUBLE_QUOTE = /["“”„«»]/g;
const SINGLE_QUOTE = /[‘’‚‹›]/g;
const WS = /[\s\u00a0\u202f\u2007\u2009\u200a]/u;
const OPEN_BEFORE = '([{‘‚‹<*_';
const CLOSE_AFTER = ',;:!?)]}>*_';
const DASHES = '—–-/';
const MASK = '\uE000';

type Side = 'space' | 'dash' | 'word' | 'close' | 'mask';

function before(prose: string, i: number, from: number): Side {
  if (i <= from) return 'space';
  const c = prose[i - 1]!;
  if (c === '\n' || c === '\r' || WS.test(c) || OPEN_BEFORE.includes(c)) return 'space';
  if (DASHES.includes(c)) return 'dash';
  if (c === MASK) return 'mask';
  return 'word';
}

function after(prose: string, i: number, to: number): Side {
  if (i + 1 >= to) return 'space';
  const c = prose[i + 1]!;
  if (c === '\n' || c === '\r' || WS.test(c)) return 'space';
  if (CLOSE_AFTER.includes(c)) return 'close';
  if (c === '.' || c === '…') {
    // `"word".` closes; `"...and then"` opens.
    const d = prose[i + 2];
    return d !== undefined && (d === '.' || /[\p{L}\p{N}]/u.test(d)) ? 'word' : 'close';
  }
  if (DASHES.includes(c)) return 'dash';
  if (c === MASK) return 'mask';
  return 'word';
}

/** The role a mark's immediate surroundings make clear. */
export function clearRole(prose: string, i: number, from: number, to: number): Role | null {
  const b = before(prose, i, from);
  const a = after(prose, i, to);
  if ((b === 'space' || b === 'dash') && a === 'word') return 'open';
  if ((b === 'word' || b === 'dash') && (a === 'space' || a === 'close' || a === 'dash')) return 'close';
  return null;
}

/** A closing mark between a word and a lower-case word (`be" constantly`): maybe a stray quote. */
function weakClose(prose: string, i: number): boolean {
  return /\p{L}/u.test(prose[i - 1] ?? '') && /^[ \u00a0]\p{Ll}/u.test(prose.slice(i + 1, i + 3));
}

const family = (c: string): string => (c === '«' || c === '»' ? 'guillemet' : 'other');

/**
 * How the pairing reads a target's marks: the role a mark has whatever its surroundings (used when they do not
 * tell: `« mot »` is spaced on both sides), and whether « » may nest inside « ». Null for English: its pairing
 * reads the surroundings only.
 */
interface Reading {
  hints: Readonly<Record<string, Role>>;
  nestGuillemets: boolean;
  /**
   * French: a no-break space after « or before » (and not on the other side) is the inside of the quotation
   * (`l’«\u00a0affaire`); a » that starts a paragraph opens it (the older "guillemets de suite" of a quotation that
   * runs over several paragraphs).
   */
  spacedGuillemets: boolean;
}

const READINGS: Readonly<Record<string, Reading>> = {
  fr: { hints: { '«': 'open', '»': 'close', '„': 'open' }, nestGuillemets: true, spacedGuillemets: true },
  es: { hints: { '«': 'open', '»': 'close', '„': 'open' }, nestGuillemets: false, spacedGuillemets: false },
  ru: { hints: { '«': 'open', '»': 'close', '„': 'open' }, nestGuillemets: true, spacedGuillemets: false },
  // »…« and «…» both occur in German text: a guillemet's role comes from its surroundings.
  de: { hints: { '„': 'open' }, nestGuillemets: false, spacedGuillemets: false },
};

function readingFor(lang: string): Reading | null {
  return READINGS[lang] ?? null;
}

const NO_BREAK = /[\u00a0\u202f]/u;

/** Whether only spaces stand between the paragraph start `from` and `i`. */
function startsParagraph(prose: string, i: number, from: number): boolean {
  for (let k = from; k < i; k++) if (!/\s/u.test(prose[k]!)) return false;
  return true;
}

/** The role the surroundings make clear, read with a target's conventions (English: `clearRole`). */
function clearIn(prose: string, i: number, from: number, to: number, reading: Reading | null): Role | null {
  if (reading?.spacedGuillemets) {
    const c = prose[i];
    if (c === '«' || c === '»') {
      const before = i > from && NO_BREAK.test(prose[i - 1]!);
      const after = i + 1 < to && NO_BREAK.test(prose[i + 1]!);
      if (c === '«' && after && !before) return 'open';
      if (c === '»' && before && !after) return 'close';
      if (c === '»' && startsParagraph(prose, i, from) && i + 1 < to && /\s/u.test(prose[i + 1]!)) return 'open';
    }
  }
  return clearRole(prose, i, from, to);
}

interface Pairing {
  marks: QuoteMark[];
  unpartnered: QuoteMark[];
  /** Unpartnered marks are only opening marks left open at the end. */
  onlyUnclosed: boolean;
}

function pair(prose: string, span: Span, candidates: number[], reading: Reading | null): Pairing {
  const marks: QuoteMark[] = [];
  const unpartnered: QuoteMark[] = [];
  let onlyUnclosed = true;
  const stack: QuoteMark[] = [];
  for (const index of candidates) {
    const clear = reading ? clearIn(prose, index, span.start, span.end, reading) : clearRole(prose, index, span.start, span.end);
    const char = prose[index]!;
    const role: Role = clear ?? (reading?.hints[char] ?? (stack.length ? 'close' : 'open'));
    const mark: QuoteMark = { index, char, clear, role, partner: null, nested: false };
    marks.push(mark);
    if (role === 'open') {
      const top = stack[stack.length - 1];
      const nests = reading?.nestGuillemets === true && char === '«' && top?.char === '«' && stack.length < 2;
      if (top && !nests && (family(top.char) === family(mark.char) || stack.length >= 2)) {
        unpartnered.push(stack.pop()!);
        onlyUnclosed = false;
      }
      mark.nested = stack.length > 0;
      stack.push(mark);
    } else {
      const open = stack.pop();
      if (open) {
        open.partner = mark;
        mark.partner = open;
        mark.nested = open.nested;
      } else {
        // Two closing marks for one opening one: `"We need to be" constantly vigilant," he said`. The mark
        // closing after punctuation is the real one; a mark between a word and a lower-case word is the stray.
        const last = marks[marks.length - 2];
        if (last?.role === 'close' && last.partner && !last.nested && weakClose(prose, last.index) && /[,.!?…]/u.test(prose[index - 1] ?? '')) {
          const open = last.partner;
          last.partner = null;
          unpartnered.push(last);
          open.partner = mark;
          mark.partner = open;
        } else {
          unpartnered.push(mark);
        }
        onlyUnclosed = false;
      }
    }
  }
  unpartnered.push(...stack);
  unpartnered.sort((a, b) => a.index - b.index);
  return { marks, unpartnered, onlyUnclosed };
}

function firstOpensQuote(prose: string, span: Span, reading: Reading | null): boolean {
  const m = /[^\s\uE000]/u.exec(prose.slice(span.start, span.end));
  if (!m) return false;
  const i = span.start + m.index;
  const c = prose[i]!;
  return DOUBLE_QUOTES.includes(c) && (clearIn(prose, i, span.start, span.end, reading) ?? reading?.hints[c]) === 'open';
}

/** The marks of a paragraph that has none (shared, never written to). */
const NO_MARKS: QuoteMark[] = Object.freeze([]) as unknown as QuoteMark[];

/** The last analysis, per paragraph list (a document's is computed once): the quote rules share it. */
const analysed = new WeakMap<readonly Span[], { prose: string; lang: string; result: readonly ParagraphQuotes[] }>();

/**
 * Pairs the double quotation marks of every paragraph (read-only: the result is shared), with the conventions of
 * target language `lang` (English reads the surroundings of each mark only).
 */
export function analyseQuotes(prose: string, paragraphs: readonly Span[], lang = 'en'): readonly ParagraphQuotes[] {
  const known = analysed.get(paragraphs);
  if (known && known.prose === prose && known.lang === lang) return known.result;
  const reading = readingFor(lang);
  const out: ParagraphQuotes[] = [];
  // Every mark of the text, found with one scan, then handed to its paragraph.
  const found: number[] = [];
  DOUBLE_QUOTE.lastIndex = 0;
  for (let m = DOUBLE_QUOTE.exec(prose); m; m = DOUBLE_QUOTE.exec(prose)) found.push(m.index);
  let f = 0;
  // Index loops, here and in the rules that read the analysis: paragraphs are many, and a for-of loop allocates.
  for (let n = 0; n < paragraphs.length; n++) {
    const span = paragraphs[n]!;
    while (f < found.length && found[f]! < span.start) f++;
    // Most paragraphs have no mark: nothing to pair.
    if (f === found.length || found[f]! >= span.end) {
      out.push({ start: span.start, end: span.end, marks: NO_MARKS, unpartnered: NO_MARKS, paired: true, uncertain: false });
      continue;
    }
    const all: number[] = [];
    const inches = new Set<number>();
    for (; f < found.length && found[f]! < span.end; f++) {
      const i = found[f]!;
      const c = prose[i]!;
      all.push(i);
      // 5' 11", a 12" single: a straight or right quote right after a digit, not followed by a word.
      if ((c === '"' || c === '”') && i > span.start && /\p{N}/u.test(prose[i - 1]!) && after(prose, i, span.end) !== 'word') {
        inches.add(i);
      }
    }
    let best: Pairing;
    let uncertain = false;
    if (inches.size === 0) {
      best = pair(prose, span, all, reading);
    } else {
      // Try: inch marks only where no quotation is open; all of them inch marks; none of them.
      const tries: Pairing[] = [];
      {
        let open = 0;
        const kept: number[] = [];
        for (const i of all) {
          const clear = clearIn(prose, i, span.start, span.end, reading);
          if (inches.has(i) && open === 0) continue;
          kept.push(i);
          const role = clear ?? reading?.hints[prose[i]!] ?? (open ? 'close' : 'open');
          open = role === 'open' ? 1 : 0;
        }
        tries.push(pair(prose, span, kept, reading));
      }
      tries.push(pair(prose, span, all.filter((i) => !inches.has(i)), reading));
      tries.push(pair(prose, span, all, reading));
      best = tries.find((t) => t.unpartnered.length === 0) ?? tries[0]!;
      uncertain = best.unpartnered.length > 0;
    }
    const next = paragraphs[n + 1];
    const continued =
      best.unpartnered.length === 1 && best.onlyUnclosed && next !== undefined && firstOpensQuote(prose, next, reading);
    out.push({
      start: span.start,
      end: span.end,
      marks: best.marks,
      unpartnered: best.unpartnered,
      paired: best.unpartnered.length === 0 || continued,
      uncertain,
    });
  }
  analysed.set(paragraphs, { prose, lang, result: out });
  return out;
}

const FOREIGN = '«»„';

export default defineRule({
  meta: {
    id: 'quote-pairing',
    category: 'locale-convention/quote-marks',
    severity: 'minor',
    messages: ['wrongDirection', 'wrongOpening', 'foreignQuotes', 'foreignUnpaired', 'unbalanced', 'localeQuotes', 'localeUnpaired', 'inconsistentQuotes'],
    fixable: true,
    hasSuggestions: true,
    languages: ['en', 'fr', 'de', 'ru', 'es'],
    description: 'Quotation marks that point the wrong way, are not the target language’s, or have no partner.',
  },
  check(context) {
    const { prose, doc } = context;
    if (context.lang !== 'en') {
      const conventions = localeQuotes(context.lang);
      if (conventions) for (const r of checkLocale(prose, doc.paragraphs(), conventions)) context.report(r);
      return;
    }
    const paragraphs = doc.paragraphs();
    const reports: Report[] = [];
    // The single marks of the whole text, found with one scan, then handed to their paragraphs (most have none).
    const singles: number[] = [];
    const single = new RegExp(SINGLE_QUOTE);
    for (let m = single.exec(prose); m; m = single.exec(prose)) singles.push(m.index);
    let s = 0;
    const paras = analyseQuotes(prose, paragraphs);
    for (let n = 0; n < paras.length; n++) {
      const para = paras[n]!;
      for (let k = 0; k < para.marks.length; k++) {
        const m = para.marks[k]!;
        const at = { start: m.index, end: m.index + 1 };
        if (!m.partner) {
          if (FOREIGN.includes(m.char)) {
            // Role unknown: offer both English marks, or the one its surroundings make clear.
            const sugg = m.clear === 'open' ? ['“'] : m.clear === 'close' ? ['”'] : ['“', '”'];
            reports.push({ messageId: 'foreignUnpaired', data: { quote: m.char, pair: '“ ”' }, ...at, suggestions: sugg });
          } else if (!para.paired && !para.uncertain) {
            reports.push({ messageId: 'unbalanced', data: { quote: m.char }, ...at });
          }
          continue;
        }
        // Trust the pairing when the paragraph pairs up, or when both marks' surroundings agree with it.
        const trusted = (para.paired && !para.uncertain) || (m.clear !== null && m.partner.clear !== null);
        const expected = m.nested ? (m.role === 'open' ? '‘' : '’') : m.role === 'open' ? '“' : '”';
        let messageId: string | null = null;
        if (FOREIGN.includes(m.char)) messageId = 'foreignQuotes';
        else if (m.role === 'close' && m.char === '“') messageId = 'wrongDirection';
        else if (m.role === 'open' && m.char === '”') messageId = 'wrongOpening';
        if (!messageId) continue;
        if (messageId !== 'foreignQuotes' && (!trusted || m.nested)) continue;
        const report: Report = { messageId, data: { quote: m.char, expected }, ...at };
        if (trusted && !m.nested) report.fix = { ...at, text: expected };
        else report.suggestions = [expected];
        reports.push(report);
      }
      while (s < singles.length && singles[s]! < para.start) s++;
      if (s < singles.length && singles[s]! < para.end) singleQuotes(prose, para, singles, s, reports);
    }
    for (const r of reports) context.report(r);
  },
});

const LETTER = /[\p{L}\p{N}]/u;

/** Spaces that may sit just inside a quotation mark. */
const INNER_SPACE = /[ \t\u00a0\u202f\u2007\u2009\u200a]/u;

/** The findings of a target other than English, whose conventions are `q`. */
function checkLocale(prose: string, paragraphs: readonly Span[], q: LocaleQuotes): Report[] {
  const paras = analyseQuotes(prose, paragraphs, q.lang);
  const { house, counts } = houseStyle(paras, q);
  const houseCount = counts[q.outer.indexOf(house)]!;
  const nested = q.nested(house);
  const known = new Set([...q.outer, ...q.inner].flatMap((p) => [p.open, p.close]));
  const languageCode = q.lang;
  const reports: Report[] = [];
  for (const para of paras) {
    for (const m of para.marks) {
      if (!m.partner) {
        if (!known.has(m.char) && m.char !== '"') {
          const sugg = m.clear === 'open' ? [house.open] : m.clear === 'close' ? [house.close] : [house.open, house.close];
          const at = { start: m.index, end: m.index + 1 };
          reports.push({ messageId: 'localeUnpaired', data: { quote: m.char, pair: `${house.open} ${house.close}`, languageCode }, ...at, suggestions: sugg });
        } else if (!para.paired && !para.uncertain) {
          reports.push({ messageId: 'unbalanced', data: { quote: m.char }, start: m.index, end: m.index + 1 });
        }
        continue;
      }
      // A pair is judged once, at its opening mark.
      if (m.role !== 'open') continue;
      const close = m.partner;
      const level = m.nested ? q.inner : q.outer;
      const trusted = (para.paired && !para.uncertain) || (m.clear !== null && close.clear !== null);
      // » … » in French: a quotation continued over paragraphs, each opening with » (guillemets de suite).
      if (q.lang === 'fr' && m.char === '»' && close.char === '»' && startsParagraph(prose, m.index, para.start)) continue;
      const accepted = level.findIndex((p) => p.open === m.char && p.close === close.char);
      if (accepted >= 0) {
        // A second accepted style in an article that clearly quotes with another (“ ” among « » in Spanish).
        const own = level[accepted]!;
        if (m.nested || own === house || houseCount < 2 || counts[accepted]! >= houseCount) continue;
        for (const [mark, expected] of [[m, house.open], [close, house.close]] as const) {
          const at = { start: mark.index, end: mark.index + 1 };
          const data = { quote: mark.char, expected, pair: `${house.open} ${house.close}` };
          reports.push(trusted ? { messageId: 'inconsistentQuotes', data, ...at, fix: { ...at, text: expected } } : { messageId: 'inconsistentQuotes', data, ...at, suggestions: [expected] });
        }
        continue;
      }
      const wrong: { mark: QuoteMark; expected: string; messageId: string }[] = [];
      const byOpen = level.find((p) => p.open === m.char);
      const byClose = level.find((p) => p.close === close.char);
      let target: QuotePair | null = null;
      if (byOpen) {
        // `„Wort”`, `«mot«`: the opening mark is the target's; the closing one is not its partner.
        wrong.push({ mark: close, expected: byOpen.close, messageId: close.char === byOpen.open ? 'wrongDirection' : 'localeQuotes' });
      } else if (byClose) {
        wrong.push({ mark: m, expected: byClose.open, messageId: m.char === byClose.close ? 'wrongOpening' : 'localeQuotes' });
      } else {
        // Neither mark is the target's: the pair the article uses (or CLDR's).
        target = m.nested ? nested : house;
        wrong.push({ mark: m, expected: target.open, messageId: 'localeQuotes' }, { mark: close, expected: target.close, messageId: 'localeQuotes' });
      }
      // Inside a quotation, a fix only when the whole paragraph pairs up.
      const fixable = m.nested ? para.paired && !para.uncertain : trusted;
      for (const w of wrong) {
        if (w.messageId !== 'localeQuotes' && (!trusted || m.nested)) continue;
        const at = { start: w.mark.index, end: w.mark.index + 1 };
        const report: Report = { messageId: w.messageId, data: { quote: w.mark.char, expected: w.expected, languageCode }, ...at };
        if (fixable) {
          // A whole pair replaced at the outer level takes the target's inner space (« … » in French), in place of
          // any space that was there; a mark at a line's edge gets none.
          const edit = target && !m.nested && q.innerSpace ? spaced(prose, para, w.mark, w.expected, q.innerSpace) : { ...at, text: w.expected };
          report.start = edit.start;
          report.end = edit.end;
          report.fix = edit;
        } else {
          report.suggestions = [w.expected];
        }
        reports.push(report);
      }
    }
  }
  return reports;
}

/** The edit that writes `expected` for `mark` with `space` inside the quotation, replacing the spaces there. */
function spaced(prose: string, para: Span, mark: QuoteMark, expected: string, space: string): { start: number; end: number; text: string } {
  const i = mark.index;
  if (mark.role === 'open') {
    let j = i + 1;
    while (j < para.end && INNER_SPACE.test(prose[j]!)) j++;
    const edge = j >= para.end || prose[j] === '\n' || prose[j] === '\r';
    return edge ? { start: i, end: i + 1, text: expected } : { start: i, end: j, text: expected + space };
  }
  let k = i;
  while (k > para.start && INNER_SPACE.test(prose[k - 1]!)) k--;
  const edge = k <= para.start || prose[k - 1] === '\n' || prose[k - 1] === '\r';
  return edge ? { start: i, end: i + 1, text: expected } : { start: k, end: i + 1, text: space + expected };
}

/**
 * The outer pair the article uses most among those the target accepts, counted by their opening marks (`„Wort”`
 * counts for „ “); CLDR's on a tie or when there is none. With the count of each accepted outer pair.
 */
function houseStyle(paras: readonly ParagraphQuotes[], q: LocaleQuotes): { house: QuotePair; counts: number[] } {
  const counts = new Array<number>(q.outer.length).fill(0);
  if (q.outer.length === 1) return { house: q.outer[0]!, counts };
  for (const para of paras) {
    for (const m of para.marks) {
      if (m.role !== 'open' || m.nested || !m.partner) continue;
      const k = q.outer.findIndex((p) => p.open === m.char);
      if (k >= 0) counts[k]!++;
    }
  }
  let best = 0;
  counts.forEach((n, k) => {
    if (n > counts[best]!) best = k;
  });
  return { house: q.outer[best]!, counts };
}

/** Foreign single quotes (‹ › ‚) and a clear `‘…‘` quotation whose closing mark points the wrong way. */
function singleQuotes(prose: string, span: Span, singles: readonly number[], first: number, reports: Report[]): void {
  // Single curly and foreign marks that are not apostrophes inside a word (don’t, O’Brien); those of the text are
  // `singles`, the paragraph's from `first`.
  const marks: { index: number; char: string; clear: Role | null }[] = [];
  for (let k = first; k < singles.length && singles[k]! < span.end; k++) {
    const i = singles[k]!;
    const c = prose[i]!;
    if ((c === '’' || c === '‘') && i > span.start && LETTER.test(prose[i - 1]!) && LETTER.test(prose[i + 1] ?? '')) continue;
    marks.push({ index: i, char: c, clear: clearRole(prose, i, span.start, span.end) });
  }
  // ‹ › pair among themselves; a fix only when they alternate open/close with clear roles.
  const angle = marks.filter((m) => m.char === '‹' || m.char === '›');
  const alternate =
    angle.length % 2 === 0 && angle.every((m, k) => m.clear === (k % 2 === 0 ? 'open' : 'close'));
  for (const m of angle) {
    const at = { start: m.index, end: m.index + 1 };
    if (alternate) {
      const expected = m.clear === 'open' ? '‘' : '’';
      reports.push({ messageId: 'foreignQuotes', data: { quote: m.char, expected }, ...at, fix: { ...at, text: expected } });
    } else {
      const sugg = m.clear === 'open' ? ['‘'] : m.clear === 'close' ? ['’'] : ['‘', '’'];
      reports.push({ messageId: 'foreignUnpaired', data: { quote: m.char, pair: '‘ ’' }, ...at, suggestions: sugg });
    }
  }
  marks.forEach((m, k) => {
    if (m.char !== '‚' && m.char !== '‘') return;
    // Only a clear opening: ‚ after a letter is a comma look-alike, ‘90s an apostrophe.
    if (m.clear !== 'open' || !/\p{L}/u.test(prose[m.index + 1] ?? '')) return;
    const at = { start: m.index, end: m.index + 1 };
    if (m.char === '‚') {
      reports.push({ messageId: 'foreignQuotes', data: { quote: '‚', expected: '‘' }, ...at, fix: { ...at, text: '‘' } });
    }
    // Its partner: the next single mark, if it closes clearly; a closing ‘ points the wrong way.
    const next = marks[k + 1];
    if (next && next.char === '‘' && next.clear === 'close' && !/\p{N}/u.test(prose[next.index + 1] ?? '')) {
      const to = { start: next.index, end: next.index + 1 };
      reports.push({ messageId: 'wrongDirection', data: { quote: '‘', expected: '’' }, ...to, fix: { ...to, text: '’' } });
    }
  });
}
