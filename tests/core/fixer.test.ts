import { describe, expect, it } from 'vitest';
import { Document } from '../../src/core/document.js';
import { applyEdits, fixText, MAX_FIX_PASSES, selectFixes } from '../../src/core/fixer.js';
import { lint, RuleContractError, type LintOptions } from '../../src/core/linter.js';
import { defineRule, type Finding, type Rule } from '../../src/core/types.js';

const translate = (r: string, m: string) => `${r}.${m}`;
const parse = (t: string) => new Document(t);
const opts = (rules: Rule[]): LintOptions => ({ lang: 'en', rules, translate });

function regexRule(id: string, re: RegExp, replace: (m: RegExpExecArray) => string): Rule {
  return defineRule({
    meta: { id, category: 'fluency/punctuation', severity: 'minor', messages: ['m'], fixable: true, hasSuggestions: false, description: id },
    check(ctx) {
      const g = new RegExp(re.source, 'g');
      for (let m = g.exec(ctx.prose); m; m = g.exec(ctx.prose)) {
        ctx.report({ messageId: 'm', start: m.index, end: m.index + m[0].length, fix: { start: m.index, end: m.index + m[0].length, text: replace(m) } });
      }
    },
  });
}

const f = (start: number, end: number, text: string): Finding =>
  ({ ruleId: 'r', fix: { start, end, text } }) as unknown as Finding;

describe('selectFixes', () => {
  it('keeps the first fix in document order and defers overlapping ones', () => {
    const kept = selectFixes([f(0, 3, 'x'), f(2, 5, 'y'), f(5, 6, 'z')]);
    expect(kept.map((k) => k.fix!.text)).toEqual(['x', 'z']);
  });
  it('keeps adjacent fixes and defers a second insertion at the same point', () => {
    expect(selectFixes([f(0, 2, 'a'), f(2, 4, 'b')]).length).toBe(2);
    expect(selectFixes([f(3, 3, 'a'), f(3, 3, 'b')]).length).toBe(1);
  });
});

describe('fixText', () => {
  it('runs passes until overlapping fixes have all been applied, and composes the edits', () => {
    // "aaaa" -> each pass can only replace non-overlapping "aa" pairs.
    const rule = regexRule('pair', /aa/, () => 'a');
    const r = fixText('xaaaay', parse, opts([rule]));
    expect(r.output).toBe('xay');
    expect(r.passes).toBe(2);
    expect(r.edits.map(({ start, end, text }) => ({ start, end, text }))).toEqual([{ start: 1, end: 5, text: 'a' }]);
    expect(applyEdits('xaaaay', r.edits)).toBe(r.output);
    expect(r.remaining).toEqual([]);
  });

  it('stops on a cycle (A -> B -> A)', () => {
    const flip = regexRule('flip', /[AB]/, (m) => (m[0] === 'A' ? 'B' : 'A'));
    const r = fixText('A', parse, opts([flip]));
    expect(r.output).toBe('B');
    expect(r.passes).toBe(1);
  });

  it('stops after MAX_FIX_PASSES', () => {
    const grow = regexRule('grow', /x+$/, (m) => m[0] + 'x');
    const r = fixText('x', parse, opts([grow]));
    expect(r.passes).toBe(MAX_FIX_PASSES);
    expect(r.output).toBe('x'.repeat(MAX_FIX_PASSES + 1));
    expect(applyEdits('x', r.edits)).toBe(r.output);
  });

  it('never applies a fix inside a masked span or across a line break', () => {
    const rule = regexRule('sp', / +/, () => '');
    const doc = (t: string) => new Document(t, [{ start: 0, end: 4, kind: 'code' }]);
    const r = fixText('a  b c', doc, opts([rule]));
    expect(r.output).toBe('a  bc');
    const nl = regexRule('nl', /\n/, () => ' ');
    expect(fixText('a\nb', parse, opts([nl])).output).toBe('a\nb');
  });

  it('composes edits of later passes that touch earlier ones into one edit of the original', () => {
    const a = regexRule('a', /ab/, () => 'c');
    const b = regexRule('b', /cd/, () => 'e');
    const r = fixText('xabdy', parse, opts([a, b]));
    expect(r.output).toBe('xey');
    expect(r.edits.map(({ start, end, text }) => ({ start, end, text }))).toEqual([{ start: 1, end: 4, text: 'e' }]);
    expect(r.edits[0]!.findings.map((x) => x.ruleId)).toEqual(['a', 'b']);
  });
});

describe('lint contract', () => {
  const base = { id: 'bad', category: 'fluency/punctuation' as const, severity: 'minor' as const, messages: ['m'], description: '' };
  it('throws when a rule reports an undeclared fix, suggestion, message or an empty span', () => {
    const doc = new Document('abc');
    const mk = (report: Parameters<Parameters<typeof defineRule>[0]['check']>[0]['report'] extends (r: infer R) => void ? R : never, fixable = false) =>
      defineRule({ meta: { ...base, fixable, hasSuggestions: false }, check: (c) => c.report(report) });
    expect(() => lint(doc, opts([mk({ messageId: 'm', start: 0, end: 1, fix: { start: 0, end: 1, text: '' } })]))).toThrow(RuleContractError);
    expect(() => lint(doc, opts([mk({ messageId: 'm', start: 0, end: 1, suggestions: ['x'] })]))).toThrow(RuleContractError);
    expect(() => lint(doc, opts([mk({ messageId: 'nope', start: 0, end: 1 })]))).toThrow(RuleContractError);
    expect(() => lint(doc, opts([mk({ messageId: 'm', start: 1, end: 1 })]))).toThrow(RuleContractError);
  });
  it('sorts findings by start then rule id, and applies severity overrides', () => {
    const r1 = regexRule('z', /b/, () => 'B');
    const r2 = regexRule('a', /b/, () => 'B');
    const found = lint(new Document('ab'), { ...opts([r1, r2]), severities: { z: 'major', a: 'off' } });
    expect(found.map((x) => [x.ruleId, x.severity])).toEqual([['z', 'major']]);
    const both = lint(new Document('ab b'), opts([r1, r2]));
    expect(both.map((x) => `${x.start}${x.ruleId}`)).toEqual(['1a', '1z', '3a', '3z']);
  });
});

describe('whole-line deletions', () => {
  const text = 'First paragraph.\n\nPROMO line, follow us.\n\nLast paragraph.\r\nEnd';
  it('are the one kind of fix that may remove line breaks', () => {
    const line = regexRule('line', /PROMO[^\n]*\n\n/, () => '');
    expect(fixText(text, parse, opts([line])).output).toBe('First paragraph.\n\nLast paragraph.\r\nEnd');
    const last = regexRule('last', /\nEnd$/, () => '');
    expect(lint(parse(text), opts([last]))[0]!.fix).toBeNull(); // starts before a line break, not at a line start
    const tail = regexRule('tail', /End$/, () => '');
    expect(lint(parse(text), opts([tail]))[0]!.fix).toEqual({ start: text.length - 3, end: text.length, text: '' });
    const crlf = regexRule('crlf', /Last paragraph\.\r\n/, () => '');
    expect(fixText(text, parse, opts([crlf])).output).toBe('First paragraph.\n\nPROMO line, follow us.\n\nEnd');
  });
  it('refuses a deletion that starts or ends inside a line, and any edit that inserts a line break', () => {
    for (const re of [/line, follow us\.\n\n/, /PROMO line, follow us\.\n\nLast/, /\r/]) {
      const r = regexRule('partial', re, () => '');
      expect(lint(parse(text), opts([r]))[0]!.fix, String(re)).toBeNull();
    }
    const insert = regexRule('insert', /PROMO/, () => 'PROMO\n');
    expect(lint(parse(text), opts([insert]))[0]!.fix).toBeNull();
  });
});

describe('superseding rules', () => {
  const span = (id: string, re: RegExp, supersedes: boolean, severity: 'minor' | 'info' = 'minor'): Rule =>
    defineRule({
      meta: { id, category: 'accuracy/untranslated', severity, messages: ['m'], fixable: false, hasSuggestions: false, description: id, supersedes },
      check(ctx) {
        const g = new RegExp(re.source, 'g');
        for (let m = g.exec(ctx.prose); m; m = g.exec(ctx.prose)) ctx.report({ messageId: 'm', start: m.index, end: m.index + m[0].length });
      },
    });
  const text = 'An English sentence ; then Une phrase française , ici ! And more ; done.';
  const spaces = regexRule('spaces', / [;,!]/, (m) => m[0].trim());
  it('drop the other rules’ findings inside their spans, and only those', () => {
    const french = span('foreign', /Une phrase française , ici !/, true);
    const found = lint(parse(text), opts([spaces, french])).map((f) => [f.ruleId, f.text]);
    expect(found).toEqual([
      ['spaces', ' ;'],
      ['foreign', 'Une phrase française , ici !'],
      ['spaces', ' ;'],
    ]);
    expect(fixText(text, parse, opts([spaces, french])).output).toBe('An English sentence; then Une phrase française , ici ! And more; done.');
  });
  it('leave a finding of the same span or a wider one', () => {
    const french = span('foreign', /Une phrase française , ici !/, true);
    const line = span('line', /then Une phrase française , ici !/, false);
    const same = span('same', /Une phrase française , ici !/, false);
    const found = lint(parse(text), opts([french, line, same])).map((f) => f.ruleId).sort();
    expect(found).toEqual(['foreign', 'line', 'same']);
  });
  it('do not when they speak at info or do not declare it', () => {
    for (const r of [span('foreign', /Une phrase française , ici !/, true, 'info'), span('foreign', /Une phrase française , ici !/, false)]) {
      expect(lint(parse(text), opts([spaces, r])).filter((f) => f.ruleId === 'spaces')).toHaveLength(4);
    }
  });
});
