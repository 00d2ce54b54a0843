/**
 * GitHub Actions: workflow-command annotations for errors and warnings, and a Markdown step summary.
 * GitHub shows only 10 annotations of each kind per step, so the text report and SARIF carry the full list.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import { countFindings, locationOf, summaryLine, type ReportInput } from './types.ts';
import type { ReportFormat } from './report-format.ts';
import { inPieces, joined } from './pieces.ts';
import { textPieces } from './text.ts';

/** Message data: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values: also `:` and `,`, which would end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning' } as const;

export function formatGithubAnnotations(report: ReportInput): string {
  return joined(githubAnnotationPieces(report));
}

/** The annotations in pieces of whole lines (pieces.ts), as the CLI writes them. */
export function githubAnnotationPieces(report: ReportInput): Generator<string> {
  return inPieces(annotationLines(report));
}

function* annotationLines(report: ReportInput): Generator<string> {
  for (const d of report.diagnostics) {
    if (d.severity === 'note') continue;
    yield `::${COMMAND[d.severity]} ${properties(d)}::${escapeData(d.hint ? `${d.message}\nfix: ${d.hint}` : d.message)}`;
  }
}

function properties(d: Diagnostic): string {
  const pairs: Array<[string, string | number | undefined]> = [
    ['file', d.file],
    ['line', d.line],
    ['col', d.line === undefined ? undefined : d.column],
    ['endLine', d.endLine !== undefined && d.endLine !== d.line ? d.endLine : undefined],
    ['endColumn', d.endLine === d.line ? d.endColumn : undefined],
    ['title', `dolmetsch ${d.ruleId}`],
  ];
  return pairs
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
}

const SUMMARY_ROWS = 100;

/** Markdown for `$GITHUB_STEP_SUMMARY` (appended by the CLI). */
export function formatStepSummary(report: ReportInput): string {
  const counts = countFindings(report);
  const lines = [`## ${counts.errors > 0 ? '❌' : '✅'} dolmetsch check`, '', summaryLine(counts), ''];
  if (report.diagnostics.length > 0) {
    lines.push('| | Where | Rule | Problem | Fix |', '|---|---|---|---|---|');
    for (const d of report.diagnostics.slice(0, SUMMARY_ROWS)) {
      lines.push(`| ${d.severity} | \`${cell(locationOf(d))}\` | ${d.ruleId} | ${cell(d.message)} | ${cell(d.hint ?? '')} |`);
    }
    if (report.diagnostics.length > SUMMARY_ROWS) lines.push('', `… and ${report.diagnostics.length - SUMMARY_ROWS} more in the job log.`);
    lines.push('');
  }
  if (report.suppressed.length > 0) {
    lines.push(`### Suppressed (${report.suppressed.length})`, '', '| Where | Rule | Reason |', '|---|---|---|');
    for (const { diagnostic: d, reason } of report.suppressed) lines.push(`| \`${cell(locationOf(d))}\` | ${d.ruleId} | ${cell(reason)} |`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** A table cell: one line, no pipe, no HTML. */
function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/`/g, "'")
    .replace(/\s+/g, ' ');
}

/** The text report with `::error`/`::warning` annotations after it. */
export const githubReport: ReportFormat = {
  id: 'github',
  extensions: ['txt'],
  write: (report) => joined(githubPieces(report)),
  pieces: githubPieces,
};

function* githubPieces(report: ReportInput): Generator<string> {
  yield* textPieces(report);
  yield* githubAnnotationPieces(report);
}
