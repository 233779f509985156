#!/usr/bin/env node
// The glossary benchmark (issue 3, section 7): throughput of `mtlint check` with glossaries of 100, 1,000,
// 10,000 and 50,000 entries on ~20 MB of real English prose, side by side with textlint + textlint-rule-prh
// on the same entries converted to prh YAML, and with `grep -F -i -f` on the same variants as the floor.
//
//   npm run bench                       # from the repository root: installs this directory, builds, runs
//   node tests/bench/glossary/run.mjs [--quick] [--sizes 100,1000] [--tools mtlint,textlint,grep]
//        [--repeat N] [--mb N] [--textlint-slices 100=all,1000=all,10000=250000] [--cpu N | --no-pin]
//        [--mtlint path/to/dist/cli/main.js] [--no-sanity] [--strict]
//
// Inputs are built by corpus.mjs and glossary.mjs into .work/ (cached). Prints a Markdown table and the
// acceptance checks, and writes both to .work/results.json. Never part of `npm test`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';
import { buildGlossaries, SIZES } from './glossary.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
const WORK = path.join(HERE, '.work');
const MB = 1e6;

// ---------------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const o = {
    quick: false,
    sizes: null,
    tools: ['mtlint', 'textlint', 'grep'],
    repeat: null,
    mb: null,
    textlintSlices: null,
    cpu: os.cpus().length - 1,
    mtlint: path.join(ROOT, 'dist/cli/main.js'),
    sanity: true,
    strict: false,
    timeout: 600,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const name = a.split('=')[0];
    if (name === '--quick') o.quick = true;
    else if (name === '--sizes') o.sizes = val().split(',').map(Number);
    else if (name === '--tools') o.tools = val().split(',');
    else if (name === '--repeat') o.repeat = Number(val());
    else if (name === '--mb') o.mb = Number(val());
    else if (name === '--textlint-slices') {
      o.textlintSlices = Object.fromEntries(val().split(',').map((kv) => kv.split('=')).map(([k, v]) => [k, v === 'all' ? 'all' : Number(v)]));
    } else if (name === '--cpu') o.cpu = Number(val());
    else if (name === '--no-pin') o.cpu = null;
    else if (name === '--mtlint') o.mtlint = path.resolve(val());
    else if (name === '--no-sanity') o.sanity = false;
    else if (name === '--strict') o.strict = true;
    else if (name === '--timeout') o.timeout = Number(val());
    else if (name === '--help' || name === '-h') {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 12).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
      process.exit(0);
    } else throw new Error(`unknown option ${a} (see --help)`);
  }
  o.sizes ??= o.quick ? [100, 1000] : SIZES;
  o.mb ??= o.quick ? 2 : 20;
  o.repeat ??= 2;
  // textlint + prh gets slower with every entry (0.13 MB/s at 1,000, 0.008 at 10,000): beyond 1,000 entries it
  // reads a prefix of the corpus. At 1,000 it reads all of it (~160 s), as the 100x check compares the same text
  // (its rate on the first 1 MB, start-up included, was 10% lower).
  const slices = o.quick ? { 100: 'all', 1000: 250e3, 10000: 50e3, 50000: 50e3 } : { 100: 'all', 1000: 'all', 10000: 250e3, 50000: 50e3 };
  o.textlintSlices = { ...slices, ...(o.textlintSlices ?? {}) };
  for (const n of o.sizes) o.textlintSlices[n] ??= 50e3;
  return o;
}

// ---------------------------------------------------------------------------------------------------
// Measuring one process

// BENCH_NO_TIME=1 forces the fallback (peak RSS from a hook in the Node processes, none for grep)
const TIME = !process.env.BENCH_NO_TIME && fs.existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0 ? '/usr/bin/time' : null;
const TASKSET = spawnSync('taskset', ['-c', '0', 'true']).status === 0 ? 'taskset' : null;
const RSS_HOOK = path.join(HERE, 'rss-hook.mjs');

/**
 * Runs cmd, stdout to `stdoutFile` (a path, or /dev/null), and measures wall time in this process,
 * CPU time and peak RSS with /usr/bin/time -v (or, without it, a hook in Node children).
 */
function measure(cmd, args, { stdoutFile = '/dev/null', cpu = null, cwd = ROOT, timeout = 600, env = process.env, node = false }) {
  return new Promise((resolve) => {
    const tag = `${process.pid}-${Math.random().toString(36).slice(2)}`;
    const timeFile = path.join(WORK, `time-${tag}.txt`);
    const hookFile = path.join(WORK, `rss-${tag}.json`);
    let argv = [cmd, ...args];
    if (!TIME && node) {
      argv = [cmd, '--import', `file://${RSS_HOOK}`, ...args];
      env = { ...env, BENCH_RSS_FILE: hookFile };
    }
    if (cpu !== null && TASKSET) argv = ['taskset', '-c', String(cpu), ...argv];
    if (TIME) argv = [TIME, '-v', '-o', timeFile, ...argv];
    const out = fs.openSync(stdoutFile, 'w');
    const t0 = performance.now();
    const child = spawn(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
      if (stderr.length > 20000) stderr = stderr.slice(-10000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout * 1000);
    child.on('close', (code, signal) => {
      const wall = (performance.now() - t0) / 1000;
      clearTimeout(timer);
      fs.closeSync(out);
      const r = { wall, cpu: null, rssKB: null, exit: code, signal, stderr: stderr.trim().slice(-2000) };
      if (TIME && fs.existsSync(timeFile)) {
        const t = fs.readFileSync(timeFile, 'utf8');
        const num = (re) => Number((re.exec(t) ?? [])[1]);
        r.rssKB = num(/Maximum resident set size \(kbytes\): (\d+)/);
        r.cpu = num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/);
        const st = /Command exited with non-zero status (\d+)/.exec(t);
        if (st) r.exit = Number(st[1]);
        fs.rmSync(timeFile);
      } else if (fs.existsSync(hookFile)) {
        const u = JSON.parse(fs.readFileSync(hookFile, 'utf8'));
        r.rssKB = u.maxRSS;
        r.cpu = (u.userCPUTime + u.systemCPUTime) / 1e6;
        fs.rmSync(hookFile);
      }
      resolve(r);
    });
  });
}

const GREP_FLAGS = ['-F', '-i'];
const mbps = (bytes, s) => (s > 0 ? bytes / MB / s : null);
const fileBytes = (files) => files.reduce((a, f) => a + fs.statSync(f).size, 0);

// ---------------------------------------------------------------------------------------------------
// The three tools

function mtlintSupport(mainJs) {
  if (!fs.existsSync(mainJs)) throw new Error(`${mainJs} not found: run \`npm run build\` first`);
  const r = spawnSync(process.execPath, [mainJs, 'check', '--help'], { encoding: 'utf8' });
  const help = `${r.stdout}${r.stderr}`;
  return { glossary: /--glossary\b/.test(help), noDefault: /--no-default-glossaries\b|--default-glossaries\b/.test(help) };
}

function mtlintArgs(o, support, glossaryFile, files) {
  const args = [o.mtlint, 'check', '--format', 'json', '--fail-on', 'critical'];
  if (support.noDefault) args.push('--no-default-glossaries');
  if (support.glossary) args.push('--glossary', glossaryFile);
  return [...args, ...files];
}

async function runMtlint(o, support, g, corpus) {
  const runs = [];
  for (let i = 0; i < o.repeat; i++) {
    const r = await measure(process.execPath, mtlintArgs(o, support, g.yaml, corpus.files), { cpu: o.cpu, timeout: o.timeout, node: true });
    runs.push(r);
    if (r.exit !== 0 && r.exit !== 1) break;
  }
  const ok = runs.filter((r) => r.exit === 0 || r.exit === 1);
  if (!ok.length) return { error: `exit ${runs[0].exit}${runs[0].signal ? ` (${runs[0].signal})` : ''}: ${runs[0].stderr}` };
  const best = ok.reduce((a, b) => (b.wall < a.wall ? b : a));
  return {
    bytes: corpus.bytes,
    files: corpus.files.length,
    wall: best.wall,
    cpu: best.cpu,
    mbps: mbps(corpus.bytes, best.wall),
    rssMB: best.rssKB ? best.rssKB / 1024 : null,
    walls: runs.map((r) => r.wall),
    glossary: support.glossary,
  };
}

function textlintFiles(o, n, corpus) {
  const s = o.textlintSlices[n];
  if (s === 'all' || s >= corpus.bytes) return corpus.files;
  const slice = corpus.slices[s];
  if (!slice) throw new Error(`no corpus slice of ${s} bytes (have ${Object.keys(corpus.slices).join(', ')})`);
  return [slice.file];
}

async function runTextlint(o, n, g, corpus) {
  const bin = path.join(HERE, 'node_modules/textlint/bin/textlint.js');
  if (!fs.existsSync(bin)) throw new Error('textlint is not installed: run `npm ci --prefix tests/bench/glossary` first');
  const rc = path.join(WORK, `textlintrc-${n}.json`);
  fs.writeFileSync(rc, JSON.stringify({ rules: { prh: { rulePaths: [g.prh] } } }, null, 2));
  const outFile = path.join(WORK, `textlint-${n}.json`);
  const files = textlintFiles(o, n, corpus);
  const bytes = fileBytes(files);
  // start-up and rule loading alone, on one short paragraph
  const tiny = path.join(WORK, 'tiny.txt');
  fs.writeFileSync(tiny, 'The jury said it did find that many of the registration laws are outmoded.\n');
  const args = (f, out) => [bin, '--config', rc, '--format', 'json', '--output-file', out, ...f];
  const st = await measure(process.execPath, args([tiny], path.join(WORK, 'textlint-tiny.json')), { cwd: HERE, cpu: o.cpu, timeout: o.timeout, node: true });
  const r = await measure(process.execPath, args(files, outFile), { cwd: HERE, cpu: o.cpu, timeout: o.timeout, node: true });
  if (r.exit !== 0 && r.exit !== 1) return { error: `exit ${r.exit}${r.signal ? ` (${r.signal}, timeout ${o.timeout} s?)` : ''}: ${r.stderr}`, bytes };
  let messages = null;
  try {
    messages = JSON.parse(fs.readFileSync(outFile, 'utf8')).reduce((a, f) => a + f.messages.length, 0);
  } catch {
    /* no report */
  }
  return { bytes, files: files.length, wall: r.wall, cpu: r.cpu, mbps: mbps(bytes, r.wall), rssMB: r.rssKB ? r.rssKB / 1024 : null, messages, startup: st.wall };
}

async function runGrep(o, n, g, corpus) {
  // The floor: `grep -F -i -f`, byte-wise (LC_ALL=C; the variants are ASCII). Not -w: GNU grep's -w with
  // thousands of fixed strings retries every candidate and collapses (3.8: 79 s for 2 MB at 10,000 entries).
  // Output goes to a file: with stdout on /dev/null GNU grep stops at the first match.
  const outFile = path.join(WORK, `grep-${n}.txt`);
  const env = { ...process.env, LC_ALL: 'C' };
  const runs = [];
  for (let i = 0; i < Math.max(3, o.repeat); i++) {
    runs.push(await measure('grep', [...GREP_FLAGS, '-f', g.grep, ...corpus.files], { stdoutFile: outFile, cpu: o.cpu, env, timeout: o.timeout }));
  }
  const ok = runs.filter((r) => r.exit === 0 || r.exit === 1);
  if (!ok.length) return { error: `exit ${runs[0].exit}: ${runs[0].stderr}` };
  const best = ok.reduce((a, b) => (b.wall < a.wall ? b : a));
  const lines = fs.readFileSync(outFile, 'utf8').split('\n').filter(Boolean).length;
  fs.rmSync(outFile);
  return { bytes: corpus.bytes, wall: best.wall, cpu: best.cpu, mbps: mbps(corpus.bytes, best.wall), rssMB: best.rssKB ? best.rssKB / 1024 : null, lines };
}

/** Untimed: mtlint's findings on the text textlint read, to compare with prh's. */
async function sanity(o, support, n, g, corpus) {
  const files = textlintFiles(o, n, corpus);
  const outFile = path.join(WORK, `mtlint-${n}.json`);
  const r = await measure(process.execPath, mtlintArgs(o, support, g.yaml, files), { stdoutFile: outFile, timeout: o.timeout, node: true });
  if (r.exit !== 0 && r.exit !== 1) return { error: `exit ${r.exit}: ${r.stderr}` };
  const report = JSON.parse(fs.readFileSync(outFile, 'utf8'));
  const byRule = {};
  for (const f of report.files ?? []) for (const x of f.findings ?? []) byRule[x.ruleId] = (byRule[x.ruleId] ?? 0) + 1;
  fs.rmSync(outFile);
  return { bytes: fileBytes(files), byRule, glossaryTerm: byRule['glossary-term'] ?? 0 };
}

// ---------------------------------------------------------------------------------------------------
// Report

/** Three significant digits (at least `d` decimals below 10): 168, 13.1, 2.07, 0.0654, 0.00112. */
function fmt(x, d = 2) {
  if (x === null || x === undefined || Number.isNaN(x)) return 'n/a';
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  if (x >= 1) return x.toFixed(d);
  return x.toPrecision(3);
}
const fmtRatio = (x) => (x === null || x === undefined ? 'n/a' : x >= 10 ? `${x.toFixed(0)}x` : `${x.toFixed(2)}x`);
const mbLabel = (b) => (b >= 0.95 * MB ? `${(b / MB).toFixed(1)} MB` : `${Math.round(b / 1e3)} kB`);

function checks(rows, support) {
  const at = (n) => rows.find((r) => r.entries === n);
  const na = (why) => ({ status: 'n/a', detail: why });
  const out = [];
  const noG = !support.glossary ? 'mtlint has no --glossary yet' : null;
  {
    const r = at(1000);
    const c = { name: '1,000 entries: mtlint >= 100x textlint + prh' };
    if (noG) Object.assign(c, na(noG));
    else if (!r?.mtlint?.mbps || !r?.textlint?.mbps) Object.assign(c, na('1,000 not run with both tools'));
    else {
      const x = r.mtlint.mbps / r.textlint.mbps;
      Object.assign(c, { status: x >= 100 ? 'PASS' : 'FAIL', detail: `${fmtRatio(x)} (${fmt(r.mtlint.mbps)} vs ${fmt(r.textlint.mbps)} MB/s)` });
    }
    out.push(c);
  }
  {
    const a = at(100);
    const b = at(50000);
    const c = { name: '50,000 entries: >= half the throughput of 100 entries' };
    if (noG) Object.assign(c, na(noG));
    else if (!a?.mtlint?.mbps || !b?.mtlint?.mbps) Object.assign(c, na('100 and 50,000 not both run'));
    else {
      const x = b.mtlint.mbps / a.mtlint.mbps;
      Object.assign(c, { status: x >= 0.5 ? 'PASS' : 'FAIL', detail: `${(x * 100).toFixed(0)}% (${fmt(b.mtlint.mbps)} vs ${fmt(a.mtlint.mbps)} MB/s)` });
    }
    out.push(c);
  }
  {
    const r = at(10000);
    const c = { name: '10,000 entries: >= 5 MB/s on one core' };
    if (noG) Object.assign(c, na(noG));
    else if (!r?.mtlint?.mbps) Object.assign(c, na('10,000 not run'));
    else Object.assign(c, { status: r.mtlint.mbps >= 5 ? 'PASS' : 'FAIL', detail: `${fmt(r.mtlint.mbps)} MB/s` });
    out.push(c);
  }
  return out;
}

function markdown(res) {
  const L = [];
  const noG = !res.mtlint.glossary;
  L.push(`Corpus: ${mbLabel(res.corpus.bytes)} in ${res.corpus.files} files (Brown + nlp-corpus). ` +
    `${res.pinnedCpu !== null ? `Each process pinned to CPU ${res.pinnedCpu}. ` : ''}MB = 10^6 bytes; wall time including start-up.`);
  L.push('');
  L.push('| entries | mtlint MB/s | textlint+prh MB/s | grep MB/s | mtlint/grep | mtlint/textlint | mtlint peak RSS |');
  L.push('|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of res.rows) {
    const m = r.mtlint;
    const t = r.textlint;
    const g = r.grep;
    const mCell = m?.error ? 'error' : m ? `${fmt(m.mbps)}${noG ? ' (no glossary support yet)' : ''}` : '-';
    const tCell = t?.error ? 'error' : t ? `${fmt(t.mbps)} (${mbLabel(t.bytes)})` : '-';
    const gCell = g?.error ? 'error' : g ? fmt(g.mbps) : '-';
    L.push(`| ${r.entries.toLocaleString('en-US')} | ${mCell} | ${tCell} | ${gCell} | ${fmtRatio(r.ratios.grep)} | ${fmtRatio(r.ratios.textlint)} | ${m?.rssMB ? `${fmt(m.rssMB, 0)} MB` : 'n/a'} |`);
  }
  L.push('');
  L.push('| acceptance check | result | |');
  L.push('|---|---|---|');
  for (const c of res.checks) L.push(`| ${c.name} | ${c.status} | ${c.detail} |`);
  const san = res.rows.filter((r) => r.sanity && !r.sanity.error);
  if (san.length) {
    L.push('');
    L.push('Findings on the text textlint read (same entries): ');
    L.push('');
    L.push('| entries | text | prh findings | mtlint glossary-term | mtlint all rules | grep lines (whole corpus) |');
    L.push('|---:|---:|---:|---:|---:|---:|');
    for (const r of san) {
      const all = Object.values(r.sanity.byRule).reduce((a, b) => a + b, 0);
      L.push(`| ${r.entries.toLocaleString('en-US')} | ${mbLabel(r.sanity.bytes)} | ${r.textlint?.messages ?? 'n/a'} | ${r.sanity.glossaryTerm} | ${all} | ${r.grep?.lines ?? 'n/a'} |`);
    }
  }
  const errs = res.rows.flatMap((r) => ['mtlint', 'textlint', 'grep', 'sanity'].filter((k) => r[k]?.error).map((k) => `- ${r.entries} ${k}: ${r[k].error.split('\n')[0]}`));
  if (errs.length) L.push('', 'Errors:', ...errs);
  return L.join('\n');
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const o = parseArgs(process.argv.slice(2));
  fs.mkdirSync(WORK, { recursive: true });
  const log = (s) => process.stderr.write(`${s}\n`);
  const t0 = performance.now();

  const support = o.tools.includes('mtlint') || o.sanity ? mtlintSupport(o.mtlint) : { glossary: false, noDefault: false };
  if (!support.glossary) log('note: `mtlint check --help` has no --glossary: mtlint runs without a glossary (all other rules on)');

  log(`corpus: building ${o.mb} MB ...`);
  const corpus = buildCorpus({ outDir: path.join(WORK, `corpus-${o.mb}mb`), totalBytes: o.mb * MB, sliceBytes: [...new Set(Object.values(o.textlintSlices).filter((v) => v !== 'all'))] });
  log(`corpus: ${corpus.files.length} files, ${mbLabel(corpus.bytes)} (unique text ${mbLabel(corpus.uniqueBytes)})`);
  log('glossaries: building ...');
  const gl = buildGlossaries({ outDir: path.join(WORK, 'glossaries'), sizes: o.sizes });
  log(`glossaries: ${o.sizes.map((n) => `${n} (${gl.sizes[n].variants} variants)`).join(', ')}`);

  const rows = [];
  for (const n of o.sizes) {
    const g = gl.sizes[n];
    const row = { entries: n, variants: g.variants, kinds: g.kinds };
    if (o.tools.includes('grep')) {
      log(`[${n}] grep ...`);
      row.grep = await runGrep(o, n, g, corpus);
    }
    if (o.tools.includes('mtlint')) {
      log(`[${n}] mtlint check on ${mbLabel(corpus.bytes)} ...`);
      row.mtlint = await runMtlint(o, support, g, corpus);
    }
    if (o.tools.includes('textlint')) {
      log(`[${n}] textlint + prh on ${mbLabel(fileBytes(textlintFiles(o, n, corpus)))} ...`);
      row.textlint = await runTextlint(o, n, g, corpus);
    }
    if (o.sanity && o.tools.includes('textlint') && !row.textlint?.error) {
      log(`[${n}] mtlint findings on the same text ...`);
      row.sanity = await sanity(o, support, n, g, corpus);
    }
    const m = row.mtlint?.mbps;
    row.ratios = {
      grep: m && row.grep?.mbps ? m / row.grep.mbps : null,
      textlint: m && row.textlint?.mbps ? m / row.textlint.mbps : null,
    };
    for (const k of ['mtlint', 'textlint', 'grep']) if (row[k]) log(`[${n}]   ${k}: ${row[k].error ?? `${fmt(row[k].mbps, 3)} MB/s, ${fmt(row[k].wall)} s`}`);
    rows.push(row);
  }

  const res = {
    date: new Date().toISOString(),
    host: { node: process.version, platform: `${os.platform()} ${os.release()}`, cpu: os.cpus()[0]?.model, cores: os.cpus().length },
    pinnedCpu: TASKSET ? o.cpu : null,
    grep: `LC_ALL=C grep ${GREP_FLAGS.join(' ')} -f variants-N.txt`,
    measuredWith: TIME ? '/usr/bin/time -v' : 'process.resourceUsage() in Node children (no /usr/bin/time)',
    options: { quick: o.quick, sizes: o.sizes, repeat: o.repeat, textlintSlices: o.textlintSlices },
    mtlint: { path: path.relative(ROOT, o.mtlint), ...support },
    corpus: { files: corpus.files.length, bytes: corpus.bytes, uniqueBytes: corpus.uniqueBytes },
    glossaryStats: gl.stats,
    rows,
  };
  res.checks = checks(rows, support);
  res.markdown = markdown(res);
  res.seconds = (performance.now() - t0) / 1000;
  fs.writeFileSync(path.join(WORK, 'results.json'), JSON.stringify(res, null, 2) + '\n');
  console.log(res.markdown);
  log(`\n(${res.seconds.toFixed(0)} s; results in ${path.relative(process.cwd(), path.join(WORK, 'results.json'))})`);
  const failed = res.checks.some((c) => c.status === 'FAIL') || rows.some((r) => r.mtlint?.error || r.textlint?.error || r.grep?.error);
  if (o.strict && failed) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 2;
});
