// Builds glossaries for rule tests from YAML text, through the real loader and validator.
import { loadGlossaryText } from '../../src/glossary/load.js';
import { validateGlossary } from '../../src/glossary/validate.js';
import type { Glossary } from '../../src/glossary/types.js';

export function yamlGlossary(yaml: string, file = 'test.yaml'): Glossary {
  const { glossary, problems } = loadGlossaryText(yaml, file, 'yaml');
  const all = [...problems, ...(glossary ? validateGlossary(glossary) : [])];
  if (!glossary || all.length) throw new Error(`bad test glossary: ${all.map((p) => `${p.line}: ${p.message}`).join('; ')}`);
  return glossary;
}
