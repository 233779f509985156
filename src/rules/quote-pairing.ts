// Quotation marks that do not pair the English way. Three kinds of finding, per paragraph:
// - wrongDirection / wrongOpening: a closing “ (`“…“`) or an opening ” (`”…”`); fix: the English mark.
// - foreignQuotes: guillemets « » ‹ › and low quotes „ ‚ in English text; fix to “ ” / ‘ ’ when the mark's
//   role (opening or closing) is known from a clear pairing, otherwise suggestions only.
// - unbalanced: a double quotation mark with no partner in its paragraph; no fix. Not reported when the
//   paragraph is an unclosed part of a multi-paragraph quotation (the next paragraph opens with a quote), or
//   when digits followed by " (inch marks, 5' 11") make the count uncertain.
// Single quotes double as apostrophes, so they are checked only for foreign marks and for a clear `‘…‘`.
// The double-quote analysis is exported: quote-spacing uses the same pairing to tell opening from closing.
import type { Span } from '../core/document.js';
import { defineRule, type Report } from '../core/types.js';

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

interface Pairing {
  marks: QuoteMark[];
  unpartnered: QuoteMark[];
  /** Unpartnered marks are only opening marks left open at the end. */
  onlyUnclosed: boolean;
}

function pair(prose: string, span: Span, candidates: number[]): Pairing {
  const marks: QuoteMark[] = [];
  const unpartnered: QuoteMark[] = [];
  let onlyUnclosed = true;
  const stack: QuoteMark[] = [];
  for (const index of candidates) {
    const clear = clearRole(prose, index, span.start, span.end);
    const role: Role = clear ?? (stack.length ? 'close' : 'open');
    const mark: QuoteMark = { index, char: prose[index]!, clear, role, partner: null, nested: false };
    marks.push(mark);
    if (role === 'open') {
      const top = stack[stack.length - 1];
      if (top && (family(top.char) === family(mark.char) || stack.length >= 2)) {
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

function firstOpensQuote(prose: string, span: Span): boolean {
  const m = /[^\s\uE000]/u.exec(prose.slice(span.start, span.end));
  if (!m) return false;
  const i = span.start + m.index;
  return DOUBLE_QUOTES.includes(prose[i]!) && clearRole(prose, i, span.start, span.end) === 'open';
}

/** The last analysis, per paragraph list (a document's is computed once): quote-pairing and quote-spacing share it. */
const analysed = new WeakMap<readonly Span[], { prose: string; result: readonly ParagraphQuotes[] }>();

/** Pairs the double quotation marks of every paragraph (read-only: the result is shared). */
export function analyseQuotes(prose: string, paragraphs: readonly Span[]): readonly ParagraphQuotes[] {
  const known = analysed.get(paragraphs);
  if (known && known.prose === prose) return known.result;
  const out: ParagraphQuotes[] = [];
  // Every mark of the text, found with one scan, then handed to its paragraph.
  const found: number[] = [];
  DOUBLE_QUOTE.lastIndex = 0;
  for (let m = DOUBLE_QUOTE.exec(prose); m; m = DOUBLE_QUOTE.exec(prose)) found.push(m.index);
  let f = 0;
  paragraphs.forEach((span, n) => {
    const all: number[] = [];
    const inches = new Set<number>();
    while (f < found.length && found[f]! < span.start) f++;
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
      best = pair(prose, span, all);
    } else {
      // Try: inch marks only where no quotation is open; all of them inch marks; none of them.
      const tries: Pairing[] = [];
      {
        let open = 0;
        const kept: number[] = [];
        for (const i of all) {
          const clear = clearRole(prose, i, span.start, span.end);
          if (inches.has(i) && open === 0) continue;
          kept.push(i);
          const role = clear ?? (open ? 'close' : 'open');
          open = role === 'open' ? 1 : 0;
        }
        tries.push(pair(prose, span, kept));
      }
      tries.push(pair(prose, span, all.filter((i) => !inches.has(i))));
      tries.push(pair(prose, span, all));
      best = tries.find((t) => t.unpartnered.length === 0) ?? tries[0]!;
      uncertain = best.unpartnered.length > 0;
    }
    const next = paragraphs[n + 1];
    const continued =
      best.unpartnered.length === 1 && best.onlyUnclosed && next !== undefined && firstOpensQuote(prose, next);
    out.push({
      start: span.start,
      end: span.end,
      marks: best.marks,
      unpartnered: best.unpartnered,
      paired: best.unpartnered.length === 0 || continued,
      uncertain,
    });
  });
  analysed.set(paragraphs, { prose, result: out });
  return out;
}

const FOREIGN = '«»„';

export default defineRule({
  meta: {
    id: 'quote-pairing',
    category: 'locale-convention/quote-marks',
    severity: 'minor',
    messages: ['wrongDirection', 'wrongOpening', 'foreignQuotes', 'foreignUnpaired', 'unbalanced'],
    fixable: true,
    hasSuggestions: true,
    languages: ['en'],
    description: 'Quotation marks that point the wrong way, are not English, or have no partner.',
  },
  check(context) {
    const { prose, doc } = context;
    const paragraphs = doc.paragraphs();
    const reports: Report[] = [];
    for (const para of analyseQuotes(prose, paragraphs)) {
      for (const m of para.marks) {
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
      singleQuotes(prose, para, reports);
    }
    for (const r of reports) context.report(r);
  },
});

const LETTER = /[\p{L}\p{N}]/u;

/** Foreign single quotes (‹ › ‚) and a clear `‘…‘` quotation whose closing mark points the wrong way. */
function singleQuotes(prose: string, span: Span, reports: Report[]): void {
  // Single curly and foreign marks that are not apostrophes inside a word (don’t, O’Brien).
  const marks: { index: number; char: string; clear: Role | null }[] = [];
  for (const m of prose.slice(span.start, span.end).matchAll(SINGLE_QUOTE)) {
    const i = span.start + m.index;
    const c = m[0];
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
