// Markdown: prose is everything but code (fenced, indented, inline), HTML, link and image targets,
// definitions and front matter. Parsed with mdast-util-from-markdown (micromark, CommonMark).
import { markdownLib } from '../lazy.js';
import type { Nodes, Parents } from 'mdast';
import type { Mask } from '../core/document.js';

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)\r?\n/;

export function markdownMasks(text: string): Mask[] {
  const masks: Mask[] = [];
  const fm = FRONT_MATTER.exec(text);
  if (fm) masks.push({ start: 0, end: fm[0].length, kind: 'markup' });
  const tree = markdownLib().fromMarkdown(text);
  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (node.type) {
      case 'code':
      case 'inlineCode':
        masks.push({ start, end, kind: 'code' });
        return;
      case 'html':
        masks.push({ start, end, kind: 'html' });
        return;
      case 'image':
      case 'imageReference':
      case 'definition':
        masks.push({ start, end, kind: 'markup' });
        return;
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
    if ('children' in node) for (const child of (node as Parents).children) visit(child as Nodes);
  };
  visit(tree);
  return masks;
}
