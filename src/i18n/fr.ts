// Catalogue français. Mêmes clés que en.ts (un test le vérifie).
import type { Catalogue } from './en.js';

export const fr: Catalogue = {
  rules: {
    'quote-spacing': {
      afterOpening: 'Espace après le guillemet ouvrant {{quote}}.',
      beforeClosing: 'Espace avant le guillemet fermant {{quote}}.',
    },
    'quote-pairing': {
      wrongDirection: 'Ce guillemet fermant est orienté dans le mauvais sens : utilisez {{expected}}.',
      wrongOpening: 'Ce guillemet ouvrant est orienté dans le mauvais sens : utilisez {{expected}}.',
      foreignQuotes: '{{quote}} n’est pas un guillemet anglais : utilisez {{expected}}.',
      foreignUnpaired: '{{quote}} n’est pas un guillemet anglais (l’anglais utilise {{pair}}).',
      unbalanced: 'Le guillemet {{quote}} n’a pas de correspondant dans ce paragraphe.',
    },
    'space-before-punctuation': {
      before: 'Espace avant « {{punct}} » : l’anglais n’en met pas.',
      after: 'Espace après « {{punct}} » : l’anglais n’en met pas.',
    },
    'stray-punctuation': {
      stray: '« {{punct}} » après « {{word}} » est suivi d’un mot en minuscules : signe de ponctuation parasite, ou phrase privée de sa majuscule ?',
      cannotEnd: '« {{punct}} » après « {{word}} », un mot qui ne peut pas finir une phrase : signe de ponctuation parasite ?',
      afterWord: '« {{punct}} » juste après « {{word}} », là où aucune proposition ne peut finir : signe de ponctuation parasite ?',
      between: '« {{punct}} » entre « {{word}} » et « {{next}} », qu’aucune ponctuation ne sépare ici : signe de ponctuation parasite ?',
      glued: '« {{punct}} » collé à la fin de « {{word}} » : caractère parasite ?',
      hyphen: 'Trait d’union collé à « {{word}} » devant une espace : trait d’union parasite, ou mot composé coupé en deux ?',
      doubled: '« {{punct}} » : deux signes de ponctuation à la suite ; n’en garder qu’un.',
    },
    'repeated-whitespace': {
      repeated: '{{count}} espaces consécutives.',
    },
    'dangling-punctuation': {
      orphan: '« {{punct}} » reste isolé, sans doute à la place d’un lien ou d’un mot supprimé.',
      emptyBrackets: 'Parenthèses ou crochets vides « {{punct}} », sans doute à la place d’un lien ou d’un mot supprimé.',
      doubled: 'Ponctuation doublée « {{punct}} ».',
    },
    'repeated-word': {
      repeated: 'Le mot « {{word}} » est répété.',
    },
    'invisible-characters': {
      invisible: 'Caractère invisible {{name}} (U+{{code}}).',
      invisibleRun: '{{count}} caractères invisibles {{name}} (U+{{code}}) à la suite.',
      nbsp: '{{name}} (U+{{code}}) entre deux mots ordinaires : l’anglais met ici une espace normale.',
    },
  },
  severity: { critical: 'critique', major: 'majeure', minor: 'mineure', info: 'info' },
  report: {
    problems_one: '{{count}} problème',
    problems_other: '{{count}} problèmes',
    summary: '{{problems}} dans {{files}} ({{critical}} critiques, {{major}} majeures, {{minor}} mineures, {{info}} info) ; {{fixable}} corrigeables avec `mtlint fix`.',
    files_one: '{{count}} fichier',
    files_other: '{{count}} fichiers',
    noProblems: 'Aucun problème dans {{files}}.',
    error: 'erreur',
  },
  errors: {
    notFound: '{{file}} : fichier ou dossier introuvable',
    notReadable: '{{file}} : lecture impossible ({{reason}})',
    binary: '{{file}} : fichier binaire, pas du texte',
    invalidUtf8: '{{file}} : ligne {{line}} : UTF-8 invalide (octet 0x{{byte}} à la position {{offset}})',
    unsupported: '{{file}} : type de fichier non pris en charge (mtlint lit les .txt et .md)',
    noInput: 'aucune entrée : indiquez des fichiers, des dossiers, ou - pour l’entrée standard',
    severalWithoutTarget: 'fix : avec plusieurs entrées, indiquez --write, --out-dir DOSSIER ou --dry-run',
    severalAnnotate: 'annotate : avec plusieurs entrées, indiquez --out-dir DOSSIER',
    writeStdin: 'fix : --write ne peut pas réécrire l’entrée standard',
    writeFailed: '{{file}} : écriture impossible ({{reason}})',
    internal: 'erreur interne : {{reason}}',
    emptyDirectory: '{{file}} : aucun fichier .txt ou .md dans ce dossier',
  },
  cli: {
    description: 'Repère et nettoie les traces que la traduction automatique laisse dans les articles.',
    check: 'Signaler les problèmes de fichiers, de dossiers ou de - (entrée standard)',
    fix: 'Écrire le texte avec toutes les corrections sûres appliquées',
    annotate: 'Écrire le texte annoté en CriticMarkup pour la relecture',
    paths: 'Fichiers (.txt, .md), dossiers, ou - pour l’entrée standard',
    format: 'Format de sortie',
    lang: 'Langue cible du texte',
    sourceLang: 'Langue source de la traduction (notée dans le rapport)',
    failOn: 'Sortir avec le code 1 si un problème atteint cette gravité',
    locale: 'Langue des messages (en ou fr)',
    write: 'Corriger les fichiers sur place (de façon atomique ; seulement ceux qui changent)',
    outDir: 'Écrire les résultats dans ce dossier, en reproduisant l’arborescence',
    dryRun: 'Afficher un diff unifié des corrections ; ne rien écrire',
    wrote: '{{file}} écrit',
    unchanged: '{{file}} : rien à corriger',
  },
};
