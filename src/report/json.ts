// The JSON report (contract version 1). Field order is fixed so the same input always gives the same bytes.
import type { Finding } from '../core/types.js';
import { summarise, type FileResult } from './results.js';

export const REPORT_VERSION = 1;

function finding(f: Finding) {
  return {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    start: f.start,
    end: f.end,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    text: f.text,
    suggestions: f.suggestions,
    fix: f.fix ? { start: f.fix.start, end: f.fix.end, text: f.fix.text } : null,
  };
}

export function jsonReport(results: readonly FileResult[], tool: { name: string; version: string }): string {
  const report = {
    version: REPORT_VERSION,
    tool: { name: tool.name, version: tool.version },
    files: results.map((r) => ({
      path: r.path,
      language: r.language,
      languageConfidence: r.languageConfidence,
      sourceLanguage: r.sourceLanguage,
      sourceLanguageEvidence: r.sourceLanguageEvidence,
      words: r.words,
      penalty: r.penalty,
      score: r.score,
      findings: r.findings.map(finding),
      error: r.error,
    })),
    // `errors`: the files that could not be checked (each has its `error`).
    summary: { ...summarise(results), errors: results.filter((r) => r.error !== null).length },
  };
  return JSON.stringify(report, null, 2) + '\n';
}
