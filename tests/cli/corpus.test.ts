// Acceptance: for every corpus article, the annotated text with every change accepted and every mark removed
// equals the output of `fix`, byte for byte; and `fix` on the output of `fix` changes nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/cli.js';
import { acceptAll } from '../../src/report/annotate.js';
import { ROOT, tempDir } from './helpers.js';
import { fixTextWith } from '../../src/core/run.js';
import { glossaryFiles, loadGlossaries, SHIPPED_DIR } from '../../src/cli/glossaries.js';
import type { Glossary } from '../../src/glossary/types.js';

let glossaries: Glossary[] | null = null;
/** The shipped glossaries, as `fix` applies them by default (loaded once). */
const shipped = (): Glossary[] => (glossaries ??= loadGlossaries(glossaryFiles(SHIPPED_DIR)).glossaries);

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  let text = '';
  const code = await run(args, { stdout: (s) => (text += s), stderr: () => {}, stdin: () => Buffer.alloc(0), env: {}, isTTY: false });
  return { code, out: text };
}

const corpus = join(ROOT, 'corpus');
const articles = readdirSync(corpus).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md');

describe('annotate on the corpus', () => {
  // One run of each command over every article, as a user would run them on a folder of files.
  const out = tempDir();
  beforeAll(async () => {
    const files = articles.map((name) => join(corpus, name));
    expect((await cli(['fix', '--out-dir', join(out, 'fixed'), ...files])).code).not.toBe(2);
    expect((await cli(['annotate', '--out-dir', join(out, 'annotated'), ...files])).code).not.toBe(2);
  });
  it('has articles to check', () => {
    expect(articles.length).toBeGreaterThanOrEqual(11);
  });
  for (const name of articles) {
    it(`${name}: accepting every annotation gives the fix output`, () => {
      const fixed = readFileSync(join(out, 'fixed', name), 'utf8');
      const annotated = readFileSync(join(out, 'annotated', name), 'utf8');
      expect(acceptAll(annotated)).toBe(fixed);
      // fix is a fixed point across runs: a run on its output, deciding the languages again, changes nothing.
      const format = name.endsWith('.md') ? 'markdown' : 'text';
      expect(fixTextWith(fixed.replace(/^\uFEFF/, ''), { format, lang: 'auto', sourceLang: 'auto', glossaries: shipped() }).output).toBe(fixed.replace(/^\uFEFF/, ''));
      // Annotations never nest and never cross a line break, but for the line breaks of a deleted line, which are
      // a deletion of their own.
      for (const line of annotated.replace(/\{--[\r\n]+--\}/g, '').split('\n')) {
        const marks = line.match(/\{(~~|--|\+\+|==|>>)|(~~|--|\+\+|==|<<)\}/g) ?? [];
        let depth = 0;
        for (const m of marks) {
          depth += m.startsWith('{') ? 1 : -1;
          expect(depth).toBeGreaterThanOrEqual(0);
          expect(depth).toBeLessThanOrEqual(1);
        }
        expect(depth).toBe(0);
      }
    });
  }
});
