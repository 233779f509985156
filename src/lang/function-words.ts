// Closed-class words of the target languages, for the rules that read a little grammar from word classes: a
// determiner or a preposition that no word follows marks a word dropped by MT (dropped-word). Lower case; only the
// words whose class is certain in every use are listed (a word that is also a pronoun, a noun, a verb form or a
// separable prefix is left out: French `le` in `Fais-le`, Spanish `para` "stops", German articles, which are also
// pronouns, and German prepositions, which are also separable prefixes: German has no list).

export interface OmissionWords {
  /** Determiners that always take a noun: never the last word of a sentence (`the.`, `their.`). */
  readonly determiners: ReadonlySet<string>;
  /** Prepositions that are never stranded nor particles: never the last word of a sentence (`during.`). */
  readonly unstranded: ReadonlySet<string>;
  /**
   * Prepositions that may be stranded (`what it is made of.`, `the one I asked about.`) or particles (`come in.`):
   * the last word of a sentence only with a gap before the mark (`registered in . The next day`) and no wh-word or
   * relative before it.
   */
  readonly strandable: ReadonlySet<string>;
  /** What lets a preposition be stranded earlier in the sentence: wh-words, relative pronouns, `to` + a verb. */
  readonly licensors: RegExp;
  /** Verbs that take the strandable words as particles (`come in`, `let him in`, `stand by`): no gap there. */
  readonly particleVerbs: ReadonlySet<string>;
  /** Words that open a sentence: capitalised after `the.`, they show that a sentence ended there. */
  readonly openers: ReadonlySet<string>;
  /** Determiners that cannot stand right before the words of `notAfterDeterminer` (`signed by the and`). */
  readonly articles: ReadonlySet<string>;
  /** Conjunctions, prepositions and auxiliaries that no article stands before. */
  readonly notAfterDeterminer: ReadonlySet<string>;
  /** Nouns after which `a` names a letter (`plan a.`, `vitamin a.`, `type a.`), not an article. */
  readonly letterLabels: ReadonlySet<string>;
}

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/u).filter(Boolean));

const EN: OmissionWords = {
  // `his` and `her` are pronouns too (`the book is his.`, `we met her.`), `this`/`that`/`no`/`each` stand alone.
  determiners: words('the a an my your its our their every'),
  // Prepositions English does not strand nor use as particles (on stranding: Huddleston & Pullum, The Cambridge
  // Grammar of the English Language, ch. 7: `during`, `despite` and the prepositions made of participles do not).
  unstranded: words('during despite via among amongst amid amidst unlike regarding concerning notwithstanding including excluding per'),
  // Not `to`: a sentence may end on it by ellipsis (`if you want to.`).
  strandable: words('of for with from at in on by into onto upon about'),
  // A wh-word or relative, `to` + a verb (`nothing to write with`), or a relative clause without `that` (a word then
  // a subject pronoun: `the one I asked about`, `someone you can rely on`).
  licensors:
    /\b(?:[Ww]hat|[Ww]hich|[Ww]ho|[Ww]hom|[Ww]hose|[Ww]here|[Ww]hatever|[Ww]hichever|[Ww]hoever|[Tt]hat|[Ww]orth|[Hh]ow|[Ww]hen|[Ww]hy)\b|\b[Tt]o\s+\p{L}+|\b(?!(?:and|but|or|so|because|if|then|than|as|while|since|although|though|after|before|until|unless)\b)\p{Ll}+\s+(?:I|you|he|she|we|they)\b/u,
  particleVerbs: words(
    'come comes came coming go goes went going gone get gets got getting let lets letting log logs logged logging ' +
      'sign signs signed signing check checks checked checking move moves moved moving step steps stepped stepping ' +
      'give gives gave given giving cave caved kick kicks kicked plug plugged tune tuned fill filled drop drops dropped ' +
      'join joined pitch pitched chip chipped settle settled sink sank sunk set sets stay stays stayed stand stands ' +
      'stood hold holds held carry carries carried keep keeps kept walk walks walked run runs ran turn turns turned ' +
      'hand handed take takes took taken bring brings brought put puts break breaks broke broken look looks looked ' +
      'pass passes passed stop stops stopped drive drives drove pull pulls pulled lock locked fit fits fitted zoom ' +
      'weigh weighed opt opted phase phased factor factored dig dug cash cashed sleep slept eat ate eaten live lived ' +
      'bring moved jump jumped log brought happen happened',
  ),
  openers: words(
    'the a an this that these those he she it they we i you his her its their our my your there here in on at for ' +
      'from with by to of as after before during since while when if although though but and or so yet however ' +
      'meanwhile then now today yesterday according also still instead some many most all no one two three both each ' +
      'every another other such what which who why how where later next last soon finally first not nobody everyone',
  ),
  articles: words('the an'),
  // Not `in`, `on`, `up`, `out` (the in crowd, the on switch, the in vitro activity), nor `will`, `must` (nouns).
  notAfterDeterminer: words('and or nor but of from with into onto than is are was were has have had would could should'),
  letterLabels: words(
    'plan type grade option point part section item vitamin letter class group category appendix annex exhibit ' +
      'figure table row column level size model series phase stage list schedule channel sample case variant strain ' +
      'version block zone wing line route track gate platform hall building room floor unit sector area box step ' +
      'answer choice question paragraph article clause exercise problem note footnote hepatitis',
  ),
};

const FR: OmissionWords = {
  // Not `le`, `la`, `les`, `un`, `une`, `leur` (pronouns), `son`, `ton` (nouns), `ce` (`sur ce,`).
  determiners: words('du des au aux mon ma mes ta tes sa ses notre nos votre vos cette ces chaque'),
  // French strands no preposition; `pour`, `contre`, `avec`, `sans`, `sur`, `en`, `entre` are left out (`je suis
  // pour.`, `faire avec.`, `entre !`: adverbs, a pronoun, a verb).
  unstranded: words('de dans chez parmi durant malgré'),
  strandable: words(''),
  licensors: /$^/u,
  particleVerbs: words(''),
  openers: words(
    'le la les un une des du au aux il elle ils elles on nous vous je ce cette ces en dans mais et pour selon par ' +
      'depuis après avant si quand lorsque cependant pourtant ainsi alors de son sa ses leur leurs mon ma mes notre nos ' +
      'puis ensuite hier or même déjà ne',
  ),
  articles: words(''),
  notAfterDeterminer: words(''),
  letterLabels: words(''),
};

const ES: OmissionWords = {
  // Not `la`, `los`, `las`, `lo`, `una` (pronouns: `compré una.`), `mi`, `tu` (a note, a pronoun without its accent).
  determiners: words('el del al un su sus cada'),
  // Spanish strands no preposition; `para`, `entre`, `sobre`, `bajo`, `contra`, `según`, `por` are left out (verb
  // forms, nouns, adverbial uses: `en contra.`, `¿por?`).
  unstranded: words('de en con desde hacia sin tras'),
  strandable: words(''),
  licensors: /$^/u,
  particleVerbs: words(''),
  openers: words(
    'el la los las un una en pero y él ella ellos ellas este esta estos estas según por para desde con sin tras al del ' +
      'de si cuando su sus mientras también sin embargo así luego después entonces hoy ayer ahora aunque además no se ya',
  ),
  articles: words(''),
  notAfterDeterminer: words(''),
  letterLabels: words(''),
};

/** Per target language, the words dropped-word reads; a language without an entry is not checked. */
export const OMISSION_WORDS: Readonly<Record<string, OmissionWords>> = { en: EN, fr: FR, es: ES };
