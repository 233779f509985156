// A build-time cache of the shipped glossaries: parsing ~300 KB of YAML costs more than half a second at every
// start, so `npm run build` stores the parsed and validated glossaries as JSON beside the compiled code, keyed
// by the SHA-256 of each file. At run time a shipped file whose text still has that hash is taken from the
// cache; an edited one is parsed and validated as usual.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Glossary } from './types.js';

const CACHE = new URL('./shipped-cache.json', import.meta.url);

interface CacheFile {
  version: 1;
  glossaries: Record<string, { sha256: string; glossary: Glossary }>;
}

let cache: CacheFile | null | undefined;

function readCache(): CacheFile | null {
  if (cache !== undefined) return cache;
  try {
    const parsed = JSON.parse(readFileSync(CACHE, 'utf8')) as CacheFile;
    cache = parsed.version === 1 ? parsed : null;
  } catch {
    cache = null;
  }
  return cache;
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

// Shipped files parsed and validated in this process (where the build's cache is absent, as when the sources run
// under the test runner, or stale), by file name and hash: a process that checks many times parses each once.
const parsed = new Map<string, { sha256: string; glossary: Glossary }>();

/** The cached glossary for a shipped file whose bytes hash to the cached value, else null. */
export function cachedShipped(file: string, bytes: Buffer): Glossary | null {
  const hash = sha256(bytes);
  const hit = parsed.get(basename(file)) ?? readCache()?.glossaries[basename(file)];
  if (!hit || hit.sha256 !== hash) return null;
  return { ...hit.glossary, file };
}

/** Remembers a shipped glossary parsed and validated from `bytes` for the rest of the process. */
export function rememberShipped(file: string, bytes: Buffer, glossary: Glossary): void {
  parsed.set(basename(file), { sha256: sha256(bytes), glossary });
}

/** Writes the cache for the given, already validated, glossaries and the bytes they were parsed from. */
export function writeShippedCache(items: { file: string; bytes: Buffer; glossary: Glossary }[]): void {
  const out: CacheFile = { version: 1, glossaries: {} };
  for (const { file, bytes, glossary } of items) out.glossaries[basename(file)] = { sha256: sha256(bytes), glossary };
  writeFileSync(CACHE, JSON.stringify(out));
}
