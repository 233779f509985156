// Text left in another language than the target's (MQM accuracy/untranslated):
//
// - a sentence in another language (a French sentence in an English article): a sentence long enough to judge, with
//   few of the target's function words, that franc gives to another language with a margin and that holds that
//   language's function words (`major`);
// - a single word or a short run of words left in the source language (`You can également seek advice`, `The
//   vehicle lui-même`, `The worst команда`): a word in another script than the target's (`minor`, whatever the
//   source: the script is the evidence), or a word that the source language's lexicon has and the target's lacks
//   (`minor`, only when the source language is known, declared or inferred: with an unknown source such a word is
//   a guess between every language's word lists, names and loans, and is not reported).
//
// Never findings: quoted or italic words, parentheses and titles that the text presents as foreign (a quoted
// slogan, `the so-called «grand débat»`, `what Germans call "Feierabend"`, `Moscow (Москва)`), names (capitalised
// words are looked at only with strong evidence), loanwords and Latin phrases English uses (café, déjà vu, per se),
// glossary hits, code and URLs (masked in the prose).
import { defineRule, type RuleContext, type Severity } from '../core/types.js';
import { identifyAll } from '../lang/identify.js';
import { fold, isCommonName, lexicon, type Lexicon } from '../lang/lexicon.js';

// ---------------------------------------------------------------------------------------------------------------
// Words and their scripts

/** A word: letters (with marks), maybe joined by apostrophes or hyphens (`lui-même`, `d'autres`, `aujourd’hui`). */
const WORD = /[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
/** Scripts that are no target's: a word in one of them is left untranslated in any target. */
const OTHER_SCRIPT = /^(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,}|[\p{Script=Arabic}\p{M}]{2,}|[\p{Script=Hebrew}\p{M}]{2,}|[\p{Script=Devanagari}\p{M}]{2,}|[\p{Script=Thai}\p{M}]{2,})$/u;
/** A letter outside ASCII: with an unknown source, the lines an English text is looked at on. */
const NON_ASCII_LETTER = /[\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/g;

/** The letters outside ASCII each Latin-script language writes: a word with another is not that language's (`São`). */
const ALPHABETS: Readonly<Record<string, RegExp>> = {
  en: /^[a-z'-]*$/,
  fr: /^[a-zàâæçéèêëîïôœùûüÿ'-]*$/,
  es: /^[a-záéíóúüñ'-]*$/,
  de: /^[a-zäöüß'-]*$/,
  it: /^[a-zàèéìíîòóùú'-]*$/,
};

/** Whether the target writes in the Latin script (every target but Russian). */
const latinTarget = (lang: string): boolean => lang !== 'ru';

// ---------------------------------------------------------------------------------------------------------------
// Function words: a sentence of the target holds some of the target's; a sentence of another language holds its own.

const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    'the a an of to in and is are was were be been being for on with that this these those it its by as at from has have had not or but will would can could should may might must he she they we i you his her their our them him there which who whom whose what when where how said says after before about into more than also if then so such no only over under between while because do does did up out new first'.split(' '),
  ),
  fr: new Set(
    "le la les l un une des du de d et est sont été être a ont au aux en dans pour par sur avec qui que qu ne pas plus ce cette ces il elle ils elles nous vous on se s leur leurs son sa ses mais ou où comme aussi très tout tous entre depuis sans sous selon après avant c n j y".split(' '),
  ),
  de: new Set(
    'der die das den dem des ein eine einen einem einer eines und ist sind war waren wird werden wurde wurden hat haben hatte nicht auch mit von zu zum zur im in auf für an am bei aus nach über unter vor sich es er sie wir ihr ich dass daß als wie noch nur aber oder so schon sehr durch gegen ohne um bis seit diese dieser dieses kein keine'.split(' '),
  ),
  es: new Set(
    'el la los las lo un una unos unas de del al y e es son fue fueron ser está están ha han había en con por para que se su sus no más pero como muy también ya este esta estos estas ese esa le les sin sobre entre desde hasta cuando donde porque'.split(' '),
  ),
  it: new Set(
    "il lo la i gli le un uno una di del della dei degli delle al alla ai agli alle da dal dalla e ed è sono era erano essere ha hanno in nel nella con per su sul sulla che non più ma come anche molto questo questa quello quella si ci ne tra fra se l dell all nell".split(' '),
  ),
  ru: new Set(
    'и в во не на с со что как по это к из у за от о об для но а же бы ли то так его ее её их он она они мы вы я был была были быть есть также уже только еще ещё при после до между или чтобы который которая которые'.split(' '),
  ),
};

/** The function words of a language that no other language here has: a sentence holding some is that language's. */
const MARKERS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(FUNCTION_WORDS).map(([lang, words]) => [
    lang,
    new Set([...words].filter((w) => !Object.entries(FUNCTION_WORDS).some(([other, ws]) => other !== lang && ws.has(w)))),
  ]),
);

/**
 * Two-letter words that are a source language's and no English word: a two-letter word is only judged from this
 * list (the lexicons are full of two-letter abbreviations).
 */
const SHORT_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(['du', 'au', 'il', 'je', 'ne', 'se', 'ce', 'où', 'et']),
  es: new Set(['el', 'su', 'se', 'al', 'él', 'sí', 'más']),
  it: new Set(['il', 'di', 'ne', 'è']),
  de: new Set(['zu']),
  en: new Set(['of', 'is', 'to', 'it', 'we', 'he', 'be', 'by']),
};

// ---------------------------------------------------------------------------------------------------------------
// What the text presents as foreign

/**
 * Loanwords and Latin phrases English writes as such (each word of a match is English there), including the
 * accented and multi-word ones the lexicons cannot tell: `déjà vu`, `per se`, `coup d'état`, `à la carte`. Regular
 * expressions, matched whole words, case-insensitive.
 */
const LOANS: readonly string[] = [
  // Latin
  'per se', 'status quo', 'de facto', 'de jure', 'vice versa', 'a priori', 'a posteriori', 'bona fides?', 'et al', 'et cetera',
  'ad hoc', 'ad hominem', 'ad infinitum', 'ad nauseam', 'alma mater', 'alter ego', 'carpe diem', 'mea culpa', 'modus operandi',
  'modus vivendi', 'persona non grata', 'pro bono', 'pro forma', 'pro rata', 'quid pro quo', 'sine qua non', 'sui generis',
  'terra (?:incognita|firma)', 'mutatis mutandis', 'inter alia', 'per (?:capita|annum|diem)', 'habeas corpus', 'ipso facto',
  '(?:ex )?post facto', 'tabula rasa', 'deus ex machina', 'in (?:vivo|vitro|situ|silico|memoriam|absentia|extremis|toto|camera)',
  'ex (?:vivo|situ|ante|post|officio)', 'in loco parentis', 'rigor mortis', 'magnum opus', 'non sequitur', 'caveat emptor',
  '(?:summa |magna )?cum laude', 'honoris causa', 'sub judice', 'prima facie', 'de novo', 'ab initio', 'vox populi',
  'annus (?:horribilis|mirabilis)', 'corpus delicti', 'amicus curiae', 'mens rea', 'actus reus', 'obiter dict(?:um|a)',
  'stare decisis', 'res judicata', 'pari passu', 'viva voce', '(?:non )?compos mentis', 'reductio ad absurdum',
  'jus (?:cogens|soli|sanguinis|ad bellum|in bello|gentium)', 'diabetes (?:mellitus|insipidus)',
  // French
  'déjà vu', 'deja vue?', 'coups? d[\'’]état', 'coups? d[\'’]etat', 'coup de grâce', 'coup de grace', 'à la carte', 'a la carte',
  'à la', 'café au lait', 'cafe au lait', 'au (?:lait|gratin|fait|courant|revoir|pair|contraire|naturel|jus)', 'à propos',
  'joie de vivre', 'raison d[\'’](?:être|état)', 'fait accompli', 'savoir[- ]faire', 'laissez[- ]faire', 'femme fatale',
  'tour de (?:force|france)', 'tour d[\'’]horizon', 'crème de la crème', 'crème brûlée', 'crème fraîche', 'en (?:route|masse|bloc)',
  'bon (?:voyage|appétit|mot|vivant)', 'c[\'’]est la vie', 'film noir', 'pinot (?:noir|grigio|blanc)', 'nom de (?:plume|guerre)',
  'pièce de résistance', 'art nouveau', 'art déco', 'avant[- ]garde', 'haute (?:couture|cuisine|monde)', 'hors d[\'’]œuvres?',
  'vis[- ]à[- ]vis', 'tête[- ]à[- ]tête', 'pied[- ]à[- ]terre', 'par excellence', 'cause célèbre', 'idée (?:fixe|reçue)',
  'fin de siècle', 'trompe[- ]l[\'’]œil', 'mise en scène', 'belle époque', 'beau monde', 'noblesse oblige', 'esprit de corps',
  'esprit de l[\'’]escalier', 'nouveau riche', 'nouvelle vague', 'objet d[\'’]art', 'prix fixe', 'cordon bleu', 'bête noire',
  'enfant terrible', 'grand prix', 'je ne sais quoi', 'ancien régime', 'chargé d[\'’]affaires', 'cinéma vérité', 'carte blanche',
  'cri de cœur', 'de rigueur', 'faux pas', 'force majeure', 'petit bourgeois', 'vin (?:rouge|blanc)', 'belles?[- ]lettres',
  'pas de deux', 'notes? verbales?', 'travaux préparatoires', 'après[- ]ski',
  // Italian, Spanish, German, Russian, Chinese
  'mano a mano', 'hasta la vista', '(?:la )?dolce vita', 'dolce far niente', 'al dente', 'al fresco', 'a cappella', 'prima donna',
  'sotto voce', 'bella figura', 'bel canto', 'chili con carne', 'con carne', 'carne asada', 'pollo asado', 'd[íi]a de (?:los )?muertos',
  'señora?', 'señorita', 'mañana', 'piñata', 'jalapeño', '(?:el )?niño', '(?:la )?niña', 'über', 'uber', 'doppelgänger',
  'führer', 'gemütlichkeit', 'müsli', 'glasnost', 'perestroika', 'lo mein', 'chow mein', 'dim sum', 'kung (?:fu|pao)',
  'foie gras', 'beurre blanc', 'tarte tatin', 'pain au chocolat', 'croque monsieur', 'pommes frites', 'coq au vin', 'bœuf bourguignon',
  'queso fresco', 'pico de gallo', 'arroz con pollo', 'tres leches', 'dulce de leche', 'gelato',
];
const LOAN_PHRASES = new RegExp(`(?<![\\p{L}\\p{M}])(?:${LOANS.join('|')})(?![\\p{L}\\p{M}])`, 'giu');
/** The accented words of the loan phrases (`déjà`, `état`, `être`): English there, and looked up without a lexicon. */
const LOAN_WORDS: ReadonlySet<string> = new Set(
  LOANS.flatMap((l) => l.replace(/\[[^\]]*\]|\(\?:|[()|?]/g, ' ').split(/\s+/)).filter((w) => /[^\x00-\x7f]/.test(w)),
);

/**
 * English of chat and lyrics that the lexicons lack, and that other languages' lists have (`dont` is French, `im`
 * German, `lotta` Italian): contractions without their apostrophe, interjections, spoken forms.
 */
const INFORMAL_ENGLISH = new Set(
  ('dont cant wont isnt arent wasnt werent havent hasnt hadnt doesnt didnt shouldnt wouldnt couldnt mustnt ive youre theyre '
    + 'thats whats im id youve weve theyve hes shes lol lmao omg lotta gotta gonna wanna kinda sorta outta dunno lemme gimme '
    + 'ya yall ohh ahh uhm umm hmm mah lil dem dat dis tho cuz cus coz bout em deja vu nah naw yep yup jus oso tryna nvm '
    // English words the dictionaries lack that are common words elsewhere (`sera`, plural of serum; French `will be`).
    + 'sera noir macaron macarons matcha').split(' '),
);
/** Words right before a foreign word that present it as such (`the so-called`, `what Germans call`, `dubbed`). */
const CUES = new Set(
  'called call calls so-called dubbed nicknamed term word phrase expression motto slogan titled entitled meaning means literally'.split(' '),
);
/** Language names: `in French X`, `French: X`, `Russian for X` present X as foreign. */
const LANGUAGE_NAMES = new Set(
  'french german spanish italian russian latin portuguese dutch greek arabic yiddish hebrew japanese chinese korean hindi persian urdu swedish polish turkish ukrainian catalan basque creole english cyrillic devanagari'.split(' '),
);
/** Particles of names, lower case between capitalised words (`Rue des Francs Bourgeois`, `Leonardo da Vinci`). */
const NAME_PARTICLES = new Set([
  ...'de des du la le les d von van der den dem di da del della dos das do y e bin al el ter ten zu af av'.split(' '),
  ...['fr', 'de', 'es', 'it'].flatMap((l) => [...FUNCTION_WORDS[l]!]),
]);
/**
 * Accented words English writes as its own (their unaccented form is English too, but so is that of `même`):
 * a word a source language uses often is taken for English by its unaccented form only when listed here.
 */
const ACCENTED_LOANS = new Set(
  ('café cafés cliché clichés résumé résumés fiancé fiancée naïve naïveté rôle rôles élite élites début débuts décor régime régimes protégé protégée '
    + 'soirée soirées entrée entrées façade façades séance touché exposé blasé passé risqué sauté purée soufflé consommé crème née éclair '
    + 'détente émigré émigrés attaché communiqué communiqués première premières doyenne habitué habitués mêlée pâté pâtisserie appliqué '
    + 'cortège coterie chargé outré précis ingénue élan éclat dénouement frisson rosé brûlée fraîche flambé glacé lamé décolleté matinée '
    + 'négligée naïf '
    + 'jalapeño jalapeños piñata piñatas señor señora mañana niño niña über doppelgänger müsli führer').split(' '),
);
/** French words with an apostrophe inside that are no elision. */
const APOSTROPHE_WORDS = new Set(["aujourd'hui", "quelqu'un", "quelqu'une", "presqu'île", "prud'homme", "prud'hommes"]);

interface Span {
  start: number;
  end: number;
}

// Quoted, bracketed and emphasised stretches of one line (the prose has no line break inside them), each with the
// character it opens with (a line without it is not searched).
const GROUPS: readonly (readonly [string, RegExp])[] = [
  ['«', /«[^«»\n]*»/g],
  ['“', /“[^“”\n]*”/g],
  ['„', /„[^„“”\n]*[“”]/g],
  ['"', /"[^"\n]*"/g],
  ['‘', /‘[^‘’\n]*’(?![\p{L}\p{M}])/gu],
  ["'", /(?<![\p{L}\p{M}])'[^'\n]*'(?![\p{L}\p{M}])/gu],
  ['‹', /‹[^‹›\n]*›/g],
  ['(', /\([^()\n]*\)/g],
  ['[', /\[[^[\]\n]*\]/g],
  ['*', /(?<![\p{L}\p{M}*\\])\*[^*\n]+\*(?![\p{L}\p{M}*])/gu],
  ['_', /(?<![\p{L}\p{M}\d_\\])_[^_\n]+_(?![\p{L}\p{M}\d_])/gu],
];

// ---------------------------------------------------------------------------------------------------------------
// The rule

interface Token {
  start: number;
  end: number;
  text: string;
  /** Opens a clause where a capital is normal: first word, after . ! ? : ; or an opening quote or bracket. */
  initial: boolean;
  /** Starts a sentence: first word, or after . ! ? … and a space. */
  sentenceStart: boolean;
  /** Only ASCII letters. */
  ascii: boolean;
}

/** Endings of German nouns. */
const GERMAN_NOUN = /(?:ung|heit|keit|schaft|tion|tät|ismus|chen|lein|nis|tum|ling|ei)(?:en|e|s)?$/;
/** English determiners: a capitalised word right after one is not a name, mostly. */
const DETERMINERS = new Set('the a an this that these those his her its their our my your every each no any some another'.split(' '));

/** Abbreviated titles a full stop follows inside a sentence. */
const TITLES = new Set('Mr Mrs Ms Dr Prof St Mt Gen Sen Rep Gov Jr Sr Capt Col Lt Sgt Rev Fr No Nr Vol Inc Co Ltd vs'.split(' '));

/** The words of a line of prose. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const word = m[0];
    // What stands between this word and the previous one: its last mark, past spaces and closing quotes.
    let k = start - 1;
    let spaced = false;
    while (k >= last && /[\s"”»’)\]]/.test(text.charAt(k))) {
      if (/\s/.test(text.charAt(k))) spaced = true;
      k--;
    }
    const c = k >= last ? text.charAt(k) : '';
    const first = tokens.length === 0;
    // Not after an initial or a title (`John A. Notte`, `Dr. Moll`).
    const prevWord = tokens.length > 0 ? tokens[tokens.length - 1]!.text : '';
    const abbreviation = c === '.' && k === last && (/^\p{Lu}$/u.test(prevWord) || TITLES.has(prevWord));
    const sentenceStart = first || (spaced && /[.!?…]/.test(c) && !abbreviation);
    const initial = sentenceStart || /[:;«“„"‘(\[—–*_]/.test(text.charAt(start - 1)) || /[:;]/.test(c);
    let ascii = true;
    for (let i = 0; i < word.length; i++) {
      if (word.charCodeAt(i) > 0x7f) {
        ascii = false;
        break;
      }
    }
    tokens.push({ start, end: start + word.length, text: word, initial, sentenceStart, ascii });
    last = start + word.length;
  }
  return tokens;
}

interface Verdict {
  /** The language the word is taken for, or null for a word in another script of unknown language. */
  lang: string | null;
  /** Whether the word is in another script than the target's. */
  script: boolean;
  severity: Severity;
}

export default defineRule({
  meta: {
    id: 'untranslated-segment',
    category: 'accuracy/untranslated',
    severity: 'minor',
    messages: ['sentence', 'word', 'wordScript'],
    fixable: false,
    hasSuggestions: false,
    supersedes: true,
    description: 'A sentence or word left in another language than the target (`You can également seek advice`).',
  },
  check(context) {
    new Checker(context).run();
  },
});

/** A quotation or bracket of at most this many words presents its foreign words as such. */
const SHORT_GROUP = 4;
/** Lines shorter than this many letters hold no sentence worth identifying. */
const MIN_SENTENCE_LETTERS = 25;
/** franc's score of the target (the best language's is 1) must stay below this for a sentence to be reported. */
const MAX_TARGET_SCORE = 0.85;
/** Languages that franc scores this close to the best are all candidates. */
const CLOSE = 0.9;

class Checker {
  private readonly ctx: RuleContext;
  private readonly lang: string;
  private readonly source: string | null;
  private readonly target: Lexicon | null;
  private readonly verdicts = new Map<string, string | null>();
  private glossarySpans: readonly Span[] | null = null;

  constructor(context: RuleContext) {
    this.ctx = context;
    this.lang = context.lang;
    this.source = context.sourceLang && context.sourceLang !== context.lang ? context.sourceLang : null;
    this.target = lexicon(this.lang);
  }

  run(): void {
    const { doc, prose } = this.ctx;
    // With a known source every line may hold a source word, and the other targets are read line by line too.
    if (this.source !== null || this.lang !== 'en') {
      for (const line of doc.lines()) this.segment(line.start, line.end);
      return;
    }
    // Else an English text is read only around its letters outside ASCII (another script, an accented word): the
    // sentences that hold one (one scan of the text, and a few sentences read).
    NON_ASCII_LETTER.lastIndex = 0;
    for (let m = NON_ASCII_LETTER.exec(prose); m; m = NON_ASCII_LETTER.exec(prose)) {
      const [start, end] = sentenceAround(prose, m.index);
      this.segment(start, end);
      NON_ASCII_LETTER.lastIndex = Math.max(end, m.index + 1);
    }
  }

  private segment(lineStart: number, lineEnd: number): void {
    const { prose } = this.ctx;
    const text = prose.slice(lineStart, lineEnd);
    const tokens = tokenize(text);
    if (tokens.length === 0) return;
    const groups = findGroups(text);

    // Sentences first: a sentence in another language is one finding, and its words are not looked at again.
    const sentences = this.sentences(text, tokens, groups);
    for (const s of sentences) {
      this.ctx.report({
        messageId: 'sentence',
        data: { languageCode: s.lang },
        start: lineStart + s.start,
        end: lineStart + s.end,
        severity: 'major',
      });
    }

    // Each word's verdict in context; not inside a short quotation or bracket, a title or a gloss as written.
    const short = groups.filter((g) => within(tokens, g).length <= SHORT_GROUP);
    const inSentence = containment(sentences);
    const inShort = containment(short);
    let foreign: (Verdict | null)[] | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (sentences.length > 0 && inSentence(t)) continue;
      if (short.length > 0 && inShort(t)) continue;
      const v = this.judge(tokens, i, text);
      if (v) (foreign ??= new Array<Verdict | null>(tokens.length).fill(null))[i] = v;
    }
    if (!foreign) return;
    // Loanwords and Latin phrases English writes as such.
    for (const m of text.matchAll(LOAN_PHRASES)) {
      const end = m.index + m[0].length;
      for (let i = firstFrom(tokens, m.index); i < tokens.length && tokens[i]!.end <= end; i++) foreign[i] = null;
    }
    // A quoted, bracketed or emphasised stretch that is mostly foreign (or short) is a citation, a title or a gloss;
    // so is a foreign word that opens a bracket (`Sons of God (בְנֵי־הָאֱלֹהִים, literally …)`).
    for (const g of groups) {
      const inGroup = within(tokens, g);
      if (!inGroup.some((i) => foreign[i])) continue;
      // Foreign words and the function words of other languages (`un`, `la`, `dans`) against the rest.
      const count = inGroup.filter((i) => foreign[i] || this.foreignFunctionWord(tokens[i]!.text.toLowerCase())).length;
      if (count * 5 >= inGroup.length * 2) for (const i of inGroup) foreign[i] = null;
      else if (text.charAt(g.start) === '(') {
        for (let k = 0; k < inGroup.length && (foreign[inGroup[k]!] || !LATIN.test(tokens[inGroup[k]!]!.text)); k++) foreign[inGroup[k]!] = null;
      }
    }
    // A sentence of a word or three, mostly foreign, is an exclamation quoted as such (`Merci beaucoup!`).
    for (let i = 0; i < tokens.length; ) {
      let j = i + 1;
      while (j < tokens.length && !tokens[j]!.sentenceStart) j++;
      if (j - i <= 3) {
        let count = 0;
        for (let k = i; k < j; k++) if (foreign[k] || this.foreignFunctionWord(tokens[k]!.text.toLowerCase())) count++;
        if (count * 2 >= j - i) for (let k = i; k < j; k++) foreign[k] = null;
      }
      i = j;
    }
    // Runs of foreign words of one language, one finding each.
    for (let i = 0; i < tokens.length; i++) {
      const v = foreign[i];
      if (!v) continue;
      let j = i;
      while (j + 1 < tokens.length && foreign[j + 1]?.lang === v.lang && /^[ \u00a0]+$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) j++;
      const first = i;
      i = j;
      if (this.presentedAsForeign(text, tokens, first, j, v)) continue;
      if (!v.script && this.continuesTitle(tokens, first, text, v.lang)) continue;
      const start = lineStart + tokens[first]!.start;
      const end = lineStart + tokens[j]!.end;
      if (this.inGlossaryHit(start, end)) continue;
      const found = text.slice(tokens[first]!.start, tokens[j]!.end);
      if (v.lang === null) {
        this.ctx.report({ messageId: 'wordScript', data: { found }, start, end, severity: v.severity });
      } else {
        this.ctx.report({ messageId: 'word', data: { found, languageCode: v.lang }, start, end, severity: v.severity });
      }
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Sentences

  private sentences(text: string, tokens: readonly Token[], groups: readonly Span[]): (Span & { lang: string })[] {
    const out: (Span & { lang: string })[] = [];
    const markers = MARKERS[this.lang];
    if (!markers) return out;
    const inGroup = containment(groups);
    let t = 0;
    while (t < tokens.length) {
      // One sentence: tokens up to the next sentence start.
      let u = t + 1;
      while (u < tokens.length && !tokens[u]!.sentenceStart) u++;
      const words: Token[] = [];
      for (let k = t; k < u; k++) if (groups.length === 0 || !inGroup(tokens[k]!)) words.push(tokens[k]!);
      // Quoted speech is the speaker's: it is not judged as the text's sentence.
      const first = words[0];
      t = u;
      if (!first || words.length < 4 || !first.sentenceStart || !/^[\p{Lu}\d]/u.test(first.text)) continue;
      let letters = 0;
      let targetWords = 0;
      let capitals = 0;
      for (let k = 0; k < words.length; k++) {
        const w = words[k]!;
        letters += w.text.length;
        if (markers.has(w.text.toLowerCase())) targetWords++;
        // Capitalised words in a row: names and titles (German capitalises nouns, one at a time).
        const capital = (x: Token | undefined) => x !== undefined && /^\p{Lu}/u.test(x.text);
        if (capital(w) && ((capital(words[k - 1]) && words[k - 1] !== first) || (k > 0 && capital(words[k + 1])))) capitals++;
      }
      if (letters < MIN_SENTENCE_LETTERS) continue;
      // Function words only the target has: the target's sentence (the common case, decided without franc). A
      // sentence of another language holds none, but for a name or a title.
      if (targetWords >= 2 || (targetWords === 1 && words.length < 20)) continue;
      // A title, a list of names.
      if (capitals * 3 >= words.length) continue;
      const lang = this.sentenceLanguage(words);
      if (!lang) continue;
      // The span: from the first word to the sentence's end (its mark, a closing quote), without the space after.
      let end = u < tokens.length ? tokens[u]!.start : text.length;
      while (end > first.start && /[\s"“„«(\[‘]/.test(text.charAt(end - 1))) end--;
      out.push({ start: first.start, end, lang });
    }
    return out;
  }

  /** The language of a sentence the target's function words are rare in, or null when it is not clear. */
  private sentenceLanguage(words: readonly Token[]): string | null {
    const sample = words.map((w) => w.text).join(' ');
    const latin = LATIN.test(sample);
    const cyrillic = CYRILLIC.test(sample);
    const ownWords = (lang: string): number => {
      const own = FUNCTION_WORDS[lang]!;
      let count = 0;
      for (const w of words) if (own.has(w.text.toLowerCase())) count++;
      return count;
    };
    let lang: string;
    if (cyrillic && !latin) {
      if (!latinTarget(this.lang)) return null;
      lang = 'ru';
    } else if (latin && !cyrillic) {
      const ranked = identifyAll(sample, ['en', 'fr', 'de', 'es', 'it'], MIN_SENTENCE_LETTERS);
      if (ranked.length === 0 || ranked[0]![0] === this.lang) return null;
      // The target must score well below the best: franc is unsure on a short sentence.
      const target = ranked.find(([l]) => l === this.lang)?.[1] ?? 0;
      if (target >= MAX_TARGET_SCORE) return null;
      // Languages franc cannot tell apart (Spanish and Italian): the source if it is one, else the one whose
      // function words the sentence holds most.
      const close = ranked.filter(([l, score]) => l !== this.lang && score >= CLOSE).map(([l]) => l);
      if (this.source !== null && close.includes(this.source)) lang = this.source;
      else lang = close.reduce((a, b) => (ownWords(b) > ownWords(a) ? b : a));
    } else {
      return null;
    }
    // With a known source, a sentence of a third language is a quotation more often than a leftover.
    if (this.source !== null && lang !== this.source) return null;
    // The language's own function words confirm it.
    const count = ownWords(lang);
    return count >= 2 && count * 6 >= words.length ? lang : null;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Words

  /** Whether a word, in its place, is a word of another language (and which), or null. */
  private judge(tokens: readonly Token[], i: number, text: string): Verdict | null {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const w = t.text;
    // With an unknown source, a word of ASCII letters is English enough (the common case, decided at once).
    if (this.source === null && t.ascii && latinTarget(this.lang)) return null;
    // Glued to a digit (`2nd`, `3ème`) or a suspended prefix (`intra- and`): not a word of running text.
    const before = text.charCodeAt(t.start - 1);
    const after = text.charCodeAt(t.end);
    if ((before >= 48 && before <= 57) || (after >= 48 && after <= 57) || before === 45 || after === 45) return null;
    // Spoken English dropping its g (`rollin'`, `nothin’`).
    if ((after === 39 || after === 0x2019) && w.endsWith('in') && this.lang === 'en') return null;
    // A short word after a number is a unit or a scale word (`12 млрд`, `5 km`): the number rules' concern.
    if (w.length <= 4 && /\d[ \u00a0\u202f]$/.test(text.slice(Math.max(0, t.start - 2), t.start))) return null;
    if (!t.ascii) {
      // Another script than the target's.
      if (CYRILLIC.test(w)) {
        if (!latinTarget(this.lang) || LATIN.test(w) || (w.length < 2 && w !== 'и' && w !== 'в')) return null;
        if (w.length > 1 && w === w.toUpperCase()) return null; // an acronym (`ВОСД`)
        return this.otherScript(tokens, i, this.source === 'ru' || this.source === null ? 'ru' : null);
      }
      if (OTHER_SCRIPT.test(w)) return this.otherScript(tokens, i, null);
      if (!LATIN.test(w)) return null;
    }
    if (!latinTarget(this.lang)) return this.latinInRussian(t, prev);
    // Mixed case inside a word (`pH`, `iPhone`, `McDonald`), initials, acronyms.
    if (/\p{Lu}/u.test(w.slice(1))) return null;
    const capital = /^\p{Lu}/u.test(w);
    let lang: string | null;
    if (capital && !t.initial) {
      lang = this.capitalised(t, prev, next);
    } else {
      // A particle or function word between capitalised words is part of a name (`Rue des Francs Bourgeois`,
      // `Hochschule für Musik`).
      const lower = w.toLowerCase().replace(/’/g, "'");
      if (!capital && NAME_PARTICLES.has(lower) && inName(tokens, i, text)) return null;
      // A capitalised word before another one opens a name (`Deutsche Bahn`, `María López`).
      if (capital && next && /^\p{Lu}/u.test(next.text) && /^ +$/.test(text.slice(t.end, next.start))) return null;
      lang = this.word(lower, capital);
    }
    if (lang === null) return null;
    // Only with a known source (decide, capitalised): with an unknown one a Latin word is not judged.
    return { lang, script: false, severity: 'minor' };
  }

  /**
   * A word in another script than the target's (`команда` in English). Not the original spelling of a name written
   * just before it (`Georgi Malezanov (Георги Малезанов)`, `al-Haytham أبو علي`), unless the source is that language.
   */
  private otherScript(tokens: readonly Token[], i: number, lang: string | null): Verdict | null {
    // A name: capitalised in a script with capitals, or after a Latin name in one without (Arabic, Chinese).
    const caseless = !/[\p{Lu}\p{Ll}]/u.test(tokens[i]!.text);
    if ((lang === null || lang !== this.source) && (caseless || /^\p{Lu}/u.test(tokens[i]!.text))) {
      const k = this.latinBefore(tokens, i);
      if (k >= 0 && /\p{Lu}/u.test(tokens[k]!.text)) return null;
    }
    if (lang === null && this.source !== null) return { lang, script: true, severity: 'info' };
    return { lang, script: true, severity: 'minor' };
  }

  /** Per token list, the index of the last Latin token before each token (-1: none), computed once per list. */
  private readonly lastLatin = new WeakMap<readonly Token[], Int32Array>();

  /** The index of the last token in Latin script before token `i` (-1: none); not a walk back per token. */
  private latinBefore(tokens: readonly Token[], i: number): number {
    let table = this.lastLatin.get(tokens);
    if (!table) {
      table = new Int32Array(tokens.length);
      let last = -1;
      for (let k = 0; k < tokens.length; k++) {
        table[k] = last;
        if (LATIN.test(tokens[k]!.text)) last = k;
      }
      this.lastLatin.set(tokens, table);
    }
    return table[i]!;
  }

  /** The language of a lower-case (or sentence-initial) Latin word, the same wherever it stands in the document. */
  private word(lower: string, initialCapital: boolean): string | null {
    const key = initialCapital ? `^${lower}` : lower;
    let v = this.verdicts.get(key);
    if (v === undefined) {
      v = this.decide(lower, initialCapital);
      this.verdicts.set(key, v);
    }
    return v;
  }

  private decide(lower: string, initialCapital: boolean): string | null {
    if (lower.length < 2) return null;
    if (/'(?:s|ve|re|ll|d|t|m)$/.test(lower)) return null; // English contractions
    if (this.lang === 'en' && (INFORMAL_ENGLISH.has(lower) || lower === "c'mon" || lower === "ma'am")) return null;
    // A loanword English writes with its accents.
    const tail = lower.slice(lower.lastIndexOf("'") + 1); // `d'être`
    if (this.lang === 'en' && (ACCENTED_LOANS.has(lower) || LOAN_WORDS.has(lower) || LOAN_WORDS.has(tail))) return null;
    // With an unknown source a word left in would only be an `info` hint, and telling it from a name or a loan
    // takes every language's word lists (loaded and searched for the accented words of any English text): the
    // word check waits for a known source (declared or inferred). Other scripts and whole sentences still count.
    if (this.source === null) return null;
    const candidates = [this.source];
    let found: string | null = null;
    for (const src of candidates) {
      if (src === this.lang) continue;
      if (this.isSourceWord(lower, src, initialCapital)) {
        if (found !== null) return null;
        found = src;
      }
    }
    return found;
  }

  /** Whether `lower` is a word of `src` that the target lacks. */
  private isSourceWord(lower: string, src: string, initialCapital: boolean): boolean {
    const s = lexicon(src);
    if (!s || ALPHABETS[src]?.test(lower) === false) return false;
    if (lower.length <= 2 && !SHORT_WORDS[src]?.has(lower)) return false;
    // Into French, German or Spanish, English words are loanwords as often as not (`drone`, `software`): only the
    // function words of the source count there.
    if (this.lang !== 'en') return MARKERS[src]?.has(lower) === true && !this.targetHas(lower, src);
    if (lower.includes("'") && !APOSTROPHE_WORDS.has(lower)) {
      // French and Italian elisions: `d'autres`, `l'olfatto`, `qu'il`, `s'imposant` (never English; the target is English here).
      const elision = /^(?:d|l|qu|j|n|s|c|m|t|dell|all|nell|sull|dall)'([\p{L}\p{M}]+)$/u.exec(lower);
      if (!elision || (src !== 'fr' && src !== 'it')) return false;
      const rest = elision[1]!;
      return rest.length >= 3 && s.has(rest);
    }
    // An English compound the source borrowed (`week-end`, `pick-up`, `e-mail`), or a French one English did
    // (`cul-de-sac`, `sang-froid`: the Scrabble list writes them solid).
    if (lower.includes('-') && lower.split('-').every((p) => p.length === 1 || this.targetHas(p, src))) return false;
    if (lower.includes('-') && this.target?.has(fold(lower).replace(/-/g, ''))) return false;
    if (lower.includes('-') && !s.has(lower)) {
      // `mexicano-estadounidenses`: each part the source's and none the target's; `anti-American` is not.
      const parts = lower.split('-');
      return parts.every((p) => p.length >= 3 && s.has(p) && !this.targetHas(p, src));
    }
    if (!s.has(lower)) return false;
    // No vowel: an abbreviation (`gmbh`, `bgh`).
    if (!/[aeiouyàâäéèêëîïôöùûüáíóúæœåø]/.test(lower)) return false;
    // The German and Italian lists are Wikipedia's words too (names, Latin, abbreviations): a short word or a word
    // no film says is not taken from them.
    if ((src === 'de' || src === 'it') && !Number.isFinite(s.rank(lower)) && lower.length < 6) return false;
    // At the start of a sentence a capitalised word may be a name: only common words of the source count.
    if (initialCapital && (!s.common(lower) || isCommonName(lower) || isCommonName(fold(lower)))) return false;
    if (this.targetHas(lower, src)) return false;
    // A name written in lower case (chat, lyrics: `joe`, `becca`), unless the source uses the word very often.
    return s.rank(lower) < 1_000 || !/^[a-z]+$/.test(lower) || !isCommonName(lower);
  }

  /** Whether the target language has `lower` (with or without its accents), a word of `src` or not. */
  private targetHas(lower: string, src: string): boolean {
    const t = this.target;
    if (!t) return true; // a target without a lexicon: only other scripts are judged
    if (t.core(lower)) return true;
    const s = lexicon(src);
    const common = s !== null && s.common(lower);
    const bare = fold(lower);
    // `cafe` is English, and so is `meme`: an accented word the source uses often is English only if listed.
    if (bare !== lower && t.core(bare) && (!common || ACCENTED_LOANS.has(lower))) return true;
    if (t.lang === 'en') {
      // The Scrabble list has rare and loan words, and the commonest words of other languages too (`trois`,
      // `nicht`, `molto`): a word that common in the source is the source's.
      if (!common && (t.has(lower) || (bare !== lower && t.has(bare)))) return true;
      // A long word of English Wikipedia that the source does not use often (`eurozone`, `motorsport`).
      if (lower.length >= 6 && (s === null || s.rank(lower) >= 2_000) && t.encyclopedic(lower)) return true;
      // A proper noun of English written in lower case (`germany`, `july`), or an acronym (`dna`); not a name
      // (`Alma`, `Campos`), nor a short function word (`que`, `les`: `Que.`, `Les`).
      if ((lower.length > 3 || !common) && englishProperNoun(lower)) return true;
      if (t.core(lower.toUpperCase())) return true;
    } else if (t.has(lower) || t.has(bare)) {
      return true;
    }
    return ACCENTED_LOANS.has(lower);
  }

  /**
   * A capitalised word inside a sentence: a name, unless the evidence is strong: a word of the source that English
   * lacks, with an umlaut or accent (`Präsident`), or for German (which capitalises its nouns) a common noun,
   * between lower-case words, that is no name (`the Krankheit`).
   */
  private capitalised(t: Token, prev: Token | undefined, next: Token | undefined): string | null {
    const src = this.source;
    if (src === null || src === 'ru' || this.lang !== 'en') return null;
    const w = t.text;
    const lower = w.toLowerCase();
    // Capitalised words around it make a name (`Kristoffer Schneider`); a sentence's first word does not.
    if (!prev || (/^\p{Lu}/u.test(prev.text) && !prev.initial) || (next && /^\p{Lu}/u.test(next.text))) return null;
    const s = lexicon(src);
    if (!s || ALPHABETS[src]?.test(lower) === false) return null;
    const accented = /[^\x00-\x7f]/.test(w);
    if (accented ? !s.has(lower) || !Number.isFinite(s.rank(lower)) : src !== 'de' || lower.length < 5 || !s.common(lower)) return null;
    // Without an accent, a German noun shows itself by its ending or its length, or after a determiner (names
    // rarely follow `the`).
    if (!accented && !GERMAN_NOUN.test(lower) && lower.length < 12 && !DETERMINERS.has(prev.text.toLowerCase())) return null;
    if (isCommonName(lower) || isCommonName(fold(lower))) return null;
    if (this.targetHas(lower, src) || lexicon('en')!.core(w)) return null;
    // A place or a name English Wikipedia writes often (`Bogotá`).
    if (lexicon('en')!.encyclopedic(lower) || lexicon('en')!.encyclopedic(fold(lower))) return null;
    return src;
  }

  /** A Latin word in a Russian text: brands and names mostly; a common word of the source when lower case. */
  private latinInRussian(t: Token, prev: Token | undefined): Verdict | null {
    const src = this.source;
    if (src === null || src === 'ru') return null;
    const w = t.text;
    if (!/^\p{Ll}+$/u.test(w) || w.length < 3) return null;
    if (prev && LATIN.test(prev.text) && /^\p{Lu}/u.test(prev.text)) return null;
    const s = lexicon(src);
    return s && s.core(w) && s.common(w) ? { lang: src, script: true, severity: 'minor' } : null;
  }

  /**
   * Whether the run at token i goes on a title or a name that a capitalised word of its language opens (`La fille
   * du régiment`, `Chambre des députés`): the capitalised word is not sentence-initial, and not a name itself.
   */
  private continuesTitle(tokens: readonly Token[], i: number, text: string, lang: string | null): boolean {
    const s = lexicon(lang);
    if (s === null) return false;
    // Back over words of the language (`À la recherche du …`) to the capitalised one.
    for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
      const t = tokens[k]!;
      if (!/^[ \u00a0]+$/.test(text.slice(t.end, tokens[k + 1]!.start))) return false;
      const lower = t.text.toLowerCase();
      if (!/^\p{Lu}/u.test(t.text)) {
        if (!s.has(lower)) return false;
        continue;
      }
      if (t.initial || isCommonName(lower)) return false;
      // The German and Italian lists hold names and places too: only a common word of theirs opens a title.
      if (!(lang === 'de' || lang === 'it' ? s.common(lower) : s.has(lower))) return false;
      return this.target === null || (!this.target.core(lower) && !this.target.core(t.text));
    }
    return false;
  }

  /** Whether `lower` is a function word of the source (of any language but the target's, when it is unknown). */
  private foreignFunctionWord(lower: string): boolean {
    const own = FUNCTION_WORDS[this.lang];
    if (own?.has(lower)) return false;
    const langs = this.source !== null ? [this.source] : Object.keys(FUNCTION_WORDS).filter((l) => l !== this.lang);
    return langs.some((l) => FUNCTION_WORDS[l]?.has(lower));
  }

  /** Whether words i..j are presented as foreign: after a cue (`so-called`, `in French`), before a gloss. */
  private presentedAsForeign(text: string, tokens: readonly Token[], i: number, j: number, v: Verdict): boolean {
    const before = (k: number) => (i - k >= 0 ? tokens[i - k]!.text.toLowerCase() : '');
    const gap = text.slice(i > 0 ? tokens[i - 1]!.end : 0, tokens[i]!.start);
    if (CUES.has(before(1))) return true;
    // Another script right after a language or script name: `in Russian Всемирной`, `Devanagari: हे`.
    if (v.script && LANGUAGE_NAMES.has(before(1)) && v.lang !== this.source) return true;
    if (before(2) === 'known' && before(1) === 'as') return true;
    if (LANGUAGE_NAMES.has(before(1)) && (/:/.test(gap) || before(2) === 'in' || before(2) === 'the')) {
      // `in French X`, `French: X`; `the Russian X` only before `word`, `term`, `for`.
      if (before(2) !== 'the' || /:/.test(gap)) return true;
    }
    if (LANGUAGE_NAMES.has(before(2)) && /^(?:for|word|term|phrase|expression|name)$/.test(before(1))) return true;
    const after = text.slice(tokens[j]!.end, tokens[j]!.end + 16);
    if (/^["”»’']?\s*\(/.test(after) || /^["”»’']?,?\s*(?:meaning|which means|i\.e\.|or ["“])/.test(after)) return true;
    return false;
  }

  private inGlossaryHit(start: number, end: number): boolean {
    this.glossarySpans ??= this.ctx.terms().map((h) => ({ start: h.start, end: h.end }));
    return this.glossarySpans.some((h) => h.start < end && start < h.end);
  }
}

/** How far a sentence is looked for around a letter, each way. */
const REACH = 600;

/**
 * The sentence of `text` around offset `at`: from its start (after `. ! ? …` and a space, or a line break) to its
 * end, within REACH code units each way (cut at a space).
 */
function sentenceAround(text: string, at: number): [number, number] {
  let start = at;
  const low = Math.max(0, at - REACH);
  while (start > low) {
    const c = text.charCodeAt(start - 1);
    if (c === 10 || c === 13) break;
    if ((c === 32 || c === 0xa0) && /[.!?…]/.test(text.charAt(start - 2))) break;
    start--;
  }
  if (start === low && low > 0) while (start < at && text.charCodeAt(start - 1) !== 32) start++;
  let end = at;
  const high = Math.min(text.length, at + REACH);
  while (end < high) {
    const c = text.charCodeAt(end);
    if (c === 10 || c === 13) break;
    if ((c === 32 || c === 0xa0) && /[.!?…]/.test(text.charAt(end - 1))) break;
    end++;
  }
  if (end === high && high < text.length) while (end > at && text.charCodeAt(end) !== 32) end--;
  return [start, end];
}

/** Whether token i, a particle, stands in a name: capitalised words before and after, maybe other particles. */
function inName(tokens: readonly Token[], i: number, text: string): boolean {
  const capital = (k: number) => /^\p{Lu}/u.test(tokens[k]!.text);
  const joined = (a: number, b: number) => /^[ \u00a0'’-]*$/.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  let a = i - 1;
  while (a >= 0 && i - a <= 3 && joined(a, a + 1) && !capital(a) && NAME_PARTICLES.has(tokens[a]!.text.toLowerCase())) a--;
  if (a < 0 || !joined(a, a + 1) || !capital(a)) return false;
  let b = i + 1;
  while (b < tokens.length && b - i <= 3 && joined(b - 1, b) && !capital(b) && NAME_PARTICLES.has(tokens[b]!.text.toLowerCase())) b++;
  return b < tokens.length && joined(b - 1, b) && capital(b);
}

// Tokens are sorted and disjoint, so their ends are sorted too: the tokens in a span are a run found by binary search,
// and whether a token lies in one of many spans is one binary search over the spans sorted by start (a scan of every
// token per span, or of every span per token, costs time quadratic in the length of a line).

/** Whether a span lies in one of `spans` (start <= its start, its end <= end), as a predicate. */
function containment(spans: readonly Span[]): (t: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = []; // reach[k]: the greatest end among sorted[0..k]
  for (let k = 0; k < sorted.length; k++) reach.push(Math.max(sorted[k]!.end, k ? reach[k - 1]! : -Infinity));
  return (t) => {
    let lo = 0; // the spans that start at or before t
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start <= t.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! >= t.end;
  };
}

/** The index of the first token that starts at or after `offset`. */
function firstFrom(tokens: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The indexes of the tokens strictly inside `g` (g.start < start, end < g.end), in order. */
function within(tokens: readonly Span[], g: Span): number[] {
  const out: number[] = [];
  for (let i = firstFrom(tokens, g.start + 1); i < tokens.length && tokens[i]!.end < g.end; i++) out.push(i);
  return out;
}

function findGroups(text: string): Span[] {
  const out: Span[] = [];
  for (const [open, re] of GROUPS) {
    if (text.indexOf(open) === -1) continue;
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

let properNouns: ((w: string) => boolean) | null = null;

/** Whether English spells `lower` capitalised (`Germany`, `July`). */
function englishProperNoun(lower: string): boolean {
  if (!properNouns) {
    const en = lexicon('en')!;
    properNouns = (w) => en.core(w.charAt(0).toUpperCase() + w.slice(1));
  }
  return properNouns(lower);
}
