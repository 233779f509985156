// Memory of a large glossary: what stays on the heap per entry once a CSV glossary is loaded, validated and
// compiled, measured after a full collection (sizes, not times). The figures for a million rows are in
// tests/bench/glossary/README.md (node tests/bench/glossary/memory.mjs).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadGlossaryFile } from '../../src/glossary/load.js';
import { GlossaryMatcher } from '../../src/glossary/matcher.js';
import { validateGlossary } from '../../src/glossary/validate.js';
import type { Glossary } from '../../src/glossary/types.js';

// The collector, without starting the test runner with --expose-gc: the flag is read when a context is made.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Bytes held by the heap and by typed arrays after full collections. */
function retained(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

const ROWS = 10_000;

function bigCsv(rows: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'mtlint-mem-'));
  const file = join(dir, 'big.csv');
  let text = 'term,variants,note\n';
  for (let i = 0; i < rows; i++) text += `Brand${i}X,Brnd${i}X|Brand ${i} X,Note ${i}\n`;
  writeFileSync(file, text);
  return file;
}

describe('a large CSV glossary in bounded memory', () => {
  it('holds about 320 bytes per entry once loaded, and its compiled matcher about 180 more', () => {
    const file = bigCsv(ROWS);
    GlossaryMatcher.compile([loadGlossaryFile(file).glossary!]); // the libraries and tables, loaded once
    const before = retained();
    let glossary: Glossary | null = loadGlossaryFile(file).glossary;
    const loaded = retained();
    expect(validateGlossary(glossary!)).toEqual([]);
    let matcher: GlossaryMatcher | null = GlossaryMatcher.compile([glossary!]);
    const compiled = retained();
    expect(matcher.formCount).toBe(3 * ROWS);
    expect(matcher.match('Brnd12X met Brand 7 X.').map((h) => [h.kind, h.matched, h.entry.term])).toEqual([
      ['variant', 'Brnd12X', 'Brand12X'],
      ['variant', 'Brand 7 X', 'Brand7X'],
    ]);
    // Before: about 550 bytes per entry loaded (an empty list and source of its own in every entry, lists with room for
    // 16 more items, variants that kept their whole cell), and about 460 more compiled (an object per form).
    expect((loaded - before) / ROWS).toBeLessThan(400);
    expect((compiled - loaded) / ROWS).toBeLessThan(260);
    glossary = null;
    matcher = null;
    expect(glossary ?? matcher).toBeNull();
  });

  it('shares one frozen empty value among the entries for absent lists and sources', () => {
    const { entries } = loadGlossaryFile(bigCsv(3)).glossary!;
    expect(entries[0]!.patterns).toBe(entries[1]!.patterns);
    expect(entries[0]!.alternatives).toBe(entries[2]!.patterns);
    expect(entries[0]!.source).toBe(entries[2]!.source);
    expect(entries[0]).toEqual(expect.objectContaining({ patterns: [], alternatives: [], source: {} }));
    expect(Object.isFrozen(entries[0]!.patterns) && Object.isFrozen(entries[0]!.source)).toBe(true);
    expect(() => entries[0]!.alternatives.push('x')).toThrow(TypeError);
  });
});
