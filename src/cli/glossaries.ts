// Finding, loading and validating glossary files for the CLI: the shipped ones in glossary/ and --glossary FILE.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGlossaryFile } from '../glossary/load.js';
import { validateGlossary } from '../glossary/validate.js';
import { cachedShipped, rememberShipped } from '../glossary/shipped.js';
import type { Glossary, GlossaryProblem } from '../glossary/types.js';

/** The glossaries shipped with mtlint (the package's glossary/ folder). */
export const SHIPPED_DIR = fileURLToPath(new URL('../../glossary/', import.meta.url));

const GLOSSARY_FILE = /\.(ya?ml|csv|tsv|tbx)$/i;

/** Glossary files in a directory (not recursive), sorted; a file path is returned as is. */
export function glossaryFiles(path: string): string[] {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    return [path]; // the loader reports the missing file
  }
  if (!isDir) return [path];
  return readdirSync(path)
    .filter((f) => GLOSSARY_FILE.test(f))
    .sort()
    .map((f) => join(path, f));
}

const isShipped = (file: string): boolean => resolve(dirname(file)) === resolve(SHIPPED_DIR);

/** A shipped glossary unchanged since the build (or since this process parsed it), from the cache; null otherwise. */
function fromCache(file: string): Glossary | null {
  if (!isShipped(file)) return null;
  try {
    return cachedShipped(file, readFileSync(file));
  } catch {
    return null;
  }
}

/** Loads and validates every file; problems of all files are returned together. */
export function loadGlossaries(
  files: readonly string[],
  { useCache = true }: { useCache?: boolean } = {},
): { glossaries: Glossary[]; problems: GlossaryProblem[] } {
  const glossaries: Glossary[] = [];
  const problems: GlossaryProblem[] = [];
  for (const file of files) {
    const cached = useCache ? fromCache(file) : null;
    if (cached) {
      glossaries.push(cached);
      continue;
    }
    const loaded = loadGlossaryFile(file);
    problems.push(...loaded.problems);
    if (loaded.glossary) {
      const found = validateGlossary(loaded.glossary);
      problems.push(...found);
      if (loaded.problems.length === 0 && found.length === 0) {
        glossaries.push(loaded.glossary);
        if (useCache && isShipped(file)) rememberShipped(file, readFileSync(file), loaded.glossary);
      }
    }
  }
  return { glossaries, problems };
}

/** `file:line: message`, or `file: message` where there is no line. */
export function formatProblem(p: GlossaryProblem): string {
  return p.line ? `${p.file}:${p.line}: ${p.message}` : `${p.file}: ${p.message}`;
}
