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

/** The formats `--input-format` can force on any input. */
export const FORMATS: readonly Format[] = ['text', 'markdown'];

/**
 * Extensions that announce a structured format mtlint does not parse yet, with the format's name. A file named
 * with one of them is refused (reading markup or a container as prose would flag and "fix" its syntax: `fix` on
 * XLIFF rewrote its `<source>` segments) unless `--input-format` forces a format. A format leaves this list when
 * a processor for it is registered above.
 */
export const REFUSED_EXTENSIONS: Readonly<Record<string, string>> = {
  '.xlf': 'XLIFF',
  '.xliff': 'XLIFF',
  '.sdlxliff': 'XLIFF (Trados)',
  '.mqxliff': 'XLIFF (memoQ)',
  '.tmx': 'TMX',
  '.tbx': 'TBX',
  '.html': 'HTML',
  '.htm': 'HTML',
  '.xhtml': 'XHTML',
  '.xml': 'XML',
  '.json': 'JSON',
  '.jsonl': 'JSON Lines',
  '.ndjson': 'JSON Lines',
  '.po': 'gettext PO',
  '.pot': 'gettext PO template',
  '.srt': 'SubRip subtitles',
  '.vtt': 'WebVTT subtitles',
  '.csv': 'CSV',
  '.tsv': 'TSV',
  '.yaml': 'YAML',
  '.yml': 'YAML',
  '.properties': 'Java properties',
  '.strings': 'Apple strings',
  '.resx': 'RESX',
  '.arb': 'ARB',
  '.rtf': 'RTF',
  '.doc': 'Word',
  '.docx': 'Word',
  '.odt': 'OpenDocument text',
  '.xlsx': 'Excel',
  '.ods': 'OpenDocument spreadsheet',
  '.pptx': 'PowerPoint',
  '.odp': 'OpenDocument presentation',
  '.pdf': 'PDF',
  '.epub': 'EPUB',
  '.idml': 'InDesign IDML',
};

function extensionOf(path: string): string | null {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot < 0 ? null : name.slice(dot).toLowerCase();
}

export function formatOf(path: string): Format | null {
  const ext = extensionOf(path);
  return ext === null ? null : (FORMAT_EXTENSIONS[ext] ?? null);
}

/** The name of the structured format `path`'s extension announces when mtlint does not read it, else null. */
export function refusedFormatOf(path: string): string | null {
  const ext = extensionOf(path);
  return ext !== null && Object.hasOwn(REFUSED_EXTENSIONS, ext) ? REFUSED_EXTENSIONS[ext]! : null;
}

export function parseDocument(text: string, format: Format = 'text'): Document {
  const masks = inlineMasks(text);
  if (format !== 'markdown') return new Document(text, masks);
  const markdown = markdownMasks(text);
  return new Document(text, masks.concat(markdown.masks), markdown.notices);
}
