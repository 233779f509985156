// CriticMarkup for reviewers: what `fix` changes as {~~old~>new~~}, {--old--} or {++new++}; every other finding
// highlighted {==span==}; each followed by one comment per finding {>>category · severity · message (suggestions)<<}.
// Annotations never nest and never cross a line break (the line breaks of deleted lines are deletions of their
// own); accepting every change and dropping every mark gives exactly the output of `fix`.
import type { AppliedEdit } from '../core/fixer.js';
import type { Finding } from '../core/types.js';

export type CommentText = (finding: Finding) => string;

interface Annotation {
  start: number;
  end: number;
  edit: AppliedEdit | null;
  findings: Finding[];
}

export function annotate(text: string, findings: readonly Finding[], edits: readonly AppliedEdit[], comment: CommentText): string {
  const annotations: Annotation[] = edits.map((e) => ({ start: e.start, end: e.end, edit: e, findings: [...e.findings] }));
  const inEdits = new Set(edits.flatMap((e) => e.findings));
  const highlights: Annotation[] = [];
  // The edits are sorted and do not overlap: the first one a span overlaps is found by bisection.
  const editOf = (span: { start: number; end: number }): Annotation | undefined => {
    let lo = 0;
    let hi = edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (edits[mid]!.end > span.start) hi = mid;
      else lo = mid + 1;
    }
    for (let i = lo; i < edits.length && edits[i]!.start <= span.end; i++) if (overlaps(annotations[i]!, span)) return annotations[i];
    return undefined;
  };
  // The end of the line a finding starts on; findings come sorted by start, so the search only moves forward.
  let breakAt = -1;
  const lineEnd = (from: number): number => {
    if (breakAt < from) {
      const m = LINE_BREAK.exec(text.slice(from));
      breakAt = m ? from + m.index : text.length;
    }
    return breakAt;
  };
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (inEdits.has(f)) continue;
    const end = Math.min(f.end, lineEnd(f.start));
    const host = editOf({ start: f.start, end });
    if (host) {
      host.findings.push(f);
      continue;
    }
    if (end <= f.start) continue;
    const last = highlights[highlights.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, end);
      last.findings.push(f);
    } else {
      highlights.push({ start: f.start, end, edit: null, findings: [f] });
    }
  }
  // A highlight that overlaps an edit joins it (its span is covered by the edit's comment).
  for (const h of highlights) {
    const host = editOf(h);
    if (host) host.findings.push(...h.findings);
    else annotations.push(h);
  }
  annotations.sort((a, b) => a.start - b.start || a.end - b.end);

  let out = '';
  let pos = 0;
  for (const a of annotations) {
    out += text.slice(pos, a.start);
    let tail = '';
    const old = text.slice(a.start, a.end);
    if (!a.edit) out += `{==${old}==}`;
    else if (old === '') out += `{++${a.edit.text}++}`;
    else if (a.edit.text === '') {
      // A deletion of whole lines: each line's text and each run of line breaks is a deletion of its own, and the
      // comments follow the first line's text, so that no annotation crosses a line break.
      const runs = old.match(/[\r\n]+|[^\r\n]+/g) ?? [];
      const first = runs.findIndex((r) => !/^[\r\n]/.test(r));
      const at = first < 0 ? runs.length - 1 : first;
      out += runs.slice(0, at + 1).map((r) => `{--${r}--}`).join('');
      tail = runs.slice(at + 1).map((r) => `{--${r}--}`).join('');
    }
    else out += `{~~${old}~>${a.edit.text}~~}`;
    const seen = new Set<string>();
    for (const f of a.findings) {
      const c = comment(f);
      if (seen.has(c)) continue;
      seen.add(c);
      out += `{>>${c}<<}`;
    }
    out += tail;
    pos = a.end;
  }
  return out + text.slice(pos);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  return a.start < b.end && b.start < a.end;
}

const LINE_BREAK = /[\r\n]/;

/** Accepts every change and removes every highlight and comment: the inverse used by tests and reviewers' tools. */
export function acceptAll(annotated: string): string {
  return annotated
    .replace(/\{>>[\s\S]*?<<\}/g, '')
    .replace(/\{~~([\s\S]*?)~>([\s\S]*?)~~\}/g, '$2')
    .replace(/\{--([\s\S]*?)--\}/g, '')
    .replace(/\{\+\+([\s\S]*?)\+\+\}/g, '$1')
    .replace(/\{==([\s\S]*?)==\}/g, '$1');
}
