/** The human report: findings grouped by file, each `file:line:col severity message [rule]` with its fix. */
import { countFindings, locationOf, summaryLine, type ReportInput } from './types.ts';
import type { ReportFormat } from './report-format.ts';

export function formatText(report: ReportInput): string {
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const d of report.diagnostics) {
    if (d.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      lines.push(d.file);
      currentFile = d.file;
    }
    lines.push(`  ${locationOf(d)} ${d.severity} ${d.message} [${d.ruleId}]`);
    if (d.hint) lines.push(`    fix: ${d.hint}`);
  }
  if (report.suppressed.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(`suppressed (${report.suppressed.length}):`);
    for (const { diagnostic: d, reason } of report.suppressed) {
      lines.push(`  ${locationOf(d)} ${d.severity} ${d.message} [${d.ruleId}]`);
      lines.push(`    reason: ${reason}`);
    }
  }
  const counts = countFindings(report);
  if (lines.length > 0) lines.push('');
  lines.push(`${counts.errors > 0 ? '✖' : '✔'} dolmetsch check: ${summaryLine(counts)}`);
  return `${lines.join('\n')}\n`;
}

export const textReport: ReportFormat = { id: 'text', extensions: ['txt'], write: formatText };
