import { readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inProcess, join, ROOT, tempDir } from './helpers.js';

const G = `name: test
entries:
  - term: GigaChat
    variants: [Gigachat]
    case: exact
  - term: YandexGPT
    variants: [Yandex GPT]
`;
const SENTENCE = 'Sberbank presented a new version of Gigachat, while Yandex GPT lags.\n';

function dir(files: Record<string, string>): string {
  const d = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

describe('--glossary', () => {
  it('reports glossary-term findings on exactly the wrong forms, and fix writes the terms', async () => {
    const d = dir({ 'G.yaml': G, 'a.txt': SENTENCE });
    const r = (await inProcess(['check', '--format', 'json', '--glossary', 'G.yaml', 'a.txt'], { cwd: d }));
    const findings = JSON.parse(r.stdout).files[0].findings as { ruleId: string; text: string }[];
    expect(findings.filter((f) => f.ruleId === 'glossary-term').map((f) => f.text)).toEqual(['Gigachat', 'Yandex GPT']);
    expect(r.code).toBe(1); // glossary terms are major by default
    const fixed = (await inProcess(['fix', '--glossary', 'G.yaml', 'a.txt'], { cwd: d }));
    expect(fixed.stdout).toBe('Sberbank presented a new version of GigaChat, while YandexGPT lags.\n');
  });

  it('an invalid glossary is an input error: exit 2, file and line named, nothing checked or written', async () => {
    const d = dir({ 'bad.yaml': 'name: bad\nentries:\n  - variants: [x]\n', 'a.txt': SENTENCE });
    const r = (await inProcess(['fix', '--write', '--glossary', 'bad.yaml', 'a.txt'], { cwd: d }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:3: .*term/);
    expect(r.stdout).toBe('');
    expect((await inProcess(['check', '--glossary', 'missing.yaml', 'a.txt'], { cwd: d })).stderr).toMatch(/missing\.yaml/);
  });

  it('the shipped glossaries apply by default and --no-default-glossaries turns them off', async () => {
    const text = 'Officially, it is a question of preserving the values. She actually agreed.\n';
    const on = JSON.parse((await inProcess(['check', '--format', 'json', '--source-lang', 'fr', '-'], { input: text })).stdout).files[0].findings;
    const calque = on.filter((f: { ruleId: string }) => f.ruleId === 'calque');
    expect(calque[0]).toMatchObject({ text: 'it is a question of' });
    expect(calque[0].suggestions.length).toBeGreaterThan(0);
    const actually = on.filter((f: { text: string; severity: string }) => f.text === 'actually' && f.severity !== 'info');
    expect(actually).toEqual([]);
    const off = JSON.parse((await inProcess(['check', '--format', 'json', '--source-lang', 'fr', '--no-default-glossaries', '-'], { input: text })).stdout);
    expect(off.files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'calque')).toEqual([]);
  });
});

describe('glossary validate', () => {
  it('exits 0 on every shipped glossary', async () => {
    const files = readdirSync(join(ROOT, 'glossary')).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    const r = (await inProcess(['glossary', 'validate', ...files.map((f) => join('glossary', f))]));
    expect(r.stdout).not.toMatch(/:\d+: /);
    expect(r.code).toBe(0);
  });

  it('exits 2 and names file and line for each class of problem', async () => {
    const d = dir({
      'syntax.yaml': 'name: s\nentries:\n  - term: A\n    variants: [a, b\n',
      'noterm.yaml': 'name: n\nentries:\n  - term: Good\n  - variants: [x]\n',
      'dup.yaml': 'name: d\nentries:\n  - term: One\n    variants: [Uno]\n  - term: Two\n    variants: [uno]\n',
      'regex.yaml': "name: r\nentries:\n  - term: Foo\n    patterns: ['(?<=x)foo']\n",
    });
    const r = (await inProcess(['glossary', 'validate', 'syntax.yaml', 'noterm.yaml', 'dup.yaml', 'regex.yaml'], { cwd: d }));
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^syntax\.yaml:\d+: /m);
    expect(r.stdout).toMatch(/^noterm\.yaml:4: .*term/m);
    expect(r.stdout).toMatch(/^dup\.yaml:[56]: .*uno/im);
    expect(r.stdout).toMatch(/^regex\.yaml:[34]: .*(?:lookbehind|not supported)/m);
  });
});
