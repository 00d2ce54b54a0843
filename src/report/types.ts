/** What every report format receives: the findings, and the ones silenced with their reasons. */
import type { Diagnostic, Severity } from '../core/diagnostic.ts';

export interface ReportInput {
  diagnostics: readonly Diagnostic[];
  suppressed: ReadonlyArray<{ diagnostic: Diagnostic; reason: string }>;
}

/** A rule as reports describe it (SARIF `tool.driver.rules`). */
export interface ReportRule {
  id: string;
  severity: Severity;
  summary: string;
  helpUri?: string;
}

export interface Counts {
  errors: number;
  warnings: number;
  notes: number;
  suppressed: number;
  /** Files with at least one (unsuppressed) finding. */
  files: number;
}

export function countFindings(report: ReportInput): Counts {
  const count = (severity: Severity) => report.diagnostics.filter((d) => d.severity === severity).length;
  return {
    errors: count('error'),
    warnings: count('warning'),
    notes: count('note'),
    suppressed: report.suppressed.length,
    files: new Set(report.diagnostics.map((d) => d.file)).size,
  };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `3 errors, 1 warning, 0 notes in 2 files (1 suppressed)` */
export function summaryLine(counts: Counts): string {
  const suppressed = counts.suppressed > 0 ? ` (${counts.suppressed} suppressed)` : '';
  if (counts.errors + counts.warnings + counts.notes === 0) return `no problems${suppressed}`;
  return `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notes, 'note')} in ${plural(counts.files, 'file')}${suppressed}`;
}

export function locationOf(d: Diagnostic): string {
  return d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
}
