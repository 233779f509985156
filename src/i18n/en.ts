// English catalogue. Keys: `rules.<ruleId>.<messageId>` for findings; the rest for the CLI and reports.
// {{name}} placeholders are filled by i18next. Every key here must exist in fr.ts too (a test checks).
export const en = {
  rules: {
    'quote-spacing': {
      afterOpening: 'Space after the opening quotation mark {{quote}}.',
      beforeClosing: 'Space before the closing quotation mark {{quote}}.',
    },
    'quote-pairing': {
      wrongDirection: 'This closing quotation mark points the wrong way: use {{expected}}.',
      wrongOpening: 'This opening quotation mark points the wrong way: use {{expected}}.',
      foreignQuotes: '{{quote}} is not an English quotation mark: use {{expected}}.',
      foreignUnpaired: '{{quote}} is not an English quotation mark (English uses {{pair}}).',
      unbalanced: 'The quotation mark {{quote}} has no partner in this paragraph.',
    },
    'space-before-punctuation': {
      before: 'Space before “{{punct}}”: English puts none there.',
      after: 'Space after “{{punct}}”: English puts none there.',
    },
    'stray-punctuation': {
      stray: '“{{punct}}” after “{{word}}” is followed by a lower-case word: a stray punctuation mark, or a sentence missing its capital?',
      cannotEnd: '“{{punct}}” after “{{word}}”, a word no sentence ends with: a stray punctuation mark?',
      afterWord: '“{{punct}}” right after “{{word}}”, where no clause can end: a stray punctuation mark?',
      between: '“{{punct}}” between “{{word}}” and “{{next}}”, which no punctuation separates here: a stray punctuation mark?',
      glued: '“{{punct}}” stuck to the end of “{{word}}”: a stray character?',
      hyphen: 'Hyphen stuck to “{{word}}” before a space: a stray hyphen, or a compound split in two?',
      doubled: '“{{punct}}”: two punctuation marks in a row; keep one.',
    },
    'repeated-whitespace': {
      repeated: '{{count}} spaces in a row.',
    },
    'dangling-punctuation': {
      orphan: '“{{punct}}” is left dangling, probably where a link or word was removed.',
      emptyBrackets: 'Empty brackets “{{punct}}”, probably where a link or word was removed.',
      doubled: 'Doubled punctuation “{{punct}}”.',
    },
    'repeated-word': {
      repeated: 'The word “{{word}}” is repeated.',
    },
    'invisible-characters': {
      invisible: 'Invisible character {{name}} (U+{{code}}).',
      invisibleRun: '{{count}} invisible characters {{name}} (U+{{code}}) in a row.',
      nbsp: '{{name}} (U+{{code}}) between two ordinary words: English uses a normal space here.',
    },
  },
  severity: { critical: 'critical', major: 'major', minor: 'minor', info: 'info' },
  report: {
    problems_one: '{{count}} problem',
    problems_other: '{{count}} problems',
    summary: '{{problems}} in {{files}} ({{critical}} critical, {{major}} major, {{minor}} minor, {{info}} info); {{fixable}} fixable with `mtlint fix`.',
    files_one: '{{count}} file',
    files_other: '{{count}} files',
    noProblems: 'No problems in {{files}}.',
    error: 'error',
  },
  errors: {
    notFound: '{{file}}: no such file or directory',
    notReadable: '{{file}}: cannot be read ({{reason}})',
    binary: '{{file}}: looks like a binary file, not text',
    invalidUtf8: '{{file}}: line {{line}}: invalid UTF-8 (byte 0x{{byte}} at offset {{offset}})',
    unsupported: '{{file}}: unsupported file type (mtlint reads .txt and .md)',
    noInput: 'no input: give one or more files or directories, or - for standard input',
    severalWithoutTarget: 'fix: with several inputs, give --write, --out-dir DIR or --dry-run',
    severalAnnotate: 'annotate: with several inputs, give --out-dir DIR',
    writeStdin: 'fix: --write cannot write back to standard input',
    writeFailed: '{{file}}: cannot write ({{reason}})',
    internal: 'internal error: {{reason}}',
    emptyDirectory: '{{file}}: no .txt or .md file in this directory',
  },
  cli: {
    description: 'Flags and cleans the artefacts machine translation leaves in articles.',
    check: 'Report findings for files, directories or - (stdin)',
    fix: 'Write the text with every safe fix applied',
    annotate: 'Write the text with CriticMarkup annotations for reviewers',
    paths: 'Files (.txt, .md), directories, or - for standard input',
    format: 'Output format',
    lang: 'Target language of the text',
    sourceLang: 'Source language of the translation (recorded in the report)',
    failOn: 'Exit with 1 when a finding has at least this severity',
    locale: 'Language of the messages (en or fr)',
    write: 'Fix files in place (atomically; only files whose text changes)',
    outDir: 'Write the results into this directory, mirroring the input tree',
    dryRun: 'Print a unified diff of what fix would change; write nothing',
    wrote: 'wrote {{file}}',
    unchanged: '{{file}}: nothing to fix',
  },
};

export type Catalogue = typeof en;
