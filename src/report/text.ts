/** The human report: findings grouped by file, each `file:line:col severity message [rule]` with its fix. */
import { countFindings, locationOf, summaryLine, type ReportInput } from './types.ts';
import { inPieces, joined } from './pieces.ts';
import type { ReportFormat } from './report-format.ts';

export function formatText(report: ReportInput): string {
  return joined(textPieces(report));
}

/** The text report in pieces of whole lines (pieces.ts), as the CLI writes it. */
export function textPieces(report: ReportInput): Generator<string> {
  return inPieces(textLines(report));
}

function* textLines(report: ReportInput): Generator<string> {
  let currentFile: string | undefined;
  for (const d of report.diagnostics) {
    if (d.file !== currentFile) {
      if (currentFile !== undefined) yield '';
      yield d.file;
      currentFile = d.file;
    }
    yield `  ${locationOf(d)} ${d.severity} ${d.message} [${d.ruleId}]`;
    if (d.hint) yield `    fix: ${d.hint}`;
  }
  if (report.suppressed.length > 0) {
    if (report.diagnostics.length > 0) yield '';
    yield `suppressed (${report.suppressed.length}):`;
    for (const { diagnostic: d, reason } of report.suppressed) {
      yield `  ${locationOf(d)} ${d.severity} ${d.message} [${d.ruleId}]`;
      yield `    reason: ${reason}`;
    }
  }
  const counts = countFindings(report);
  if (report.diagnostics.length > 0 || report.suppressed.length > 0) yield '';
  yield `${counts.errors > 0 ? '✖' : '✔'} dolmetsch check: ${summaryLine(counts)}`;
}

export const textReport: ReportFormat = { id: 'text', extensions: ['txt'], write: formatText, pieces: textPieces };
