// Human-readable report: `file:line:col severity message ruleId` lines, then a summary. Colour only when asked
// (the CLI asks on a TTY without NO_COLOR).
import type { Severity } from '../core/types.js';
import { summarise, type FileResult } from './results.js';

export type T = (key: string, data?: Record<string, unknown>) => string;

const COLOURS: Record<Severity, string> = { critical: '\x1b[1;31m', major: '\x1b[31m', minor: '\x1b[33m', info: '\x1b[36m' };
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

export function stylishReport(results: readonly FileResult[], t: T, colour = false): string {
  const paint = (code: string, s: string): string => (colour ? code + s + RESET : s);
  const lines: string[] = [];
  for (const r of results) {
    if (r.error) {
      lines.push(`${paint(COLOURS.critical, t('report.error'))} ${r.error}`);
      continue;
    }
    for (const f of r.findings) {
      const msg = f.message.replace(/\s+/g, ' ');
      lines.push(`${r.path}:${f.line}:${f.column} ${paint(COLOURS[f.severity], t(`severity.${f.severity}`))} ${msg} ${paint(DIM, f.ruleId)}`);
    }
  }
  const s = summarise(results);
  const files = t('report.files', { count: s.files });
  if (s.findings === 0) lines.push(t('report.noProblems', { files }));
  else {
    if (lines.length) lines.push('');
    lines.push(t('report.summary', { ...s, problems: t('report.problems', { count: s.findings }), files }));
  }
  return lines.join('\n') + '\n';
}
