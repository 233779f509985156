// A decoded text plus the spans that are not prose (code, URLs, markup), and offset <-> line/column maps.
// Rules read `prose`: the same text with every masked code unit replaced by MASK, so that offsets stay true
// and no word, quote or punctuation mark inside a masked span can match.

/** The placeholder for masked code units (a private-use character: not a letter, space or punctuation). */
export const MASK = '\uE000';

export type MaskKind = 'code' | 'url' | 'email' | 'html' | 'markup';

export interface Span {
  start: number;
  end: number;
}

export interface Mask extends Span {
  kind: MaskKind;
}

/**
 * Something the reader of a report should know about how a document was read (a Markdown file read as plain text).
 * `key` names a message of the catalogues' `notices` section; `data` fills it in.
 */
export interface Notice {
  key: string;
  data: Record<string, string | number>;
}

export interface Position {
  line: number;
  column: number;
}

export class Document {
  readonly text: string;
  readonly prose: string;
  readonly masks: readonly Mask[];
  readonly notices: readonly Notice[];
  private readonly lineStarts: number[];
  private lineCache: readonly Span[] | null = null;
  private paragraphCache: readonly Span[] | null = null;

  constructor(text: string, masks: Mask[] = [], notices: readonly Notice[] = []) {
    this.text = text;
    this.notices = notices;
    this.masks = normaliseMasks(masks, text.length);
    this.prose = applyMasks(text, this.masks);
    this.lineStarts = [0];
    if (!text.includes('\r')) {
      // Most texts: `\n` only, found by indexOf (several times faster than the pattern).
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    } else {
      const re = /\r\n|\r|\n/g;
      for (let m = re.exec(text); m; m = re.exec(text)) this.lineStarts.push(m.index + m[0].length);
    }
  }

  /** 1-based line and column (UTF-16 code units) of an offset. */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  /**
   * True when [start, end) touches a masked span (an empty range touches a span that contains it), not counting
   * spans of the `except` kinds.
   */
  isMasked(start: number, end: number, except?: readonly MaskKind[]): boolean {
    // The masks are sorted and disjoint, so their ends are sorted too: skip those that end at or before `start`
    // by a binary search (a scan from the first mask would cost a pass over the masks per finding).
    const masks = this.masks;
    let lo = 0;
    let hi = masks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (masks[mid]!.end > start) hi = mid;
      else lo = mid + 1;
    }
    for (let k = lo; k < masks.length; k++) {
      const m = masks[k]!;
      if (m.start >= Math.max(end, start + 1)) break;
      if (!except?.includes(m.kind)) return true;
    }
    return false;
  }

  /** Lines as [start, end) without their terminators (computed once; read-only). */
  lines(): readonly Span[] {
    if (this.lineCache) return this.lineCache;
    const out: Span[] = [];
    for (let i = 0; i < this.lineStarts.length; i++) {
      const start = this.lineStarts[i]!;
      let end = i + 1 < this.lineStarts.length ? this.lineStarts[i + 1]! : this.text.length;
      while (end > start && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
      out.push(Object.freeze({ start, end }));
    }
    this.lineCache = Object.freeze(out);
    return this.lineCache;
  }

  /**
   * The lines (as in `lines()`) whose prose holds a match of `candidate` (a global regex that cannot match across
   * a line break), found with one scan of the whole text: rules that work line by line skip the others.
   */
  linesWith(candidate: RegExp): Span[] {
    const out: Span[] = [];
    const lines = this.lines();
    let l = 0;
    candidate.lastIndex = 0;
    for (let m = candidate.exec(this.prose); m; m = candidate.exec(this.prose)) {
      while (l < lines.length && lines[l]!.end <= m.index) l++;
      if (l === lines.length) break;
      if (lines[l]!.start > m.index) continue; // in a line break
      if (out[out.length - 1] !== lines[l]) out.push(lines[l]!);
      // Go on from the next line: one match is enough to keep this one.
      if (l + 1 < lines.length) candidate.lastIndex = Math.max(candidate.lastIndex, lines[l + 1]!.start);
      else break;
    }
    return out;
  }

  /** Paragraphs: runs of lines separated by lines that are blank in the prose view (computed once; read-only). */
  paragraphs(): readonly Span[] {
    if (this.paragraphCache) return this.paragraphCache;
    const out: Span[] = [];
    let cur: Span | null = null;
    const lines = this.lines();
    for (let n = 0; n < lines.length; n++) {
      const line = lines[n]!;
      const blank = isBlank(this.prose, line.start, line.end);
      if (blank) {
        if (cur) out.push(cur);
        cur = null;
      } else if (cur) {
        cur.end = line.end;
      } else {
        cur = { start: line.start, end: line.end };
      }
    }
    if (cur) out.push(cur);
    this.paragraphCache = Object.freeze(out.map((p) => Object.freeze(p)));
    return this.paragraphCache;
  }
}

/**
 * Whether text[start, end) holds only whitespace (what `\s` matches) and masks, as `!/[^\s\uE000]/u` tells, without
 * slicing the line: most lines are decided by their first code unit.
 */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xe000) continue;
    if (c < 0xa0) return false;
    if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029) continue;
    if (c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) continue;
    return false;
  }
  return true;
}

function normaliseMasks(masks: Mask[], length: number): Mask[] {
  const sorted = masks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(length, m.end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mask[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else out.push({ ...m });
  }
  return out;
}

function applyMasks(text: string, masks: readonly Mask[]): string {
  if (masks.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const m of masks) {
    out += text.slice(pos, m.start);
    // Line breaks survive masking so that lines and paragraphs keep their shape.
    out += text.slice(m.start, m.end).replace(/[^\r\n]/g, MASK);
    pos = m.end;
  }
  return out + text.slice(pos);
}
