// Human-readable report: `file:line:col severity message ruleId` lines, then a summary. Colour only when asked
// (the CLI asks on a TTY without NO_COLOR). File names and messages are data: their control characters are shown
// escaped. A file that could not be checked has been reported on stderr once, when it failed; here it is counted.
import type { Severity } from '../core/types.js';
import { escapeControls } from './escape.js';
import { summarise, type FileResult } from './results.js';

export type T = (key: string, data?: Record<string, unknown>) => string;

const COLOURS: Record<Severity, string> = { critical: '\x1b[1;31m', major: '\x1b[31m', minor: '\x1b[33m', info: '\x1b[36m' };
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

export function stylishReport(results: readonly FileResult[], t: T, colour = false): string {
  const paint = (code: string, s: string): string => (colour ? code + s + RESET : s);
  const lines: string[] = [];
  let failed = 0;
  for (const r of results) {
    if (r.error) {
      failed++;
      continue;
    }
    const path = escapeControls(r.path);
    for (const f of r.findings) {
      const msg = escapeControls(f.message.replace(/\s+/g, ' '));
      lines.push(`${path}:${f.line}:${f.column} ${paint(COLOURS[f.severity], t(`severity.${f.severity}`))} ${msg} ${paint(DIM, escapeControls(f.ruleId))}`);
    }
  }
  const s = summarise(results);
  const files = t('report.files', { count: s.files });
  const problems = t('report.problems', { count: s.findings });
  const failures = failed ? t('report.failed', { count: failed }) : '';
  if (s.findings === 0) lines.push(failed ? t('report.noProblemsFailed', { problems, files, failed: failures }) : t('report.noProblems', { files }));
  else {
    if (lines.length) lines.push('');
    const summary = t('report.summary', { ...s, problems, files });
    lines.push(failed ? t('report.withFailures', { report: summary, failed: failures }) : summary);
  }
  return lines.join('\n') + '\n';
}
