// `npm run build` step: validates the shipped glossaries and caches them (see shipped.ts). Exits 2 with every
// problem, file and line, when a shipped glossary is invalid, so a broken glossary cannot be built or released.
import { readFileSync } from 'node:fs';
import { formatProblem, glossaryFiles, loadGlossaries, SHIPPED_DIR } from '../cli/glossaries.js';
import { writeShippedCache } from './shipped.js';

const files = glossaryFiles(SHIPPED_DIR);
const items = [];
let failed = false;
for (const file of files) {
  const { glossaries, problems } = loadGlossaries([file], { useCache: false });
  for (const p of problems) process.stderr.write(`mtlint: ${formatProblem(p)}\n`);
  if (problems.length || !glossaries[0]) failed = true;
  else items.push({ file, bytes: readFileSync(file), glossary: glossaries[0] });
}
if (failed) process.exitCode = 2;
else writeShippedCache(items);
