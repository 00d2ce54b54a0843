/** Diagnostic[] → text, GitHub annotations and step summary, JSON, SARIF 2.1.0. Pure functions; the CLI writes. */
export { formatText, textPieces } from './text.ts';
export { escapeData, escapeProperty, formatGithubAnnotations, formatStepSummary, githubAnnotationPieces } from './github.ts';
export { formatJson, parseJsonReport, type JsonReport } from './json.ts';
export { buildSarif, formatSarif, SARIF_SCHEMA, type SarifLog, type SarifResult, type SarifTool } from './sarif.ts';
export { countFindings, summaryLine, type Counts, type ReportInput, type ReportRule } from './types.ts';
export { REPORT_FORMATS } from './registry.ts';
export type { ReportContext, ReportFormat } from './report-format.ts';
