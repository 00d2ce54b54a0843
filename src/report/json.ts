/** `--format json`: the findings as data, for scripts. `parseJsonReport` reads it back. */
import type { Diagnostic } from '../core/diagnostic.ts';
import { countFindings, type Counts, type ReportInput } from './types.ts';
import type { ReportFormat } from './report-format.ts';

export interface JsonReport {
  version: 1;
  summary: Counts;
  diagnostics: Diagnostic[];
  suppressed: Array<{ diagnostic: Diagnostic; reason: string }>;
}

export function formatJson(report: ReportInput): string {
  const json: JsonReport = {
    version: 1,
    summary: countFindings(report),
    diagnostics: [...report.diagnostics],
    suppressed: report.suppressed.map(({ diagnostic, reason }) => ({ diagnostic, reason })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function parseJsonReport(text: string): JsonReport {
  const json = JSON.parse(text) as Partial<JsonReport>;
  if (json.version !== 1 || !Array.isArray(json.diagnostics) || !Array.isArray(json.suppressed)) {
    throw new Error('not a dolmetsch check report (version 1)');
  }
  return json as JsonReport;
}

export const jsonReport: ReportFormat = { id: 'json', extensions: ['json'], write: formatJson };
