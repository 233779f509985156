// The glossary engine: loaders (YAML, CSV/TSV, TBX), the validator and the compiled matcher.
export * from './types.js';
export { loadGlossaryText, loadGlossaryFile, glossaryFormatOf, type GlossaryFormat, type LoadResult } from './load.js';
export { validateGlossary, validateFiles, patternProblem } from './validate.js';
export { GlossaryMatcher } from './matcher.js';
