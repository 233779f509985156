// A punctuation mark where edited English has none, as MT slips and noisy sources leave them:
// - stray: `.` `?` `!` ending a word mid-sentence before a lower-case word (`physiology and behavior. often`,
//   `tailored to? their`); the finding covers both words, and the suggestions drop the mark or capitalise the
//   next word (MT also starts sentences in lower case: `is distinguished. prevention measures`);
// - cannotEnd: `.` after a word no sentence ends with, `?` `!` after an article or a possessive, whatever follows
//   (`the end of the. Year`, `screens for the! iPhone`), and after a preposition ending a sentence of 10 words or
//   more that asks nothing (no question word, no leading auxiliary, no quotation: `on the Italian circuit in? Imola`,
//   `made her big alongside! Eroll Flynn`; `!` only after prepositions no exclamation ends with, not `Come in!`);
// - afterWord: `;` `:` after a word that cannot end a clause (`In the; next round`, `past and; present`);
//   `;` after a preposition before a name or a number (`arrived in; Sochi`); `,` after an article or a possessive
//   determiner (`According to the, well-known`); `info` only: `:` after `is/are/was/were` (`the winners are: X`)
//   and `;`/`:` before `of` where `between` does not apply (`the fear of war; of want`, `; of whom`);
// - between: a mark between two words no punctuation separates (the finding covers both words):
//   `;`/`:` before a word that cannot open a clause or a list item: `been`, `respectively`, a reflexive after `;`
//   (`find; yourself`), `of` when no `of` came earlier in a sentence that starts with a capital and has no other
//   `;`/`:` (`The US Corps: of Engineers`, `the study; of the movement`; not `; of course`, `; of those, two`,
//   `; of particular concern is`, `; of the 12 passengers,`), a participle after `has/have/had/been` (`has: led`),
//   an `-ed` participle with its preposition after `is/are/was/were` (`was: developed at`), `to` + a verb after
//   `able`, `managed`, `need` and kin (`were able; to conclude`; not `in need; to agree`, nor a clause of purpose
//   closed by a comma), a verb after `have to;` (`have to; obtain`; not `has to; he`);
//   `,` between an auxiliary and its verb (`Green was, born`, `will, be cloudy`, `not, be`) or after a mid-sentence
//   `and`/`or` before a word that opens no aside (`ships and, vessels of`, `phages or, viruses to`), when no comma,
//   bracket or dash closes an aside within the next words (`was, as expected, delayed`), and not after a pronoun,
//   `as`, `if` (`beautiful as they were, lacked`, `If not, be careful`) or before a noun `might`/`will`;
//   `,` between a number and its unit (`70, km`; not a year: `In 2019, percent`); `?` after a verb or a preposition
//   before a number, or after a sentence of 5+ words before a parenthesis, when the sentence goes on in lower case
//   and asks nothing (`Fortis has? 85,000 employees`, `Jesse Lingard? (90+8) scored`; not `The price? 5 euros`);
// - glued: `@ _ ~ ^ # |` stuck to the end of a word before a space (`percent@ of`, `had_ failed`), and, where no
//   single quotes are used, a `'` after a word that is not a plural possessive (`solo' successes`, `from' 2005`)
//   or after a lower-case plural before a word no possessive governs (a preposition, a modal, `that`, an article:
//   `cells' can`, `tariffs' in`) when the paragraph holds no other single quote (not `at my parents' in Ohio`,
//   `the students' was best`, `the voters' will`);
// - hyphen: a hyphen stuck to a word before a space (`a similar- position`, `heart- warming`), not a suspended one
//   (`pre- and post-war`, `10- to 15-year-old`, `short-, medium- and long-term`, `double- (and multi-) stage`);
// - doubled: two different marks of `, ; :` in a row (`wrote:, Barack`, `opera,; by`); `, ,` and `,.` belong to
//   dangling-punctuation.
// Suggestions only: a stray mark may also stand for a lost word or a sentence break.
// Not findings: abbreviations (`e.g.`, `U.S.`, `etc.`, `vs.`, `Mr.`, `approx.`, `p.m.`, `Kan.`, `60 mm. mortar`,
// vowelless `Ltd.`/`Chmn.`, runs like `op. cit.`), initials, German-style ordinals (`the 1. league`), tokens with
// an inner dot (domains `example.com.`, versions `v2.0.`), ellipses, list markers (`1. item`, `a. item`), brand
// words (`eBay`, `iPhone`, `Yahoo!`), snake_case and `__dunder__` names, Markdown emphasis (`_word_`,
// `~~gone~~`), `C#`, table pipes, labels at the start of a line (`To: all`), stranded prepositions and elided
// verbs (`what he thought of: dull`, `if you can; but`), stranded prepositions before a comma (`When he came
// in, the`), declarative and rhetorical questions (`Too expensive? Think again.`), plural possessives (`the
// players' union`), elisions (`nothin'`), paragraphs written all in lower case, other commas (too often right)
// and double quotation marks (quote-pairing's unbalanced check).
import { classBefore, LETTER, NUMBER } from '../core/chars.js';
import { defineRule, type Report, type RuleContext } from '../core/types.js';
import { OMISSION_WORDS } from '../lang/function-words.js';
import { droppedBefore } from './dropped-word.js';

const SP = '[ \\u00a0\\u202f\\u2009]+';
/**
 * One `mark` (a single character) right after `before`. The mark is matched first and what precedes it is checked
 * behind it: a pattern that starts with a lookbehind makes the engine try every position of the text, one that
 * starts with a mark lets it skip ahead to the next mark.
 */
const markAfter = (before: string, mark: string): string => `${mark}(?<=(?:${before})${mark})`;
const CLAUSE = new RegExp(`(${markAfter('\\p{L}', '[;:]')})(?=${SP}(\\S+))`, 'gu');
const SINGLE_OPENER = /(?:^|[\s(\[\u2014"“])['`](?=[\p{L}\p{N}])|‘/u;
const APOSTROPHE = new RegExp(`${markAfter('\\p{L}|[\\p{L}\\p{N}],', "['’]")}(?=${SP}\\S)`, 'gu');
const GLUED = new RegExp(`(${markAfter('[\\p{L}\\p{N})\\]]|[\\p{L}\\p{N})\\]],', '[@_~^#|]')})(?=${SP}\\S)`, 'gu');
/** Per mark GLUED finds: the same mark opening emphasis (`_emphasis_`, `*bold*`, `~strike~`, `^sup^`). */
const OPENING_MARK = new Map(
  [...'@_~^#|'].map((c) => [c, new RegExp(`(?:^|[\\s("'“‘\\[])${escape(c)}(?=[\\p{L}\\p{N}])`, 'u')]),
);
const HYPHEN = new RegExp(`${markAfter('[\\p{L}\\p{N})]|[\\p{L}\\p{N}],', '-')}(?=(${SP})(\\S+))`, 'gu');
const DOUBLED = new RegExp(`(${markAfter('[\\p{L}\\p{N})\\]]', '[,;:]')}[,;:])(?=${SP}\\S)`, 'gu');
/** `?` before a parenthesis or a number that the sentence goes on after: `Jesse Lingard? (90+8) scored`. */
const MID_QUESTION = new RegExp(
  `${markAfter('[\\p{L}\\p{N})\\]]', '\\?')}(?=${SP}(\\([^()\\n]{1,30}\\)|\\p{N}[\\p{N},.]*)${SP}\\p{Ll})`,
  'gu',
);
/** A comma between a number and its unit: `about 70, km thick`. */
const UNIT_WORDS = 'km|m|cm|mm|kg|g|mg|ft|mi|lb|lbs|mph|kW|MW|GW|kWh|percent|per cent|million|billion|trillion';
const NUMBER_UNIT = new RegExp(`(${markAfter('\\p{N}', ',')})(?=${SP}(${UNIT_WORDS})(?![\\p{L}\\p{N}-]))`, 'gu');
/** What ends a sentence in sentenceBefore: `.` `?` `!` with closing quotes or brackets and spaces, or a line break. */
const SENTENCE_BREAK = /[.?!]["”’')\]]*\s+|\n/gu;
const DOUBLE_QUOTE = /["“”]/gu;

/** Words that cannot end a clause or a sentence: articles, possessive determiners, coordinating conjunctions. */
const NEVER_LAST = new Set(['the', 'a', 'an', 'my', 'your', 'its', 'our', 'their', 'and', 'or', 'nor']);
/** Before a comma, only the determiners are certain: `and, in fact,` is fine, `the, well-known` is not. */
const NEVER_BEFORE_COMMA = new Set(['the', 'a', 'an', 'your', 'its', 'our', 'their']);
/** Fillers and hedges of speech that may follow a comma anywhere: `a, um, major crush`. */
const FILLERS = new Set(['um', 'uh', 'er', 'erm', 'uhm', 'hmm', 'well', 'like', 'y’know', "y'know", 'you', 'i', 'say', 'shall', 'ahem']);
/** Words a `;` or `:` cannot follow. Prepositions and auxiliaries can (`what he thought of:`, `if you can;`). */
const NEVER_BEFORE_CLAUSE_MARK = new Set([
  ...NEVER_LAST, 'but', 'than', 'during', 'despite', 'between', 'among', 'amongst', 'via',
]);
/** Before `;` and a capitalised word or a number these are not stranded: `were born in; Sochi`, `to; 20`. */
const PREPOSITIONS = new Set(['of', 'in', 'to', 'at', 'from', 'with', 'for', 'into', 'onto']);
/** Before `:` these often introduce a list (`the winners are: X, Y`): reported as `info`. */
const COPULAS = new Set(['is', 'are', 'was', 'were']);

/** Stranded only in questions (`Who is it for?`): before `?` or `!` in a sentence that asks nothing, a stray mark. */
const PREPOSITIONS_Q = new Set([
  'in', 'of', 'to', 'for', 'from', 'with', 'at', 'by', 'into', 'onto', 'alongside', 'among', 'amongst', 'between',
  'during', 'despite', 'via', 'than',
]);
/** Of those, the ones an exclamation cannot end with either (`Come in!`, `Get to it!` can). */
const PREPOSITIONS_BANG = new Set(['of', 'for', 'from', 'into', 'onto', 'alongside', 'among', 'amongst', 'between', 'during', 'despite', 'via', 'than']);
/** Words that make a sentence a question, or a `?` an echo or a tag (`right?`, `you know?`, `isn't it?`). */
const QUESTION_WORDS =
  /\b(?:who|whom|whose|what|which|when|where|why|how|whether|or|if|right|ok|okay|eh|huh|no|yes|else|really|remember|know|mean|think|wonder|ask|asked|question|guess|suppose|say|anyone|anybody|anything|someone|somebody|something|ever|perhaps|maybe|\p{L}+n['’]t)\b/iu;
const AUX_FIRST =
  /^(?:(?:and|but|so|or|then|now|well|oh)\s+)?(?:is|are|was|were|am|do|does|did|have|has|had|can|could|will|would|shall|should|may|might|must|need|dare)\b/iu;
/** After `;` or `:` these cannot start a clause or a list item: `have: been`, `find; yourself`, `place: respectively`. */
const NEVER_AFTER_CLAUSE_MARK = new Set(['been', 'respectively']);
const REFLEXIVES = new Set(['myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves', 'themselves']);
/**
 * After `; of` and `: of` these start a clause or a list item: `; of course`, `; of whom`, `: of all people`,
 * `; of those, two died`, `; of particular concern is`.
 */
const OF_STARTERS = new Set([
  'course', 'whom', 'which', 'all', 'these', 'those', 'them', 'us', 'it', 'that', 'each', 'both', 'particular',
  'special', 'note', 'interest', 'concern', 'importance', 'equal', 'greater', 'greatest', 'more', 'most', 'less', 'least',
]);
/** Perfect auxiliaries, and irregular past participles that may follow them (`has: led`, `have: been`). */
const PERFECT = new Set(['has', 'have', 'had', 'been', 'being']);
const PARTICIPLES = new Set([
  'been', 'led', 'done', 'gone', 'seen', 'taken', 'given', 'made', 'known', 'shown', 'become', 'come', 'begun',
  'written', 'held', 'built', 'found', 'paid', 'sold', 'brought', 'bought', 'told', 'said', 'put', 'set', 'kept',
  'left', 'lost', 'met', 'won', 'run', 'chosen', 'fallen', 'grown', 'thrown', 'drawn', 'risen', 'broken',
  'spoken', 'stolen', 'worn', 'born',
]);
/** Words a to-infinitive completes: `were able; to conclude`, `managed: to put out`. */
const BEFORE_INFINITIVE = new Set([
  'able', 'unable', 'managed', 'failed', 'decided', 'tried', 'wanted', 'needed', 'agreed', 'refused', 'attempted',
  'hoped', 'planned', 'promised', 'expected', 'seemed', 'appeared', 'ought', 'need', 'needs',
]);
/** After `to` these make a prepositional phrase, not an infinitive: `The attempt failed; to his credit, ...`. */
const NOT_INFINITIVE = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'no', 'this', 'that', 'these', 'those',
  'some', 'date', 'what', 'which', 'whom', 'me', 'him', 'them', 'us', 'you', 'it', 'all', 'each', 'every', 'be',
]);
/** Verbs before `to` that a bare infinitive follows: `have to; obtain`. */
const BEFORE_TO = new Set(['have', 'has', 'had', 'ought', 'need', 'needs', 'able', 'trying', 'tried', 'managed']);
/** After `have to;` these start a new clause: `He has to; he just can't`. */
const CLAUSE_OPENERS = new Set([
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'the', 'a', 'an', 'and', 'but', 'or', 'so', 'this', 'that', 'there',
  'then', 'if', 'when', 'as', 'for', 'not', 'no', 'yes', 'in', 'on', 'at', 'though', 'although', 'while', 'because',
  'otherwise', 'just', 'only', 'after', 'before', 'now', 'today', 'nowadays', 'still', 'yet', 'however', 'instead',
  'rather', 'everyone', 'everybody', 'nobody', 'someone', 'others', 'many', 'most', 'some', 'all', 'both',
  'each', 'none', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'these', 'those', 'what', 'who', 'which',
]);
/** Auxiliaries no comma separates from the verb they govern (`was, born`, `will, be`), unless an aside closes. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'has', 'have', 'had', 'not']);
/** Before such an auxiliary these make it an ellipsis (`as it was,`, `if not,`) or a noun (`military might,`). */
const NOT_BEFORE_AUX = new Set([
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'as', 'that', 'there', 'here', 'what', 'who', 'which', 'or', 'and',
  'than', 'so', 'if', 'whether', 'why', 'the', 'a', 'an', 'his', 'her', 'its', 'our', 'their', 'my', 'your', 'own',
  'free', 'good', 'ill', 'military', 'economic', 'political', 'naval', 'sheer', 'brute', 'popular',
]);
/** Words that may open an aside after `and,` or `or,` (`and, with it,`, `or, rather,`), even an unclosed one. */
const ASIDE_OPENERS = new Set([
  'although', 'though', 'judging', 'from', 'depending', 'like', 'unlike', 'after', 'before', 'except', 'with', 'without', 'at',
  'having', 'despite', 'bearing', 'following', 'as', 'in', 'according', 'if', 'not', 'more', 'less', 'when', 'while', 'where',
  'whenever', 'since', 'because', 'unless', 'until', 'by', 'for', 'on', 'to', 'of', 'under', 'during', 'through', 'given',
  'once', 'above', 'all', 'indeed', 'moreover', 'furthermore', 'finally', 'thus', 'hence', 'therefore', 'then', 'now',
  'perhaps', 'so', 'yet', 'even', 'especially', 'better', 'worse', 'what', 'which', 'who', 'most', 'still', 'again',
  'instead', 'say', 'i', 'we', 'you', 'he', 'she', 'they', 'it', 'rather', 'conversely', 'likewise', 'similarly',
  'besides', 'also', 'too', 'later', 'soon', 'eventually', 'ultimately', 'consequently', 'accordingly', 'meanwhile',
  'otherwise', 'nevertheless', 'nonetheless', 'however', 'alternatively', 'additionally', 'worst', 'best', 'first',
  'second', 'third', 'last', 'lastly', 'oh', 'um', 'uh', 'well', 'yes', 'no', 'upon', 'via', 'among', 'between',
  'against', 'toward', 'towards', 'around', 'about', 'amid', 'beyond', 'within', 'inside', 'outside', 'behind', 'thanks',
  'due', 'owing', 'regardless', 'whatever', 'whoever', 'wherever', 'whether', 'just', 'only',
  'sometimes', 'often', 'usually', 'occasionally', 'typically', 'generally', 'importantly', 'crucially',
]);

/** US state abbreviations that end with a period (`Hays, Kan. as`), capitalised. */
const STATES = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'penn', 'tenn', 'tex',
  'va', 'vt', 'wash', 'wis', 'wisc', 'wyo',
]);
/** Units written with a period after a number (the vowelless ones need no list). */
const UNITS = new Set(['in', 'sec', 'min', 'mo', 'oz', 'dia', 'gal', 'mi', 'cu', 'yd', 'yds', 'yr', 'yrs', 'deg', 'cal', 'amp', 'doz', 'mos']);
/** Abbreviations that end with a period and are often followed by a lower-case word, in any case. */
const ABBR_ANY = new Set([
  'eg', 'ie', 'etc', 'vs', 'cf', 'approx', 'ca', 'al', 'esp', 'incl', 'excl', 'resp', 'viz', 'ibid', 'op', 'cit',
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'bros',
  'gov', 'govt', 'sen', 'rep', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'st', 'mt', 'ft', 'ave', 'blvd',
  'rd', 'dept', 'univ', 'assoc', 'est', 'misc', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'tue', 'tues', 'thu', 'thur', 'thurs', 'fri', 'yr', 'yrs', 'hr', 'hrs', 'mins', 'secs', 'wk',
  'wks', 'mo', 'mos', 'lb', 'lbs', 'oz', 'pp', 'nos', 'vol', 'vols', 'ed', 'eds', 'trans', 'para', 'ch', 'chap',
  'pt', 'pts', 'fig', 'figs', 'eq', 'eqs', 'ref', 'refs', 'no', 'av', 'mgr', 'supt', 'dist', 'intl',
  'natl', 'ass', 'cca', 'fl', 'pl', 'sing', 'sq', 'tel', 'vet', 'ver', 'v', 'vv', 'ff', 'gen', 'col',
  'rev', 'hon', 'pres', 'sec', 'min', 'max', 'mon', 'wed', 'sat', 'sun', 'mar', 'art', 'arts', 'cl', 'lit',
  'mi', 'res', 'eng', 'org', 'amer', 'feat', 'var', 'subsp', 'spp', 'cv', 'dia', 'abbr', 'admin',
]);
/** Of ABBR_ANY, those that are also ordinary words: an abbreviation only when capitalised (`No.`, `Gen.`). */
const ABBR_WORDS = new Set([
  'no', 'ass', 'vet', 'sing', 'fig', 'gen', 'col', 'rev', 'hon', 'sec', 'min', 'max', 'mon', 'wed',
  'sat', 'sun', 'mar', 'art', 'arts', 'lit', 'ref', 'ed', 'para', 'trans', 'dist', 'ver', 'feat',
]);
/** `Yahoo!` and kin: the `!` is part of the name. */
const BANG_NAMES = new Set(['yahoo', 'jeopardy', 'wham', 'oklahoma', 'mamma', 'hey']);
/** After a suspended hyphen: `pre- and post-war`, `10- to 15-year-old`, `first- through third-grade`. */
const SUSPENDED_NEXT = new Set(['and', 'or', 'nor', 'to', 'through', 'thru', 'versus', 'vs', 'vs.', '&', 'as', 'but', 'and/or', 'till', 'until', 'by', 'und', 'oder', 'et', 'ou', 'og', 'en']);

/** Words ending in `s` that take no possessive apostrophe: `is' also`, `as' early as`. */
const NO_POSSESSIVE = new Set([
  'is', 'as', 'has', 'was', 'his', 'hers', 'its', 'ours', 'yours', 'theirs', 'this', 'thus', 'us', 'yes', 'does',
  'whereas', 'always', 'perhaps', 'besides', 'unless', 'across', 'towards', 'afterwards', 'sometimes', 'less',
]);
/**
 * Words no possessive governs: `cells' can be`, `tariffs' in`. Not `is`/`was` (`the students' was the best`), nor
 * `will`/`might` (`the voters' will`).
 */
const NOT_POSSESSED = new Set([
  'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'into', 'can', 'could', 'would', 'should', 'must', 'that',
  'which', 'who', 'the', 'an',
]);
/** Elisions written with a final apostrophe. */
const ELISIONS = new Set(['ol', 'an', 'th', 'fo', 'tha', 'ya', 'lil', 'gon', 'mo', 'wit', 'ain', 'wan', 'yo', 'ta', 'po', 'da', 'tryna', 'em', 'thro', 'cap', 'nothin']);
/** Short English words that take no final apostrophe (`roots in' Greece`); other short words may be elisions. */
const SHORT_WORDS = new Set(['a', 'in', 'as', 'is', 'to', 'at', 'on', 'of', 'by', 'or', 'it', 'be', 'we', 'he', 'so', 'up', 'if', 'do', 'no', 'my', 'us', 'am', 'go']);

/** Words that start a clause, not a compound: after `word- and`, they show the hyphen is a dash. */
const CLAUSE_STARTERS = new Set([
  'yet', 'how', 'what', 'when', 'where', 'why', 'who', 'which', 'that', 'this', 'then', 'so', 'not', 'also', 'there',
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'if', 'now', 'still', 'even', 'is', 'was', 'are', 'were', 'will',
]);
/** Prefixes often suspended (`paleo- and the neocortex`, `hypo- to normal`). */
const PREFIXES = new Set([
  'pre', 'post', 'anti', 'pro', 'non', 'semi', 'self', 'sub', 'super', 'inter', 'intra', 'extra', 'ultra', 'infra',
  'hyper', 'hypo', 'micro', 'macro', 'mini', 'mid', 'multi', 'mono', 'poly', 'neo', 'paleo', 'proto', 'pseudo',
  'quasi', 'trans', 'counter', 'cross', 'over', 'under', 'upper', 'lower', 'inner', 'outer', 'bi', 'tri', 'uni',
  'co', 'ex', 'de', 're', 'un', 'in', 'out', 'socio', 'bio', 'geo', 'electro', 'thermo', 'photo', 'psycho', 'cardio',
  'neuro', 'left', 'right', 'short', 'long', 'full', 'part', 'first', 'second', 'third', 'high', 'low', 'small',
  'large', 'medium', 'middle', 'north', 'south', 'east', 'west', 'one', 'two', 'three', 'four', 'five', 'six',
  'seven', 'eight', 'nine', 'ten', 'half', 'single', 'double', 'triple',
]);

// A comma matters to checkClauses only after an auxiliary, `and`/`or` or a determiner (the word as tokenBefore
// reads it: after a space or the start, and any LEADING_OPENERS), in any case: the other commas of a text, by far
// the most, are not even handed to it. The same groups as CLAUSE.
// (In any case: each letter is spelt as the class of what /iu matches for it, so that all the patterns share one
// set of flags.)
/** An ASCII word in any case, as /iu matches it: `k` and `s` also match KELVIN SIGN and LONG S, which fold to them. */
const anyCase = (w: string): string =>
  w.replace(/\p{L}/gu, (c) => `[${c}${c.toUpperCase()}${c === 'k' ? '\u212a' : c === 's' ? '\u017f' : ''}]`);
const COMMA_WORDS = [...new Set([...AUXILIARIES, 'and', 'or', ...NEVER_BEFORE_COMMA])].map(anyCase).join('|');
const COMMA = new RegExp(`(,(?<=(?:^|\\s)[("'“‘[*_¿¡«]*(?:${COMMA_WORDS}),))(?=${SP}(\\S+))`, 'gu');
// Likewise a `.` `?` `!` matters to checkSentences only before a lower-case letter or after a word that no sentence
// ends with (in any case: /i would make \p{Ll} match capitals).
const SENTENCE_WORDS = [...new Set([...NEVER_LAST, ...NEVER_BEFORE_COMMA, ...PREPOSITIONS_Q, ...PREPOSITIONS_BANG])].map(anyCase).join('|');
const SENTENCE = new RegExp(
  `(${markAfter('[\\p{L}\\p{N})\\]%]', '[.?!]')}[.?!]*)(?=(${SP})(\\S+))` +
    `(?:(?=${SP}\\p{Ll})|(?<=(?:^|\\s)[("'“‘[*_¿¡«]*(?:${SENTENCE_WORDS})[.?!]+))`,
  'gu',
);
/**
 * The patterns of the rule, in the order check() hands out their matches, and all of them in one alternation: one
 * scan of the text finds every position where one of them matches (each begins with its mark, so the engine
 * skips from mark to mark), and only there is each pattern tried. Nine scans of the whole text would cost three
 * times as much.
 */
export const PATTERNS = [SENTENCE, CLAUSE, COMMA, GLUED, APOSTROPHE, HYPHEN, DOUBLED, NUMBER_UNIT, MID_QUESTION] as const;
const ANY_PATTERN = new RegExp(PATTERNS.map((re) => `(?:${re.source})`).join('|'), 'gu');
const STICKY = PATTERNS.map((re) => new RegExp(re.source, 'uy'));
/** The mark each pattern begins with (its first atom, after an opening group), as a pattern of one character. */
const FIRST_MARK = PATTERNS.map((re) => new RegExp(`^${/^\(?(\[[^\]]*\]|\\.|[^\\[(])/u.exec(re.source)![1]}$`, 'u'));
/** Per mark a match may begin with, the patterns that begin with it (learnt on first sight of the mark). */
const BY_MARK = new Map<string, number[]>();
const patternsFor = (mark: string): number[] => {
  let list = BY_MARK.get(mark);
  if (list === undefined) BY_MARK.set(mark, (list = STICKY.flatMap((_, k) => (FIRST_MARK[k]!.test(mark) ? [k] : []))));
  return list;
};
const SPACE = /\s/u;
const LEADING_OPENERS = /^[("'“‘[*_¿¡«]+/u;

export default defineRule({
  meta: {
    id: 'stray-punctuation',
    category: 'fluency/punctuation',
    severity: 'minor',
    messages: ['stray', 'cannotEnd', 'afterWord', 'between', 'glued', 'hyphen', 'doubled'],
    fixable: false,
    hasSuggestions: true,
    languages: ['en'],
    description: 'A punctuation mark in the middle of a sentence where English has none (`a! legal risk`, `had_ failed`).',
  },
  check(context) {
    const { prose, doc } = context;
    // Each pattern runs once over the whole text, not once per paragraph: none of them matches across a paragraph
    // break (lookbehinds and lookaheads stop at a line break), so the matches of a paragraph are those of the
    // whole text that start in it, offsets shifted. MID_QUESTION's lookahead may cross a bare `\r`: it runs again
    // per paragraph, where its whole-text matches (a superset) start.
    const all = allMatches(prose).map((list) => new Matches(list));
    const [sentences, clauses, commas, glued, apostrophes, hyphens, doubled, numberUnits, questions] = all as [
      Matches, Matches, Matches, Matches, Matches, Matches, Matches, Matches, Matches,
    ];
    const paragraphs = doc.paragraphs();
    for (let n = 0; n < paragraphs.length; n++) {
      const para = paragraphs[n]!;
      // Most paragraphs hold no match of any pattern: passed over without a look at their text (index loops: a
      // for-of loop allocates, and this one runs per paragraph).
      let any = false;
      for (let k = 0; k < all.length; k++) if (all[k]!.startsIn(para)) any = true;
      if (!any) continue;
      const text = prose.slice(para.start, para.end);
      // A paragraph written all in lower case (a chat line, a slug): sentence case says nothing there.
      if (!/\p{Lu}/u.test(text)) continue;
      const p = new Paragraph(text);
      const scope: ParagraphScope = { context, start: para.start, text, p };
      checkSentences(scope, sentences.in(para));
      checkClauses(scope, clauses.in(para));
      checkClauses(scope, commas.in(para));
      checkGlued(scope, glued.in(para));
      checkApostrophes(scope, apostrophes.in(para));
      checkHyphens(scope, hyphens.in(para));
      checkDoubled(scope, doubled.in(para));
      if (questions.startsIn(para)) checkMidQuestions(scope);
      checkNumberUnits(scope, numberUnits.in(para));
    }
  },
});

/** What the checks of one paragraph share: where it starts in the prose, its text, its lazily computed facts. */
interface ParagraphScope {
  context: RuleContext;
  start: number;
  text: string;
  p: Paragraph;
}

/** Reports the mark(s) from `i` to `markEnd` with the word before them; the suggestion drops the mark. */
function reportAt(s: ParagraphScope, i: number, markEnd: number, messageId: string, extra: Partial<Report> = {}): void {
  const { text } = s;
  const w = wordBefore(text, i);
  const word = text.slice(w, i);
  const punct = text.slice(i, markEnd);
  s.context.report({
    messageId,
    data: { punct, word },
    start: s.start + w,
    end: s.start + markEnd,
    suggestions: messageId === 'doubled' ? [...new Set([word + punct[0], word + punct[1]])] : [word],
    ...extra,
  });
}

/** `.` `?` `!` mid-sentence: `stray` before a lower-case word, `cannotEnd` after a word no sentence ends with. */
function checkSentences(s: ParagraphScope, ms: readonly RegExpExecArray[]): void {
  const { text, p } = s;
  for (const m of ms) {
    const i = m.index - s.start;
    const marks = m[1]!;
    const space = m[2]!;
    const next = m[3]!;
    const token = tokenBefore(text, i);
    const word = token.replace(LEADING_OPENERS, '');
    const lower = word.toLowerCase();
    // `the end of the. Year`, `screens for the! iPhone`; not `Oh, my! That was...`, `And? Nothing.`
    // `circuit in? Imola`, `alongside! Eroll Flynn`: a preposition stranded before `?` or `!` at the end of a
    // long sentence that asks nothing; not `Who is it for?`, nor an echo (`And you bought it from?`), nor
    // `Come in!`.
    const strandedBefore =
      word === lower &&
      (marks === '?' ? PREPOSITIONS_Q.has(lower) : marks === '!' && PREPOSITIONS_BANG.has(lower)) &&
      asksNothing(p, i) &&
      p.sentenceBefore(i).split(/\s+/u).length >= 10;
    const neverLast =
      (marks === '.' ? NEVER_LAST.has(lower) : (word === lower && NEVER_BEFORE_COMMA.has(lower)) || strandedBefore) &&
      /^[\p{L}\p{N}]/u.test(next);
    // A lower-case word, not a brand or a symbol written so (`eBay`, `iPhone`, `mRNA`, `pH`).
    const lowerNext = /^\p{Ll}/u.test(next) && !/^.[\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(next);
    if (!neverLast && !lowerNext) continue;
    // `signed by the. The next day`: the sentence ended there, a word was dropped before it (dropped-word's).
    if (droppedBefore(text, i, OMISSION_WORDS.en!, () => true)) continue;
    if (marks.includes('.')) {
      if (marks !== '.') continue; // an ellipsis or `?.`
      if (token.includes('.')) continue; // `U.S.`, `e.g.`, `example.com.`, `v2.0.`
      if (isAbbreviation(word, tokenBefore(text, i - token.length - 1))) continue;
      // An initial: `J. smith`, `p. 5`, `p. a. system`.
      if (/^\p{L}$/u.test(word) && (word !== 'a' || /^\p{L}\.$/u.test(tokenBefore(text, i - token.length - 1)))) continue;
      if (isListMarker(text, i, token)) continue;
      // Ordinals written the German way (`the 1. station`, `2. and 3. league`): a number format, not a stray.
      if (/^\p{N}+$/u.test(word)) continue;
      // A run of abbreviations: `ad us. vet.`, `op. cit.`
      if (/^\p{L}{1,4}\.[,;:)]?$/u.test(next)) continue;
    }
    if (marks.includes('!') && BANG_NAMES.has(lower)) continue;
    // The finding covers the next word: either the mark is stray (`behavior. often` -> `behavior often`) or a
    // sentence starts there without its capital (`distinguished. prevention` -> `distinguished. Prevention`).
    const w = wordBefore(text, i);
    const before = text.slice(w, i);
    const after = /^[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/u.exec(next)?.[0] ?? '';
    const end = i + marks.length + space.length + after.length;
    const suggestions = [`${before} ${after}`];
    if (!neverLast) suggestions.push(`${before}${marks} ${after[0]!.toUpperCase()}${after.slice(1)}`);
    s.context.report({
      messageId: neverLast ? 'cannotEnd' : 'stray',
      data: { punct: marks, word: before },
      start: s.start + w,
      end: s.start + end,
      suggestions,
    });
  }
}

/** `;` `:` `,` after a word that cannot end a clause (`afterWord`), or between two words (`between`). */
function checkClauses(s: ParagraphScope, ms: readonly RegExpExecArray[]): void {
  const { text, p } = s;
  for (const m of ms) {
    const i = m.index - s.start;
    const mark = m[1]!;
    const next = m[2]!;
    const token = tokenBefore(text, i);
    const word = token.replace(LEADING_OPENERS, '');
    const lower = word.toLowerCase();
    if (/^&/.test(word)) continue; // an HTML entity `&amp;`
    if (isLineStart(text, i - token.length)) continue; // a label: `To: all staff`, `And: more`
    // `Lane A;`, `group A, group B`: a capital A is a label; `Or: "Does he..."` starts a sentence.
    if (word !== lower && (lower === 'a' || /[.?!:;"”]/u.test(lastBefore(text, i - token.length)))) continue;
    if (!/^[\p{L}\p{N}(]/u.test(next)) continue;
    let severity: Report['severity'];
    // The next word without its trailing marks, computed only where it is read (most commas never need it).
    let nextWordMemo: string | undefined;
    const nextWord = (): string => (nextWordMemo ??= trimEndToWord(next));
    const between = (): void => {
      const w = wordBefore(text, i);
      const start = i + 1 + (/^[ \u00a0\u202f\u2009]+/u.exec(text.slice(i + 1))?.[0].length ?? 0);
      s.context.report({
        messageId: 'between',
        data: { punct: mark, word: text.slice(w, i), next: nextWord() },
        start: s.start + w,
        end: s.start + start + nextWord().length,
        suggestions: [`${text.slice(w, i)} ${nextWord()}`],
      });
    };
    if (mark !== ',' && nextWord() !== '' && clauseCannotStart(p, i, lower, mark, nextWord())) {
      between();
      continue;
    }
    if (mark === ',' && word === lower && /^\p{Ll}/u.test(next) && commaSplits(text, i, lower, nextWord())) {
      between();
      continue;
    }
    if (mark === ',') {
      if (!NEVER_BEFORE_COMMA.has(lower) || !/^[\p{L}\p{N}]/u.test(next)) continue;
      const following = text.slice(i + 1).trimStart().split(/\s+/u, 3);
      const first = following[0]!.toLowerCase().replace(/[^\p{L}’']+$/u, '');
      // `a, a big baby`, `the, er...`, `a, um, major`: speech; `the, ostensibly voluntary, civil`: an aside.
      if (first === lower || FILLERS.has(first) || following.slice(0, 2).some((t) => /[,)—–]$|^[—–-]$/u.test(t))) continue;
    } else if (NEVER_BEFORE_CLAUSE_MARK.has(lower)) {
      severity = undefined;
    } else if (mark === ';' && PREPOSITIONS.has(lower) && /^[\p{Lu}\p{N}]/u.test(next)) {
      severity = undefined;
    } else if (mark === ':' && COPULAS.has(lower)) {
      severity = 'info';
    } else if (/^of$/iu.test(next.replace(/[^\p{L}]+$/u, ''))) {
      severity = 'info';
    } else {
      continue;
    }
    reportAt(s, i, i + 1, 'afterWord', severity ? { severity } : {});
  }
}

/** `@ _ ~ ^ # |` stuck to the end of a word before a space (`percent@ of`, `had_ failed`). */
function checkGlued(s: ParagraphScope, ms: readonly RegExpExecArray[]): void {
  const { text } = s;
  for (const m of ms) {
    const i = m.index - s.start;
    const mark = m[1]!;
    const token = tokenBefore(text, i);
    // `snake_case_`, `__init__`, `~~gone~~`: the mark is part of the token.
    if (token.includes(mark)) continue;
    const line = lineBefore(text, i);
    // `_emphasis_`, `*bold*`, `~strike~`, `^sup^`: an opening mark earlier on the line.
    if (OPENING_MARK.get(mark)!.test(line)) continue;
    if (mark === '#' && /^\p{L}$/u.test(token.replace(LEADING_OPENERS, ''))) continue; // C#, F#
    if (mark === '|' && (line.includes('|') || lineAfter(text, i + 1).includes('|'))) continue;
    reportAt(s, i, i + 1, 'glued');
  }
}

/** A `'` after a word that is not a plural possessive, where the paragraph quotes with no single marks. */
function checkApostrophes(s: ParagraphScope, ms: readonly RegExpExecArray[]): void {
  const { text, p } = s;
  for (const m of ms) {
    const i = m.index - s.start;
    const token = tokenBefore(text, i);
    const word = token.replace(LEADING_OPENERS, '');
    const lower = word.toLowerCase();
    // `rock 'n' roll`, `'em'`: more quotes in the token.
    if (/['’‘]/u.test(token)) continue;
    // A plural possessive (`the players' union`, `Jesus'`), unless the word cannot take one (`is'`).
    if (/[sxz]$/iu.test(word) && !NO_POSSESSIVE.has(lower) && !possessiveOfNothing(text, i, word)) continue;
    // Dropped g and other elisions: `nothin'`, `goin'`, `ol'`, `an'`, `wit'`; `d'`, `L'`, `O'`, `Ca'` in names.
    if (/\p{L}{2,}in$/u.test(lower) || ELISIONS.has(lower)) continue;
    if (lower.length <= 2 && !SHORT_WORDS.has(lower)) continue;
    // A quotation opened with a double mark and closed with a single one: quote-pairing's matter.
    if ((p.doubleQuotesBefore(text.length) & 1) === 1) continue;
    // A closing single quote: the paragraph quotes with single marks (`'like this'`, `'90s`); a lost
    // opening one is a pairing matter, not a stray mark.
    if (p.singleOpener()) continue;
    reportAt(s, i, i + 1, 'glued');
  }
}

/** A hyphen stuck to a word before a space (`a similar- position`), not a suspended one. */
function checkHyphens(s: ParagraphScope, ms: readonly RegExpExecArray[]): void {
  const { text } = s;
  for (const m of ms) {
    const i = m.index - s.start;
    const space = m[1]!;
    const next = m[2]!;
    const token = tokenBefore(text, i);
    if (token === '' || token.endsWith('-')) continue;
    const nextWord = next.toLowerCase().replace(/[,;:]+$/u, '');
    if (SUSPENDED_NEXT.has(nextWord)) {
      // A suspended hyphen (`post- and pre-war`, `hexa- or plain decimal`, `paleo- and the neocortex`), unless
      // a clause plainly follows (`next to nothing- and yet`, `how big it was- and how`).
      if (PREFIXES.has(token.toLowerCase().replace(LEADING_OPENERS, ''))) continue;
      const then = text.slice(i + 1 + space.length + next.length).trimStart().split(/\s+/u, 1)[0] ?? '';
      // `by` suspends only dimensions (`a 36- by 20-foot sign`), not an agent (`chaired- by Mr Pelletier`).
      if (nextWord === 'by' ? /[-\p{N}]/u.test(then) : !CLAUSE_STARTERS.has(then.toLowerCase().replace(/[^\p{L}]+$/u, ''))) continue;
    }
    // `one- two- and three-year`, `double- (and multi-) stage`, `pre-World-War- 1`, `word- - next`.
    if (/-[,;]?$/u.test(next) || /^[-–—(]/u.test(next) || (/^\p{N}/u.test(next) && token.includes('-'))) continue;
    // `B- horror films`, `A- K`: a grade or a range of letters.
    if (/^\p{Lu}$/u.test(token.replace(LEADING_OPENERS, ''))) continue;
    const line = lineBefore(text, i);
    // `x-, y-, and z- coordinates`: the last of a list of suspended hyphens.
    if (/\p{L}-,?\s+(?:and|or)\s+$/u.test(line.slice(0, line.length - token.length))) continue;
    // `-including myself-`: a dash written as hyphens, opened earlier on the line.
    if (/(?:^|\s)-(?=[\p{L}\p{N}(])/u.test(line)) continue;
    // The finding covers the next word: the hyphen may be stray (`similar- position`) or split a compound
    // (`heart- warming`).
    const w = wordBefore(text, i);
    const word = text.slice(w, i);
    const after = /^[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/u.exec(next)?.[0] ?? '';
    if (after === '') continue;
    const end = i + 1 + space.length + after.length;
    s.context.report({
      messageId: 'hyphen',
      data: { punct: '-', word },
      start: s.start + w,
      end: s.start + end,
      suggestions: word.endsWith(',') ? [`${word} ${after}`] : [`${word} ${after}`, `${word}-${after}`],
    });
  }
}

/** Two different marks of `, ; :` in a row (`wrote:, Barack`). */
function checkDoubled(s: ParagraphScope, ms: readonly RegExpExecArray[]): void {
  const { text } = s;
  for (const m of ms) {
    const i = m.index - s.start;
    const marks = m[1]!;
    if (marks === ',,' || marks === '::') continue; // `,,` is dangling-punctuation's; `::` is code or a scope
    const token = tokenBefore(text, i);
    if (/^&/.test(token.replace(LEADING_OPENERS, ''))) continue;
    reportAt(s, i, i + 2, 'doubled');
  }
}

/** `Jesse Lingard? (90+8) scored`, `Fortis has? 85,000 employees`: the sentence goes on after the `?`. */
function checkMidQuestions(s: ParagraphScope): void {
  const { text, p } = s;
  if (!text.includes('?')) return;
  for (const m of text.matchAll(MID_QUESTION)) {
    const i = m.index;
    if (!asksNothing(p, i)) continue;
    const w = wordBefore(text, i);
    const nextToken = m[1]!;
    // `The price? 5 euros a kilo`, `The winner? (Drum roll)`: a rhetorical fragment answers itself. Only a
    // verb or a preposition before a number, or a long sentence before a parenthesis, show a stray mark.
    const before = text.slice(w, i).toLowerCase();
    const shows = nextToken.startsWith('(')
      ? p.sentenceBefore(i).split(/\s+/u).length >= 5
      : AUXILIARIES.has(before) || PREPOSITIONS_Q.has(before);
    if (!shows) continue;
    const start = text.indexOf(nextToken, i + 1);
    s.context.report({
      messageId: 'between',
      data: { punct: '?', word: text.slice(w, i), next: nextToken },
      start: s.start + w,
      end: s.start + start + nextToken.length,
      suggestions: [`${text.slice(w, i)} ${nextToken}`],
    });
  }
}

/** `about 70, km thick`: a comma between a number and its unit. */
function checkNumberUnits(s: ParagraphScope, ms: readonly RegExpExecArray[]): void {
  const { text } = s;
  for (const m of ms) {
    const i = m.index - s.start;
    const unit = m[2]!;
    const w = i - tokenBefore(text, i).length;
    const number = text.slice(w, i);
    // Not a year: `In 2019, percent changes were small`.
    if (!/^[\p{N}.,]+$/u.test(number) || /^(?:1[5-9]|20)\d\d$/u.test(number)) continue;
    const start = text.indexOf(unit, i + 1);
    s.context.report({
      messageId: 'between',
      data: { punct: ',', word: number, next: unit },
      start: s.start + w,
      end: s.start + start + unit.length,
      suggestions: [`${number} ${unit}`],
    });
  }
}

/** `s` without its trailing code points other than letters and digits, as `s.replace(/[^\p{L}\p{N}]+$/u, '')`. */
function trimEndToWord(s: string): string {
  let e = s.length;
  while (e > 0 && (classBefore(s, e) & (LETTER | NUMBER)) === 0) {
    const c = s.charCodeAt(e - 1);
    const pair = c >= 0xdc00 && c <= 0xdfff && e >= 2 && s.charCodeAt(e - 2) >= 0xd800 && s.charCodeAt(e - 2) <= 0xdbff;
    e -= pair ? 2 : 1;
  }
  return e === s.length ? s : s.slice(0, e);
}

const NONE: readonly RegExpExecArray[] = Object.freeze([]);

/**
 * Per pattern of PATTERNS, its matches over the whole text, as its own global scan finds them: where one of them
 * matches, the alternation does; each pattern that begins with the mark there is tried (sticky), from where its last
 * match ended. Exported for its test.
 */
export function allMatches(prose: string): RegExpExecArray[][] {
  const out: RegExpExecArray[][] = PATTERNS.map(() => []);
  const ends = PATTERNS.map(() => 0);
  const any = new RegExp(ANY_PATTERN);
  for (let m = any.exec(prose); m; m = any.exec(prose)) {
    const at = m.index;
    for (const k of patternsFor(prose[at]!)) {
      if (at < ends[k]!) continue;
      const re = STICKY[k]!;
      re.lastIndex = at;
      const found = re.exec(prose);
      if (found) {
        out[k]!.push(found);
        ends[k] = at + found[0].length;
      }
    }
    // On from the next position: a pattern may match inside another's match (none matches the empty string).
    any.lastIndex = at + 1;
  }
  return out;
}

/** The matches of a pattern over a text, handed out in order, paragraph by paragraph. */
class Matches {
  private k = 0;

  constructor(private readonly list: readonly RegExpExecArray[]) {}

  /** Drops the matches that start before `start`. */
  skipTo(start: number): void {
    const { list } = this;
    while (this.k < list.length && list[this.k]!.index < start) this.k++;
  }

  /** Whether a match not yet handed out starts in `span` (absolute offsets); drops those before it. */
  startsIn(span: { start: number; end: number }): boolean {
    this.skipTo(span.start);
    return this.k < this.list.length && this.list[this.k]!.index < span.end;
  }

  /** The matches that start in `span` (absolute offsets), after those already handed out. */
  in(span: { start: number; end: number }): readonly RegExpExecArray[] {
    if (!this.startsIn(span)) return NONE; // most paragraphs: no array made
    const from = this.k;
    while (this.k < this.list.length && this.list[this.k]!.index < span.end) this.k++;
    return this.list.slice(from, this.k);
  }
}

/**
 * A paragraph's text, with what the checks ask about it as a whole computed once, on first use: its sentence breaks
 * and its double quotation marks (scanning the text before each match instead would be quadratic).
 */
class Paragraph {
  /** Per sentence break, in order: where its mark (and closers) end, and where the spaces after it end. */
  private breaks: { markEnd: number; end: number }[] | null = null;
  private quotes: number[] | null = null;
  private opener: boolean | null = null;

  constructor(readonly text: string) {}

  /**
   * The sentence that runs up to `i`: from the last line break or `.` `?` `!` before a space (not the period of
   * an abbreviation or an initial: `Hamilton and Co. will`), or the paragraph start.
   */
  sentenceBefore(i: number): string {
    const breaks = (this.breaks ??= this.sentenceBreaks());
    // The last break with a space before `i` (a break whose spaces run past `i` ends at `i`).
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]!.markEnd < i) lo = mid + 1;
      else hi = mid;
    }
    const k = lo === 0 ? 0 : Math.min(breaks[lo - 1]!.end, i);
    return this.text.slice(k, i);
  }

  private sentenceBreaks(): { markEnd: number; end: number }[] {
    const { text } = this;
    const breaks: { markEnd: number; end: number }[] = [];
    for (const m of text.matchAll(SENTENCE_BREAK)) {
      const mark = m[0].trimEnd();
      if (mark === '.') {
        const token = tokenBefore(text, m.index);
        const word = token.replace(LEADING_OPENERS, '');
        const initial = /^\p{L}$/u.test(word) || (token.includes('.') && !token.endsWith('..'));
        if (initial || isAbbreviation(word, tokenBefore(text, m.index - token.length - 1))) continue;
      }
      breaks.push({ markEnd: m.index + mark.length, end: m.index + m[0].length });
    }
    return breaks;
  }

  /** The number of double quotation marks (`"` `“` `”`) before `i`. */
  doubleQuotesBefore(i: number): number {
    const quotes = (this.quotes ??= [...this.text.matchAll(DOUBLE_QUOTE)].map((m) => m.index));
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether the paragraph opens a quotation with a single mark (`'like this'`, `‘this’`). */
  singleOpener(): boolean {
    return (this.opener ??= SINGLE_OPENER.test(this.text));
  }
}

/** True when the sentence up to `i` asks nothing (no question word, no leading auxiliary) and is not quoted speech. */
function asksNothing(p: Paragraph, i: number): boolean {
  const sentence = p.sentenceBefore(i);
  if (!/^[(\[]?\p{Lu}/u.test(sentence)) return false;
  if (QUESTION_WORDS.test(sentence) || AUX_FIRST.test(sentence)) return false;
  if (/["“”'‘’]/u.test(sentence)) return false;
  return (p.doubleQuotesBefore(i) & 1) === 0;
}

/** True when one of the next `n` words of `text` from `from` closes an aside (`,` `)` `;` `:` or a dash). */
function asideCloses(text: string, from: number, n: number): boolean {
  for (const t of text.slice(from).trimStart().split(/\s+/u, n)) {
    if (/[,);:]["”’]?$/u.test(t) || /^[(—–]|[—–]/u.test(t) || /^-+$/u.test(t)) return true;
    if (/[.?!]["”’)]*$/u.test(t)) return false;
  }
  return false;
}

/**
 * True when `;` or `:` after `lower` (at `i`) comes before a word that cannot start a clause or a list item there:
 * `have: been`, `place: respectively`, `find; yourself`, `a break: of several years` (unless `of` already
 * governs a list in the sentence: `the fear of war; of want`), `has: led`, `was: developed at`, `able; to`,
 * `have to; obtain`.
 */
function clauseCannotStart(p: Paragraph, i: number, lower: string, mark: string, next: string): boolean {
  const { text } = p;
  const nextLower = next.toLowerCase();
  if (next !== nextLower) return false;
  if (NEVER_AFTER_CLAUSE_MARK.has(next)) return true;
  if (mark === ';' && REFLEXIVES.has(next)) return true;
  const rest = text.slice(i + 1).trimStart().split(/\s+/u, 3);
  const then = (rest[1] ?? '').replace(/[^\p{L}]+$/u, '');
  if (next === 'of') {
    if (OF_STARTERS.has(then.toLowerCase())) return false;
    // A partitive put first: `Twelve were hurt; of the 12 passengers, three died`.
    if (/^\p{N}/u.test(then) || (/^the$/iu.test(then) && /^\p{N}/u.test(rest[2] ?? ''))) return false;
    const sentence = p.sentenceBefore(i);
    return /^["“(]?[\p{Lu}\p{N}]/u.test(sentence) && !/\bof\b/iu.test(sentence) && !/[;:]/u.test(sentence);
  }
  if (PERFECT.has(lower)) return PARTICIPLES.has(next) || /^\p{Ll}{2,}ed$/u.test(next);
  if (COPULAS.has(lower)) return /^\p{Ll}{2,}ed$/u.test(next) && (PREPOSITIONS.has(then) || then === 'by');
  if (next === 'to' && BEFORE_INFINITIVE.has(lower) && /^\p{Ll}/u.test(then) && !NOT_INFINITIVE.has(then)) {
    // Not `all those in need; to agree`, nor a clause of purpose: `The first try failed; to avoid a repeat, we...`.
    return !/\bin\s+$/iu.test(text.slice(0, i - lower.length)) && !asideCloses(text, i + 1, 6);
  }
  if (lower === 'to' && /^\p{Ll}/u.test(next) && !CLAUSE_OPENERS.has(next)) {
    const before = tokenBefore(text, i - lower.length - 1).toLowerCase();
    return BEFORE_TO.has(before);
  }
  return false;
}

/**
 * True when a comma after `lower` (at `i`) splits what belongs together and no aside closes after it:
 * an auxiliary and its verb (`Green was, born in 1946`, `will, be slightly cloudy`), `and`/`or` and a word that
 * opens no aside (`ships and, vessels`, `phages or, viruses`).
 */
function commaSplits(text: string, i: number, lower: string, next: string): boolean {
  const prev = tokenBefore(text, i - lower.length - 1);
  if (AUXILIARIES.has(lower)) {
    if (NOT_BEFORE_AUX.has(prev.toLowerCase()) || !/^\p{L}+$/u.test(prev)) return false;
    const verb = next === 'be' || next === 'been' || (lower !== 'not' && (next === 'born' || /^\p{Ll}{2,}[^e]ed$/u.test(next)));
    return verb && !asideCloses(text, i + 1, 8);
  }
  if (lower === 'and' || lower === 'or') {
    if (!/^\p{L}+$/u.test(prev)) return false; // `, and, in fact,` and sentence-initial `And,`
    if (ASIDE_OPENERS.has(next) || /(?:ing|ly|ed)$/u.test(next)) return false;
    // The sentence must go on after the word (`ships and, vessels of various classes`), not end with it: a
    // vocative or a verse line (`I'm into you and, girl`).
    const after = text.slice(i + 1).trimStart().split(/\s+/u, 3);
    if (after.length < 3 || /[.?!]$/u.test(after[0]!) || /[.?!]$/u.test(after[1]!)) return false;
    return !asideCloses(text, i + 1, 10);
  }
  return false;
}

/**
 * True when `word'` (a plural possessive in form, at `i`) is followed by a word no possessive can govern
 * (`cells' can`, `tariffs' in`), in a paragraph with no other single quote, and is no elliptical possessive
 * (`at my parents' in Ohio`, `the Szolds' in Baltimore`).
 */
function possessiveOfNothing(text: string, i: number, word: string): boolean {
  if (!/^\p{Ll}+s$/u.test(word) || NO_POSSESSIVE.has(word)) return false;
  const next = /^['’][ \u00a0\u202f\u2009]+(\p{Ll}+)(?![\p{L}\p{N}'’-])/u.exec(text.slice(i))?.[1] ?? '';
  if (!NOT_POSSESSED.has(next)) return false;
  for (const m of text.matchAll(/['’‘]/gu)) {
    if (m.index !== i && !/\p{L}['’]\p{L}/u.test(text.slice(m.index - 1, m.index + 2))) return false;
  }
  return !/\b(?:at|to|from|with)\s+(?:the|my|his|her|our|their|your|\p{L}+['’]s)\s+$/iu.test(text.slice(0, i - word.length));
}

/** The run of non-space characters that ends at `i`. */
function tokenBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && !isSpace(text.charCodeAt(j - 1))) j--;
  return text.slice(j, i);
}

/** Whether a code unit is a space (\s): ASCII ones are told without the regex. */
function isSpace(c: number): boolean {
  if (c < 0xa0) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return SPACE.test(String.fromCharCode(c));
}

/** Start of the word the report covers: the token before `i` without its opening brackets and quotes. */
function wordBefore(text: string, i: number): number {
  const token = tokenBefore(text, i);
  const lead = LEADING_OPENERS.exec(token)?.[0].length ?? 0;
  return i - token.length + lead;
}

function lineBefore(text: string, i: number): string {
  return text.slice(text.lastIndexOf('\n', i - 1) + 1, i);
}

/** The rest of the line from `i`. */
function lineAfter(text: string, i: number): string {
  const end = text.indexOf('\n', i);
  return text.slice(i, end < 0 ? text.length : end);
}

/** The last character before `j` that is not a space, or '' when there is none. */
function lastBefore(text: string, j: number): string {
  while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--;
  return j > 0 ? text[j - 1]! : '';
}

const LINE_START = /^[\s>]*(?:[-*+•]\s+|\d+[.)]\s+)?$/u;
const LINE_START_CHAR = /[\s>\-*+•\d.)]/u;

/** True when only spaces, list bullets or a blockquote marker stand between the line start and `j`. */
function isLineStart(text: string, j: number): boolean {
  // Only the characters LINE_START allows are read back (not the whole line before `j`).
  let k = j;
  while (k > 0 && text[k - 1] !== '\n' && LINE_START_CHAR.test(text[k - 1]!)) k--;
  if (k > 0 && text[k - 1] !== '\n') return false;
  return LINE_START.test(text.slice(k, j));
}

/** `1. item`, `a. item`, `iv. item`, `(2). item`: a list marker at the start of a line. */
function isListMarker(text: string, i: number, token: string): boolean {
  return isLineStart(text, i - token.length) && /^\(?(?:\d+|[ivxlcdm]+|\p{L})\)?$/iu.test(token);
}

function isAbbreviation(word: string, before: string): boolean {
  const bare = word.replace(/[’']/gu, '');
  const lower = bare.toLowerCase();
  // No vowel: `Mr`, `Dr`, `St`, `Jr`, `Ltd`, `Chmn`, `mm`, `kg`, `Bt` (English words all have one).
  if (/^\p{L}{1,5}$/u.test(bare) && !/[aeiouy]/iu.test(bare)) return true;
  // A unit after a number: `60 mm. mortar`, `1 in. thick`, `8-oz. glass`, `9 sec. of`.
  const unit = /\d.*-(\p{Ll}{1,4})$/u.exec(word)?.[1] ?? (/^[\d½¼¾/.,-]+$/u.test(before) ? lower : '');
  if (UNITS.has(unit) || (unit !== '' && !/[aeiouy]/u.test(unit))) return true;
  // A unit in mixed case after a number: `3.8 mEq. per liter`, `16 Msec. to`.
  if (/^[\d½¼¾/.,-]+$/u.test(before) && /^\p{L}{1,5}$/u.test(bare) && /^.+\p{Lu}|^\p{Ll}+\p{Lu}/u.test(bare)) return true;
  if (/^\p{Lu}/u.test(bare) && STATES.has(lower)) return true;
  if (!ABBR_ANY.has(lower)) return false;
  if (ABBR_WORDS.has(lower)) return /^\p{Lu}/u.test(bare);
  return true;
}

function escape(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
