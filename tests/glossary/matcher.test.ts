import { describe, expect, it } from 'vitest';
import { GlossaryMatcher } from '../../src/glossary/matcher.js';
import type { Glossary, GlossaryEntry, TermHit } from '../../src/glossary/types.js';

let counter = 0;
function entry(term: string, more: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    term,
    variants: [],
    patterns: [],
    case: 'insensitive',
    category: 'terminology',
    severity: 'major',
    fix: 'safe',
    alternatives: [],
    source: {},
    note: null,
    line: 0,
    index: counter++,
    ...more,
  };
}

function glossary(entries: GlossaryEntry[], name = 'g'): Glossary {
  entries.forEach((e, i) => (e.index = i));
  return { name, description: null, language: 'en', sourceLanguages: null, entries, file: `${name}.yaml` };
}

/** Hits as compact tuples: [kind, matched, start, suffix?]. */
function hits(g: Glossary | Glossary[], text: string): (string | number)[][] {
  return GlossaryMatcher.compile(Array.isArray(g) ? g : [g])
    .match(text)
    .map((h) => {
      expect(text.slice(h.start, h.end)).toBe(h.matched);
      return h.suffix ? [h.kind, h.matched, h.start, h.suffix] : [h.kind, h.matched, h.start];
    });
}

const brands = glossary([
  entry('GigaChat', { variants: ['Giga Chat'], case: 'exact' }),
  entry('YandexGPT', { variants: ['Yandex GPT'] }),
  entry('iPhone', { case: 'exact' }),
]);

describe('GlossaryMatcher: the acceptance sentence', () => {
  it('finds exactly Gigachat (wrong casing) and Yandex GPT (variant)', () => {
    expect(hits(brands, 'Sberbank presented a new version of Gigachat, while Yandex GPT lags.')).toEqual([
      ['casing', 'Gigachat', 36],
      ['variant', 'Yandex GPT', 52],
    ]);
  });
});

describe('scripts and word boundaries', () => {
  const names = glossary([
    entry('Putin', { variants: ['Poutine', 'Путин'] }),
    entry('Munich', { variants: ['München'] }),
    entry('Cologne', { variants: ['Köln'] }),
    entry('Odysseus', { variants: ['Οδυσσευς'] }),
    entry('Gigachat', { variants: ['Giga-chat'] }),
  ]);

  it('matches Cyrillic, Greek and accented Latin case-insensitively (incl. final sigma)', () => {
    expect(hits(names, 'ПУТИН и Путин; MÜNCHEN, Köln; ΟΔΥΣΣΕΥΣ and Οδυσσευς.')).toEqual([
      ['variant', 'ПУТИН', 0],
      ['variant', 'Путин', 8],
      ['variant', 'MÜNCHEN', 15],
      ['variant', 'Köln', 24],
      ['variant', 'ΟΔΥΣΣΕΥΣ', 30],
      ['variant', 'Οδυσσευς', 43],
    ]);
  });

  it('never matches inside a longer word, in any script', () => {
    expect(hits(names, 'Gigachatter, xGigachat, Gigachat2, Gigachat_bot, Путина, Münchener, Kölner, Poutinesque')).toEqual([]);
    expect(hits(names, 'Путинград, ПутинØ and Путин!')).toEqual([['variant', 'Путин', 22]]);
  });

  it('accepts punctuation and symbols as boundaries but not handles or hashtags', () => {
    expect(hits(names, '(Gigachat) "Gigachat", Gigachat. «Путин» –Köln– @Gigachat #Gigachat')).toEqual([
      ['term', 'Gigachat', 1],
      ['term', 'Gigachat', 12],
      ['term', 'Gigachat', 23],
      ['variant', 'Путин', 34],
      ['variant', 'Köln', 42],
    ]);
  });

  it('treats astral letters as word characters and emoji as boundaries', () => {
    expect(hits(names, '𝐀Gigachat 😀Gigachat')).toEqual([['term', 'Gigachat', 13]]);
  });
});

describe('possessives and plurals', () => {
  const g = glossary([entry('GigaChat', { variants: ['Gigachat'] }), entry('Kyiv', { variants: ['Kiev'] }), entry('Moscow', { variants: ['Москва'] })]);
  const fixed = glossary([entry('GigaChat', { case: 'exact' })]);

  it("reports 's ’s s s' as a suffix kept out of the span", () => {
    expect(hits(fixed, "Gigachat's Gigachat’s Gigachats Gigachats' GIGACHAT'S Gigachat'll")).toEqual([
      ['casing', 'Gigachat', 0, "'s"],
      ['casing', 'Gigachat', 11, '’s'],
      ['casing', 'Gigachat', 22, 's'],
      ['casing', 'Gigachat', 32, "s'"],
      ['casing', 'GIGACHAT', 43, "'S"],
      ['casing', 'Gigachat', 54],
    ]);
  });

  it('checks the boundary after the suffix', () => {
    expect(hits(g, "Kievsky Kiev'sx Kievs, Kiev's.")).toEqual([
      ['variant', 'Kiev', 8], // the apostrophe is a boundary, as in Kiev'll
      ['variant', 'Kiev', 16, 's'],
      ['variant', 'Kiev', 23, "'s"],
    ]);
  });

  it('takes no English suffix after a non-Latin form', () => {
    expect(hits(g, 'Москва Москвas')).toEqual([['variant', 'Москва', 0]]);
  });
});

describe('whitespace and hyphens', () => {
  it('a multi-word form matches any run of whitespace: spaces, tab, NBSP, U+202F, one line break', () => {
    const text = 'Yandex  GPT, Yandex\tGPT, Yandex\u00a0GPT, Yandex\u202fGPT, Yandex\nGPT, Yandex\r\nGPT.';
    expect(hits(brands, text).map((h) => h[2])).toEqual([0, 13, 25, 37, 49, 61]);
    expect(hits(brands, text).every((h) => h[0] === 'variant')).toBe(true);
  });

  it('a space in a form matches a hyphen or en dash in the text and the reverse', () => {
    const g = glossary([entry('YandexGPT', { variants: ['Yandex GPT'] }), entry('Wi-Fi', { case: 'exact' })]);
    expect(hits(g, 'Yandex-GPT, Yandex–GPT, Yandex - GPT, Wi Fi, wi-fi, Wi-Fi')).toEqual([
      ['variant', 'Yandex-GPT', 0],
      ['variant', 'Yandex–GPT', 12],
      ['variant', 'Yandex - GPT', 24],
      ['term', 'Wi Fi', 38],
      ['casing', 'wi-fi', 45],
      ['term', 'Wi-Fi', 52],
    ]);
  });

  it('does not match across a blank line or a doubled dash', () => {
    expect(hits(brands, 'Yandex\n\nGPT, Yandex\n \nGPT, Yandex--GPT, Yandex — GPT')).toEqual([]);
  });

  it('returns offsets into the original text', () => {
    const text = 'Le  Yandex \u00a0 GPT est là';
    const [h] = GlossaryMatcher.compile([brands]).match(text);
    expect(h).toMatchObject({ start: 4, end: 16, matched: 'Yandex \u00a0 GPT' });
  });
});

describe('case: exact', () => {
  it('reports every other casing of the term, at the start of a sentence too', () => {
    expect(hits(brands, 'Iphone sales rose. IPhone and IPHONE and iphone, but the iPhone is fine.')).toEqual([
      ['casing', 'Iphone', 0],
      ['casing', 'IPhone', 19],
      ['casing', 'IPHONE', 30],
      ['casing', 'iphone', 41],
      ['term', 'iPhone', 57],
    ]);
  });

  it('a casing the entry lists as a variant is a variant; other casings are casings', () => {
    const g = glossary([entry('GigaChat', { variants: ['Gigachat', 'Giga Chat'], case: 'exact' })]);
    expect(hits(g, 'Gigachat, GIGACHAT, GigaChat, Giga chat')).toEqual([
      ['variant', 'Gigachat', 0],
      ['variant', 'GIGACHAT', 10],
      ['term', 'GigaChat', 20],
      ['variant', 'Giga chat', 30],
    ]);
    const h = glossary([entry('GigaChat', { variants: ['Giga Chat'], case: 'exact' })]);
    expect(hits(h, 'Gigachat')).toEqual([['casing', 'Gigachat', 0]]);
  });

  it('case-insensitive entries report every casing as the term', () => {
    expect(hits(brands, 'yandexgpt and YANDEXGPT')).toEqual([
      ['term', 'yandexgpt', 0],
      ['term', 'YANDEXGPT', 14],
    ]);
  });

  it('reports alternatives with their index', () => {
    const g = glossary([entry('Kyiv', { alternatives: ['Kiev'], variants: ['Kiyv'] })]);
    const found = GlossaryMatcher.compile([g]).match('Kyiv, Kiev, Kiyv');
    expect(found.map((h) => [h.kind, h.form])).toEqual([
      ['term', 0],
      ['alternative', 1],
      ['variant', -1],
    ]);
    expect(found[0]!.entry).toBe(g.entries[0]);
    expect(found[0]!.glossary).toBe(g);
  });
});

describe('code, URLs and other masked text', () => {
  const M = '\uE000';
  it('never matches a form glued to a masked span', () => {
    expect(hits(brands, `${M.repeat(5)} Gigachat ${M}Gigachat Gigachat${M} ${M}${M}`)).toEqual([['casing', 'Gigachat', 6]]);
  });

  it('never matches a form in backticks (code in plain text)', () => {
    expect(hits(brands, 'Run `Gigachat` or `Gigachat --help`, not Gigachat.')).toEqual([['casing', 'Gigachat', 41]]);
  });

  it('ignores forms that contain the mask character', () => {
    const g = glossary([entry('X', { variants: [`a${M}b`] })]);
    expect(hits(g, `a${M}b`)).toEqual([]);
  });
});

describe('leftmost-longest resolution', () => {
  it('prefers the longest form at a position', () => {
    const g = glossary([entry('Yandex'), entry('YandexGPT', { variants: ['Yandex GPT'] }), entry('Yandex GPT Pro', { variants: ['Yandex GPT-Pro'] })]);
    expect(hits(g, 'Yandex GPT Pro and Yandex GPT and Yandex')).toEqual([
      ['term', 'Yandex GPT Pro', 0],
      ['variant', 'Yandex GPT', 19],
      ['term', 'Yandex', 34],
    ]);
  });

  it('with allTerms: false, reports terms only of entries with alternatives, while every term still shadows', () => {
    const g = glossary([
      entry('Yandex GPT Pro', { variants: ['Yandex'] }),
      entry('Kyiv', { alternatives: ['Kiev'] }),
      entry('iPhone', { case: 'exact' }),
    ]);
    const text = 'Yandex GPT Pro, Yandex, Kyiv, Kiev, iPhone, IPhone';
    const m = GlossaryMatcher.compile([g]);
    const brief = (hs: TermHit[]): (string | number)[][] => hs.map((h) => [h.kind, h.matched, h.start]);
    expect(brief(m.match(text, { allTerms: false }))).toEqual([
      ['variant', 'Yandex', 16],
      ['term', 'Kyiv', 24],
      ['alternative', 'Kiev', 30],
      ['casing', 'IPhone', 44],
    ]);
    expect(brief(m.match(text))).toEqual([
      ['term', 'Yandex GPT Pro', 0],
      ['variant', 'Yandex', 16],
      ['term', 'Kyiv', 24],
      ['alternative', 'Kiev', 30],
      ['term', 'iPhone', 36],
      ['casing', 'IPhone', 44],
    ]);
  });

  it('prefers the leftmost of overlapping forms, and never overlaps', () => {
    const g = glossary([entry('York Times Square'), entry('New York Times')]);
    expect(hits(g, 'the New York Times Square')).toEqual([['term', 'New York Times', 4]]);
  });

  it('the earlier entry and the earlier glossary win on the very same form', () => {
    const a = glossary([entry('Kyiv', { variants: ['Kiev'] }), entry('Kyivan', { variants: ['Kiev'] })], 'a');
    const b = glossary([entry('Kiev')], 'b');
    const [h1] = GlossaryMatcher.compile([a, b]).match('Kiev');
    expect(h1).toMatchObject({ kind: 'variant', entry: { term: 'Kyiv' }, glossary: { name: 'a' } });
    const [h2] = GlossaryMatcher.compile([b, a]).match('Kiev');
    expect(h2).toMatchObject({ kind: 'term', entry: { term: 'Kiev' }, glossary: { name: 'b' } });
  });

  it('returns hits of every glossary, whatever its source languages', () => {
    const fr = { ...glossary([entry('it is about', { variants: ['it is a question of'], category: 'calque' })], 'fr'), sourceLanguages: ['fr'] };
    expect(hits([brands, fr], 'It is a question of Gigachat.')).toEqual([
      ['variant', 'It is a question of', 0],
      ['casing', 'Gigachat', 20],
    ]);
  });

  it('is deterministic', () => {
    const m = GlossaryMatcher.compile([brands]);
    const text = 'Gigachat, Yandex GPT, Iphone. '.repeat(50);
    expect(JSON.stringify(m.match(text).map((h) => [h.start, h.end, h.kind]))).toBe(JSON.stringify(m.match(text).map((h) => [h.start, h.end, h.kind])));
  });
});

describe('many entries', () => {
  it('finds the right entries among 20,000 and scales', () => {
    const entries: GlossaryEntry[] = [];
    for (let i = 0; i < 20000; i++) entries.push(entry(`Term${i.toString(36)}x`, { variants: [`term ${i.toString(36)} x`, `T-${i}-var`] }));
    const g = glossary(entries);
    const m = GlossaryMatcher.compile([g]);
    const found = m.match('We saw term zz x, T-19999-var and Term1x today; T-20000-var is unknown.');
    expect(found.map((h) => [h.kind, h.matched, h.entry.index])).toEqual([
      ['variant', 'term zz x', 1295],
      ['variant', 'T-19999-var', 19999],
      ['term', 'Term1x', 1],
    ]);
    expect(m.formCount).toBe(60000);
  });

  it('reports every entry that lists one key, in glossary order, however many', () => {
    const entries: GlossaryEntry[] = [];
    for (let i = 0; i < 2000; i++) entries.push(entry(i % 2 ? 'Kyiv' : 'Kyïv', { variants: ['Kiev'] }));
    const found = GlossaryMatcher.compile([glossary(entries)]).match('Kiev');
    expect(found.map((h) => [h.kind, h.entry.index])).toEqual(entries.map((_, i) => ['variant', i]));
  });

  it('reports an entry once when its glossary or its entry objects are given twice', () => {
    const g = glossary([entry('GigaChat', { variants: ['Gigachat', 'Giga Chat'], case: 'exact' }), entry('Kyiv', { variants: ['Kiev'] })]);
    // A shipped glossary named with --glossary too: the cache gives both the same entries.
    const shared = { ...g, file: 'named.yaml' };
    const text = 'GIGACHAT, Gigachat, Giga Chat, GigaChat and Kiev';
    const once = GlossaryMatcher.compile([g]).match(text).map((h) => [h.kind, h.matched, h.entry.term]);
    expect(once).toEqual([
      ['variant', 'GIGACHAT', 'GigaChat'], // another casing, and the entry lists one as a variant
      ['variant', 'Gigachat', 'GigaChat'],
      ['variant', 'Giga Chat', 'GigaChat'],
      ['term', 'GigaChat', 'GigaChat'],
      ['variant', 'Kiev', 'Kyiv'],
    ]);
    for (const list of [[g, g], [g, shared], [shared, g]]) {
      const found = GlossaryMatcher.compile(list).match(text);
      expect(found.map((h) => [h.kind, h.matched, h.entry.term])).toEqual(once);
      expect(new Set(found.map((h) => h.glossary))).toEqual(new Set([list[0]]));
    }
    // One entry object at two places, after a short chain and after a long one (looked up in a set).
    for (const others of [3, 20]) {
      const kyiv = entry('Kyiv', { variants: ['Kiev'] });
      const list = [kyiv, ...Array.from({ length: others }, () => entry('Kyïv', { variants: ['Kiev'] })), kyiv];
      const found = GlossaryMatcher.compile([{ ...glossary([]), entries: list }]).match('Kiev');
      expect(found.map((h) => list.indexOf(h.entry))).toEqual(Array.from({ length: others + 1 }, (_, i) => i));
    }
  });
});

describe('patterns', () => {
  const g = glossary([
    entry('GigaChat', { patterns: ['Giga[- ]?chat'], case: 'exact' }),
    entry('it is about', { patterns: ['it is (?:a|the) question of'], category: 'calque' }),
    entry('Kyivan', { patterns: ['(?:Kiev|Kiyv)an'] }), // no literal of 3+: scanned paragraph by paragraph
    entry('electronic mail', { patterns: ['\\be[- ]?mails?\\b'] }), // a literal not at the start: windowed search
  ]);

  it('finds pattern hits with word boundaries and possessives', () => {
    expect(hits(g, 'Giga-chat and Gigachat’s, not Gigachatter nor xGiga-chat.')).toEqual([
      ['pattern', 'Giga-chat', 0],
      ['casing', 'Gigachat', 14, '’s'],
    ]);
  });

  it('a literal form beats a pattern on the same span; a longer pattern hit beats a shorter literal', () => {
    const two = glossary([entry('Giga'), entry('GigaChat', { patterns: ['giga ?chat'] })]);
    expect(hits(two, 'GigaChat, Giga chat, Giga')).toEqual([
      ['term', 'GigaChat', 0],
      ['pattern', 'Giga chat', 10],
      ['term', 'Giga', 21],
    ]);
  });

  it('reads any whitespace in the text as a space and curly apostrophes as straight ones', () => {
    const ap = glossary([entry('it is about', { patterns: ["it's a question of"] })]);
    expect(hits(g, 'Officially, it is a\u00a0question of values; IT IS THE QUESTION\nOF taste.')).toEqual([
      ['pattern', 'it is a\u00a0question of', 12],
      ['pattern', 'IT IS THE QUESTION\nOF', 40],
    ]);
    expect(hits(ap, 'It’s a question of time.')).toEqual([['pattern', 'It’s a question of', 0]]);
  });

  it('runs patterns without a usable literal, and patterns whose literal is not at the start', () => {
    expect(hits(g, 'A Kievan prince.\n\nThe Kiyvan era; Kiyvans.\nSend an e-mail or emails, not femails.')).toEqual([
      ['pattern', 'Kievan', 2],
      ['pattern', 'Kiyvan', 22],
      ['pattern', 'Kiyvan', 34, 's'],
      ['pattern', 'e-mail', 51],
      ['pattern', 'emails', 61],
    ]);
    const m = GlossaryMatcher.compile([g]);
    expect(m.patternCount).toEqual({ total: 4, unfiltered: 1 });
  });

  it('drops pattern hits touching masked text and skips patterns that do not compile', () => {
    const bad = glossary([entry('X', { patterns: ['(?=x)y', 'a*', 'Giga[- ]?chat'] })]);
    expect(hits(bad, 'Giga chat \uE000Giga-chat Gigachat\uE000')).toEqual([['pattern', 'Giga chat', 0]]);
  });
});
