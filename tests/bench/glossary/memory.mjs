#!/usr/bin/env node
// Memory and time of a very large glossary (issue 11, item 9): `mtlint check --glossary BIG text` and
// `mtlint glossary validate BIG`, with their wall time and peak RSS, and where the memory goes (heap after a full
// collection once loaded, validated and compiled, in a child run with --expose-gc).
//
//   node tests/bench/glossary/memory.mjs                  # 1,000,000 CSV rows (51 MB), then TSV, YAML, TBX
//   node tests/bench/glossary/memory.mjs --rows 100000 --formats csv,yaml [--mtlint path/to/dist] [--no-stages]
//
// Each row is the issue's: `Brand<i>X,Brnd<i>X|Brand <i> X,Note <i>` (a term, two variants, a note). Inputs are
// written to .work/memory/. Nothing here is part of `npm test` (see tests/glossary/memory.test.ts for the test).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
const WORK = path.join(HERE, '.work', 'memory');

const o = { rows: 1_000_000, formats: ['csv', 'tsv', 'yaml', 'tbx'], dist: path.join(ROOT, 'dist'), stages: true };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '--rows') o.rows = Number(process.argv[++i]);
  else if (a === '--formats') o.formats = process.argv[++i].split(',');
  else if (a === '--mtlint') o.dist = path.resolve(process.argv[++i]);
  else if (a === '--no-stages') o.stages = false;
  else if (a === '--stages-child') o.child = process.argv[++i];
  else throw new Error(`unknown option ${a}`);
}

// ---------------------------------------------------------------------------------------------------
// In the child: load, validate and compile in one process, with the heap after a full collection.

if (o.child) {
  const { loadGlossaryFile } = await import(pathToFileURL(path.join(o.dist, 'glossary/load.js')).href);
  const { validateGlossary } = await import(pathToFileURL(path.join(o.dist, 'glossary/validate.js')).href);
  const { GlossaryMatcher } = await import(pathToFileURL(path.join(o.dist, 'glossary/matcher.js')).href);
  const out = [];
  const step = (name, fn) => {
    const t = performance.now();
    const value = fn();
    const s = (performance.now() - t) / 1000;
    globalThis.gc();
    globalThis.gc();
    const m = process.memoryUsage();
    out.push({ name, s, heapMB: m.heapUsed / 2 ** 20, arrayBuffersMB: m.arrayBuffers / 2 ** 20, peakMB: process.resourceUsage().maxRSS / 1024 });
    return value;
  };
  const { glossary } = step('load', () => loadGlossaryFile(o.child));
  step('validate', () => validateGlossary(glossary));
  const matcher = step('compile', () => GlossaryMatcher.compile([glossary]));
  process.stdout.write(JSON.stringify({ entries: glossary.entries.length, forms: matcher.formCount, states: matcher.stateCount, steps: out }));
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------------
// Inputs

function writeInputs() {
  fs.mkdirSync(WORK, { recursive: true });
  const files = {};
  const row = (i) => [`Brand${i}X`, `Brnd${i}X`, `Brand ${i} X`, `Note ${i}`];
  const write = (format, head, line, tail = '') => {
    const file = path.join(WORK, `big-${o.rows}.${format}`);
    files[format] = file;
    if (fs.existsSync(file)) return;
    const fd = fs.openSync(`${file}.tmp`, 'w');
    let chunk = head;
    for (let i = 0; i < o.rows; i++) {
      chunk += line(...row(i));
      if (chunk.length > 1 << 20) {
        fs.writeSync(fd, chunk);
        chunk = '';
      }
    }
    fs.writeSync(fd, chunk + tail);
    fs.closeSync(fd);
    fs.renameSync(`${file}.tmp`, file);
  };
  for (const f of o.formats) {
    if (f === 'csv') write('csv', 'term,variants,note\n', (t, a, b, n) => `${t},${a}|${b},${n}\n`);
    else if (f === 'tsv') write('tsv', 'term\tvariants\tnote\n', (t, a, b, n) => `${t}\t${a}|${b}\t${n}\n`);
    else if (f === 'yaml') write('yaml', 'name: big\nentries:\n', (t, a, b, n) => `  - term: ${t}\n    variants: [${a}, ${b}]\n    note: ${n}\n`);
    else if (f === 'tbx')
      write(
        'tbx',
        '<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>\n',
        (t, a, b, n) =>
          `<conceptEntry><note>${n}</note><langSec xml:lang="en"><termSec><term>${t}</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>` +
          `<termSec><term>${a}</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>` +
          `<termSec><term>${b}</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec></conceptEntry>\n`,
        '</body></text></tbx>\n',
      );
    else throw new Error(`unknown format ${f}`);
  }
  const text = path.join(WORK, 'text.txt');
  fs.writeFileSync(text, 'Brand12X and Brnd5X met.\n');
  return { files, text };
}

// ---------------------------------------------------------------------------------------------------
// Measuring

const TIME = fs.existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0;

/** Wall time and peak RSS of one command (peak RSS from /usr/bin/time -v, or from a hook in the Node process). */
function measure(args) {
  const timeFile = path.join(WORK, `time-${process.pid}.txt`);
  const hookFile = path.join(WORK, `rss-${process.pid}.json`);
  const argv = TIME
    ? ['/usr/bin/time', '-v', '-o', timeFile, process.execPath, ...args]
    : [process.execPath, '--import', pathToFileURL(path.join(HERE, 'rss-hook.mjs')).href, ...args];
  const t = performance.now();
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', env: { ...process.env, BENCH_RSS_FILE: hookFile }, maxBuffer: 1 << 26 });
  const wall = (performance.now() - t) / 1000;
  let rssKB = null;
  if (TIME && fs.existsSync(timeFile)) {
    rssKB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(fs.readFileSync(timeFile, 'utf8'))?.[1]);
    fs.rmSync(timeFile);
  } else if (fs.existsSync(hookFile)) {
    rssKB = JSON.parse(fs.readFileSync(hookFile, 'utf8')).maxRSS;
    fs.rmSync(hookFile);
  }
  return { wall, rssMB: rssKB / 1024, exit: r.status, stdout: r.stdout, stderr: r.stderr };
}

const { files, text } = writeInputs();
const main = path.join(o.dist, 'cli/main.js');
const rows = [];
for (const [format, file] of Object.entries(files)) {
  const mb = fs.statSync(file).size / 1e6;
  const check = measure([main, 'check', '--glossary', file, text]);
  const validate = measure([main, 'glossary', 'validate', file]);
  if (![0, 1].includes(check.exit) || validate.exit !== 0) throw new Error(`${format}: exit ${check.exit}/${validate.exit}: ${check.stderr}${validate.stderr}`);
  let stages = null;
  if (o.stages) {
    const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--mtlint', o.dist, '--stages-child', file], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`${format} stages: ${r.stderr}`);
    stages = JSON.parse(r.stdout);
  }
  rows.push({ format, mb, check, validate, stages });
  console.error(`${format}: check ${check.wall.toFixed(1)} s ${check.rssMB.toFixed(0)} MB, validate ${validate.wall.toFixed(1)} s ${validate.rssMB.toFixed(0)} MB`);
}

const f1 = (x) => x.toFixed(1);
const f0 = (x) => x.toFixed(0);
console.log(`\n${o.rows.toLocaleString('en')} entries (term, two variants, note), ${o.dist}\n`);
console.log('| format | file MB | check s | check peak RSS MB | validate s | validate peak RSS MB |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.format} | ${f1(r.mb)} | ${f1(r.check.wall)} | ${f0(r.check.rssMB)} | ${f1(r.validate.wall)} | ${f0(r.validate.rssMB)} |`);
if (o.stages) {
  console.log('\nIn one process, heap after a full collection (typed arrays apart):\n');
  console.log('| format | step | s | heap MB | typed arrays MB | peak RSS so far MB |');
  console.log('|---|---|---:|---:|---:|---:|');
  for (const r of rows) for (const s of r.stages.steps) console.log(`| ${r.format} | ${s.name} | ${f1(s.s)} | ${f0(s.heapMB)} | ${f0(s.arrayBuffersMB)} | ${f0(s.peakMB)} |`);
}
