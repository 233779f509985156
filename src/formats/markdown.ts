// Markdown: prose is everything but code (fenced, indented, inline), HTML, link and image targets,
// definitions and front matter. Parsed with mdast-util-from-markdown (micromark, CommonMark).
//
// What the parser costs is bounded before it runs. micromark's work and memory grow with the nesting of block
// quotes and lists (every line re-enters every open container: 1,000 levels of `>` take ~1 GB) and, inside one
// paragraph, with the characters that start an inline construct and fail (`[a](` repeated: each failed attempt
// splices the paragraph's event list). A document nested deeper than MAX_NESTING levels, or with a paragraph holding
// more than MAX_INLINE_STARTS such characters, is checked as plain text (URLs and e-mail addresses are still masked)
// and carries a notice that says so. Emphasis (`*`, `_`) is not parsed at all: it masks nothing, and micromark pairs
// its delimiters in time quadratic in their number (`*_` repeated).
import { markdownLib } from '../lazy.js';
import type { Nodes, Parents } from 'mdast';
import type { Mask, Notice } from '../core/document.js';

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)\r?\n/;

/** Deeper nesting of block quotes and list items than this is not parsed as Markdown. */
export const MAX_NESTING = 100;
/** More characters that may start an inline construct (`[ ] ! < & \ \``) in one paragraph than this neither. */
export const MAX_INLINE_STARTS = 20_000;

/** Emphasis and strong emphasis are not parsed (see above). */
const OPTIONS = { extensions: [{ disable: { null: ['attention'] } }] };

export function markdownMasks(text: string): { masks: Mask[]; notices: Notice[] } {
  const limit = structureLimit(text);
  if (limit) return { masks: [], notices: [limit] };
  const masks: Mask[] = [];
  const fm = FRONT_MATTER.exec(text);
  if (fm) masks.push({ start: 0, end: fm[0].length, kind: 'markup' });
  const tree = markdownLib().fromMarkdown(text, OPTIONS);
  // Depth first, in document order, with a stack of its own: a tree as deep as the nesting is deep.
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    switch (node.type) {
      case 'code':
      case 'inlineCode':
        masks.push({ start, end, kind: 'code' });
        continue;
      case 'html':
        masks.push({ start, end, kind: 'html' });
        continue;
      case 'image':
      case 'imageReference':
      case 'definition':
        masks.push({ start, end, kind: 'markup' });
        continue;
      case 'link': {
        // [text](target "title"): the text is prose, the target is not; <autolink> is all target.
        const last = node.children[node.children.length - 1]?.position?.end.offset;
        const first = node.children[0]?.position?.start.offset;
        if (last === undefined || first === undefined || text[start] === '<' || first === start) {
          masks.push({ start, end, kind: 'url' });
        } else {
          masks.push({ start, end: first, kind: 'markup' });
          masks.push({ start: last, end, kind: 'url' });
        }
        break;
      }
      case 'linkReference': {
        const last = node.children[node.children.length - 1]?.position?.end.offset;
        const first = node.children[0]?.position?.start.offset;
        if (first !== undefined && last !== undefined) {
          masks.push({ start, end: first, kind: 'markup' });
          masks.push({ start: last, end, kind: 'markup' });
        }
        break;
      }
      default:
        break;
    }
    if ('children' in node) {
      const children = (node as Parents).children;
      for (let k = children.length - 1; k >= 0; k--) stack.push(children[k] as Nodes);
    }
  }
  return { masks, notices: [] };
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * Why `text` is not parsed as Markdown, from one pass over it: a line nested deeper than MAX_NESTING (an upper bound:
 * every `>` and every list marker count one level, and so do every two columns of indentation before the last list
 * marker), or a
 * paragraph (lines between blank lines) with more than MAX_INLINE_STARTS characters that may start an inline construct.
 */
export function structureLimit(text: string): Notice | null {
  let line = 1;
  let starts = 0; // in the current paragraph
  let paragraphLine = 1;
  let i = 0;
  while (i < text.length) {
    // The container prefix: spaces and tabs, `>`, list markers followed by a space, a tab or the line end.
    let columns = 0;
    let depth = 0;
    let items = 0; // list markers among them
    let spaces = 0; // columns of spaces and tabs so far
    let indent = 0; // those before the last list marker: each level of a nested list is indented at least two more
    let j = i;
    for (;;) {
      const c = text.charCodeAt(j);
      if (c === 0x20 || c === 0x09) {
        const w = c === 0x20 ? 1 : 4 - (columns % 4);
        columns += w;
        spaces += w;
        j++;
        continue;
      }
      let m = j; // the end of a marker at j
      if (c === 0x3e) m = j + 1; // >
      else if (c === 0x2d || c === 0x2b || c === 0x2a) m = j + 1; // - + *
      else {
        while (m - j < 9 && isDigit(text.charCodeAt(m))) m++;
        m = m > j && (text[m] === '.' || text[m] === ')') ? m + 1 : j;
      }
      const after = text.charCodeAt(m);
      const spaced = after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d || Number.isNaN(after);
      if (m === j || (c !== 0x3e && !spaced)) break;
      depth++;
      if (c !== 0x3e) {
        items++;
        indent = spaces;
      }
      columns += m - j;
      j = m;
    }
    if (depth + (indent >> 1) > MAX_NESTING) return { key: 'markdownTooDeep', data: { line, limit: MAX_NESTING } };
    // The rest of the line: blank or not, and the characters that may start an inline construct.
    let blank = true;
    let e = j;
    for (; e < text.length; e++) {
      const c = text.charCodeAt(e);
      if (c === 0x0a || c === 0x0d) break;
      if (c !== 0x20 && c !== 0x09) blank = false;
      // [ ] ! < & \ `
      if (c === 0x5b || c === 0x5d || c === 0x21 || c === 0x3c || c === 0x26 || c === 0x5c || c === 0x60) starts++;
    }
    // A blank line ends a paragraph (one that holds only `>` too; not one after a list marker, which may be text).
    if (blank && items === 0) {
      starts = 0;
      paragraphLine = line + 1;
    } else if (starts > MAX_INLINE_STARTS) {
      return { key: 'markdownTooManyInline', data: { line: paragraphLine, limit: MAX_INLINE_STARTS } };
    }
    // Past the line break.
    if (text.charCodeAt(e) === 0x0d && text.charCodeAt(e + 1) === 0x0a) e++;
    i = e + 1;
    line++;
  }
  return null;
}
