// Spans of plain text that are not prose: URLs, e-mail addresses, @handles and file paths.
// Used by every format, on top of its own structural masks.
import type { Mask } from '../core/document.js';

// A URL runs to the first space or quotation mark; trailing sentence punctuation is not part of it,
// nor is a closing bracket that has no opening one inside the URL.
// The word boundary before the scheme is checked behind it, so that the engine looks for the scheme first.
const SCHEME = '(?:(?:https?|ftp):\\/\\/|www\\.)';
const URL = new RegExp(`${SCHEME}(?<=\\b${SCHEME})[^\\s<>"'“”‘’«»\\u00a0\\u202f]+`, 'giu');
// An e-mail address is looked for from its `@` (most text has none): the local part is the run of its characters
// before the `@`, and the whole address is then matched from there (sticky).
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
const EMAIL_LOCAL = /^[\p{L}\p{N}._%+-]$/u;
const HANDLE = /(?<![\p{L}\p{N}_@.])@[A-Za-z0-9_]{2,30}\b/gu;
const PATH = /(?<![\p{L}\p{N}])(?:~|\.{1,2})?\/(?:[\w.-]+\/)+[\w.-]*/gu;

function trimUrl(url: string): string {
  let end = url.length;
  // How many of each bracket url[0, end) holds: counted once, then kept as closing brackets are trimmed (counting
  // them again for each one took time quadratic in a run of them).
  let counts: Map<string, number> | null = null;
  for (;;) {
    const c = url[end - 1];
    if (c && '.,;:!?'.includes(c)) end--;
    else if (c && ')]}'.includes(c)) {
      const open = { ')': '(', ']': '[', '}': '{' }[c]!;
      if (counts === null) {
        counts = new Map();
        for (const b of url) if ('()[]{}'.includes(b)) counts.set(b, (counts.get(b) ?? 0) + 1);
      }
      if ((counts.get(open) ?? 0) < counts.get(c)!) {
        counts.set(c, counts.get(c)! - 1);
        end--;
      } else break;
    } else break;
  }
  return url.slice(0, end);
}

export function inlineMasks(text: string): Mask[] {
  const masks: Mask[] = [];
  for (const m of text.matchAll(URL)) {
    masks.push({ start: m.index, end: m.index + trimUrl(m[0]).length, kind: 'url' });
  }
  emailMasks(text, masks);
  // HANDLE and PATH begin with a lookbehind, which makes the engine try every position: each scan starts where its
  // first match may (the first `@`; two code units before the first `/x/`), most texts have none.
  const at = text.indexOf('@');
  if (at >= 0) {
    const handle = new RegExp(HANDLE);
    handle.lastIndex = at;
    for (let m = handle.exec(text); m; m = handle.exec(text)) masks.push({ start: m.index, end: m.index + m[0].length, kind: 'url' });
  }
  const inner = PATH_INNER.exec(text);
  if (inner) {
    const path = new RegExp(PATH);
    path.lastIndex = Math.max(0, inner.index - 2);
    for (let m = path.exec(text); m; m = path.exec(text)) {
      if (m[0].length > 2) masks.push({ start: m.index, end: m.index + m[0].length, kind: 'code' });
    }
  }
  return masks;
}

/** What every PATH match holds from its first `/` on: the first of them comes two code units after its start at most. */
const PATH_INNER = /\/[\w.-]+\//u;

/** E-mail addresses: what a global scan with EMAIL finds, without trying the regex at every position. */
function emailMasks(text: string, masks: Mask[]): void {
  let from = 0; // the end of the last address: the next one starts there at the earliest
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, from))) {
    let start = at;
    while (start > from) {
      const size = start - 2 >= from && isSurrogatePair(text, start - 2) ? 2 : 1;
      if (!EMAIL_LOCAL.test(text.slice(start - size, start))) break;
      start -= size;
    }
    if (start === at) continue;
    EMAIL.lastIndex = start;
    const m = EMAIL.exec(text);
    if (!m) continue;
    from = start + m[0].length;
    masks.push({ start, end: from, kind: 'email' });
  }
}

function isSurrogatePair(text: string, i: number): boolean {
  const hi = text.charCodeAt(i);
  const lo = text.charCodeAt(i + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
