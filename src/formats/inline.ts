// Spans of plain text that are not prose: URLs, e-mail addresses, @handles and file paths.
// Used by every format, on top of its own structural masks.
import type { Mask } from '../core/document.js';

// A URL runs to the first space or quotation mark; trailing sentence punctuation is not part of it,
// nor is a closing bracket that has no opening one inside the URL.
const URL = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'“”‘’«»\u00a0\u202f]+/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const HANDLE = /(?<![\p{L}\p{N}_@.])@[A-Za-z0-9_]{2,30}\b/gu;
const PATH = /(?<![\p{L}\p{N}])(?:~|\.{1,2})?\/(?:[\w.-]+\/)+[\w.-]*/gu;

function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const c = url[end - 1];
    if (c && '.,;:!?'.includes(c)) end--;
    else if (c && ')]}'.includes(c)) {
      const open = { ')': '(', ']': '[', '}': '{' }[c]!;
      const body = url.slice(0, end);
      if (body.split(open).length - 1 < body.split(c).length - 1) end--;
      else break;
    } else break;
  }
  return url.slice(0, end);
}

export function inlineMasks(text: string): Mask[] {
  const masks: Mask[] = [];
  for (const m of text.matchAll(URL)) {
    masks.push({ start: m.index, end: m.index + trimUrl(m[0]).length, kind: 'url' });
  }
  for (const m of text.matchAll(EMAIL)) masks.push({ start: m.index, end: m.index + m[0].length, kind: 'email' });
  for (const m of text.matchAll(HANDLE)) masks.push({ start: m.index, end: m.index + m[0].length, kind: 'url' });
  for (const m of text.matchAll(PATH)) {
    if (m[0].length > 2) masks.push({ start: m.index, end: m.index + m[0].length, kind: 'code' });
  }
  return masks;
}
