// Required literals of a pattern, for prefiltering: the matcher indexes them in its Aho-Corasick automaton and runs
// a pattern's regex only around places where one of its literals occurs (RE2 in JavaScript runs captures at a few
// MB/s; the automaton does not slow down with more literals).
//
// A deliberately small reading of RE2 syntax: at the top level of the pattern (groups and classes are not entered),
// runs of literal characters, cut by anything else (classes, `.`, anchors, escapes like \d \w \s \b, groups). A
// quantifier that allows zero (`?`, `*`, `{0,n}`) removes the character before it from its run. One literal is
// chosen per top-level alternative (its longest run); if any alternative has no run of at least MIN_LITERAL
// code units, the pattern has no required literal and is scanned in full.

export const MIN_LITERAL = 3;

export interface RequiredLiteral {
  literal: string;
  /** The literal begins the alternative: every match of the alternative starts with it. */
  atStart: boolean;
}

/**
 * For each top-level alternative of the pattern, one literal that every match of it contains (the leading run when
 * it is long enough, else the longest); null when some alternative has none.
 */
export function requiredLiterals(pattern: string): RequiredLiteral[] | null {
  const alternatives: { text: string; atStart: boolean }[][] = [];
  let runs: { text: string; atStart: boolean }[] = [];
  let cur = '';
  let curAtStart = false;
  let altStart = true; // nothing but literal characters seen yet in this alternative
  let lastLiteral = false; // whether the last atom was a literal character (the last one of `cur`)
  const endRun = (): void => {
    if (cur) runs.push({ text: cur, atStart: curAtStart });
    cur = '';
    lastLiteral = false;
    altStart = false;
  };
  const addChar = (ch: string): void => {
    if (!cur) curAtStart = altStart;
    cur += ch;
    lastLiteral = true;
  };
  const n = pattern.length;
  let i = 0;
  // Leading flags like (?i) change nothing for a case-insensitive prefilter.
  const flags = /^\(\?[imsU-]+\)/.exec(pattern);
  if (flags) i = flags[0].length;
  while (i < n) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) return null;
      if (/[A-Za-z0-9]/.test(next)) {
        endRun();
        if ((next === 'p' || next === 'P' || next === 'x') && pattern[i + 2] === '{') {
          const close = pattern.indexOf('}', i + 3);
          if (close < 0) return null;
          i = close + 1;
        } else if (next === 'Q') {
          const close = pattern.indexOf('\\E', i + 2);
          i = close < 0 ? n : close + 2;
        } else if (next === 'p' || next === 'P') {
          i += 3; // \pL
        } else i += 2;
        continue;
      }
      addChar(next);
      i += 2;
      continue;
    }
    if (c === '[') {
      endRun();
      i = skipClass(pattern, i);
      if (i < 0) return null;
      continue;
    }
    if (c === '(') {
      endRun();
      i = skipGroup(pattern, i);
      if (i < 0) return null;
      continue;
    }
    if (c === '|') {
      endRun();
      alternatives.push(runs);
      runs = [];
      altStart = true;
      i++;
      continue;
    }
    if (c === '?' || c === '*' || c === '+' || c === '{') {
      let min = c === '+' ? 1 : 0;
      let end = i + 1;
      if (c === '{') {
        const m = /^\{(\d+)(,\d*)?\}/.exec(pattern.slice(i));
        if (!m) {
          // a literal brace
          addChar(c);
          i++;
          continue;
        }
        min = Number(m[1]);
        end = i + m[0].length;
      }
      if (min === 0 && lastLiteral) cur = cur.slice(0, -1);
      if (min === 0 && !cur) altStart = false;
      endRun();
      if (pattern[end] === '?' || pattern[end] === '+') end++; // lazy or possessive marker
      i = end;
      continue;
    }
    if (c === '.' || c === '^' || c === '$') {
      endRun();
      i++;
      continue;
    }
    addChar(c);
    i++;
  }
  endRun();
  alternatives.push(runs);
  const out: RequiredLiteral[] = [];
  const usable = (t: string): boolean => t.length >= MIN_LITERAL && !/[-\u2010\u2011\u2013\s]{2}/.test(t);
  for (const alt of alternatives) {
    const first = alt[0];
    if (first && first.atStart && first.text === first.text.trimStart() && usable(first.text.trimEnd())) {
      out.push({ literal: first.text.trimEnd(), atStart: true });
      continue;
    }
    let best = '';
    for (const r of alt) {
      const t = r.text.trim();
      if (t.length > best.length) best = t;
    }
    if (!usable(best)) return null;
    out.push({ literal: best, atStart: false });
  }
  return out;
}

/** Index after a character class starting at `i` (at `[`), or -1. */
function skipClass(p: string, i: number): number {
  let j = i + 1;
  if (p[j] === '^') j++;
  if (p[j] === ']') j++;
  while (j < p.length) {
    const c = p[j]!;
    if (c === '\\') j += 2;
    else if (c === '[' && p[j + 1] === ':') {
      const close = p.indexOf(':]', j + 2);
      if (close < 0) return -1;
      j = close + 2;
    } else if (c === ']') return j + 1;
    else j++;
  }
  return -1;
}

/** Index after a group starting at `i` (at `(`), or -1. */
function skipGroup(p: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < p.length) {
    const c = p[j]!;
    if (c === '\\') {
      j += 2;
      continue;
    }
    if (c === '[') {
      j = skipClass(p, j);
      if (j < 0) return -1;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return -1;
}
