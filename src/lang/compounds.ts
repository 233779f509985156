// English words that tell a hyphenated compound from a dash, and the clitics a word tokeniser splits off, for
// tokenized-text: a tokeniser writes `part-time` as `part - time`, `didn't` as `did n't`, `Children's` as
// `Children 's`; a writer may also put a spaced hyphen for a dash (`chestnut-brown above, and below - either
// pale`), so a spaced hyphen is joined only where a compound is certain. Lower case.

/**
 * Clitics a tokeniser splits from the word before them (the Penn Treebank convention, which spaCy, NLTK and Moses
 * follow for English): `n't`, and the contracted auxiliaries and possessive `'s`.
 */
export const CLITICS: ReadonlySet<string> = new Set(["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"]);

/**
 * Prefixes that do not stand as words before a dash, so that `anti - obscenity` can only be `anti-obscenity`: the
 * Chicago Manual of Style (17th ed., 7.89, on prefixes) hyphenates `self-` and `ex-` compounds always and the
 * others before a capital or a numeral (`non-Christian`, `mid-September`); house styles hyphenate more
 * (`anti-corruption`). Not `post`, `counter`, `vice`, `trans`, `super`, `sub`: words of their own (`a blog post -
 * written by`).
 */
export const BOUND_PREFIXES: ReadonlySet<string> = new Set([
  'anti', 'non', 'pre', 'mid', 'inter', 'intra', 'multi', 'semi', 'micro', 'neo', 'pseudo', 'quasi', 'ultra', 'co',
  'self', 'ex', 'socio', 'geo', 'neuro', 'electro', 'thermo', 'hydro',
]);

/** Middles of compounds of three or more words (`commander-in-chief`, `up-to-date`, `state-of-the-art`). */
export const CHAIN_MIDDLES: ReadonlySet<string> = new Set(['in', 'to', 'of', 'the', 'and', 'on', 'by', 'for', 'a', 'or']);

/** Units of an age or a duration (`17-year-old`, `four-month-old`, `a week-long tour`). */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'second', 'seconds',
]);

/** Number words (`four-month-old`, `a two-factor theory`). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'half',
]);

/**
 * Words that open a clause or a phrase after a dash and are never the second element of a compound: determiners,
 * pronouns, conjunctions, prepositions, auxiliaries (`and below - either pale`, `boards - into`, `the project - the
 * first`). Particles that do end compounds (`start-up`, `kick-off`, `add-on`, `take-over`) are not here.
 */
export const NOT_COMPOUND_END: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'either', 'neither', 'both', 'of', 'to', 'in', 'at', 'by', 'for', 'from',
  'with', 'into', 'onto', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could',
  'should', 'can', 'may', 'might', 'must', 'do', 'does', 'did', 'not', 'no', 'it', 'he', 'she', 'they', 'we', 'i', 'you',
  'this', 'that', 'these', 'those', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'if', 'as', 'so',
  'than', 'then', 'there', 'here', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'me', 'him', 'them', 'us',
  'including', 'especially', 'namely', 'also', 'even', 'just', 'such', 'because', 'although', 'though',
  'yet', 'however', 'perhaps', 'maybe', 'some', 'all', 'each', 'every', 'any', 'many', 'most', 'more', 'less',
  // conjunctions and adverbs that open an aside, and the verbs of saying that follow one (`- albeit without`, `- much
  // less any teacher -`, `- said the minister`)
  'albeit', 'much', 'very', 'too', 'quite', 'rather', 'whether', 'unless', 'until', 'since', 'once', 'whereas',
  'already', 'still', 'never', 'always', 'often', 'now', 'again', 'instead', 'indeed', 'thus', 'hence', 'therefore',
  'otherwise', 'mostly', 'mainly', 'usually', 'not', 'despite', 'during', 'after', 'before', 'about', 'against',
  'between', 'through', 'without', 'within', 'under', 'over', 'among', 'according', 'said', 'says', 'told', 'tells',
  'asked', 'added', 'noted', 'stated', 'explained', 'wrote', 'replied', 'first', 'finally', 'later', 'then',
]);

/**
 * Names whose next part a hyphen always joins: French saints' names in places and people (`Saint-Étienne`,
 * `Saint-Saëns`, `Sainte-Foy`). Not `St`, which is also a street (`Main St - Boston`).
 */
export const NAME_PREFIXES: ReadonlySet<string> = new Set(['saint', 'sainte']);

/** Words that end a phrase before a dash and begin no compound (`it - the`, `and - but`). */
export const NOT_COMPOUND_START: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'is', 'are', 'was', 'were', 'that', 'which', 'who', 'whom', 'it', 'he',
  'she', 'they', 'we', 'i', 'you', 'me', 'him', 'them', 'us', 'this', 'these', 'those', 'there', 'here', 'too', 'also',
]);
