// Lines that belong to the publishing site, not to the article: calls to follow or subscribe (`To not miss any
// news on …, follow us on Google and on our WhatsApp channel`), emoji-led promo lines, related-article teasers
// (`Read also:`, `To read also :`, `Lire aussi :`), photo credits (`Photo: … / AFP`, `© Reuters`), `Source:` lines,
// copyright lines, and the fragments left where a link was stripped (`And if you love us, .`).
//
// A line is judged from its start: it must begin (after any emoji or arrow) with a phrase of the library
// (src/lang/boilerplate-phrases.ts: the target language's phrases and the source language's, since site boilerplate
// is often left untranslated; every language's when the source is unknown), and it must stand alone — its own paragraph, or a line that starts and ends a sentence between
// other paragraphs. A teaser, credit or source line needs its label, a separator and a short value; a call to action
// needs an imperative aimed at the site (`follow us`, `subscribe to our channel`, `Follow X on Google News`), or a
// fragment of one, and every sentence of the line must be promotional. Such a line is certain: the finding is
// `minor` and the fix deletes the whole line with its line break (and, for a paragraph of its own, the blank line
// that separated it from the next paragraph, or at the end of the text the blank line before it). A call inside a
// line that also carries article text, or a line that does not stand alone, is reported as `info` without a fix.
//
// Not boilerplate: article sentences about WhatsApp, Google or newsletters (`Meta said WhatsApp channels now reach
// 500 million users.`), quotations and reported speech (`“Follow us,” the guide said.`), `Source:` inside a sentence
// or followed by a clause (`Source: the ministry said …`), headings (`Sources of energy`), list items, table rows,
// blockquotes, and captions that are not credits (`Photo: the new plant in Lyon`).
import type { Mask, Span } from '../core/document.js';
import { defineRule, type Edit } from '../core/types.js';
import { AGENCIES, BOILERPLATE_PHRASES, NETWORKS, type BoilerplatePhrases } from '../lang/boilerplate-phrases.js';

const SP = '[ \\t\\u00a0\\u202f]';
/** A plain phrase as a regex source: any run of spaces for a space, either apostrophe. */
const phrase = (s: string): string =>
  s
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, `${SP}+`)
    .replace(/['’]/g, "['’]");
const alt = (sources: readonly string[]): string => `(?:${[...sources].sort((a, b) => b.length - a.length).join('|')})`;
// The library's patterns compile case-insensitive but not in Unicode mode: a Unicode case-insensitive regex costs
// ten times more to compile, and the rule's regexes would then cost more at start-up than all the other rules. The
// scripts of the five languages stand for `\p{L}` (Latin, Greek, Cyrillic), ASCII digits for `\p{N}`. `\b` is a
// word boundary for these scripts (JavaScript's `\b` knows only ASCII letters): before a letter or a group it is a
// word start, elsewhere a word end (one lookaround each: a boundary that tests both sides costs a hundred times
// more to compile and to run).
const LETTERS = 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u1e00-\\u1eff';
const WORD = `[${LETTERS}0-9_]`;
function compile(source: string, flags = 'i'): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const property = source.startsWith('\\p{L}', i) ? LETTERS : source.startsWith('\\p{N}', i) ? '0-9' : null;
      if (property) {
        out += inClass ? property : `[${property}]`;
        i += 4;
      } else if (source[i + 1] === 'b' && !inClass) {
        // Before a letter (every letter of these scripts has a case) or a group: a word start.
        const next = source[i + 2] ?? '';
        out += next === '(' || next.toLowerCase() !== next.toUpperCase() ? `(?<!${WORD})` : `(?!${WORD})`;
        i++;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return new RegExp(out, flags);
}
const words = (sources: readonly string[]): string => `\\b${alt(sources)}\\b`;

// Emoji and pictographs a promo line starts with (not ©, ®, ™), and the arrows sites use (`>>`, `►`, `➡️`).
const PICTOGRAPH =
  '(?:(?![\\u00a9\\u00ae\\u2122])\\p{Extended_Pictographic}|[\\u2190-\\u21ff\\u25a0-\\u25ff\\u2794-\\u27bf\\u2b05-\\u2b07\\u2b95])[\\ufe0e\\ufe0f\\u200d\\u20e3\\p{EMod}]*';
const LEAD = new RegExp(`^(?:[ \\t\\u00a0*_\\uE000]*(?:${PICTOGRAPH}|>>|»»)[ \\t\\u00a0]*(?:[|:–—-](?=${SP}))?)+[ \\t\\u00a0*_\\uE000]*`, 'u');
const MARKUP_START = /^[ \t\u00a0*_\uE000]*/u;

/** The phrases as one regex source that shares their prefixes (lower case: for a case-insensitive regex). */
function trieSource(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases.map((p) => p.toLowerCase().replaceAll('’', "'").replace(/ +/gu, ' ')))].sort();
  // `list[from, to)` share their first `depth` characters; sorted, so each next character's phrases are adjacent.
  const emit = (from: number, to: number, depth: number): string => {
    let end = false;
    const parts: string[] = [];
    for (let i = from; i < to; ) {
      const p = sorted[i]!;
      if (p.length === depth) {
        end = true;
        i++;
        continue;
      }
      const ch = p[depth]!;
      let j = i + 1;
      while (j < to && sorted[j]![depth] === ch) j++;
      const c = ch === ' ' ? `${SP}+` : ch === "'" ? "['’]" : SPECIAL.has(ch) ? `\\${ch}` : ch;
      parts.push(c + emit(i, j, depth + 1));
      i = j;
    }
    if (parts.length === 0) return '';
    const body = parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
    return end ? `(?:${body})?` : body;
  };
  return `(?:${emit(0, sorted.length, 0)})`;
}
const SPECIAL = new Set('.*+?^${}()|[]\\/-');

// Lines that are structure, never boilerplate: headings, blockquotes, list items, table rows.
const STRUCTURE = /^[ \t]{0,3}(?:#|>(?!>)|[-*+•·◦▪‣–—](?:[ \t]|$)|\d{1,3}[.)](?:[ \t]|$)|\|)/u;

// After a teaser's label: a colon, bar, arrow or guillemet, a dash between spaces, or nothing (the title was a link).
const SEPARATOR = `(?:${SP}*(?:>>|[:：|>»])+${SP}*|${SP}+[–—-]+${SP}+|${SP}*$)`;
const COPYRIGHT_START = compile(`^(?:©|copyright${SP}*(?:©|\\(c\\)|:|(?=\\d{4}\\b)))${SP}*`);
const NETWORK = alt(NETWORKS);
// A clause start: the line's, or after a comma, colon, dash or `and`, with `please` / `don't forget to` before the verb.
const CLAUSE =
  "(?:^|[,;:–—]\\s*|[.!?…]\\s+|\\b(?:and|or|then|et|ou|und|oder|и|или|а|y|o)\\s+)(?:(?:please|s['’]il\\s+vous\\s+plaît|bitte|пожалуйста|por\\s+favor|(?:don['’]t|do\\s+not)\\s+forget\\s+to|remember\\s+to|be\\s+sure\\s+to|make\\s+sure\\s+to|feel\\s+free\\s+to|also|n['’]oubliez\\s+pas\\s+de|не\\s+забудьте|no\\s+olvides)\\s+)?";
const MODAL = "(?:you\\s+can(?:\\s+also)?|vous\\s+pouvez(?:\\s+(?:aussi|également))?|sie\\s+können(?:\\s+auch)?|вы\\s+(?:также\\s+)?можете|(?:también\\s+)?puedes)\\s+";

/** The regexes of one set of languages' libraries. */
interface Matchers {
  /**
   * The candidate filter: one scan of the whole text for lines that start (after spaces, masks and emphasis marks)
   * with an emoji, an arrow, `©` or one of the library's labels (a whole word). Case-insensitive, not in Unicode mode
   * (a surrogate range stands for the emoji), the labels as a trie (one branch per first letter, not 500
   * alternatives): anchored at line starts, the scan costs little more than finding the line breaks.
   */
  candidate: RegExp;
  teaser: RegExp;
  credit: RegExp;
  /** `Photo by …`, or null when no language of the set has such labels. */
  creditBy: RegExp | null;
  reserved: RegExp;
  source: RegExp;
  opener: RegExp;
  reporting: RegExp;
  /** A call to action: an imperative (or `you can …`) aimed at the site. */
  call: RegExp;
  /** An imperative aimed at a named site on a network (`Follow Numerama on Google News`); the name is checked apart. */
  callNamed: RegExp;
  intro: RegExp;
  fragment: RegExp;
  promoNoun: RegExp;
  creditValue: RegExp;
}

function buildMatchers(libraries: readonly BoilerplatePhrases[]): Matchers {
  const all = (key: keyof BoilerplatePhrases): string[] => [...new Set(libraries.flatMap((l) => l[key]))];
  const labels = [...all('teaser'), ...all('credit'), ...all('creditBy'), ...all('source'), ...all('copyright'), ...all('openers'), 'copyright'];
  const creditBy = all('creditBy');
  const object = words(all('object'));
  const imperative = words(all('imperative'));
  return {
    candidate: new RegExp(
      `^[ \\t\\uE000*_]*(?:[\\ud83c-\\ud83e\\u2190-\\u21ff\\u2300-\\u23ff\\u2460-\\u27bf\\u2b00-\\u2bff\\u00a9]|>>|»»|${trieSource(labels)}(?![\\w\\u00c0-\\u024f\\u0400-\\u04ff]))`,
      'gmi',
    ),
    teaser: compile(`^(${trieSource(all('teaser'))})(?![\\p{L}\\p{N}])(${SEPARATOR})?`),
    credit: compile(`^${trieSource(all('credit'))}(?:${SP}+credits?)?${SP}*[:：]${SP}*`),
    creditBy: creditBy.length > 0 ? compile(`^${alt(creditBy.map(phrase))}${SP}+by${SP}+`) : null,
    reserved: compile(`^${alt(all('copyright').map(phrase))}(?![\\p{L}\\p{N}])`),
    source: compile(`^(?:${alt(all('source').map(phrase))})${SP}*[:：]${SP}*`),
    opener: compile(`^${trieSource(all('openers'))}(?![\\p{L}\\p{N}])`),
    reporting: compile(words(all('reporting'))),
    call: compile(`${CLAUSE}(?:${MODAL})?(?:${words(all('selfCall'))}|${imperative}[^.!?,;:“”"«»„]{0,60}?${object})`),
    callNamed: compile(
      `${CLAUSE}${imperative}\\s+(?:to\\s+)?(?:a\\s+|(?:the|le|la|les|der|die|das|el)\\s+)?([\\p{L}\\p{N}'’.&-]+(?:\\s+[\\p{L}\\p{N}'’.&-]+){0,4})\\s+(?:on|via|sur|auf|bei|в|во|на|en|in)\\s+${words([NETWORK])}`,
    ),
    intro: compile(words(all('intro'))),
    fragment: compile(words(all('fragment'))),
    promoNoun: compile(words(all('promoNoun'))),
    creditValue: compile(words(all('creditValue'))),
  };
}

const LANGUAGES = Object.keys(BOILERPLATE_PHRASES) as (keyof typeof BOILERPLATE_PHRASES)[];
const built = new Map<string, Matchers>();

/** The matchers of the target language and the source language, or of every language when the source is unknown. */
function matchersFor(lang: string, sourceLang: string | null): Matchers {
  const known = (l: string | null): l is keyof typeof BOILERPLATE_PHRASES => l !== null && (LANGUAGES as string[]).includes(l);
  const langs = known(sourceLang) && known(lang) ? [...new Set([lang, sourceLang])].sort() : LANGUAGES;
  const key = langs.join(',');
  let m = built.get(key);
  if (!m) built.set(key, (m = buildMatchers(langs.map((l) => BOILERPLATE_PHRASES[l]))));
  return m;
}

const NAME = /^(?:\p{Lu}|\p{N})[\p{L}\p{N}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.&-]*|du|de|des|la|le|of|the|del|von|der))*$/u;
function namedCall(m: Matchers, s: string): RegExpExecArray | null {
  const match = m.callNamed.exec(s);
  return match && NAME.test(match[1]!) ? match : null;
}
// A comma or colon left before the final period where a link was stripped: `And if you love us, .`
const DANGLING = /[,;:][ \t\u00a0\u202f]*\.$/u;
const QUOTED = /“[^”]*”|"[^"]*"|«[^»]*»|„[^“”]*[“”]/gu;
const SENTENCE_BREAK = /(?<=[.!?…])[ \t\u00a0\u202f]+(?=\S)/u;

const AGENCY = compile(words(AGENCIES));
const PARTICLE =
  /^(?:de|du|des|la|le|les|d|l|van|von|der|den|di|da|del|dos|y|and|et|und|и|for|via|of|by|pour|für|для|с|из|from|the|on|at|à|zu|los|las|el)$/i;

type Kind = 'callToAction' | 'fragment' | 'teaser' | 'credit' | 'source';

interface Verdict {
  kind: Kind | 'possible';
  strong: boolean;
  /** For `possible`: what made the line suspect. */
  phrase?: string;
  /** For `teaser` and `source`: the label as written. */
  label?: string;
}

const MAX_LINE = 400;
const MAX_TITLE = 250;
const MAX_CREDIT = 150;
const MAX_SOURCE = 120;

/** Masked kinds a boilerplate line may hold and lose with the line: links, addresses, handles, link syntax. */
const LINK_MASKS = ['url', 'email', 'markup'] as const;

export default defineRule({
  meta: {
    id: 'boilerplate',
    category: 'accuracy/addition',
    severity: 'minor',
    messages: ['callToAction', 'fragment', 'teaser', 'credit', 'source', 'possible'],
    fixable: true,
    hasSuggestions: false,
    languages: ['en', 'fr', 'de', 'ru', 'es'],
    // A site's line often holds a link or a handle (`Follow us on X @site`, `[Read also: …](url)`): it goes with it.
    coversMasks: LINK_MASKS,
    description: 'A line of the publishing site, not of the article: a call to follow or subscribe, a teaser, a credit, a source line.',
  },
  check(context) {
    const { prose, text, doc } = context;
    const m = matchersFor(context.lang, context.sourceLang);
    const candidates = doc.linesWith(m.candidate);
    if (candidates.length === 0) return;
    const lines = doc.lines();
    const strong: { index: number; line: Span; span: Span; verdict: Verdict }[] = [];
    let from = 0;
    for (const line of candidates) {
      const index = indexOf(lines, line, from);
      from = index + 1;
      if (line.end - line.start > MAX_LINE + 40) continue; // a paragraph, not a site's line
      const p = prose.slice(line.start, line.end);
      const prev = index > 0 ? prose.slice(lines[index - 1]!.start, lines[index - 1]!.end) : null;
      const next = index + 1 < lines.length ? prose.slice(lines[index + 1]!.start, lines[index + 1]!.end) : null;
      const afterBoilerplate = strong.length > 0 && strong[strong.length - 1]!.index === index - 1;
      const verdict = classify(m, p, prev, next, afterBoilerplate, () => previousContent(prose, lines, index));
      if (!verdict) continue;
      const links = !p.includes('\uE000') || onlyLinks(doc.masks, line);
      const span = findingSpan(p, line.start, links);
      if (!span) continue;
      const whole = span.end - span.start === p.trim().length && links;
      if (verdict.strong && whole) {
        strong.push({ index, line, span, verdict });
        continue;
      }
      context.report({
        messageId: verdict.kind,
        data: dataOf(verdict, p),
        start: span.start,
        end: span.end,
        ...(verdict.strong ? {} : { severity: 'info' as const }),
      });
    }
    // Consecutive certain lines are one block: the blank line after (or, at the end, before) goes with the block.
    for (let i = 0; i < strong.length; ) {
      let j = i;
      while (j + 1 < strong.length && strong[j + 1]!.index === strong[j]!.index + 1) j++;
      const fixes = blockFixes(text, lines, strong[i]!.index, strong[j]!.index);
      for (let k = i; k <= j; k++) {
        const { span, verdict } = strong[k]!;
        context.report({
          messageId: verdict.kind,
          data: dataOf(verdict, prose.slice(strong[k]!.line.start, strong[k]!.line.end)),
          start: span.start,
          end: span.end,
          fix: fixes[k - i]!,
        });
      }
      i = j + 1;
    }
  },
});

function dataOf(verdict: Verdict, line: string): Record<string, string> {
  return { label: verdict.label ?? '', phrase: verdict.phrase ?? line.trim() };
}

/** The index of `line` in `lines` (the same objects), searching from `from`. */
function indexOf(lines: readonly Span[], line: Span, from: number): number {
  let lo = from;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.start < line.start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether every masked span on `line` is a link (no code, no HTML). */
function onlyLinks(masks: readonly Mask[], line: Span): boolean {
  return masks.every((k) => k.end <= line.start || k.start >= line.end || (LINK_MASKS as readonly string[]).includes(k.kind));
}

/**
 * The finding's span: the line without surrounding spaces; when the line holds anything masked but links, it
 * starts after leading masked text and stops before the first masked span.
 */
function findingSpan(p: string, offset: number, links: boolean): Span | null {
  let s = 0;
  while (s < p.length && (links ? /\s/u : /[\s\uE000]/u).test(p[s]!)) s++;
  let e = links ? -1 : p.indexOf('\uE000', s);
  if (e < 0) e = p.length;
  while (e > s && /\s/u.test(p[e - 1]!)) e--;
  return e > s ? { start: offset + s, end: offset + e } : null;
}

const blankish = (s: string): boolean => /^[\s\uE000]*$/u.test(s);

// The end of a line that a wrapped sentence goes on from: a comma, a dash, an article or preposition.
const OPEN_END = compile(
  '(?:[,;(\\-–—]|\\b(?:the|a|an|of|to|and|or|in|on|for|with|by|at|from|de|la|le|les|des|du|et|à|der|die|das|und|von|zu|и|в|на|с|el|los|las|y|en))\\s*$',
);

/**
 * Whether the line stands alone: its own paragraph, or a line that starts a sentence (after a line that ends one, a
 * heading or title, or another boilerplate line) and after which a new one starts.
 */
function standsAlone(prev: string | null, next: string | null, capital: boolean, afterBoilerplate: boolean): boolean {
  const startsFresh =
    prev === null ||
    afterBoilerplate ||
    blankish(prev) ||
    /[.!?…:"”»)\]*]\s*$/u.test(prev) ||
    /^\s{0,3}#/u.test(prev) ||
    (capital && !OPEN_END.test(prev));
  const endsFresh = next === null || blankish(next) || !/^[\s\uE000*_]*\p{Ll}/u.test(next);
  return startsFresh && endsFresh;
}

/** The previous line that is not blank, or null. */
function previousContent(prose: string, lines: readonly Span[], index: number): string | null {
  for (let i = index - 1; i >= 0; i--) {
    const line = prose.slice(lines[i]!.start, lines[i]!.end);
    if (!blankish(line)) return line;
  }
  return null;
}

function classify(
  m: Matchers,
  p: string,
  prev: string | null,
  next: string | null,
  afterBoilerplate: boolean,
  before: () => string | null,
): Verdict | null {
  if (STRUCTURE.test(p)) return null;
  const leadMatch = LEAD.exec(p);
  const lead = leadMatch !== null;
  let body = p.slice(leadMatch ? leadMatch[0].length : (MARKUP_START.exec(p)?.[0].length ?? 0)).trimEnd();
  if (body.includes('*') || body.includes('_')) body = body.replace(/[*_]+/gu, ''); // Markdown emphasis
  if (body === '' || body.length > MAX_LINE) return null;
  const alone = standsAlone(prev, next, !/^\p{Ll}/u.test(body), afterBoilerplate);

  // A teaser: `Read also: <title>`, `ALSO READ <title>`.
  const teaser = m.teaser.exec(body);
  if (teaser) {
    const label = teaser[1]!;
    const title = body.slice(teaser[0].length);
    const caps = label === label.toUpperCase() && label !== label.toLowerCase() && /^\s/u.test(body.slice(label.length));
    const sentences = title.split(SENTENCE_BREAK).length;
    // A title starts with a capital (or a digit or a quotation mark), in every language.
    if ((teaser[2] !== undefined || caps) && !/^\p{Ll}/u.test(title) && title.length <= MAX_TITLE && sentences <= 2) {
      return alone ? { kind: 'teaser', strong: true, label } : null;
    }
    if (alone && /^\s+\p{Lu}/u.test(body.slice(label.length)) && title.length <= MAX_TITLE) {
      return { kind: 'possible', strong: false, phrase: label };
    }
  }

  // A credit or copyright line: `Photo: … / AFP`, `Photo by …`, `© Reuters`, `All rights reserved`.
  const credit = m.credit.exec(body) ?? m.creditBy?.exec(body);
  if (credit && creditLike(m, body.slice(credit[0].length))) return alone ? { kind: 'credit', strong: true } : null;
  const copyright = COPYRIGHT_START.exec(body);
  const notice = copyright ? body.length > copyright[0].length : m.reserved.test(body);
  if (notice && body.length <= 200 && !m.reporting.test(body)) {
    return alone ? { kind: 'credit', strong: true } : null;
  }

  // A source line: `Source: Eurostat`, `Sources : AFP, Reuters` (not under a table: that is the table's source).
  const source = m.source.exec(body);
  if (source) {
    const value = body.slice(source[0].length).replace(/\.$/u, '');
    const label = body.slice(0, source[0].length).replace(/[\s:：]+$/u, '');
    if (!alone || /^\s*\|/u.test(before() ?? '')) return null;
    if (value === '' || value.length > MAX_SOURCE || m.reporting.test(value) || SENTENCE_BREAK.test(value)) return null;
    if (value.split(/\s+/u).length > 12) return null;
    const named = /^[\p{Lu}\p{N}\uE000«“"(]/u.test(value) || AGENCY.test(value) || m.creditValue.test(value);
    return named ? { kind: 'source', strong: true, label } : { kind: 'possible', strong: false, phrase: label };
  }

  // A call to action, or what is left of one.
  if (!lead && !m.opener.test(body)) return null;
  if (!m.call.test(body) && !namedCall(m, body) && !m.fragment.test(body) && !(m.intro.test(body) && m.promoNoun.test(body))) {
    return null;
  }
  if (m.reporting.test(body)) return null;
  const quoted: Span[] = [];
  for (const q of body.matchAll(QUOTED)) quoted.push({ start: q.index, end: q.index + q[0].length });
  const inQuotes = (i: number): boolean => quoted.some((q) => q.start <= i && i < q.end);
  let calls = 0;
  let fragments = 0;
  let intros = 0;
  let nouns = 0;
  let promo = 0;
  let first = '';
  const sentences = body.split(SENTENCE_BREAK);
  let at = 0;
  for (const s of sentences) {
    const offset = body.indexOf(s, at);
    at = offset + s.length;
    const call = m.call.exec(s) ?? namedCall(m, s);
    if (call && inQuotes(offset + call.index)) return null;
    const fragment = m.fragment.exec(s);
    const intro = m.intro.exec(s);
    const noun = m.promoNoun.exec(s);
    if (call) calls++;
    if (fragment) fragments++;
    if (intro) intros++;
    if (noun) nouns++;
    if (call || fragment || intro || noun || (DANGLING.test(s) && s.length <= 80)) promo++;
    first ||= (call?.[0] ?? fragment?.[0] ?? intro?.[0] ?? '').replace(/^[\s,;:–—.!?…]+/u, '');
  }
  // A call, a fragment of one, or a reason to follow with the site's product (`More news on our Telegram channel`).
  if (calls === 0 && fragments === 0 && (intros === 0 || nouns === 0)) return null;
  if (promo === sentences.length && alone) {
    return { kind: calls > 0 || fragments === 0 ? 'callToAction' : 'fragment', strong: true };
  }
  return { kind: 'possible', strong: false, phrase: first.trim() };
}

/** A credit's value: a name, an agency, a photo bank, `press service`; not a caption sentence. */
function creditLike(m: Matchers, value: string): boolean {
  const v = value.trim().replace(/[.)]$/u, '');
  if (v === '' || v.length > MAX_CREDIT || m.reporting.test(v) || SENTENCE_BREAK.test(v)) return false;
  if (/[/©|]/u.test(v) || AGENCY.test(v) || m.creditValue.test(v)) return true;
  const tokens = v.split(/[\s,;&+()]+/u).filter((t) => t !== '');
  return (
    tokens.length <= 8 &&
    tokens.every((t) => /^[\p{Lu}\uE000]/u.test(t) || /^\p{N}+$/u.test(t) || PARTICLE.test(t.replace(/['’]$/u, '')))
  );
}

/** The fixes of a block of certain lines [a, b]: each line with its break; the block's separating blank line too. */
function blockFixes(text: string, lines: readonly Span[], a: number, b: number): Edit[] {
  const rawBlank = (i: number): boolean => !/\S/u.test(text.slice(lines[i]!.start, lines[i]!.end));
  const startOf = (i: number): number => (i < lines.length ? lines[i]!.start : text.length);
  const fixes: Edit[] = [];
  for (let i = a; i <= b; i++) fixes.push({ start: lines[i]!.start, end: startOf(i + 1), text: '' });
  const ownBefore = a === 0 || rawBlank(a - 1);
  let rest = b + 1;
  while (rest < lines.length && rawBlank(rest)) rest++;
  if (rest === lines.length) {
    // Nothing follows: take the blank lines before the block, and any after it, so no trailing blank line remains.
    let k = a;
    while (k > 0 && rawBlank(k - 1)) k--;
    fixes[0] = { ...fixes[0]!, start: lines[k]!.start };
    fixes[fixes.length - 1] = { ...fixes[fixes.length - 1]!, end: text.length };
  } else if (ownBefore && rest > b + 1) {
    // A paragraph of its own: the blank line that separated it from the next paragraph goes too.
    fixes[fixes.length - 1] = { ...fixes[fixes.length - 1]!, end: startOf(b + 2) };
  }
  return fixes;
}
