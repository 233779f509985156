// One bad file never stops a batch: an exception while checking one file (here a rule that throws on one text,
// registered in place of the rule list through the module system, not through any CLI option) is that file's
// error, reported once and counted; the other files are still checked, fixed and written.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Rule } from '../../src/core/types.js';
import { run } from '../../src/cli/cli.js';
import { join, tempDir } from './helpers.js';

vi.mock('../../src/rules/index.js', async (original) => {
  const real = await original<typeof import('../../src/rules/index.js')>();
  const explode: Rule = {
    meta: { id: 'explode', category: 'fluency/grammar', severity: 'minor', messages: [], fixable: false, hasSuggestions: false, description: 'throws on one text' },
    check(context) {
      if (context.text.includes('EXPLODE')) throw new TypeError('cannot read properties of undefined');
    },
  };
  return { ...real, rules: [...real.rules, explode] };
});

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run([args[0]!, '--no-default-glossaries', ...args.slice(1)], {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    stdin: () => Buffer.alloc(0),
    env: {},
    isTTY: false,
  });
  return { code, out, err };
}

const DIRTY = 'The cat sat on the mat , and the dog barked.\n';
const FIXED = 'The cat sat on the mat, and the dog barked.\n';
const BAD = 'EXPLODE here , now.\n';

describe('one bad file never stops a batch', () => {
  it('check bad.md good.txt still reports good.txt; the failure is reported once and counted; exit 2', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'bad.md'), BAD);
    writeFileSync(join(d, 'good.txt'), DIRTY);
    const r = await cli(['check', join(d, 'bad.md'), join(d, 'good.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`mtlint: ${join(d, 'bad.md')}: internal error: cannot read properties of undefined\n`);
    expect(r.out).toBe(
      `${join(d, 'good.txt')}:1:23 minor Space before “,”: English puts none there. space-before-punctuation\n\n` +
        '1 problem in 2 files (0 critical, 0 major, 1 minor, 0 info); 1 fixable with `mtlint fix`. 1 file could not be checked.\n',
    );
    const json = JSON.parse((await cli(['check', '--format', 'json', join(d, 'bad.md'), join(d, 'good.txt')])).out) as {
      files: { path: string; error: string | null; findings: unknown[] }[];
      summary: { errors: number };
    };
    expect(json.files.map((f) => [f.path.slice(d.length + 1), f.error !== null, f.findings.length])).toEqual([
      ['bad.md', true, 0],
      ['good.txt', false, 1],
    ]);
    expect(json.summary.errors).toBe(1);
  });

  it('fix --write and --out-dir still write the good files and leave the bad one untouched', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'a-bad.txt'), BAD);
    writeFileSync(join(d, 'b-good.txt'), DIRTY);
    const r = await cli(['fix', '--write', join(d, 'a-bad.txt'), join(d, 'b-good.txt')]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(readFileSync(join(d, 'a-bad.txt'), 'utf8')).toBe(BAD);
    expect(readFileSync(join(d, 'b-good.txt'), 'utf8')).toBe(FIXED);
    writeFileSync(join(d, 'b-good.txt'), DIRTY);
    const out = await cli(['fix', '--out-dir', join(d, 'out'), join(d, 'a-bad.txt'), join(d, 'b-good.txt')]);
    expect(out.code).toBe(2);
    expect(readFileSync(join(d, 'out', 'b-good.txt'), 'utf8')).toBe(FIXED);
    expect(() => readFileSync(join(d, 'out', 'a-bad.txt'))).toThrow(/ENOENT/);
  });
});
