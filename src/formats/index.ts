// Turns a decoded file into a Document: its text plus the spans that are not prose.
import { Document } from '../core/document.js';
import { inlineMasks } from './inline.js';
import { markdownMasks } from './markdown.js';

export type Format = 'text' | 'markdown';

export const FORMAT_EXTENSIONS: Readonly<Record<string, Format>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

export function formatOf(path: string): Format | null {
  const dot = path.lastIndexOf('.');
  if (dot < 0) return null;
  return FORMAT_EXTENSIONS[path.slice(dot).toLowerCase()] ?? null;
}

export function parseDocument(text: string, format: Format = 'text'): Document {
  const masks = inlineMasks(text);
  if (format !== 'markdown') return new Document(text, masks);
  const markdown = markdownMasks(text);
  return new Document(text, masks.concat(markdown.masks), markdown.notices);
}
