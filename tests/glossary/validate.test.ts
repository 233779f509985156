import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossaryText } from '../../src/glossary/load.js';
import { patternProblem, validateFiles, validateGlossary } from '../../src/glossary/validate.js';
import type { GlossaryProblem } from '../../src/glossary/types.js';

/** Loading and validation problems of a YAML glossary, as [code, line]. */
function problemsOf(yaml: string): [GlossaryProblem['code'], number | null][] {
  const { glossary, problems } = loadGlossaryText(yaml, 'g.yaml');
  return [...problems, ...(glossary ? validateGlossary(glossary) : [])].map((p) => [p.code, p.line]);
}

describe('glossary validation: one test per error class', () => {
  it('a YAML syntax error, with its line', () => {
    expect(problemsOf('name: g\nentries:\n  - term: A\n    variants: [B\n  - term: C\n')[0]).toEqual(['syntax', expect.any(Number)]);
    const { glossary, problems } = loadGlossaryText('name: g\nentries:\n  - term: A\n\tvariants: [x]\n  - term: B\n', 'g.yaml');
    expect(glossary).toBeNull();
    expect(problems[0]).toEqual({ code: 'syntax', file: 'g.yaml', line: 4, message: 'YAML syntax error: Tabs are not allowed as indentation' });
  });

  it('a missing term', () => {
    expect(problemsOf('name: g\nentries:\n  - term: A\n  - variants: [x]\n  - term: ""\n')).toEqual([
      ['missing-term', 4],
      ['missing-term', 5],
    ]);
  });

  it('an unknown field, at the glossary and entry level', () => {
    expect(problemsOf('name: g\nlanguages: [en]\nentries:\n  - term: A\n    varients: [a]\n')).toEqual([
      ['unknown-field', 2],
      ['unknown-field', 5],
    ]);
  });

  it('a variant equal to its own term (case, spaces and hyphens aside)', () => {
    expect(problemsOf('name: g\nentries:\n  - term: Wi-Fi\n    variants: [wi fi, WiFi]\n')).toEqual([['variant-equals-term', 3]]);
    expect(problemsOf('name: g\nentries:\n  - term: Kyiv\n    alternatives: [Kiev]\n    variants: [KIEV]\n')).toEqual([['variant-equals-term', 3]]);
    // With case: exact another casing is a (redundant) variant, the very same text is not.
    expect(problemsOf('name: g\nentries:\n  - term: iPhone\n    case: exact\n    variants: [Iphone]\n')).toEqual([]);
    expect(problemsOf('name: g\nentries:\n  - term: iPhone\n    case: exact\n    variants: [iPhone]\n')).toEqual([['variant-equals-term', 3]]);
    const { glossary } = loadGlossaryText('name: g\nentries:\n  - term: GigaChat\n    variants: [Gigachat]\n', 'g.yaml');
    expect(validateGlossary(glossary!)[0]!.message).toContain('case: exact');
  });

  it('the same variant under two entries with different terms, naming both lines', () => {
    const yaml = 'name: g\nentries:\n  - term: Kyiv\n    variants: [Kiev]\n  - term: Kyivan\n    variants: [kiev]\n  - term: Kyiv\n    variants: [Kiev]\n';
    const { glossary } = loadGlossaryText(yaml, 'g.yaml');
    const problems = validateGlossary(glossary!);
    expect(problems).toHaveLength(1); // the third entry has the same term: no contradiction
    expect(problems[0]).toMatchObject({ code: 'duplicate-variant', line: 5, file: 'g.yaml' });
    expect(problems[0]!.message).toContain('line 3');
    // A variant that is another entry's term is a contradiction too.
    expect(problemsOf('name: g\nentries:\n  - term: Kiev\n  - term: Kyiv\n    variants: [Kiev]\n')).toEqual([['duplicate-variant', 4]]);
    expect(problemsOf('name: g\nentries:\n  - term: Kyiv\n    variants: [Kiev]\n  - term: Kiev\n')).toEqual([['duplicate-variant', 5]]);
  });

  it('a bad regular expression, with the reason: syntax, lookaround, backreference, empty match', () => {
    const yaml = `name: g
entries:
  - term: A
    patterns: ['Giga[- ?chat']
  - term: B
    patterns: ['(?<!Sber)bank', 'foo(?=bar)']
  - term: C
    patterns: ['(a)\\1']
  - term: D
    patterns: ['x*', 'Giga[- ]?chat', '(a|b)+c']
`;
    const { glossary } = loadGlossaryText(yaml, 'g.yaml');
    const problems = validateGlossary(glossary!);
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['bad-pattern', 3],
      ['bad-pattern', 5],
      ['bad-pattern', 5],
      ['bad-pattern', 7],
      ['bad-pattern', 9],
    ]);
    expect(problems[1]!.message).toMatch(/lookahead and lookbehind/);
    expect(problems[3]!.message).toMatch(/backreferences/);
    expect(problems[4]!.message).toMatch(/empty string/);
    // RE2 is linear-time: a classic catastrophic pattern compiles and is safe.
    expect(patternProblem('(a+)+$')).toBeNull();
  });

  it('a bad enum value', () => {
    expect(problemsOf('name: g\nentries:\n  - term: A\n    severity: high\n    category: brand\n    case: sensitive\n    fix: auto\n')).toEqual([
      ['bad-value', 5],
      ['bad-value', 4],
      ['bad-value', 7],
      ['bad-value', 6],
    ]);
  });

  it('validateFiles reports every problem of every file with file and line, and nothing for a good file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlint-validate-'));
    const good = join(dir, 'good.yaml');
    const bad = join(dir, 'bad.csv');
    writeFileSync(good, 'name: good\nentries:\n  - term: GigaChat\n    variants: [Giga Chat]\n    patterns: ["Giga[- ]?chat"]\n');
    writeFileSync(bad, 'term,variants,patterns\nKyiv,Kiev,\nKyivan,Kiev,\nX,,(?=y)x\n');
    expect(validateFiles([good])).toEqual([]);
    const problems = validateFiles([good, bad, join(dir, 'none.yaml')]);
    expect(problems.map((p) => [p.file, p.code, p.line])).toEqual([
      [bad, 'duplicate-variant', 3],
      [bad, 'bad-pattern', 4],
      [join(dir, 'none.yaml'), 'unreadable', null],
    ]);
  });
});

describe('YAML values the library cannot resolve', () => {
  it('an alias to an unset anchor is a syntax problem with its line, not a crash', () => {
    const r = loadGlossaryText('name: a\nentries:\n  - term: Foo\n    note: *x\n', 'alias.yaml');
    expect(r.problems).toContainEqual(expect.objectContaining({ code: 'syntax', line: 4, file: 'alias.yaml' }));
    expect(r.problems.map((p) => p.message).join(' ')).toMatch(/alias/i);
  });
});
