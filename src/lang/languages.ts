// The language codes mtlint accepts from its users (`--lang`, `--source-lang`), as data: the CLI validates against
// these lists and names them in its usage errors. Codes are ISO 639-1 (the primary subtag of BCP 47).
import { TARGET_LANGUAGES } from './identify.js';

/** Languages a text can be checked as (`--lang`): those whose typography, numbers and messages mtlint knows. */
export const CHECKED_LANGUAGES: readonly string[] = TARGET_LANGUAGES;

/**
 * Languages a translation can be declared to come from (`--source-lang`). A declared source selects glossaries
 * and tunes the rules that read artefacts of the source, so the list holds the languages mtlint has evidence or
 * knowledge for, and no more (a code outside it would be accepted and then silently mean nothing):
 * - every target language (translation between them is common, e.g. en -> de, fr -> en): their typography and
 *   numbers are known, and source inference (lang/source.ts) has cues for them;
 * - it: identified by lang/identify.ts, with number scales in number-format, and a source of the DEMETR and
 *   bio-MQM evaluation data;
 * - pt and zh: sources of the real-data evaluation sets (bio-MQM pt->en, WMT news zh->en in ../shared/eval),
 *   where the untranslated-segment rule reads a left-over segment in another script or language.
 * Japanese and Korean come with the issue that adds their knowledge (issue 17): add them here then.
 */
export const SOURCE_LANGUAGES: readonly string[] = [...TARGET_LANGUAGES, 'it', 'pt', 'zh'];

/** The word that asks mtlint to identify (`--lang`) or infer (`--source-lang`) the language instead. */
export const AUTO = 'auto';
