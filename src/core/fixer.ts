// The fix loop, after ESLint's source-code-fixer: in each pass the fixes are taken in document order and a
// fix is kept only if it starts at or after the end of the last kept one; the others wait for the next pass.
// At most MAX_FIX_PASSES passes; the loop stops early when nothing is left to fix or a text repeats (a cycle).
// Edits of all passes are composed back onto the original text, so `annotate` and diffs see one set of
// non-overlapping edits whose application gives the fixed text exactly.
import type { Document } from './document.js';
import { lint, type LintOptions } from './linter.js';
import type { Edit, Finding } from './types.js';

export const MAX_FIX_PASSES = 10;

/** An edit of the original text together with the findings whose fixes produced it. */
export interface AppliedEdit extends Edit {
  findings: Finding[];
}

export interface FixResult {
  output: string;
  /** Non-overlapping edits of the original text, in order; applying them to the input gives `output`. */
  edits: AppliedEdit[];
  passes: number;
  /** Findings on the original text. */
  findings: Finding[];
  /** Findings that remain on the output. */
  remaining: Finding[];
}

/** Keeps the fixes that can be applied together in one pass: first in document order wins. */
export function selectFixes(findings: readonly Finding[]): Finding[] {
  const withFix = findings.filter((f) => f.fix).sort((a, b) => a.fix!.start - b.fix!.start || a.fix!.end - b.fix!.end);
  const kept: Finding[] = [];
  let lastEnd = -1;
  for (const f of withFix) {
    const fix = f.fix!;
    if (fix.start < lastEnd) continue;
    // Two insertions at one point would have an undefined order: the second waits.
    if (fix.start === lastEnd && fix.start === fix.end && kept.length && kept[kept.length - 1]!.fix!.end === fix.start) {
      const prev = kept[kept.length - 1]!.fix!;
      if (prev.start === prev.end) continue;
    }
    kept.push(f);
    lastEnd = fix.end;
  }
  return kept;
}

/** Applies non-overlapping edits sorted by start. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let pos = 0;
  for (const e of edits) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

export function fixText(text: string, parse: (text: string) => Document, options: LintOptions): FixResult {
  let current = text;
  let pieces: Piece[] = [{ os: 0, oe: text.length, text, edited: false, findings: [] }];
  // The texts seen so far, by fingerprint: each pass's whole text kept for the cycle test held up to ten copies.
  const seen = new Set<string>([fingerprint(text)]);
  let findings = lint(parse(current), options);
  const original = findings;
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const chosen = selectFixes(findings);
    if (chosen.length === 0) break;
    const next = applyEdits(current, chosen.map((f) => f.fix!));
    const key = fingerprint(next);
    if (seen.has(key)) break; // a cycle: A -> B -> A
    seen.add(key);
    pieces = applyToPieces(pieces, chosen);
    current = next;
    passes++;
    findings = lint(parse(current), options);
  }
  return { output: current, edits: extractEdits(pieces, text), passes, findings: original, remaining: findings };
}

/**
 * A text's length and two independent 32-bit hashes of its code units (FNV-1a and a multiplicative one): two texts
 * with the same fingerprint are taken for the same text (a wrong match, about one chance in 2^64, ends the loop one
 * pass early; it never applies a wrong edit).
 */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b + c, 0x85ebca6b) ^ (b >>> 13);
  }
  return `${text.length}:${a >>> 0}:${b >>> 0}`;
}

// The current text as a sequence of pieces, each either an untouched slice [os, oe) of the original or the
// replacement text of an edit that covers [os, oe) of the original.
interface Piece {
  os: number;
  oe: number;
  text: string;
  edited: boolean;
  findings: Finding[];
}

function applyToPieces(pieces: Piece[], chosen: Finding[]): Piece[] {
  const edits = chosen.map((f) => f.fix!);
  // Split untouched pieces at every edit boundary so that edits cover whole untouched pieces.
  // The cuts in order, read with one cursor as the pieces go by (not filtered again for each piece).
  const cuts = [...new Set(edits.flatMap((e) => [e.start, e.end]))].sort((a, b) => a - b);
  const split: Piece[] = [];
  let pos = 0;
  let c = 0;
  for (const p of pieces) {
    const len = p.text.length;
    while (c < cuts.length && cuts[c]! <= pos) c++;
    if (!p.edited) {
      let from = 0;
      for (; c < cuts.length && cuts[c]! < pos + len; c++) {
        const k = cuts[c]! - pos;
        split.push({ ...p, os: p.os + from, oe: p.os + k, text: p.text.slice(from, k) });
        from = k;
      }
      split.push({ ...p, os: p.os + from, oe: p.oe, text: p.text.slice(from) });
    } else {
      split.push(p);
    }
    pos += len;
  }
  const starts: number[] = [];
  pos = 0;
  for (const p of split) {
    starts.push(pos);
    pos += p.text.length;
  }
  const out: Piece[] = [];
  let i = 0;
  edits.forEach((e, n) => {
    const touches = (j: number): boolean => {
      const cs = starts[j]!;
      const ce = cs + split[j]!.text.length;
      return e.start === e.end ? cs < e.start && e.start < ce : cs < e.end && ce > e.start;
    };
    while (i < split.length && starts[i]! + split[i]!.text.length <= e.start && !touches(i)) out.push(split[i++]!);
    const touched: number[] = [];
    while (i < split.length && touches(i)) touched.push(i++);
    if (touched.length === 0) {
      const prev = out[out.length - 1];
      const at = prev ? prev.oe : (split[i]?.os ?? 0);
      out.push({ os: at, oe: at, text: e.text, edited: true, findings: [chosen[n]!] });
      return;
    }
    const first = split[touched[0]!]!;
    const last = split[touched[touched.length - 1]!]!;
    const prefix = first.edited ? first.text.slice(0, Math.max(0, e.start - starts[touched[0]!]!)) : '';
    const suffix = last.edited ? last.text.slice(e.end - starts[touched[touched.length - 1]!]!) : '';
    const merged = touched.flatMap((j) => split[j]!.findings);
    out.push({ os: first.os, oe: last.oe, text: prefix + e.text + suffix, edited: true, findings: [...merged, chosen[n]!] });
  });
  while (i < split.length) out.push(split[i++]!);
  return out;
}

function extractEdits(pieces: Piece[], original: string): AppliedEdit[] {
  // Each edited piece is one edit: adjacent fixes stay separate, so a reviewer can take them one by one.
  const edits: AppliedEdit[] = [];
  for (const p of pieces) {
    if (p.edited && original.slice(p.os, p.oe) !== p.text) {
      edits.push({ start: p.os, end: p.oe, text: p.text, findings: p.findings });
    }
  }
  return edits;
}
