// The CLI's inputs and outputs, in-process through run(argv, io): option values, refused formats, --out-dir,
// symbolic and hard links, owner, group and mode kept by --write, read-only files, the temporary file, errors
// reported once and counted, UTF-16, names and text as data, and an adversarial pass over odd inputs.
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/cli.js';
import { expandPaths, readBounded, InputTooLarge, decode, utf16Encoding } from '../../src/cli/read.js';
import { planOutputs } from '../../src/cli/write.js';
import { REFUSED_EXTENSIONS } from '../../src/formats/index.js';
import { SOURCE_LANGUAGES, CHECKED_LANGUAGES } from '../../src/lang/languages.js';
import { escapeControls, escapeJsonControls } from '../../src/report/escape.js';
import { stylishReport } from '../../src/report/stylish.js';
import { translator } from '../../src/i18n/index.js';
import { join, tempDir } from './helpers.js';
import { openSync, closeSync } from 'node:fs';

interface Ran {
  code: number;
  out: string;
  err: string;
}

async function cli(args: string[], opts: { stdin?: string | Buffer; env?: NodeJS.ProcessEnv; isTTY?: boolean } = {}): Promise<Ran> {
  let out = '';
  let err = '';
  // The shipped glossaries cost ~150 ms a run to compile and play no part here.
  if (['check', 'fix', 'annotate'].includes(args[0]!)) args = [args[0]!, '--no-default-glossaries', ...args.slice(1)];
  const code = await run(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    stdin: () => Buffer.from(opts.stdin ?? ''),
    env: opts.env ?? {},
    isTTY: opts.isTTY ?? false,
  });
  return { code, out, err };
}

interface Report {
  files: { path: string; error: string | null; language: string; sourceLanguage: string | null; sourceLanguageEvidence: number | null; findings: { ruleId: string }[] }[];
  summary: Record<string, number>;
}

const DIRTY = 'The cat sat on the mat , and the dog barked.\n';
const FIXED = 'The cat sat on the mat, and the dog barked.\n';
const ROOT = process.getuid?.() === 0;

/** Every file under `dir` (names relative, links as links), for "nothing written" checks. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      out.push(prefix + e.name);
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
    }
  };
  walk(dir, '');
  return out.sort();
}

describe('option values', () => {
  it('rejects an unknown value of every option with a list, naming the accepted values (exit 2, nothing else)', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'a.txt'), DIRTY);
    const file = join(d, 'a.txt');
    const cases: [string[], string][] = [
      [['check', '--lang', 'xx', file], '--lang: "xx" is not accepted; accepted values: auto, en, fr, de, ru, es'],
      [['check', '--source-lang', 'zz', file], '--source-lang: "zz" is not accepted; accepted values: auto, en, fr, de, ru, es, it, pt, zh'],
      [['check', '--locale', 'xx', file], '--locale: "xx" is not accepted; accepted values: en, fr'],
      [['check', '--fail-on', 'warning', file], '--fail-on: "warning" is not accepted; accepted values: critical, major, minor, info'],
      [['check', '--format', 'xml', file], '--format: "xml" is not accepted; accepted values: stylish, json'],
      [['fix', '--input-format', 'html', file], '--input-format: "html" is not accepted; accepted values: text, markdown'],
      [['annotate', '--lang', '', file], '--lang: "" is not accepted; accepted values: auto, en, fr, de, ru, es'],
      [['glossary', 'validate', '--locale', 'de', file], '--locale: "de" is not accepted; accepted values: en, fr'],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args);
      expect(r, args.join(' ')).toEqual({ code: 2, out: '', err: `mtlint: ${message}\n` });
    }
  });

  it('says it in the user’s locale', async () => {
    const r = await cli(['check', '--lang', 'xx', '-'], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.err).toBe('mtlint: --lang : « xx » n’est pas accepté ; valeurs acceptées : auto, en, fr, de, ru, es\n');
  });

  it('accepts the languages the evaluation scripts declare, any case, the last of a repeated option, and auto', async () => {
    expect(SOURCE_LANGUAGES).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr', 'it', 'pt', 'ru', 'zh']));
    expect(CHECKED_LANGUAGES).toEqual(['en', 'fr', 'de', 'ru', 'es']);
    for (const src of ['it', 'pt', 'zh', 'en']) {
      const r = await cli(['check', '--format', 'json', '--lang', 'en', '--source-lang', src, '-'], { stdin: DIRTY });
      expect(r.code).toBe(0);
      expect((JSON.parse(r.out) as Report).files[0]).toMatchObject({ language: 'en', sourceLanguage: src, sourceLanguageEvidence: null });
    }
    const upper = JSON.parse((await cli(['check', '--format', 'JSON', '--lang', 'FR', '--source-lang', 'De', '-'], { stdin: DIRTY })).out) as Report;
    expect(upper.files[0]).toMatchObject({ language: 'fr', sourceLanguage: 'de' });
    const twice = JSON.parse((await cli(['check', '--format', 'json', '--lang', 'fr', '--lang', 'en', '-'], { stdin: DIRTY })).out) as Report;
    expect(twice.files[0]!.language).toBe('en');
    const auto = JSON.parse((await cli(['check', '--format', 'json', '--source-lang', 'auto', '-'], { stdin: DIRTY })).out) as Report;
    expect(auto.files[0]!.sourceLanguageEvidence).not.toBeNull(); // inferred, as without --source-lang
    // --fail-on given twice: the last one is the gate.
    expect((await cli(['check', '--fail-on', 'minor', '--fail-on', 'critical', '-'], { stdin: DIRTY })).code).toBe(0);
    expect((await cli(['check', '--fail-on', 'critical', '--fail-on', 'minor', '-'], { stdin: DIRTY })).code).toBe(1);
    // --out-dir given twice: the last one (it was an internal error).
    const d = tempDir();
    writeFileSync(join(d, 'a.txt'), DIRTY);
    expect(await cli(['fix', '--out-dir', join(d, 'o1'), '--out-dir', join(d, 'o2'), join(d, 'a.txt')])).toEqual({ code: 0, out: '', err: '' });
    expect(readdirSync(d).sort()).toEqual(['a.txt', 'o2']);
  });
});

describe('formats mtlint does not read', () => {
  it('refuses a named XLIFF file: fix --write exits 2 and the file is unchanged', async () => {
    const d = tempDir();
    const xlf = '<xliff><file><body><trans-unit id="1"><source>Hello , world</source></trans-unit></body></file></xliff>\n';
    writeFileSync(join(d, 'a.xlf'), xlf);
    const r = await cli(['fix', '--write', join(d, 'a.xlf')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `mtlint: ${join(d, 'a.xlf')}: XLIFF is not a supported format (mtlint reads plain text .txt and Markdown .md); --input-format text reads it as plain text\n`,
    );
    expect(readFileSync(join(d, 'a.xlf'), 'utf8')).toBe(xlf);
    expect(readdirSync(d)).toEqual(['a.xlf']);
  });

  it('refuses every listed extension, in any case, and reads it when --input-format forces a format', () => {
    const d = tempDir();
    mkdirSync(join(d, 'dir.json'));
    for (const ext of Object.keys(REFUSED_EXTENSIONS)) {
      for (const name of [join(d, `doc${ext}`), join(d, `DOC${ext.toUpperCase()}`)]) {
        writeFileSync(name, 'text\n');
        const { inputs, errors } = expandPaths([name]);
        expect(inputs, name).toEqual([]);
        expect(errors.map((e) => e.error), name).toEqual([{ key: 'errors.refusedFormat', data: { file: name, format: REFUSED_EXTENSIONS[ext] } }]);
        const forced = expandPaths([name], { inputFormat: 'text' });
        expect([forced.errors, forced.inputs.map((i) => [i.path, i.format])], name).toEqual([[], [[name, 'text']]]);
      }
    }
    // Not refused: mtlint's own formats, unknown extensions, and names whose last extension is text.
    for (const name of ['a.txt', 'a.md', 'notes', 'a.log', 'a.json.txt', 'dir.json/a'].map((n) => join(d, n))) {
      writeFileSync(name, 'text\n');
      expect(expandPaths([name]).errors, name).toEqual([]);
    }
  });

  it('--input-format text fixes a refused file as plain text; markdown masks code in stdin', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'a.json'), '"Hello , world"\n');
    expect((await cli(['fix', '--write', '--input-format', 'text', join(d, 'a.json')])).code).toBe(0);
    expect(readFileSync(join(d, 'a.json'), 'utf8')).toBe('"Hello, world"\n');
    const md = 'Run `a , b` here , now.\n';
    expect((await cli(['fix', '-'], { stdin: md })).out).toBe('Run `a, b` here, now.\n');
    expect((await cli(['fix', '--input-format', 'markdown', '-'], { stdin: md })).out).toBe('Run `a , b` here, now.\n');
  });

  it('leaves refused files found in a directory alone, as any other non-text file', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'a.xlf'), '<source>a , b</source>\n');
    writeFileSync(join(d, 'b.txt'), DIRTY);
    const r = await cli(['fix', '--write', d]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(readFileSync(join(d, 'a.xlf'), 'utf8')).toBe('<source>a , b</source>\n');
    expect(readFileSync(join(d, 'b.txt'), 'utf8')).toBe(FIXED);
  });
});

describe('--out-dir never overwrites or nests inputs', () => {
  function corpus(): string {
    const d = tempDir();
    mkdirSync(join(d, 'corpus', 'sub'), { recursive: true });
    writeFileSync(join(d, 'corpus', 'a.txt'), DIRTY);
    writeFileSync(join(d, 'corpus', 'sub', 'b.md'), DIRTY);
    return d;
  }

  it('fix corpus --out-dir corpus/cleaned exits 2 and writes nothing; so do --out-dir corpus and annotate', async () => {
    const d = corpus();
    const before = tree(d);
    const c = join(d, 'corpus');
    for (const args of [
      ['fix', c, '--out-dir', join(c, 'cleaned')],
      ['fix', c, '--out-dir', join(c, 'sub', 'deeper', 'cleaned')],
      ['fix', '--out-dir', c, c],
      ['annotate', '--out-dir', c, c],
      ['annotate', '--out-dir', join(c, '.hidden'), c],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^mtlint: --out-dir .+ is inside the input directory .+corpus: choose a directory outside the inputs\n$/);
      expect(tree(d)).toEqual(before);
      expect(readFileSync(join(c, 'a.txt'), 'utf8')).toBe(DIRTY);
    }
  });

  it('compares real paths: an --out-dir reached through a link into the input is refused', async () => {
    const d = corpus();
    symlinkSync(join(d, 'corpus', 'sub'), join(d, 'alias'));
    const r = await cli(['fix', join(d, 'corpus'), '--out-dir', join(d, 'alias', 'cleaned')]);
    expect(r.code).toBe(2);
    expect(existsSync(join(d, 'corpus', 'sub', 'cleaned'))).toBe(false);
  });

  it('refuses an output that lands on an input file, and two inputs written to one output', async () => {
    const d = corpus();
    const before = tree(d);
    const a = join(d, 'corpus', 'a.txt');
    const onItself = await cli(['fix', a, '--out-dir', join(d, 'corpus')]);
    expect(onItself.code).toBe(2);
    expect(onItself.err).toMatch(/a\.txt: its output .+ would overwrite the input .+a\.txt; choose another --out-dir\n$/);
    mkdirSync(join(d, 'other'));
    writeFileSync(join(d, 'other', 'a.txt'), 'Other text , here.\n');
    const clash = await cli(['fix', a, join(d, 'other', 'a.txt'), '--out-dir', join(d, 'out')]);
    expect(clash.code).toBe(2);
    expect(clash.err).toMatch(/would both be written to .+out\/a\.txt\n$/);
    expect(existsSync(join(d, 'out'))).toBe(false);
    // An output planted as a link to an input is an output on that input.
    mkdirSync(join(d, 'out2'));
    symlinkSync(a, join(d, 'out2', 'a.txt'));
    expect((await cli(['fix', join(d, 'corpus'), '--out-dir', join(d, 'out2')])).code).toBe(2);
    expect(readFileSync(a, 'utf8')).toBe(DIRTY);
    expect(tree(join(d, 'corpus'))).toEqual(before.filter((p) => p.startsWith('corpus/')).map((p) => p.slice(7)));
  });

  it('writes next to the inputs when the directory is outside them', async () => {
    const d = corpus();
    const r = await cli(['fix', join(d, 'corpus'), '--out-dir', join(d, 'cleaned')]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(readFileSync(join(d, 'cleaned', 'sub', 'b.md'), 'utf8')).toBe(FIXED);
    // A file's output beside it under another name is fine.
    const a = join(d, 'corpus', 'a.txt');
    expect(planOutputs([{ path: a, relative: 'a.txt', format: 'text', real: a }], [], join(d, 'corpus', 'out'))).toBeInstanceOf(Map);
  });
});

describe('symbolic links', () => {
  it('inside directories: followed, loops and repeats skipped, each skipped link reported; a named link is followed', async () => {
    const d = tempDir();
    const c = join(d, 'in');
    mkdirSync(join(c, 'sub'), { recursive: true });
    mkdirSync(join(d, 'elsewhere'));
    mkdirSync(join(d, 'other'));
    writeFileSync(join(c, 'a.txt'), DIRTY);
    writeFileSync(join(d, 'elsewhere', 'e.txt'), DIRTY);
    writeFileSync(join(d, 'other', 'o.txt'), DIRTY);
    symlinkSync(join(d, 'other', 'o.txt'), join(c, 'link.txt')); // to a file outside: read under its name
    symlinkSync(join(d, 'elsewhere'), join(c, 'linkdir')); // to a directory outside: walked
    symlinkSync('nowhere.txt', join(c, 'dangling.txt'));
    symlinkSync('..', join(c, 'sub', 'up')); // a loop
    symlinkSync(join(c, 'sub'), join(c, 'sub2')); // a directory walked already
    symlinkSync('a.txt', join(c, 'again.txt')); // a file read already
    execFileSync('mkfifo', [join(c, 'pipe.txt')]); // never opened
    const r = await cli(['check', '--format', 'json', c]);
    expect(r.code).toBe(0);
    const paths = (JSON.parse(r.out) as Report).files.map((f) => f.path.slice(c.length + 1));
    expect(paths).toEqual(['a.txt', 'link.txt', 'linkdir/e.txt']);
    expect(r.err.split('\n').filter(Boolean).sort()).toEqual(
      [
        `mtlint: warning: ${c}/again.txt: symbolic link to ${c}/a.txt, already read, skipped`,
        `mtlint: warning: ${c}/dangling.txt: symbolic link to nothing, skipped`,
        `mtlint: warning: ${c}/pipe.txt: not a regular file, skipped`,
        `mtlint: warning: ${c}/sub/up: symbolic link loop, skipped`,
        `mtlint: warning: ${c}/sub2: symbolic link to a directory already read, skipped`,
      ].sort(),
    );
    const fr = await cli(['check', '--locale', 'fr', c]);
    expect(fr.err).toContain(`mtlint: avertissement : ${c}/sub/up : boucle de liens symboliques, ignorée\n`);
    // Named: the link is read as its target, under the name given.
    const named = await cli(['check', '--format', 'json', join(c, 'link.txt')]);
    expect((JSON.parse(named.out) as Report).files.map((f) => [f.path, f.findings.length > 0])).toEqual([[join(c, 'link.txt'), true]]);
  });

  it('a chain of directories each holding two links to the next is walked once per directory', () => {
    const d = tempDir();
    const levels = 24; // 2^24 paths if every link were followed
    for (let i = 0; i <= levels; i++) mkdirSync(join(d, `l${i}`));
    for (let i = 0; i < levels; i++) {
      symlinkSync(join(d, `l${i + 1}`), join(d, `l${i}`, 'a'));
      symlinkSync(join(d, `l${i + 1}`), join(d, `l${i}`, 'b'));
    }
    writeFileSync(join(d, `l${levels}`, 'end.txt'), DIRTY);
    const { inputs, warnings } = expandPaths([join(d, 'l0')]);
    expect(inputs.map((i) => i.relative)).toEqual([`${'a/'.repeat(levels)}end.txt`]);
    expect(warnings).toHaveLength(levels);
    expect(new Set(warnings.map((w) => w.key))).toEqual(new Set(['warnings.linkVisited']));
  });
});

describe('fix --write keeps what the file is', () => {
  it('through a symbolic link: writes the target, the link stays a link', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'target.txt'), DIRTY);
    symlinkSync('target.txt', join(d, 'link.txt'));
    expect((await cli(['fix', '--write', join(d, 'link.txt')])).code).toBe(0);
    expect(lstatSync(join(d, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(d, 'link.txt'))).toBe('target.txt');
    expect(readFileSync(join(d, 'target.txt'), 'utf8')).toBe(FIXED);
    expect(readdirSync(d).sort()).toEqual(['link.txt', 'target.txt']);
  });

  it('a hard-linked file stays one inode with all its names', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'a.txt'), DIRTY);
    linkSync(join(d, 'a.txt'), join(d, 'b.txt'));
    const ino = statSync(join(d, 'a.txt')).ino;
    expect((await cli(['fix', '--write', join(d, 'a.txt')])).code).toBe(0);
    for (const name of ['a.txt', 'b.txt']) {
      const st = statSync(join(d, name));
      expect([st.ino, st.nlink]).toEqual([ino, 2]);
      expect(readFileSync(join(d, name), 'utf8')).toBe(FIXED);
    }
    expect(readdirSync(d).sort()).toEqual(['a.txt', 'b.txt']); // no temporary file left
    // Longer output than the original (a BOM-less fix that adds bytes is rare; a shorter one is the rule).
    writeFileSync(join(d, 'a.txt'), 'Hello  world ,x\n');
    await cli(['fix', '--write', join(d, 'b.txt')]);
    expect(readFileSync(join(d, 'a.txt'), 'utf8')).toBe(readFileSync(join(d, 'b.txt'), 'utf8'));
    expect(statSync(join(d, 'a.txt')).nlink).toBe(2);
  });

  it.skipIf(!ROOT)('keeps the owner, group and mode of a file owned by another user (as root)', async () => {
    const d = tempDir();
    for (const [name, mode] of [
      ['a.txt', 0o640],
      ['s.txt', 0o4750],
    ] as const) {
      writeFileSync(join(d, name), DIRTY);
      chownSync(join(d, name), 1234, 1234);
      chmodSync(join(d, name), mode);
      expect((await cli(['fix', '--write', join(d, name)])).code).toBe(0);
      const st = statSync(join(d, name));
      expect([st.uid, st.gid, st.mode & 0o7777, st.nlink]).toEqual([1234, 1234, mode, 1]);
      expect(readFileSync(join(d, name), 'utf8')).toBe(FIXED);
    }
    // And a hard-linked one owned by another user.
    writeFileSync(join(d, 'h.txt'), DIRTY);
    linkSync(join(d, 'h.txt'), join(d, 'h2.txt'));
    chownSync(join(d, 'h.txt'), 1234, 1234);
    chmodSync(join(d, 'h.txt'), 0o600);
    expect((await cli(['fix', '--write', join(d, 'h2.txt')])).code).toBe(0);
    const st = statSync(join(d, 'h.txt'));
    expect([st.uid, st.gid, st.mode & 0o7777, st.nlink]).toEqual([1234, 1234, 0o600, 2]);
    expect(readFileSync(join(d, 'h.txt'), 'utf8')).toBe(FIXED);
  });

  it('reports a read-only file and leaves it alone unless --force', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'ro.txt'), DIRTY);
    writeFileSync(join(d, 'rw.txt'), DIRTY);
    chmodSync(join(d, 'ro.txt'), 0o444);
    const r = await cli(['fix', '--write', join(d, 'ro.txt'), join(d, 'rw.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`mtlint: ${join(d, 'ro.txt')}: read-only, left unchanged (--force writes it all the same)\n`);
    expect(readFileSync(join(d, 'ro.txt'), 'utf8')).toBe(DIRTY);
    expect(readFileSync(join(d, 'rw.txt'), 'utf8')).toBe(FIXED); // the others are still written
    const forced = await cli(['fix', '--write', '--force', join(d, 'ro.txt')]);
    expect(forced).toMatchObject({ code: 0, err: '' });
    expect(readFileSync(join(d, 'ro.txt'), 'utf8')).toBe(FIXED);
    expect(statSync(join(d, 'ro.txt')).mode & 0o777).toBe(0o444);
    // The same for an output of --out-dir that exists read-only (annotate here).
    mkdirSync(join(d, 'in'));
    mkdirSync(join(d, 'out'));
    writeFileSync(join(d, 'in', 'a.txt'), DIRTY);
    writeFileSync(join(d, 'out', 'a.txt'), 'kept\n');
    chmodSync(join(d, 'out', 'a.txt'), 0o400);
    expect((await cli(['annotate', '--out-dir', join(d, 'out'), join(d, 'in')])).code).toBe(2);
    expect(readFileSync(join(d, 'out', 'a.txt'), 'utf8')).toBe('kept\n');
    expect((await cli(['annotate', '--force', '--out-dir', join(d, 'out'), join(d, 'in')])).code).toBe(0);
    expect(readFileSync(join(d, 'out', 'a.txt'), 'utf8')).toMatch(/^The cat sat on the mat\{-- --\}\{>>/);
    expect(statSync(join(d, 'out', 'a.txt')).mode & 0o777).toBe(0o400);
  });

  it('never follows a link planted at the old predictable temporary name', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'victim'), 'precious\n');
    writeFileSync(join(d, 'a.txt'), DIRTY);
    const planted = join(d, `.a.txt.mtlint-${process.pid}.tmp`);
    symlinkSync(join(d, 'victim'), planted);
    expect((await cli(['fix', '--write', join(d, 'a.txt')])).code).toBe(0);
    expect(readFileSync(join(d, 'victim'), 'utf8')).toBe('precious\n');
    expect(readlinkSync(planted)).toBe(join(d, 'victim'));
    expect(readFileSync(join(d, 'a.txt'), 'utf8')).toBe(FIXED);
    expect(readdirSync(d).sort()).toEqual([`.a.txt.mtlint-${process.pid}.tmp`, 'a.txt', 'victim'].sort());
  });
});

describe('errors are reported once and counted', () => {
  it('stylish: each failed input once on stderr, none on stdout, counted in the summary; never "No problems"', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'good.txt'), DIRTY);
    writeFileSync(join(d, 'clean.txt'), 'All is well.\n');
    writeFileSync(join(d, 'bad.txt'), Buffer.from([0x61, 0xff, 0x0a]));
    const missing = join(d, 'missing.txt');
    const r = await cli(['check', missing, join(d, 'good.txt'), join(d, 'bad.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`mtlint: ${missing}: no such file or directory\nmtlint: ${join(d, 'bad.txt')}: line 1: invalid UTF-8 (byte 0xFF at offset 1)\n`);
    expect(r.out).not.toContain('missing.txt');
    expect(r.out).not.toContain('bad.txt');
    expect(r.out.trim().split('\n').pop()).toBe('1 problem in 3 files (0 critical, 0 major, 1 minor, 0 info); 1 fixable with `mtlint fix`. 2 files could not be checked.');
    const quiet = await cli(['check', missing, join(d, 'clean.txt')]);
    expect(quiet.out).toBe('0 problems in 2 files; 1 file could not be checked.\n');
    const fr = await cli(['check', '--locale', 'fr', missing, join(d, 'clean.txt')]);
    expect(fr.out).toBe('0 problème dans 2 fichiers ; 1 fichier n’a pas pu être vérifié.\n');
    expect((await cli(['check', join(d, 'clean.txt')])).out).toBe('No problems in 1 file.\n');
  });

  it('json: the error per file and the number of errors in the summary', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'good.txt'), DIRTY);
    const r = await cli(['check', '--format', 'json', join(d, 'missing.txt'), join(d, 'good.txt')]);
    const rep = JSON.parse(r.out) as Report;
    expect(rep.files.map((f) => f.error)).toEqual([`${join(d, 'missing.txt')}: no such file or directory`, null]);
    expect(rep.summary).toMatchObject({ files: 2, errors: 1, findings: 1 });
    expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('names UTF-16 and UTF-32 (with or without a byte-order mark) rather than calling them binary', async () => {
    const text = 'Hello, world. This is a short English text, “quoted” and all.\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const ru = Buffer.from('Привет, мир. Как дела? Это короткий текст для проверки.\n', 'utf16le');
    expect(utf16Encoding(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toBe('UTF-16');
    expect(utf16Encoding(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe('UTF-16');
    expect(utf16Encoding(le)).toBe('UTF-16LE');
    expect(utf16Encoding(be)).toBe('UTF-16BE');
    expect(utf16Encoding(ru)).toBe('UTF-16LE');
    expect(utf16Encoding(Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]))).toBe('UTF-32');
    expect(utf16Encoding(Buffer.from([0x61, 0x00]))).toBeNull(); // too short to tell: binary
    expect(decode(Buffer.from([0x61, 0x00]), 'f')).toMatchObject({ key: 'errors.binary' });
    expect(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'f')).toMatchObject({ key: 'errors.binary' });
    expect(decode(Buffer.from('plain text'), 'f')).toEqual({ text: 'plain text', bom: false });
    const d = tempDir();
    writeFileSync(join(d, 'u16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), le]));
    writeFileSync(join(d, 'u16le.txt'), le);
    const r = await cli(['fix', '--write', join(d, 'u16.txt'), join(d, 'u16le.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `mtlint: ${join(d, 'u16.txt')} is UTF-16; mtlint reads UTF-8: convert it with iconv -f UTF-16 -t UTF-8\n` +
        `mtlint: ${join(d, 'u16le.txt')} is UTF-16LE; mtlint reads UTF-8: convert it with iconv -f UTF-16LE -t UTF-8\n`,
    );
    expect(readFileSync(join(d, 'u16le.txt')).equals(le)).toBe(true);
  });
});

describe('names and text are data', () => {
  const NAME = 'evil\n\x1b]0;pwned\x07fake.txt:1:1 critical forged\x1b[2J\r\u009b31m\u202e.txt';

  it('escapes control characters, separators and bidirectional controls the way the dry-run patch quotes names', () => {
    expect(escapeControls('a\x1b[31mb')).toBe('a\\033[31mb');
    expect(escapeControls('l1\nl2\r\t\x07\b\v\f\x7f')).toBe('l1\\nl2\\r\\t\\a\\b\\v\\f\\177');
    expect(escapeControls('x\u009by\u2028z\u202e')).toBe('x\\302\\233y\\342\\200\\250z\\342\\200\\256');
    expect(escapeControls('café “ok” 東京 \\ é')).toBe('café “ok” 東京 \\ é');
    const json = escapeJsonControls(JSON.stringify({ s: 'a\u009b\u2028\u202eb\x1b' }));
    expect(json).toBe('{"s":"a\\u009b\\u2028\\u202eb\\u001b"}');
    expect(JSON.parse(json)).toEqual({ s: 'a\u009b\u2028\u202eb\x1b' });
  });

  it('a file name with ESC sequences and newlines forges no line in stylish output or error lines; JSON stays exact', async () => {
    const d = tempDir();
    writeFileSync(join(d, NAME), DIRTY);
    const file = join(d, NAME);
    const r = await cli(['check', '--fail-on', 'critical', file, file + 'x']);
    for (const s of [r.out, r.err]) expect(s).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(`${d}/evil\\n\\033]0;pwned\\afake.txt:1:1 critical forged\\033[2J\\r\\302\\23331m\\342\\200\\256.txt:1:23 minor Space before “,”: English puts none there. space-before-punctuation`);
    expect(lines.slice(1)).toEqual(['', '1 problem in 2 files (0 critical, 0 major, 1 minor, 0 info); 1 fixable with `mtlint fix`. 1 file could not be checked.', '']);
    expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
    const json = await cli(['check', '--format', 'json', file]);
    expect(json.out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/);
    expect((JSON.parse(json.out) as Report).files[0]!.path).toBe(file);
  });

  it('stylish escapes control characters in messages too, and dry-run on a terminal escapes the text', async () => {
    const t = translator('en');
    const finding = { ruleId: 'x', category: 'fluency/punctuation', severity: 'minor', message: 'Bad «\x1b[2J» here\u202e', start: 0, end: 1, line: 1, column: 1, endLine: 1, endColumn: 2, text: 'a', suggestions: [], fix: null } as const;
    const out = stylishReport([{ path: 'a\nb.txt', language: 'en', sourceLanguage: null, sourceLanguageEvidence: null, words: 1, penalty: 1, score: 0, findings: [finding], error: null }], t);
    expect(out.split('\n')[0]).toBe('a\\nb.txt:1:1 minor Bad «\\033[2J» here\\342\\200\\256 x');
    const dirty = 'Red \x1b[31mtext , here.\n';
    const tty = await cli(['fix', '--dry-run', '-'], { stdin: dirty, isTTY: true });
    expect(tty.out).toContain('-Red \\033[31mtext , here.\n+Red \\033[31mtext, here.\n');
    const piped = await cli(['fix', '--dry-run', '-'], { stdin: dirty });
    expect(piped.out).toContain('-Red \x1b[31mtext , here.\n'); // a patch to apply stays exact
  });
});

describe('adversarial inputs', () => {
  it('/dev/zero is binary after one read; an input over the size limit is an error', async () => {
    const r = await cli(['check', '/dev/zero']);
    expect(r).toMatchObject({ code: 2, err: 'mtlint: /dev/zero: looks like a binary file, not text\n' });
    const fd = openSync('/dev/urandom', 'r');
    try {
      expect(() => readBounded(fd, 100_000)).not.toThrow(); // random bytes hold a NUL in the first 8,000: stop there
    } finally {
      closeSync(fd);
    }
    const d = tempDir();
    writeFileSync(join(d, 'big.txt'), 'a'.repeat(10_000));
    const big = openSync(join(d, 'big.txt'), 'r');
    try {
      expect(() => readBounded(big, 9_999)).toThrow(InputTooLarge);
      expect(readBounded(big, 10_000).length).toBe(10_000);
    } finally {
      closeSync(big);
    }
  });

  it('reads each input once: a directory given twice, a file under two names, stdin twice', async () => {
    const d = tempDir();
    mkdirSync(join(d, 'in', 'sub'), { recursive: true });
    writeFileSync(join(d, 'in', 'a.txt'), DIRTY);
    writeFileSync(join(d, 'in', 'sub', 'b.txt'), DIRTY);
    symlinkSync(join(d, 'in', 'a.txt'), join(d, 'alias.txt'));
    const count = async (...args: string[]) => (JSON.parse((await cli(['check', '--format', 'json', ...args], { stdin: DIRTY })).out) as Report).files.map((f) => f.path);
    const dir = join(d, 'in');
    expect(await count(dir, dir, `${dir}/`)).toEqual([`${dir}/a.txt`, `${dir}/sub/b.txt`]);
    expect(await count(join(dir, 'sub'), dir)).toEqual([`${dir}/sub/b.txt`, `${dir}/a.txt`]);
    expect(await count(join(dir, 'a.txt'), `${dir}/./a.txt`, join(d, 'alias.txt'))).toEqual([join(dir, 'a.txt')]);
    expect(await count('-', '-')).toEqual(['-']);
  });

  it('an empty file is clean, an empty directory an error, a directory named like a file is walked', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'empty.txt'), '');
    mkdirSync(join(d, 'nothing'));
    mkdirSync(join(d, 'x.txt'));
    writeFileSync(join(d, 'x.txt', 'in.md'), DIRTY);
    expect(await cli(['check', join(d, 'empty.txt')])).toEqual({ code: 0, out: 'No problems in 1 file.\n', err: '' });
    const r = await cli(['check', join(d, 'nothing'), join(d, 'x.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`mtlint: ${join(d, 'nothing')}: no .txt or .md file in this directory\n`);
    expect(r.out).toMatch(/x\.txt\/in\.md:1:23 minor/);
  });

  it('reads a file named like an option after --', async () => {
    const d = tempDir();
    writeFileSync(join(d, '-x.txt'), DIRTY);
    const r = await cli(['fix', '--', join(d, '-x.txt').replace(/^\//, '/')]);
    expect(r.out).toBe(FIXED);
    const relative = await cli(['check', '--format', 'json', '--', '-x.txt'], {});
    expect(relative.code).toBe(2); // not in the working directory: reported as a file, not parsed as an option
    expect(relative.err).toBe('mtlint: -x.txt: no such file or directory\n');
  });

  it('names a file whose name is not UTF-8 and checks the others', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'good.txt'), DIRTY);
    writeFileSync(Buffer.from(`${d}/caf\xe9.txt`, 'latin1'), DIRTY);
    const r = await cli(['check', d]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`mtlint: ${d}/caf\\351.txt: the file name is not UTF-8, so mtlint cannot open it; rename it\n`);
    expect(r.out).toMatch(/good\.txt:1:23 minor/);
  });
});
