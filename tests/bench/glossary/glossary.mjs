// Builds the benchmark glossaries from the corpus's own vocabulary, so that wrong variants really occur in
// the text, and writes each size three ways:
//   glossary-N.yaml  mtlint's glossary schema (name, entries: term, variants, case, category, fix)
//   prh-N.yml        the same entries for textlint-rule-prh (version: 1, rules: expected + patterns)
//   variants-N.txt   the same wrong forms, one per line, for `grep -F -i -f`
//   entries-N.json   the entries as data (kind, term, variants, case)
// Each smaller glossary is a prefix of the larger ones, and the first 10,000 entries are stratified so that
// every prefix has the same mix of kinds.
//
// Kinds of entries (a variant is matched case-insensitively on word boundaries, as mtlint and prh's /\b..\b/i
// do; grep -F -i, the floor, ignores word boundaries):
//   spelling  US vs UK spelling, the rarer form is the variant (organization <- organisation, color <- colour,
//             traveled <- travelled, defense <- defence, gray <- grey); both forms attested in the corpus.
//   casing    a capitalised name or acronym written in another casing (Congress <- congress, NATO <- Nato):
//             `case: exact`, no variants; the dominant casing mid-sentence is the term.
//   compound  closed, hyphenated and open forms of one compound (database / data-base / data base,
//             well-known / well known, decision-making / decision making): the form the corpus uses most is
//             the term, the two others are variants. From closed words that split into two common words,
//             from hyphenated words and from frequent pairs of content words.
//   misspelling  a corpus word and one likely misspelling of it (receive <- recieve, independent <- independant,
//             government <- goverment, accommodate <- acommodate); fires where the web text of nlp-corpus has it.
//   synthetic only when the corpus's vocabulary runs out (the 50,000 list): brand-like names joined from
//             two corpus words (RiverStone <- River Stone, River-Stone, case: exact) and closed compounds of
//             two words never seen together. Plausible entries that rarely or never fire: bulk, as in a real
//             termbase, most of whose entries do not occur in any one text.
// No variant equals (case-insensitively) any entry's term or another entry's variant.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { uniquePool, sourceHash } from './corpus.mjs';
import { mulberry32, shuffle } from './prng.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SIZES = [100, 1000, 10000, 50000];
const HEAD = 10000;

const STOP = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between
  both but by can could did do does doing done down during each even ever every few for from further get got had has
  have having he her here hers him his how however i if in into is it its just like made make many may me might more
  most much must my never no nor not now of off on once one only or other our out over own per same shall she should
  since so some still such than that the their them then there these they this those though through thus to too
  under until up upon us very was we well were what when where whether which while who whom whose why will with
  within without would yet you your`.split(/\s+/),
);

// ---------------------------------------------------------------------------------------------------
// Vocabulary

/**
 * The key under which mtlint compares glossary forms: case folded, runs of spaces, hyphens and en dashes as one
 * space, apostrophes unified. Two forms with one key are the same form to mtlint (a variant with its term's key
 * is an error, so is one key under two entries).
 */
export function formKey(s) {
  return s
    .toLowerCase()
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/[\s\-\u2010\u2011\u2013]+/g, ' ')
    .trim();
}

/** Counts over the unique corpus text. */
export function vocabulary(paragraphs) {
  const freq = new Map(); // lower-case token -> count
  const midCase = new Map(); // lower-case token -> Map(surface -> count), not at a sentence start
  const bigram = new Map(); // "a b" (lower-case words separated by one space in the text) -> count
  const tokenRe = /[A-Za-z]+(?:['-][A-Za-z]+)*/g;
  const inc = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const para of paragraphs) {
    let prevLower = null;
    let prevEnd = -1;
    for (const m of para.matchAll(tokenRe)) {
      const tok = m[0];
      const lower = tok.toLowerCase();
      const start = m.index;
      inc(freq, lower);
      // sentence start: beginning of the paragraph, or after . ! ? (and quotes or brackets)
      const before = para.slice(Math.max(0, start - 4), start);
      const initial = start === 0 || /[.!?]["')\]]*\s+["'(\[]*$/.test(before) || /^["'(\[]+$/.test(para.slice(0, start));
      if (!initial) {
        let s = midCase.get(lower);
        if (!s) midCase.set(lower, (s = new Map()));
        inc(s, tok);
      }
      if (prevLower !== null && start === prevEnd + 1 && para[prevEnd] === ' ') inc(bigram, `${prevLower} ${lower}`);
      prevLower = lower;
      prevEnd = start + tok.length;
    }
  }
  return { freq, midCase, bigram };
}

// ---------------------------------------------------------------------------------------------------
// Candidates

const US_UK = [
  [/^([a-z]{2,}[^aeiou])iz(e|es|ed|ing|ation|ations|er|ers)$/, '$1is$2'],
  [/^([a-z]{2,})yz(e|es|ed|ing)$/, '$1ys$2'],
  [/^([a-z]{2,}[^aeiour])or(s|ed|ing|ful|ite|ites|able|less)?$/, '$1our$2'],
  [/^(cent|fib|theat|meag|somb|lit|lust|sab|calib|spect|sepulch|met|manoeuv)er(s|ed)?$/, '$1re$2'],
  [/^(travel|cancel|model|label|level|fuel|signal|counsel|marvel|jewel|dial|equal|total|channel|tunnel|rival|quarrel|shovel|pedal|duel|libel|panel|barrel|funnel|grovel|parcel|pencil|revel|enamel|initial|fuel|unravel|dishevel)(ed|ing|er|ers|ist|ists)$/, '$1l$2'],
  [/^([a-z]{3,})og(s)?$/, '$1ogue$2'],
  [/^(def|off|pret|lic)ense(s)?$/, '$1ence$2'],
  [/^(judg|acknowledg|abridg)ment(s)?$/, '$1ement$2'],
  [/^gray(s|er|est|ish|ness)?$/, 'grey$1'],
  [/^program(s)?$/, 'programme$1'],
  [/^(an|)esthe(s|t)(.*)$/, '$1aesthe$2$3'],
  [/^(en|fulf|inst|sk)(ill|ol)(s|ment|ments)?$/, '$1$2l$3'],
  [/^skeptic(s|al|ally|ism)?$/, 'sceptic$1'],
  [/^(a|)ging$/, 'ageing'],
  [/^(pl|m)o(w|ld)(s|ed|ing|y)?$/, '$1ou$2$3'],
  [/^jewelry$/, 'jewellery'],
  [/^(alumin)um$/, '$1ium'],
  [/^mustache(s)?$/, 'moustache$1'],
  [/^artifact(s)?$/, 'artefact$1'],
  [/^(medi)eval$/, '$1aeval'],
  [/^(encycloped|ped|orthoped)(ia|ic|ics|ist)$/, (m, a, b) => a.replace(/ed$/, 'aed') + b],
];

function spellingCandidates({ freq }) {
  const out = [];
  const seen = new Set();
  for (const [w, n] of freq) {
    if (n < 2 || !/^[a-z]{4,}$/.test(w)) continue;
    for (const [re, rep] of US_UK) {
      if (!re.test(w)) continue;
      const uk = w.replace(re, rep);
      const m = freq.get(uk) ?? 0;
      if (uk === w || m < 2) continue;
      const key = `${w}|${uk}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // the dominant form is the house form, the rarer one is the variant
      const [term, variant] = n >= m ? [w, uk] : [uk, w];
      out.push({ kind: 'spelling', term, variants: [variant], hits: Math.min(n, m) });
    }
  }
  return out;
}

function casingCandidates({ midCase }) {
  const out = [];
  for (const [lower, forms] of midCase) {
    if (lower.length < 3 || !/^[a-z]+$/.test(lower) || STOP.has(lower)) continue;
    const sorted = [...forms].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const [top, topN] = sorted[0];
    const total = sorted.reduce((a, [, n]) => a + n, 0);
    const rest = total - topN;
    // a name or acronym: the dominant casing has a capital, other casings are rare slips
    if (!/[A-Z]/.test(top) || topN < 5 || rest < 1 || rest > 0.2 * total) continue;
    out.push({ kind: 'casing', term: top, variants: [], case: 'exact', hits: rest });
  }
  return out;
}

function compoundCandidates({ freq, bigram }) {
  const families = new Map(); // "a b" -> [a, b]
  const common = (w) => (freq.get(w) ?? 0) >= 20 && /^[a-z]{3,}$/.test(w);
  // closed words that split into two common words
  for (const [w, n] of freq) {
    if (n < 2 || w.length < 6 || !/^[a-z]+$/.test(w)) continue;
    let best = null;
    for (let i = 3; i <= w.length - 3; i++) {
      const a = w.slice(0, i);
      const b = w.slice(i);
      if (!common(a) || !common(b)) continue;
      const score = Math.min(freq.get(a), freq.get(b));
      if (!best || score > best[2]) best = [a, b, score];
    }
    if (best) families.set(`${best[0]} ${best[1]}`, [best[0], best[1]]);
  }
  // hyphenated words with two parts
  for (const [w, n] of freq) {
    const m = /^([a-z]{2,})-([a-z]{2,})$/.exec(w);
    if (m && n >= 2) families.set(`${m[1]} ${m[2]}`, [m[1], m[2]]);
  }
  // frequent pairs of content words
  for (const [k, n] of bigram) {
    if (n < 3) continue;
    const [a, b] = k.split(' ');
    if (!/^[a-z]{3,}$/.test(a) || !/^[a-z]{3,}$/.test(b) || STOP.has(a) || STOP.has(b)) continue;
    families.set(k, [a, b]);
  }
  // mtlint matches a variant across spaces and hyphens alike ("data base" also finds "data-base"), so an entry
  // opposes the closed form to the separated one: the more frequent is the term.
  const out = [];
  for (const [, [a, b]] of families) {
    const closed = freq.get(a + b) ?? 0;
    const hyph = freq.get(`${a}-${b}`) ?? 0;
    const open = bigram.get(`${a} ${b}`) ?? 0;
    const separated = hyph > open ? `${a}-${b}` : `${a} ${b}`;
    if (closed >= hyph + open) out.push({ kind: 'compound-closed', term: a + b, variants: [separated], hits: hyph + open });
    else out.push({ kind: hyph > open ? 'compound-hyphenated' : 'compound-open', term: separated, variants: [a + b], hits: closed });
  }
  return out;
}

// Misspellings a house glossary lists for its own vocabulary (accommodate <- acommodate, receive <- recieve,
// independent <- independant, government <- goverment): one edit per word, the likeliest rule first.
const MISSPELL = [
  [/ie(?=[a-z])/, 'ei'],
  [/(?<=c)ei/, 'ie'],
  [/ance(s?)$/, 'ence$1'],
  [/ence(s?)$/, 'ance$1'],
  [/ent(s|ly)?$/, 'ant$1'],
  [/ible(s?)$/, 'able$1'],
  [/able(s?)$/, 'ible$1'],
  [/ery$/, 'ary'],
  [/ary$/, 'ery'],
  [/nm/, 'm'],
  [/([bcdfgklmnprstz])\1/, '$1'],
  [/(?<=[aeiou])([lrtnmps])(?=[aeiou])/, '$1$1'],
  [/(?<=[a-z]{3})([aeiou])([b-df-hj-np-tv-z])(?=[a-z]{2})/, '$2$1'],
];

function misspellingCandidates({ freq }) {
  const out = [];
  for (const [w, n] of freq) {
    if (n < 3 || !/^[a-z]{6,}$/.test(w) || STOP.has(w)) continue;
    for (const [re, rep] of MISSPELL) {
      const v = w.replace(re, rep);
      if (v === w) continue;
      // a real word of its own (dining / dinning) is not a misspelling
      const m = freq.get(v) ?? 0;
      if (m > Math.max(2, n * 0.05)) continue;
      out.push({ kind: 'misspelling', term: w, variants: [v], hits: m });
      break;
    }
  }
  return out;
}

/** Endless plausible entries for the bulk of big glossaries: brand-like names and unseen compounds. */
function* syntheticEntries({ freq, bigram }, rnd) {
  const words = [...freq].filter(([w, n]) => n >= 5 && /^[a-z]{3,8}$/.test(w) && !STOP.has(w)).map(([w]) => w).sort();
  const cap = (w) => w[0].toUpperCase() + w.slice(1);
  for (let i = 0; ; i++) {
    const a = words[Math.floor(rnd() * words.length)];
    const b = words[Math.floor(rnd() * words.length)];
    if (a === b || freq.has(a + b) || freq.has(`${a}-${b}`) || bigram.has(`${a} ${b}`)) continue;
    if (i % 2 === 0) {
      yield { kind: 'synthetic-brand', term: cap(a) + cap(b), variants: [`${cap(a)} ${cap(b)}`], case: 'exact', hits: 0 };
    } else {
      yield { kind: 'synthetic-compound', term: a + b, variants: [`${a} ${b}`], hits: 0 };
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Assembly

/** The full list of `size` entries (every glossary is a prefix of it). */
export function buildEntries(size = SIZES[SIZES.length - 1]) {
  const rnd = mulberry32(0x91055);
  const vocab = vocabulary(uniquePool());
  const spelling = spellingCandidates(vocab);
  const casing = casingCandidates(vocab);
  const compounds = compoundCandidates(vocab);
  const misspelling = misspellingCandidates(vocab);
  const firing = compounds.filter((e) => e.hits > 0);
  // compounds whose variant never occurs: real words (closed or hyphenated terms) first, word pairs after
  const silentWords = compounds.filter((e) => e.hits === 0 && e.kind !== 'compound-open');
  const silentPairs = compounds.filter((e) => e.hits === 0 && e.kind === 'compound-open');
  const stats = {
    vocabulary: vocab.freq.size,
    bigrams: vocab.bigram.size,
    candidates: {
      spelling: spelling.length,
      casing: casing.length,
      compoundFiring: firing.length,
      misspelling: misspelling.length,
      misspellingFiring: misspelling.filter((e) => e.hits > 0).length,
      compoundSilentWords: silentWords.length,
      compoundSilentPairs: silentPairs.length,
    },
  };

  // No variant may equal a term, and no form may belong to two entries, compared as mtlint does (formKey).
  const usedTerms = new Set();
  const usedVariants = new Set();
  const out = [];
  const accept = (e) => {
    const t = formKey(e.term);
    if (usedTerms.has(t) || usedVariants.has(t)) return false;
    const variants = e.variants.filter((v) => {
      const k = formKey(v);
      return k !== t && !usedVariants.has(k) && !usedTerms.has(k);
    });
    if (variants.length === 0 && e.case !== 'exact') return false;
    usedTerms.add(t);
    variants.forEach((v) => usedVariants.add(formKey(v)));
    out.push({ ...e, variants });
    return true;
  };

  // Head: a stratified sample, so 100, 1,000 and 10,000 have the same mix.
  const share = { spelling: 0.04, casing: 0.05, firing: 0.1, misspelling: 0.35, silentWords: 0.2 };
  const pools = {
    spelling: shuffle(spelling.slice(), rnd),
    casing: shuffle(casing.slice(), rnd),
    firing: shuffle(firing.slice(), rnd),
    misspelling: shuffle(misspelling.slice(), rnd),
    silentWords: shuffle(silentWords.slice(), rnd),
    silentPairs: shuffle(silentPairs.slice(), rnd),
  };
  const quota = {};
  for (const [k, f] of Object.entries(share)) quota[k] = Math.min(pools[k].length, Math.round(HEAD * f));
  quota.silentPairs = HEAD - Object.values(quota).reduce((a, b) => a + b, 0);
  const keyed = [];
  for (const [k, n] of Object.entries(quota)) {
    // 10% spare per kind for entries dropped by the uniqueness rules
    const take = pools[k].splice(0, Math.ceil(n * 1.1));
    take.forEach((e, i) => keyed.push([(i + rnd()) / n, e]));
  }
  keyed.sort((x, y) => x[0] - y[0]);
  for (const [, e] of keyed) {
    if (out.length >= Math.min(HEAD, size)) break;
    accept(e);
  }
  // Tail: what is left of the corpus's vocabulary, then synthetic entries.
  const rest = shuffle(Object.values(pools).flat(), rnd);
  for (const e of rest) {
    if (out.length >= size) break;
    accept(e);
  }
  let synthetic = 0;
  if (out.length < size) {
    for (const e of syntheticEntries(vocab, rnd)) {
      if (out.length >= size) break;
      if (accept(e)) synthetic++;
    }
  }
  stats.synthetic = synthetic;
  return { entries: out, stats };
}

// ---------------------------------------------------------------------------------------------------
// Output formats

const yq = (s) => `'${String(s).replace(/'/g, "''")}'`;
const reEscape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export function toMtlintYaml(entries, name) {
  const lines = [
    `# Generated by tests/bench/glossary/glossary.mjs (${entries.length} entries); do not edit.`,
    `name: ${name}`,
    `description: Benchmark glossary of ${entries.length} entries built from the corpus vocabulary`,
    'language: en',
    'entries:',
  ];
  for (const e of entries) {
    lines.push(`  - term: ${yq(e.term)}`);
    if (e.variants.length) lines.push(`    variants: [${e.variants.map(yq).join(', ')}]`);
    if (e.case === 'exact') lines.push('    case: exact');
    lines.push('    category: terminology', '    fix: safe');
  }
  return lines.join('\n') + '\n';
}

const SEP_RE = '[\\s\\-\\u2010\\u2011\\u2013]+';

/**
 * prh: one rule per entry, each form /\bFORM\b/i with its spaces and hyphens as one class of separators, as
 * mtlint matches them ("data base" also finds "data-base" and "data\nbase").
 */
export function toPrhYaml(entries) {
  const lines = [`# Generated by tests/bench/glossary/glossary.mjs (${entries.length} entries); do not edit.`, 'version: 1', 'rules:'];
  for (const e of entries) {
    // case: exact -> every casing of the term is matched; prh skips a match equal to `expected`
    const forms = e.case === 'exact' ? [e.term, ...e.variants] : e.variants;
    lines.push(`  - expected: ${yq(e.term)}`, '    patterns:');
    for (const f of forms) lines.push(`      - ${yq(`/\\b${f.split(/[ -]+/).map(reEscape).join(SEP_RE)}\\b/i`)}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * grep -F -i: the variants, spelt with a space and with a hyphen where they have either, and the terms of
 * case-exact entries (grep cannot tell casings apart: a floor, not the same findings).
 */
export function toGrepList(entries) {
  const set = new Set();
  const add = (f) => {
    const l = f.toLowerCase();
    set.add(l);
    if (/[ -]/.test(l)) {
      set.add(l.replace(/[ -]+/g, ' '));
      set.add(l.replace(/[ -]+/g, '-'));
    }
  };
  for (const e of entries) {
    if (e.case === 'exact') add(e.term);
    e.variants.forEach(add);
  }
  return [...set].join('\n') + '\n';
}

/**
 * Writes the glossaries of the given sizes to outDir (cached).
 * @returns {{ dir, stats, sizes: Record<string, {yaml, prh, grep, json, kinds, variants}> }}
 */
export function buildGlossaries({ outDir, sizes = SIZES }) {
  const manifestFile = path.join(outDir, 'manifest.json');
  const max = Math.max(...sizes);
  const version = sourceHash('glossary.mjs', 'corpus.mjs', 'prng.mjs');
  if (fs.existsSync(manifestFile)) {
    const m = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    if (m.version === version && sizes.every((n) => m.sizes[n] && fs.existsSync(m.sizes[n].yaml))) return m;
  }
  fs.mkdirSync(outDir, { recursive: true });
  // the list for the largest size ever asked of this cache, so prefixes stay stable
  const { entries, stats } = buildEntries(Math.max(max, SIZES[SIZES.length - 1]));
  const manifest = { version, dir: outDir, stats, sizes: {} };
  for (const n of [...new Set([...SIZES, ...sizes])].sort((a, b) => a - b)) {
    const ents = entries.slice(0, n);
    const kinds = {};
    ents.forEach((e) => (kinds[e.kind] = (kinds[e.kind] ?? 0) + 1));
    const f = (x) => path.join(outDir, x);
    const files = { yaml: f(`glossary-${n}.yaml`), prh: f(`prh-${n}.yml`), grep: f(`variants-${n}.txt`), json: f(`entries-${n}.json`) };
    fs.writeFileSync(files.yaml, toMtlintYaml(ents, `bench-${n}`));
    fs.writeFileSync(files.prh, toPrhYaml(ents));
    fs.writeFileSync(files.grep, toGrepList(ents));
    fs.writeFileSync(files.json, JSON.stringify(ents.map(({ kind, term, variants, case: c }) => ({ kind, term, variants, ...(c ? { case: c } : {}) }))));
    manifest.sizes[n] = { ...files, entries: ents.length, variants: ents.reduce((a, e) => a + e.variants.length, 0), kinds };
  }
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return manifest;
}

// node glossary.mjs  -> writes .work/glossaries/
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const m = buildGlossaries({ outDir: path.join(HERE, '.work', 'glossaries') });
  console.log(JSON.stringify(m.stats));
  for (const [n, s] of Object.entries(m.sizes)) console.log(`${n}: ${s.entries} entries, ${s.variants} variants ${JSON.stringify(s.kinds)}`);
}
