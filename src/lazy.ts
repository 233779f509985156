// Dependencies that only some runs need load on first use, not at start-up: the YAML library (glossaries outside
// the plain layout), saxes (TBX), csv-parse (CSV/TSV), re2js (glossary patterns), mdast (Markdown files) and diff
// (`fix --dry-run`). A plain-text `check` starts ~60 ms sooner. Node >= 20.19 loads ES modules with require().
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A getter that loads module `id` on its first call. */
export function lazy<T>(id: string): () => T {
  let module: T | undefined;
  return () => (module ??= require(id) as T);
}

export const yamlLib = lazy<typeof import('yaml')>('yaml');
export const saxesLib = lazy<typeof import('saxes')>('saxes');
export const csvLib = lazy<typeof import('csv-parse/sync')>('csv-parse/sync');
export const re2Lib = lazy<typeof import('re2js')>('re2js');
export const markdownLib = lazy<typeof import('mdast-util-from-markdown')>('mdast-util-from-markdown');
export const diffLib = lazy<typeof import('diff')>('diff');
