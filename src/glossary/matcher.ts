// One compiled matcher for any number of glossaries.
//
// Literal forms (terms, alternatives, variants) go into ONE trie stored as a double array (typed arrays) over
// case-folded code units. Every form begins a word, so the trie is walked only from the positions where a word may
// begin, as far as the text follows it: the cost per character does not grow with the number of entries, and the
// inside of a word costs one table lookup. Text is read code unit by code unit through a per-matcher class table
// (fold + symbol in one lookup), so the text is never copied or lower-cased (toLowerCase can change the length;
// offsets must stay true).
//
// Matching rules:
// - case-insensitive per code unit (see normalize.ts); `case: exact` terms are matched case-insensitively and the
//   exact text decides between kind `term` and `casing` (`variant` when the entry lists that key as a variant);
// - a run of whitespace (incl. NBSP, U+202F, one line break) with at most one hyphen/en dash in it matches one
//   space or hyphen of a form (`Yandex GPT` = `Yandex  GPT` = `Yandex\nGPT` = `Yandex-GPT`); a blank line or a
//   doubled dash does not;
// - word boundaries for every script: no \p{L}\p{N}\p{M}, `_`, backtick (`code` in plain text) or mask (U+E000)
//   next to the hit, and no `@`/`#` before it (handles, hashtags);
// - an English possessive or plural after a form ending in a Latin letter or digit ('s ’s s s' ') is allowed,
//   reported in `suffix` and kept out of [start, end);
// - leftmost-longest, non-overlapping, across entries, kinds and patterns; on the very same span a literal form
//   beats a pattern and the earlier glossary/entry wins (the first form with a given key is the only one indexed).
//
// Patterns (RE2 syntax, linear time, via re2js, case-insensitive) run on the text with every whitespace code unit
// read as a plain space and curly apostrophes as straight ones, with the same boundary rules built into the
// regex and checked again on the original text. RE2 in JavaScript is slow with captures, so each pattern's
// required literals (pattern-literals.ts) are indexed as triggers (in the word trie when every alternative begins
// with its literal, else in a small Aho-Corasick automaton of their own), and the pattern runs only in a window
// around a trigger, with captures only when a DFA test (no captures) finds a match in the window.
// Patterns without a usable literal are tested paragraph by paragraph with one combined DFA test, and run with
// captures only in paragraphs that pass.
import type { RE2JS } from 're2js';
import { re2Lib } from '../lazy.js';
import type { Glossary, GlossaryEntry, MatchOptions, TermHit } from './types.js';
import { blockingTable, foldTable, latinOrDigitTable, MASK_CODE, normalizeSeparators, sepTable, SEP_DASH, SEP_SPACE } from './normalize.js';
import { requiredLiterals, type RequiredLiteral } from './pattern-literals.js';

const K_TERM = 0;
const K_ALT = 1;
const K_VARIANT = 2;
const K_EXACT = 3; // the term of a `case: exact` entry: `term` when the text has its exact casing, else `casing`

// Text classes below the first symbol id.
const C_OTHER = 0;
const C_SPACE = 1;
const C_DASH = 2;
const C_BREAK = 3;
const FIRST_SYMBOL = 4;
const SEP_SYMBOL = C_SPACE; // the one trie symbol for a separator
// The walk's step table: per code unit, its symbol (or class) in the low 16 bits and, from bit 16, whether a hit may
// begin after it (see startAfterTable).
const SYMBOL_MASK = 0xffff;
const START_SHIFT = 16;

/** How far around a trigger literal a pattern's regex is run (a match is assumed to lie within). */
const WINDOW = 256;
/** How far from a trigger an anchored pattern may match. */
const ANCHORED_SPAN = 160;

/**
 * The literal forms, one typed array per field (a million-entry glossary has three million forms: an object each
 * took about 100 bytes). A form's entry is numbered across the glossaries: glossary g's entries are
 * entryBase[g] .. entryBase[g + 1] - 1, in the order of its `entries`.
 */
interface Forms {
  glossaries: readonly Glossary[];
  entryBase: Int32Array;
  /** Per form: its entry's number. */
  entry: Int32Array;
  /** Per form: K_TERM, K_ALT, K_VARIANT or K_EXACT, | LISTED_CASING. */
  kind: Uint8Array;
  /** Per form: which acceptable form (0 = the term, n = alternatives[n - 1]), -1 for a variant. */
  form: Int32Array;
  /** Per form: the next form with the same key from another entry (another glossary's view of the same words), or -1. */
  next: Int32Array;
}

/** In `Forms.kind`: a `case: exact` term whose entry also lists a variant with its key (another casing is that `variant`). */
const LISTED_CASING = 0x80;
/** Chains of forms longer than this look an entry up in a set rather than walk (see compile). */
const LONG_CHAIN = 8;

/** The glossary (its index) of entry number `n`. */
function glossaryOf(entryBase: Int32Array, n: number): number {
  let lo = 0;
  let hi = entryBase.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (entryBase[mid]! <= n) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

type Regex = ReturnType<typeof RE2JS.compile>;

/** An anchorable pattern needs only its anchored form (one RE2 compile instead of three: compiling is the slow part). */
type Compiled = { re: Regex; anchored: null } | { re: null; anchored: Regex };

interface Pattern {
  glossary: Glossary;
  entry: GlossaryEntry;
  source: string;
  /** Every alternative begins with its trigger literal: the pattern is tried anchored where a trigger starts. */
  anchorable: boolean;
  /** Compiled on first use: undefined = not yet, null = does not compile or matches the empty string. */
  compiled?: Compiled | null;
  /** Order of the pattern among all patterns (glossary/entry order), for ties. */
  rank: number;
}

const BOUNDARY = '[^\\p{L}\\p{N}\\p{M}_`\\x{E000}';
const PATTERN_PREFIX = `(?:^|${BOUNDARY}@#])`;
const PATTERN_SUFFIX = `(?:'s|s'?|')?(?:$|${BOUNDARY}])`;
/** Compiles an RE2 pattern with the matcher's flags (case-insensitive, leftmost-longest). */
function compileRe2(source: string): Regex {
  const { RE2JS } = re2Lib();
  return RE2JS.compile(source, RE2JS.CASE_INSENSITIVE | RE2JS.LONGEST_MATCH);
}
const BLANK_LINE = /\n[^\S\n]*\n/g;

export class GlossaryMatcher {
  private constructor(
    private readonly step: Int32Array,
    /**
     * The word trie as a double array, interleaved: da[2p] = base of state p, da[2p + 1] = its check (parent state)
     * << 1 | 1 when it reports (has a form or a trigger), -1 for a free cell.
     */
    private readonly da: Int32Array,
    /** Per state: its form (the first of its chain), or -1. */
    private readonly termForm: Int32Array,
    /** Per state: its trigger (of anchorable patterns), or -1. */
    private readonly termTrigger: Int32Array,
    private readonly forms: Forms,
    /** Per form: whether an English possessive/plural may follow (the form ends in a Latin letter or a digit). */
    private readonly formSuffixOk: Uint8Array,
    /**
     * Per form, 1 when it and the rest of its chain are preferred terms without alternatives: what a match without
     * `allTerms` does not report (its span still takes precedence over the hits it overlaps).
     */
    private readonly termsOnly: Uint8Array,
    /** Per trigger of the word trie: the (anchorable) patterns it triggers. */
    private readonly triggerPatterns: number[][],
    /** The trigger literals of the other patterns, or null when there are none. */
    private readonly free: TriggerAutomaton | null,
    private readonly patterns: Pattern[],
    /** Patterns without a required literal. */
    private readonly unfiltered: number[],
  ) {}

  /** The combined test of the patterns without a literal (compiled on first use; null: test each alone). */
  private unfilteredTest: Regex | null | undefined;

  /** The compiled regexes of pattern `p`, or null when it does not compile or matches the empty string. */
  private regexes(p: number): Compiled | null {
    const pat = this.patterns[p]!;
    if (pat.compiled === undefined) {
      try {
        if (pat.anchorable) {
          // `^(source)SUFFIX` matches the empty string exactly when the source does (the suffix is optional).
          const anchored = compileRe2(`^(${pat.source})${PATTERN_SUFFIX}`);
          pat.compiled = anchored.matches('') ? null : { re: null, anchored };
        } else if (compileRe2(pat.source).matches('')) pat.compiled = null;
        else pat.compiled = { re: compileRe2(`${PATTERN_PREFIX}(${pat.source})${PATTERN_SUFFIX}`), anchored: null };
      } catch {
        pat.compiled = null;
      }
    }
    return pat.compiled;
  }

  private combinedTest(): Regex | null {
    if (this.unfilteredTest === undefined) {
      const good = this.unfiltered.filter((p) => this.regexes(p));
      this.unfilteredTest = null;
      if (good.length > 1) {
        try {
          const sources = good.map((p) => this.patterns[p]!.source);
          this.unfilteredTest = compileRe2(`${PATTERN_PREFIX}(?:${sources.join('|')})${PATTERN_SUFFIX}`);
        } catch {
          this.unfilteredTest = null;
        }
      }
    }
    return this.unfilteredTest;
  }

  /** Number of literal forms indexed (after removing duplicate keys). */
  get formCount(): number {
    return this.forms.entry.length;
  }

  /** Number of automaton states (trie nodes). */
  get stateCount(): number {
    let n = 0;
    for (let i = 1; i < this.da.length; i += 2) if (this.da[i]! >= 0) n++;
    return n + 1;
  }

  /** Number of patterns, and how many of them run without a literal prefilter (paragraph by paragraph). */
  get patternCount(): { total: number; unfiltered: number } {
    return { total: this.patterns.length, unfiltered: this.unfiltered.length };
  }

  static compile(glossaries: readonly Glossary[]): GlossaryMatcher {
    const alphabet: Alphabet = { fold: foldTable(), sep: sepTable(), symOf: new Uint16Array(0x10000), size: FIRST_SYMBOL };

    // 1. Patterns with their required literals. Regexes are compiled on first use (most patterns never fire in a
    //    given text); one that does not compile is skipped (the validator reports it).
    const patterns: Pattern[] = [];
    const patternLiterals: (RequiredLiteral[] | null)[] = [];
    for (const glossary of glossaries) {
      for (const entry of glossary.entries) {
        for (const source of entry.patterns) {
          const literals = requiredLiterals(source);
          patterns.push({ glossary, entry, source, anchorable: !!literals?.every((l) => l.atStart), rank: patterns.length });
          patternLiterals.push(literals);
        }
      }
    }

    // 2. Forms and the trigger literals of anchorable patterns (both begin a word) into the word trie; the trigger
    //    literals of other patterns (anywhere in a word) into the small trigger trie. A form whose key is already
    //    in the trie is dropped: the first glossary/entry/form wins.
    const latin = latinOrDigitTable();
    let wordCap = 1;
    let formCap = 0;
    const entryBase = new Int32Array(glossaries.length + 1);
    glossaries.forEach((glossary, g) => {
      entryBase[g + 1] = entryBase[g]! + glossary.entries.length;
      for (const entry of glossary.entries) {
        wordCap += entry.term.length;
        for (const a of entry.alternatives) wordCap += a.length;
        for (const v of entry.variants) wordCap += v.length;
        formCap += 1 + entry.alternatives.length + entry.variants.length;
      }
    });
    let freeCap = 1;
    patternLiterals.forEach((lits, p) => {
      for (const l of lits ?? []) {
        if (patterns[p]!.anchorable) wordCap += l.literal.length;
        else freeCap += l.literal.length;
      }
    });
    const words = new Trie(alphabet, wordCap);
    const entryAt = (n: number): GlossaryEntry => {
      const g = glossaryOf(entryBase, n);
      return glossaries[g]!.entries[n - entryBase[g]!]!;
    };
    let formEntry = new Int32Array(formCap);
    let formKind = new Uint8Array(formCap);
    let formForm = new Int32Array(formCap);
    let formNext = new Int32Array(formCap);
    let formSuffixOk = new Uint8Array(formCap);
    // Per form: 1 when it is a preferred term of an entry without alternatives (termsOnly, over the chain, below).
    let plainTerm = new Uint8Array(formCap);
    let count = 0;
    // A chain holds the forms of one key from different entries, in the order they were added (next[f] > f). The
    // forms of one entry are added one after the other, so an entry whose form is in a chain is its tail, unless
    // the same entry object stands at two places (one glossary passed twice, or a shipped glossary named with
    // --glossary too, which shares the cached entries): that is looked for along the chain, or in a set for a long
    // chain, so a key shared by many entries costs no walk per form.
    // Per head: the tail - head and the length - 1 (zero, never written, for the many keys of one form).
    // Made when a first key gets a second form (many glossaries have none).
    let chainTail: Int32Array | null = null;
    let chainLen: Int32Array | null = null;
    const tailOf = (head: number): number => (chainTail ? head + chainTail[head]! : head);
    const chainSets = new Map<number, Set<GlossaryEntry>>();
    const inChain = (head: number, entry: GlossaryEntry): boolean => {
      if ((chainLen ? chainLen[head]! : 0) < LONG_CHAIN) {
        for (let f = head; f >= 0; f = formNext[f]!) if (entryAt(formEntry[f]!) === entry) return true;
        return false;
      }
      let set = chainSets.get(head);
      if (!set) {
        set = new Set();
        for (let f = head; f >= 0; f = formNext[f]!) set.add(entryAt(formEntry[f]!));
        chainSets.set(head, set);
      }
      return set.has(entry);
    };
    let entryNo = 0;
    let entryFirstForm = 0; // the first form of the entry being added
    const add = (entry: GlossaryEntry, text: string, kind: number, form: number, at = words.insert(text)): void => {
      if (!at) return; // empty or masked
      const head = words.nodeForm[at[0]]! - 1;
      const f = count;
      if (head >= 0) {
        // The key of an earlier form: the same entry keeps its first form; another entry joins the chain, so
        // each glossary's view of these words is reported and the rules pick the first one in scope.
        const tail = tailOf(head);
        if (tail >= entryFirstForm || inChain(head, entry)) return;
        formNext[tail] = f;
        chainTail ??= new Int32Array(formCap);
        chainLen ??= new Int32Array(formCap);
        chainTail[head] = f - head;
        chainLen[head]!++;
        chainSets.get(head)?.add(entry);
      } else {
        words.nodeForm[at[0]] = f + 1;
      }
      formEntry[f] = entryNo;
      formKind[f] = kind;
      formForm[f] = form;
      formNext[f] = -1;
      formSuffixOk[f] = latin[words.lastUnit] === 1 ? 1 : 0;
      plainTerm[f] = kind === K_TERM && entry.alternatives.length === 0 ? 1 : 0;
      count++;
    };
    for (const glossary of glossaries) {
      for (const entry of glossary.entries) {
        entryFirstForm = count;
        // The acceptable forms of names and terms are indexed: a correct form shadows a shorter wrong one inside
        // it (and a pattern that would match it), `case: exact` needs the term, term-consistency the alternatives.
        // A calque's idiomatic renderings (`for`, `in`, `currently`) are never looked for: they are ordinary
        // English, would cost time and would hide real calques under leftmost-longest.
        if (entry.category !== 'calque' && entry.category !== 'false-friend') {
          add(entry, entry.term, entry.case === 'exact' ? K_EXACT : K_TERM, 0);
          for (let i = 0; i < entry.alternatives.length; i++) add(entry, entry.alternatives[i]!, K_ALT, i + 1);
        }
        for (const v of entry.variants) {
          const at = words.insert(v);
          if (!at) continue;
          // This entry's form with the variant's key, if any: the tail of the key's chain (see above).
          const head = words.nodeForm[at[0]]! - 1;
          const own = head >= 0 && tailOf(head) >= entryFirstForm ? tailOf(head) : -1;
          // A variant listed as another casing of this entry's case-exact term: a hit in that casing is a `variant`.
          if (own >= 0 && formKind[own] === K_EXACT) formKind[own] = K_EXACT | LISTED_CASING;
          else add(entry, v, K_VARIANT, -1, at);
        }
        entryNo++;
      }
    }
    if (count < formCap) {
      // Dropped forms (duplicate keys, calques' acceptable forms) leave room at the end.
      formEntry = formEntry.slice(0, count);
      formKind = formKind.slice(0, count);
      formForm = formForm.slice(0, count);
      formNext = formNext.slice(0, count);
      formSuffixOk = formSuffixOk.slice(0, count);
      plainTerm = plainTerm.slice(0, count);
    }
    // A form and the rest of its chain all plain terms (next[f] > f: from the end).
    const termsOnly = plainTerm;
    for (let f = count - 1; f >= 0; f--) if (termsOnly[f] === 1 && formNext[f]! >= 0) termsOnly[f] = termsOnly[formNext[f]!]!;
    const forms: Forms = { glossaries: [...glossaries], entryBase, entry: formEntry, kind: formKind, form: formForm, next: formNext };
    const free = freeCap > 1 ? new Trie(alphabet, freeCap) : null;
    const triggerPatterns: number[][] = [];
    const freeTriggerPatterns: number[][] = [];
    const freeTriggerLens: number[] = [];
    const unfilteredMembers: number[] = [];
    patternLiterals.forEach((lits, p) => {
      const trie = patterns[p]!.anchorable ? words : free!;
      const ats = lits?.map((l) => trie.insert(l.literal)) ?? null;
      if (!ats || ats.some((a) => a === null)) {
        unfilteredMembers.push(p);
        return;
      }
      const lists = trie === words ? triggerPatterns : freeTriggerPatterns;
      for (const at of ats) {
        const [node, len] = at!;
        let t = trie.triggerOf(node);
        if (t < 0) {
          t = lists.length;
          trie.setTrigger(node, t);
          lists.push([]);
          if (trie === free) freeTriggerLens.push(len);
        }
        if (!lists[t]!.includes(p)) lists[t]!.push(p);
      }
    });

    // 3. The step table maps every code unit to its symbol (or a separator class) in one lookup, with whether a
    //    hit may begin after it.
    const { fold, sep, symOf } = alphabet;
    const startAfter = startAfterTable();
    const step = new Int32Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      const s = sep[c];
      const symbol =
        c === MASK_CODE ? C_OTHER : s === SEP_SPACE ? (c === 0x0a || c === 0x2028 || c === 0x2029 ? C_BREAK : C_SPACE) : s === SEP_DASH ? C_DASH : symOf[fold[c]!]!;
      step[c] = symbol | (startAfter[c]! << START_SHIFT);
    }

    const w = placeDoubleArray(words, alphabet.size);
    const termForm = new Int32Array(w.size).fill(-1);
    // Read only when some pattern is triggered from the word trie.
    const termTrigger = new Int32Array(triggerPatterns.length ? w.size : 0).fill(-1);
    // The walk reads a state's check and whether it reports in one load: check << 1 | reports (-1: a free cell).
    for (let p = 0; p < w.size; p++) if (w.da[2 * p + 1]! >= 0) w.da[2 * p + 1] = w.da[2 * p + 1]! << 1;
    for (let v = 1; v < words.nodes; v++) {
      const q = w.pos[v]!;
      const form = words.nodeForm[v]! - 1;
      const trigger = words.triggerOf(v);
      termForm[q] = form;
      if (trigger >= 0) termTrigger[q] = trigger;
      if (form >= 0 || trigger >= 0) w.da[2 * q + 1]! |= 1;
    }
    let freeAutomaton: TriggerAutomaton | null = null;
    if (free && free.nodes > 1) {
      const f = placeDoubleArray(free, alphabet.size);
      const trigger = new Int32Array(f.size).fill(-1);
      for (let v = 1; v < free.nodes; v++) trigger[f.pos[v]!] = free.triggerOf(v);
      let ring = 2;
      while (ring < free.maxLen + 1) ring <<= 1;
      freeAutomaton = { da: f.da, ...failureLinks(free, f, trigger), trigger, triggerLen: Int32Array.from(freeTriggerLens), triggerPatterns: freeTriggerPatterns, posMask: ring - 1 };
    }
    return new GlossaryMatcher(
      step,
      w.da,
      termForm,
      termTrigger,
      forms,
      formSuffixOk,
      termsOnly,
      triggerPatterns,
      freeAutomaton,
      patterns,
      unfilteredMembers,
    );
  }

  /** Every hit in `text` (the prose view: masked spans are U+E000), leftmost-longest, non-overlapping, by start. */
  match(text: string, { allTerms = true }: MatchOptions = {}): TermHit[] {
    const cands = new Candidates();
    // Pattern windows around triggers: per pattern, [start, end) pairs, merged when they overlap; for anchored
    // patterns, the start positions to try.
    let windows = this.walk(text, cands);
    if (this.free) windows = this.freeTriggers(text, this.free, windows);

    const pats = this.patternCandidates(text, windows);
    return this.sweep(text, cands, pats, allTerms);
  }

  /**
   * The literal candidates of `text` (into `cands`) and the windows of the anchored patterns' triggers. Its own
   * method: the hot loop of a run, optimised (and re-optimised) apart from the sweep.
   */
  private walk(text: string, cands: Candidates): Map<number, number[]> | null {
    const { step, da } = this;
    const n = text.length;
    let windows: Map<number, number[]> | null = null;
    // Every key begins a word: the trie is walked from each position where a word may begin (the code unit before
    // it does not glue to a hit), as far as the text follows it; the rest of a word is skipped in a tight loop, one
    // lookup per code unit. (What a state reports is handled out of this loop: it is rare.)
    let i = 0;
    while (i < n) {
      const x = step[text.charCodeAt(i)]!;
      let s = x & SYMBOL_MASK;
      if (s >= FIRST_SYMBOL) {
        let state = 0;
        let j = i;
        let inSep = false;
        let dashes = 0;
        let breaks = 0;
        for (;;) {
          if (s < FIRST_SYMBOL) {
            // A run of separators is one separator symbol; a blank line or a doubled dash ends the walk.
            if (s === C_OTHER) break;
            if (inSep) {
              if (s === C_DASH) {
                if (++dashes > 1) break;
              } else if (s === C_BREAK) {
                if (++breaks > 1) break;
              }
            } else {
              inSep = true;
              dashes = s === C_DASH ? 1 : 0;
              breaks = s === C_BREAK ? 1 : 0;
              const t = da[state << 1]! + SEP_SYMBOL;
              if (da[(t << 1) | 1]! >> 1 !== state) break;
              state = t;
            }
          } else {
            inSep = false;
            const t = da[state << 1]! + s;
            const check = da[(t << 1) | 1]!;
            if (check >> 1 !== state) break;
            state = t;
            if ((check & 1) !== 0) windows = this.reached(text, state, i, j + 1, cands, windows);
          }
          if (++j >= n) break;
          s = step[text.charCodeAt(j)]! & SYMBOL_MASK;
        }
      }
      // On to the code unit after the next one a word may begin after (2: a surrogate, unless of a word's code point).
      let a = x >>> START_SHIFT;
      for (;;) {
        while (a === 0) {
          if (++i >= n) return windows;
          a = step[text.charCodeAt(i)]! >>> START_SHIFT;
        }
        if (a === 1 || !surrogateWord(text, i)) break;
        if (++i >= n) return windows;
        a = step[text.charCodeAt(i)]! >>> START_SHIFT;
      }
      i++;
    }
    return windows;
  }

  private sweep(text: string, cands: Candidates, pats: PatternCandidate[], allTerms: boolean): TermHit[] {
    // Leftmost-longest sweep over the literal and pattern candidates (both sorted); at the same span the literal
    // form wins.
    const { glossaries, entryBase, entry: formEntry, kind: formKind, form: formForm, next: formNext } = this.forms;
    const { start: cStart, end: cEnd, suffix: cSuffix, form: cForm, count } = cands;
    const hits: TermHit[] = [];
    let at = 0;
    let c = 0;
    let pi = 0;
    for (;;) {
      while (c < count && cStart[c]! < at) c++;
      while (pi < pats.length && pats[pi]!.start < at) pi++;
      const haveLiteral = c < count;
      const pat = pi < pats.length ? pats[pi]! : null;
      if (!haveLiteral && !pat) break;
      if (haveLiteral && (!pat || cStart[c]! < pat.start || (cStart[c] === pat.start && cEnd[c]! >= pat.end))) {
        const start = cStart[c]!;
        const end = cEnd[c]!;
        const sl = cSuffix[c]!;
        if (!allTerms && this.termsOnly[cForm[c]!] === 1) {
          // Nothing to report (most candidates of a large glossary): only the span is taken.
          at = end + sl;
          c++;
          continue;
        }
        const matched = text.slice(start, end);
        const suffix = sl === 0 ? '' : text.slice(end, end + sl);
        // One hit per entry that has these words, in glossary order (same span).
        for (let f = cForm[c]!; f >= 0; f = formNext[f]!) {
          const n = formEntry[f]!;
          const g = glossaryOf(entryBase, n);
          const glossary = glossaries[g]!;
          const entry = glossary.entries[n - entryBase[g]!]!;
          const k = formKind[f]! & ~LISTED_CASING;
          let kind: TermHit['kind'];
          if (k === K_EXACT) kind = sameExceptSeparators(matched, normalizeSeparators(entry.term)) ? 'term' : formKind[f]! & LISTED_CASING ? 'variant' : 'casing';
          else kind = k === K_TERM ? 'term' : k === K_ALT ? 'alternative' : 'variant';
          // A short name in another casing plus a bare `s` is most often an ordinary word (`less` is not `Les` + s,
          // `loss` not `Los` + s): below five letters only a possessive with its apostrophe keeps a casing hit.
          if (kind === 'casing' && (suffix === 's' || suffix === 'S') && matched.length < 5) continue;
          if (kind === 'term' && !allTerms && entry.alternatives.length === 0) continue;
          hits.push({ start, end, kind, matched, form: kind === 'variant' ? -1 : formForm[f]!, suffix, entry, glossary });
        }
        at = end + sl;
        c++;
      } else {
        const p = pat!;
        const { entry, glossary } = this.patterns[p.pattern]!;
        const suffix = p.suffix === 0 ? '' : text.slice(p.end, p.end + p.suffix);
        hits.push({ start: p.start, end: p.end, kind: 'pattern', matched: text.slice(p.start, p.end), form: -1, suffix, entry, glossary });
        at = p.end + p.suffix;
        pi++;
      }
    }
    return hits;
  }

  /** What the walk from `start` reports on reaching `state` at `end`: a form (a candidate when its boundaries hold), a trigger. */
  private reached(text: string, state: number, start: number, end: number, cands: Candidates, found: Map<number, number[]> | null): Map<number, number[]> | null {
    let windows = found;
    const f = this.termForm[state]!;
    if (f >= 0) {
      const suffix = suffixAfter(text, end, this.formSuffixOk[f] === 1);
      if (suffix >= 0) cands.add(start, end, suffix, f);
    }
    // (Most glossaries have no pattern triggered from the word trie: its trigger table is not even read.)
    const tg = this.triggerPatterns.length === 0 ? -1 : this.termTrigger[state]!;
    if (tg >= 0) {
      windows ??= new Map();
      for (const p of this.triggerPatterns[tg]!) {
        let list = windows.get(p);
        if (!list) windows.set(p, (list = []));
        if (list[list.length - 1] !== start) list.push(start);
      }
    }
    return windows;
  }

  /** Windows around the trigger literals that may sit anywhere in a word (Aho-Corasick). */
  private freeTriggers(text: string, ac: TriggerAutomaton, found: Map<number, number[]> | null): Map<number, number[]> | null {
    const { step } = this;
    const { da, fail, emit, outLink, trigger, triggerLen, triggerPatterns, posMask } = ac;
    const n = text.length;
    const posBuf = new Int32Array(posMask + 1);
    let windows = found;
    let state = 0;
    let k = 0;
    let inSep = false;
    let dashes = 0;
    let breaks = 0;
    for (let i = 0; i < n; i++) {
      let s = step[text.charCodeAt(i)]! & SYMBOL_MASK;
      if (s < FIRST_SYMBOL) {
        if (s === C_OTHER) {
          state = 0;
          inSep = false;
          continue;
        }
        if (inSep) {
          if (s === C_DASH) {
            if (++dashes > 1) state = 0;
          } else if (s === C_BREAK) {
            if (++breaks > 1) state = 0;
          }
          continue;
        }
        inSep = true;
        dashes = s === C_DASH ? 1 : 0;
        breaks = s === C_BREAK ? 1 : 0;
        s = SEP_SYMBOL;
      } else inSep = false;
      for (;;) {
        const t = da[state << 1]! + s;
        if (da[(t << 1) | 1] === state) {
          state = t;
          break;
        }
        if (state === 0) break;
        state = fail[state]!;
      }
      // Back at the root, the symbol is part of no literal: nothing to record (a literal's symbols all leave the
      // automaton below the root, so the last `length` recorded positions are the literal's).
      if (state === 0) continue;
      posBuf[k & posMask] = i;
      k++;
      for (let e = emit[state]!; e >= 0; e = outLink[e]!) {
        const tg = trigger[e]!;
        const ts = posBuf[(k - triggerLen[tg]!) & posMask]!;
        windows ??= new Map();
        for (const p of triggerPatterns[tg]!) {
          let list = windows.get(p);
          if (!list) windows.set(p, (list = []));
          const ws = Math.max(0, ts - WINDOW);
          const we = Math.min(n, i + 1 + WINDOW);
          if (list.length && list[list.length - 1]! >= ws) list[list.length - 1] = Math.max(list[list.length - 1]!, we);
          else list.push(ws, we);
        }
      }
    }
    return windows;
  }

  /** Pattern hits (boundaries checked), sorted by start, longer first, then pattern order. */
  private patternCandidates(text: string, windows: Map<number, number[]> | null): PatternCandidate[] {
    const out: PatternCandidate[] = [];
    const members = this.unfiltered;
    if (!windows && !members.length) return out;
    const view = patternView(text);
    if (windows) {
      for (const [p, list] of windows) {
        const rx = this.regexes(p);
        if (!rx) continue;
        const { anchored, re } = rx;
        if (anchored) {
          let done = -1; // the end of the last hit: a later start inside it cannot win
          for (const ts of list) {
            if (ts < done) continue;
            const end = this.runAnchored(text, view, p, anchored, ts, out);
            if (end > done) done = end;
          }
        } else if (re) for (let w = 0; w < list.length; w += 2) this.runPattern(text, view, p, re, list[w]!, list[w + 1]!, out);
      }
    }
    if (members.length) {
      // Paragraph by paragraph: a DFA test (cheap), then captures only where it passes.
      const test = this.combinedTest();
      let ps = 0;
      const paragraph = (pe: number): void => {
        if (pe <= ps) return;
        const sub = view.slice(ps, pe);
        if (test && !test.test(sub)) return;
        for (const p of members) {
          const rx = this.regexes(p);
          const re = rx?.re; // patterns without a literal are never anchorable
          if (re && (test || re.test(sub))) this.runPattern(text, view, p, re, ps, pe, out);
        }
      };
      BLANK_LINE.lastIndex = 0;
      for (let m = BLANK_LINE.exec(text); m; m = BLANK_LINE.exec(text)) {
        paragraph(m.index);
        ps = m.index + m[0].length;
      }
      paragraph(text.length);
    }
    out.sort((a, b) => a.start - b.start || b.end - a.end || this.patterns[a.pattern]!.rank - this.patterns[b.pattern]!.rank);
    return out;
  }

  /** Tries anchored pattern `p` at `ts`; collects a valid hit and returns its end, or -1. */
  private runAnchored(text: string, view: string, p: number, re: Regex, ts: number, out: PatternCandidate[]): number {
    if (ts > 0 && blockedBefore(text, ts)) return -1;
    const sub = view.slice(ts, Math.min(text.length, ts + ANCHORED_SPAN));
    if (!re.test(sub)) return -1; // the DFA: no match at the start of `sub`
    const m = re.matcher(sub);
    if (!m.lookingAt()) return -1;
    const end = ts + m.end(1);
    if (end <= ts || hasMask(text, ts, end)) return -1;
    const suffix = suffixAfter(text, end, latinOrDigitTable()[text.charCodeAt(end - 1)] === 1);
    if (suffix < 0) return -1;
    out.push({ start: ts, end, suffix, pattern: p });
    return end;
  }

  /** Runs pattern `p` on text[ws, we) and collects its valid hits. */
  private runPattern(text: string, view: string, p: number, re: Regex, ws: number, we: number, out: PatternCandidate[]): void {
    const sub = view.slice(ws, we);
    if (!re.test(sub)) return; // the DFA: no match anywhere in the window
    const m = re.matcher(sub);
    let from = 0;
    while (from <= sub.length && m.find(from)) {
      const gs = m.start(1);
      const ge = m.end(1);
      const start = ws + gs;
      const end = ws + ge;
      if (ge > gs && !hasMask(text, start, end) && !(start > 0 && blockedBefore(text, start))) {
        const suffix = suffixAfter(text, end, latinOrDigitTable()[text.charCodeAt(end - 1)] === 1);
        if (suffix >= 0) {
          out.push({ start, end, suffix, pattern: p });
          from = ge;
          continue;
        }
      }
      from = gs + 1;
    }
  }
}

interface PatternCandidate {
  start: number;
  end: number;
  suffix: number;
  pattern: number;
}

/** Same length as the text: every whitespace code unit a plain space, curly apostrophes straight. */
function patternView(s: string): string {
  return s.replace(/[^\S ]/g, ' ').replace(/[\u2019\u02bc]/g, "'");
}

function grownInt32(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/**
 * Literal candidates that pass the boundary checks, sorted by (start asc, end desc): they arrive by start, and by
 * end for one start, so each one moves back only past the shorter ones from its own start. (Two literal candidates
 * never share a span: one span has one key.)
 */
class Candidates {
  start = new Int32Array(256);
  end = new Int32Array(256);
  suffix = new Uint8Array(256);
  form = new Int32Array(256);
  count = 0;

  add(start: number, end: number, suffix: number, form: number): void {
    const count = this.count;
    if (count === this.start.length) {
      const cap = count * 2;
      this.start = grownInt32(this.start, cap);
      this.end = grownInt32(this.end, cap);
      this.form = grownInt32(this.form, cap);
      const s2 = new Uint8Array(cap);
      s2.set(this.suffix);
      this.suffix = s2;
    }
    let k = count;
    while (k > 0 && this.start[k - 1] === start) k--;
    if (k < count) {
      this.start.copyWithin(k + 1, k, count);
      this.end.copyWithin(k + 1, k, count);
      this.suffix.copyWithin(k + 1, k, count);
      this.form.copyWithin(k + 1, k, count);
    }
    this.start[k] = start;
    this.end[k] = end;
    this.suffix[k] = suffix;
    this.form[k] = form;
    this.count = count + 1;
  }
}

/** The symbols shared by the matcher's tries: one per distinct folded code unit of any key, from FIRST_SYMBOL. */
interface Alphabet {
  fold: Uint16Array;
  sep: Uint8Array;
  symOf: Uint16Array;
  /** The next free symbol (= the number of symbols in use). */
  size: number;
}

/**
 * A trie of keys over the alphabet's symbols, children in sorted sibling lists (the root's also in a direct table).
 * Each key is normalised on the way in: separator runs -> one separator symbol, trimmed; folded.
 */
class Trie {
  // 0 means none (the root, node 0, is no one's child); nodeForm and nodeTrigger hold the number + 1 (nodeTrigger
  // is made for the first trigger: most glossaries have no pattern). The arrays
  // start at a quarter of the longest possible trie (every key unit a node: five times the real one for a million
  // brand names) and double when full. Sized for the longest, they were mostly never written, so cost no memory,
  // but V8 counts what is allocated: each 64 MB of it started a full collection of the glossary's heap.
  nodeSym: Uint16Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  nodeForm: Int32Array;
  private nodeTrigger: Int32Array | null = null;
  private readonly rootChild = new Int32Array(0x10000);
  nodes = 1;
  maxLen = 1;
  /** The last code unit of the last key inserted. */
  lastUnit = 0;

  constructor(
    private readonly alphabet: Alphabet,
    /** The most nodes the keys can make (the number of their units, plus one). */
    private readonly maxNodes: number,
  ) {
    const capacity = Math.min(maxNodes, Math.max(1024, maxNodes >> 2));
    this.nodeSym = new Uint16Array(capacity);
    this.firstChild = new Int32Array(capacity);
    this.nextSibling = new Int32Array(capacity);
    this.nodeForm = new Int32Array(capacity);
  }

  /** The trigger of a node, or -1. */
  triggerOf(node: number): number {
    return this.nodeTrigger ? this.nodeTrigger[node]! - 1 : -1;
  }

  setTrigger(node: number, trigger: number): void {
    this.nodeTrigger ??= new Int32Array(this.nodeSym.length);
    this.nodeTrigger[node] = trigger + 1;
  }

  private grow(): void {
    const capacity = Math.min(this.maxNodes, this.nodeSym.length * 2);
    const grown = <T extends Int32Array | Uint16Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(capacity);
      b.set(a);
      return b;
    };
    this.nodeSym = grown(this.nodeSym);
    this.firstChild = grown(this.firstChild);
    this.nextSibling = grown(this.nextSibling);
    this.nodeForm = grown(this.nodeForm);
    if (this.nodeTrigger) this.nodeTrigger = grown(this.nodeTrigger);
  }

  private child(node: number, s: number): number {
    if (this.nodes === this.nodeSym.length) this.grow();
    const { rootChild, firstChild, nextSibling, nodeSym } = this;
    if (node === 0 && rootChild[s]! !== 0) return rootChild[s]!;
    let prev = 0;
    let w = firstChild[node]!;
    while (w !== 0 && nodeSym[w]! < s) {
      prev = w;
      w = nextSibling[w]!;
    }
    if (w !== 0 && nodeSym[w] === s) return w;
    const v = this.nodes++;
    nodeSym[v] = s;
    nextSibling[v] = w;
    if (prev === 0) firstChild[node] = v;
    else nextSibling[prev] = v;
    if (node === 0) rootChild[s] = v;
    return v;
  }

  /** Inserts a key; returns its end node and length in symbols, or null (empty, or containing a mask). */
  insert(text: string): [number, number] | null {
    const { fold, sep, symOf } = this.alphabet;
    let node = 0;
    let len = 0;
    let pendingSep = false;
    for (let i = 0; i < text.length; i++) {
      const raw = text.charCodeAt(i);
      if (raw === MASK_CODE) return null;
      if (sep[raw]) {
        pendingSep = len > 0;
        continue;
      }
      if (pendingSep) {
        node = this.child(node, SEP_SYMBOL);
        len++;
        pendingSep = false;
      }
      const c = fold[raw]!;
      let sym = symOf[c]!;
      if (sym === 0) sym = symOf[c] = this.alphabet.size++;
      node = this.child(node, sym);
      len++;
      this.lastUnit = raw;
    }
    if (len > this.maxLen) this.maxLen = len;
    return len === 0 ? null : [node, len];
  }
}

interface Placed {
  /** Interleaved: da[2p] = base of state p, da[2p + 1] = check (parent state) of cell p. */
  da: Int32Array;
  /** Per trie node: its state (cell). */
  pos: Int32Array;
  /** Trie nodes in BFS order. */
  order: Int32Array;
  /** Number of states (cells), with room for base + symbol lookups from any state. */
  size: number;
}

/**
 * Places a trie into a double array, BFS. Cells at or above `frontier` are all free; free cells below it (holes
 * left between the children of a node) are kept in a linked list and tried first, a few at a time, so placement
 * stays linear; a hole that keeps failing is given up. The array is built in place: a used cell holds its base and
 * check, a hole in the list its links (da[2h] = the next hole, da[2h + 1] = the previous one), so placing costs
 * the array and two bytes a cell (it took 26 bytes a cell in separate arrays, with a copy at the end).
 */
function placeDoubleArray(trie: Trie, alpha: number): Placed {
  const { nodes, nodeSym, firstChild, nextSibling } = trie;
  let cap = Math.max(1024, Math.ceil(nodes * 1.25) + 2 * alpha);
  let da = new Int32Array(2 * cap);
  let used = new Uint8Array(cap);
  let holeFails = new Uint8Array(cap);
  const grow = (need: number): void => {
    if (need < cap) return;
    let n = cap;
    while (n <= need) n *= 2;
    const grown = <T extends Int32Array | Uint8Array>(a: T, size: number): T => {
      const b2 = new (a.constructor as new (n: number) => T)(size);
      b2.set(a);
      return b2;
    };
    da = grown(da, 2 * n);
    used = grown(used, n);
    holeFails = grown(holeFails, n);
    cap = n;
  };
  let holeHead = -1;
  let holeTail = -1;
  const GONE = 255; // holeFails value of a cell no longer in the list
  const unlinkHole = (h: number): void => {
    if (holeFails[h] === GONE) return;
    holeFails[h] = GONE;
    const a = da[2 * h + 1]!;
    const b = da[2 * h]!;
    if (a >= 0) da[2 * a] = b;
    else holeHead = b;
    if (b >= 0) da[2 * b + 1] = a;
    else holeTail = a;
  };
  const pos = new Int32Array(nodes);
  used[0] = 1;
  let frontier = 1;
  const order = new Int32Array(nodes);
  let head = 0;
  let tail = 1;
  const MAX_TRIES = 32;
  const MAX_FAILS = 8;
  while (head < tail) {
    const u = order[head++]!;
    const first = firstChild[u]!;
    if (first === 0) continue;
    const c0 = nodeSym[first]!;
    let lastChild = first;
    while (nextSibling[lastChild]! !== 0) lastChild = nextSibling[lastChild]!;
    let bs = -1;
    let tries = 0;
    for (let h = holeHead; h >= 0 && tries < MAX_TRIES; tries++) {
      const next = da[2 * h]!;
      // Whether the children fit with the first one in hole h (inline: a closure per node would cost more).
      let fits = h >= c0;
      for (let v = nextSibling[first]!; fits && v !== 0; v = nextSibling[v]!) {
        const q = h - c0 + nodeSym[v]!;
        if (q < frontier && used[q]) fits = false;
      }
      if (fits) {
        bs = h - c0;
        break;
      }
      if (holeFails[h]! + 1 >= MAX_FAILS) unlinkHole(h);
      else holeFails[h]!++;
      h = next;
    }
    if (bs < 0) bs = Math.max(frontier, c0) - c0;
    const cMax = nodeSym[lastChild]!;
    grow(bs + cMax + alpha + 2);
    const pu = pos[u]!;
    da[2 * pu] = bs;
    for (let v = first; v !== 0; v = nextSibling[v]!) {
      const q = bs + nodeSym[v]!;
      if (q < frontier) unlinkHole(q);
      used[q] = 1;
      da[2 * q] = 0; // its base when it has children, set when it is placed: a leaf's is 0
      da[2 * q + 1] = pu;
      pos[v] = q;
      order[tail++] = v;
    }
    // Advance the frontier past the new children; the free cells skipped become holes.
    const newFrontier = bs + cMax + 1;
    for (let q = frontier; q < newFrontier; q++) {
      if (used[q]) continue;
      da[2 * q] = -1;
      da[2 * q + 1] = holeTail;
      holeFails[q] = 0;
      if (holeTail >= 0) da[2 * holeTail] = q;
      else holeHead = q;
      holeTail = q;
    }
    if (newFrontier > frontier) frontier = newFrontier;
  }
  let len = 1;
  for (let i = cap - 1; i > 0; i--)
    if (used[i]) {
      len = i + 1;
      break;
    }
  const size = len + alpha + 1;
  grow(size);
  // Free cells: base 0, check -1 (the root's check too).
  for (let p = 0; p < size; p++)
    if (!used[p] || p === 0) {
      if (p !== 0) da[2 * p] = 0;
      da[2 * p + 1] = -1;
    }
  // The cells past `size` were never written (free memory): a view of the first `size` cells, not a copy.
  return { da: da.subarray(0, 2 * size), pos, order, size };
}

/** Aho-Corasick failure and output links of a placed trie (BFS order); `out` marks the states that report. */
function failureLinks(trie: Trie, placed: Placed, out: Int32Array): { fail: Int32Array; emit: Int32Array; outLink: Int32Array } {
  const { da, pos, order, size } = placed;
  const fail = new Int32Array(size);
  const outLink = new Int32Array(size).fill(-1);
  const emit = new Int32Array(size).fill(-1);
  for (let h = 0; h < trie.nodes; h++) {
    const u = order[h]!;
    const pu = pos[u]!;
    for (let v = trie.firstChild[u]!; v !== 0; v = trie.nextSibling[v]!) {
      const q = pos[v]!;
      const s = trie.nodeSym[v]!;
      let fl = 0;
      if (u !== 0) {
        let f = fail[pu]!;
        for (;;) {
          const t = da[f << 1]! + s;
          if (da[(t << 1) | 1] === f) {
            fl = t;
            break;
          }
          if (f === 0) break;
          f = fail[f]!;
        }
      }
      fail[q] = fl;
      outLink[q] = out[fl]! >= 0 ? fl : outLink[fl]!;
      emit[q] = out[q]! >= 0 ? q : outLink[q]!;
    }
  }
  return { fail, emit, outLink };
}

/** The automaton of the trigger literals that may sit anywhere in a word (patterns that are not anchorable). */
interface TriggerAutomaton {
  da: Int32Array;
  fail: Int32Array;
  /** Per state: the nearest state on its suffix chain (itself included) with a trigger, or -1. */
  emit: Int32Array;
  /** Per state: the nearest proper suffix state with a trigger, or -1. */
  outLink: Int32Array;
  /** Per state: its trigger, or -1. */
  trigger: Int32Array;
  /** Per trigger: its length in symbols and the patterns it triggers. */
  triggerLen: Int32Array;
  triggerPatterns: number[][];
  posMask: number;
}

/** Whether a matched text equals a separator-normalised form, ignoring how its separators are written. */
function sameExceptSeparators(matched: string, exact: string): boolean {
  if (matched === exact) return true;
  return normalizeSeparators(matched) === exact;
}

function hasMask(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === MASK_CODE) return true;
  return false;
}

const BLOCK_BEFORE_AT = 0x40; // @
const BLOCK_BEFORE_HASH = 0x23; // #

/** Whether the code unit before `start` glues to a hit there. */
function blockedBefore(text: string, start: number): boolean {
  const a = startAfterTable()[text.charCodeAt(start - 1)]!;
  return a === 0 || (a === 2 && surrogateWord(text, start - 1));
}

let startAfterCache: Uint8Array | null = null;
/** Per code unit before a position: 1 = a hit may begin there, 0 = it glues (see blockedBefore), 2 = a surrogate. */
function startAfterTable(): Uint8Array {
  if (!startAfterCache) {
    const blocking = blockingTable();
    startAfterCache = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) startAfterCache[c] = c >= 0xd800 && c <= 0xdfff ? 2 : blocking[c] === 1 || c === BLOCK_BEFORE_AT || c === BLOCK_BEFORE_HASH ? 0 : 1;
  }
  return startAfterCache;
}

/** Whether the code unit at `i` glues to a hit ending before it (false past the end). */
function blockedAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) return surrogateWord(text, i);
  return blockingTable()[c] === 1;
}

const WORDISH = /[\p{L}\p{N}\p{M}]/u;
function surrogateWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const cp = text.codePointAt(c >= 0xdc00 ? i - 1 : i);
  return cp !== undefined && cp > 0xffff && WORDISH.test(String.fromCodePoint(cp));
}

const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;
const isS = (c: number): boolean => c === 0x73 || c === 0x53;

/**
 * The length of an allowed possessive/plural suffix at `end` (0 when none is needed), or -1 when the hit is glued
 * to a following word character. Tries `'s`, then a bare `'` after a final s, `s'`, `s`, then nothing.
 */
function suffixAfter(text: string, end: number, suffixOk: boolean): number {
  if (end >= text.length) return 0;
  const c = text.charCodeAt(end);
  if (suffixOk) {
    if (isApostrophe(c)) {
      if (isS(text.charCodeAt(end + 1)) && !blockedAt(text, end + 2)) return 2;
      if (isS(text.charCodeAt(end - 1)) && !blockedAt(text, end + 1)) return 1;
      return 0; // `Gigachat'll`, a closing quote: the apostrophe is a boundary
    }
    if (isS(c)) {
      if (isApostrophe(text.charCodeAt(end + 1)) && !blockedAt(text, end + 2)) return 2;
      if (!blockedAt(text, end + 1)) return 1;
      return -1;
    }
  }
  return blockedAt(text, end) ? -1 : 0;
}
