import { mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inProcess, join, mtlint, tempDir } from './helpers.js';

const THREAT = 'A threat “ shape the opinions of entire nations “ here.\n';

function report(stdout: string) {
  return JSON.parse(stdout) as {
    version: number;
    tool: { name: string; version: string };
    files: { path: string; error: string | null; findings: { ruleId: string; category: string; text: string; start: number; end: number; message: string; fix: unknown }[]; words: number; penalty: number; score: number; language: string; sourceLanguage: string | null }[];
    summary: Record<string, number>;
  };
}

describe('check', () => {
  it('reports the quote artefacts of the acceptance example', async () => {
    const r = await inProcess(['check', '--format', 'json', '-'], { input: THREAT });
    expect(r.code).toBe(0);
    const rep = report(r.stdout);
    expect(rep.version).toBe(1);
    expect(rep.tool.name).toBe('mtlint');
    const f = rep.files[0]!;
    expect(f.path).toBe('-');
    expect(f.findings.filter((x) => x.ruleId === 'quote-spacing').map((x) => x.text)).toEqual(['“ ', ' “']);
    const pairing = f.findings.filter((x) => x.ruleId === 'quote-pairing');
    expect(pairing.map((x) => [x.text, x.start])).toEqual([['“', THREAT.lastIndexOf('“')]]);
    for (const x of f.findings) expect(THREAT.slice(x.start, x.end)).toBe(x.text);
  });

  it('gives the same bytes for the same input, and keeps ids stable across locales', async () => {
    const a = await inProcess(['check', '--format', 'json', '-'], { input: THREAT });
    const b = await inProcess(['check', '--format', 'json', '-'], { input: THREAT });
    expect(a.stdout).toBe(b.stdout);
    const fr = await inProcess(['check', '--format', 'json', '--locale', 'fr', '-'], { input: THREAT });
    const en = report(a.stdout).files[0]!.findings;
    const frf = report(fr.stdout).files[0]!.findings;
    expect(frf.map((x) => [x.ruleId, x.category, x.start])).toEqual(en.map((x) => [x.ruleId, x.category, x.start]));
    expect(frf[0]!.message).not.toBe(en[0]!.message);
  });

  it('takes the message locale from LANG when --locale is absent', () => {
    const r = mtlint(['check', '-'], { input: THREAT, env: { LANG: 'fr_FR.UTF-8' } });
    expect(r.stdout).toMatch(/guillemet/);
  });

  it('prints stylish lines file:line:col severity message ruleId and a summary', async () => {
    const r = await inProcess(['check', '-'], { input: 'x\n' + THREAT });
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^-:2:10 minor .+ quote-spacing$/);
    expect(lines[lines.length - 1]).toMatch(/problems in 1 file/);
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('exits 1 when a finding reaches --fail-on, 0 otherwise', async () => {
    expect((await inProcess(['check', '--fail-on', 'minor', '-'], { input: THREAT })).code).toBe(1);
    expect((await inProcess(['check', '--fail-on', 'major', '-'], { input: THREAT })).code).toBe(0);
    expect((await inProcess(['check', '--fail-on', 'minor', '-'], { input: 'All is well here.\n' })).code).toBe(0);
  });

  it('records --source-lang and computes words, penalty and score', async () => {
    const r = report((await inProcess(['check', '--format', 'json', '--source-lang', 'fr', '-'], { input: THREAT })).stdout);
    const f = r.files[0]!;
    expect(f.sourceLanguage).toBe('fr');
    expect(f.language).toBe('en');
    expect(f.words).toBe(9);
    expect(f.penalty).toBe(f.findings.length); // all minor
    expect(f.score).toBe(Math.round(1000 * (1 - f.penalty / 9)) / 10);
    expect(r.summary.findings).toBe(f.findings.length);
  });

  it('never flags code spans, fenced code or URLs in Markdown', async () => {
    const md = 'Run `a  b ,c` here.\n\n```\nx = " y " ; the the\n```\n\nSee https://example.com/a?b=1 , ok.\n';
    const r = report((await inProcess(['check', '--format', 'json', '--lang', 'en', 'file.md'], { cwd: mdDir(md) })).stdout);
    const texts = r.files[0]!.findings.map((f) => f.text);
    expect(texts).toEqual([' ,']);
  });
});

function mdDir(md: string): string {
  const d = tempDir();
  writeFileSync(join(d, 'file.md'), md);
  return d;
}

describe('fix', () => {
  it('turns the acceptance example into clean text, as a stdin filter', async () => {
    const r = await inProcess(['fix', '-'], { input: THREAT });
    expect(r.stdout).toBe('A threat “shape the opinions of entire nations” here.\n');
    expect(r.code).toBe(0);
  });

  it('keeps a BOM and CRLF line ends', async () => {
    const input = Buffer.from('\uFEFFOne  two.\r\nThree , four.\r\n', 'utf8');
    const r = await inProcess(['fix', '-'], { input });
    expect(r.stdout).toBe('\uFEFFOne two.\r\nThree, four.\r\n');
  });

  it('--write fixes in place only the files that change', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'a.txt'), THREAT);
    writeFileSync(join(d, 'clean.txt'), 'Nothing to fix here.\n');
    const before = statSync(join(d, 'clean.txt')).mtimeMs;
    const r = await inProcess(['fix', '--write', d]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(d, 'a.txt'), 'utf8')).toBe('A threat “shape the opinions of entire nations” here.\n');
    expect(statSync(join(d, 'clean.txt')).mtimeMs).toBe(before);
    expect(readdirSync(d).sort()).toEqual(['a.txt', 'clean.txt']);
  });

  it('--out-dir mirrors the input tree and leaves the inputs alone', async () => {
    const d = tempDir();
    mkdirSync(join(d, 'in', 'sub'), { recursive: true });
    writeFileSync(join(d, 'in', 'sub', 'a.md'), THREAT);
    writeFileSync(join(d, 'in', 'b.txt'), 'Fine.\n');
    const r = await inProcess(['fix', '--out-dir', join(d, 'out'), join(d, 'in')]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(d, 'out', 'sub', 'a.md'), 'utf8')).toBe('A threat “shape the opinions of entire nations” here.\n');
    expect(readFileSync(join(d, 'out', 'b.txt'), 'utf8')).toBe('Fine.\n');
    expect(readFileSync(join(d, 'in', 'sub', 'a.md'), 'utf8')).toBe(THREAT);
  });

  it('--dry-run prints a unified diff and writes nothing', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'a.txt'), THREAT);
    const r = await inProcess(['fix', '--dry-run', join(d, 'a.txt')]);
    expect(r.stdout).toContain('-A threat “ shape the opinions of entire nations “ here.');
    expect(r.stdout).toContain('+A threat “shape the opinions of entire nations” here.');
    expect(r.stdout).toMatch(/^@@ -1,?1? \+1,?1? @@/m);
    expect(readFileSync(join(d, 'a.txt'), 'utf8')).toBe(THREAT);
  });

  it('refuses several inputs without --write, --out-dir or --dry-run', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'a.txt'), THREAT);
    writeFileSync(join(d, 'b.txt'), THREAT);
    const r = await inProcess(['fix', join(d, 'a.txt'), join(d, 'b.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--write/);
    expect(r.stdout).toBe('');
  });
});

describe('bad input', () => {
  function setup() {
    const d = tempDir();
    writeFileSync(join(d, 'good.txt'), THREAT);
    mkdirSync(join(d, 'bin'));
    writeFileSync(join(d, 'bin', 'blob.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(join(d, 'latin1.txt'), Buffer.concat([Buffer.from('Line one\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait , ok\n')]));
    writeFileSync(join(d, 'empty.txt'), '');
    return d;
  }

  it('names each failing file, checks the others and exits 2', async () => {
    const d = setup();
    const r = await inProcess(['check', '--format', 'json', 'missing.txt', 'bin', 'latin1.txt', 'good.txt', 'empty.txt'], { cwd: d });
    expect(r.code).toBe(2);
    const errLines = r.stderr.trim().split('\n');
    expect(errLines).toHaveLength(3);
    expect(errLines[0]).toMatch(/^mtlint: missing\.txt: no such file/);
    expect(errLines.some((l) => /bin\/blob\.txt: .*binary/.test(l))).toBe(true);
    expect(errLines.some((l) => /latin1\.txt: line 2: invalid UTF-8 \(byte 0xE9/.test(l))).toBe(true);
    const rep = report(r.stdout);
    const byPath = Object.fromEntries(rep.files.map((f) => [f.path, f]));
    expect(byPath['missing.txt']!.error).toMatch(/missing\.txt/);
    expect(byPath['bin/blob.txt']!.findings).toEqual([]);
    expect(byPath['good.txt']!.error).toBeNull();
    expect(byPath['good.txt']!.findings.length).toBeGreaterThan(0);
    expect(byPath['empty.txt']).toMatchObject({ error: null, findings: [], words: 0 });
  });

  it('fix --write leaves a failed file untouched and still fixes the others', async () => {
    const d = setup();
    const latin = readFileSync(join(d, 'latin1.txt'));
    const r = await inProcess(['fix', '--write', 'latin1.txt', 'good.txt'], { cwd: d });
    expect(r.code).toBe(2);
    expect(readFileSync(join(d, 'latin1.txt')).equals(latin)).toBe(true);
    expect(readFileSync(join(d, 'good.txt'), 'utf8')).toBe('A threat “shape the opinions of entire nations” here.\n');
  });

  it('an empty file is checked normally', async () => {
    const d = setup();
    const r = await inProcess(['check', 'empty.txt'], { cwd: d });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('usage errors exit 2', async () => {
    // One through a process: the exit status a shell sees.
    expect(mtlint(['check', '--format', 'xml', '-']).code).toBe(2);
    expect((await inProcess(['check', '--no-such-flag', '-'])).code).toBe(2);
    expect((await inProcess(['check'])).code).toBe(2);
    expect((await inProcess(['fix', '--write', '-'], { input: THREAT })).code).toBe(2);
  });
});

describe('annotate', () => {
  it('marks fixes as CriticMarkup and highlights the rest', async () => {
    const r = await inProcess(['annotate', '-'], { input: THREAT });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('“{-- --}{>>fluency/punctuation · minor · ');
    expect(r.stdout).toMatch(/\{~~“~>”~~\}/);
  });

  it('--out-dir writes one annotated copy per input; several inputs need it', async () => {
    const d = tempDir();
    mkdirSync(join(d, 'in'));
    writeFileSync(join(d, 'in', 'a.txt'), THREAT);
    // Words enough to identify English with high confidence: on a guess, the doubled word would only be suggested.
    writeFileSync(join(d, 'in', 'b.md'), 'The the cat sat on the mat.\n');
    expect((await inProcess(["annotate", join(d, "in")])).code).toBe(2);
    const r = await inProcess(['annotate', '--out-dir', join(d, 'out'), join(d, 'in')]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(d, 'out', 'b.md'), 'utf8')).toMatch(/^The\{-- the--\}\{>>fluency\/grammar · minor · .+<<\} cat sat on the mat\.\n$/);
    expect(readFileSync(join(d, 'out', 'a.txt'), 'utf8')).toContain('{~~“~>”~~}');
  });
});

describe('a reader that stops reading', () => {
  it('ends the run quietly (exit 2, no stack trace) when stdout is closed early, as by `| head -1`', async () => {
    const { spawn } = await import('node:child_process');
    const { CLI } = await import('./helpers.js');
    const child = spawn(process.execPath, [CLI, 'fix', '--no-default-glossaries', '--lang', 'en', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end('The cat sat on the mat , and the dog barked.\n'.repeat(40_000));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(2);
  });
});
