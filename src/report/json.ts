/** `--format json`: the findings as data, for scripts. `parseJsonReport` reads it back. */
import type { Diagnostic } from '../core/diagnostic.ts';
import { countFindings, type Counts, type ReportInput } from './types.ts';
import { inPieces, joined } from './pieces.ts';
import type { ReportFormat } from './report-format.ts';

export interface JsonReport {
  version: 1;
  summary: Counts;
  diagnostics: Diagnostic[];
  suppressed: Array<{ diagnostic: Diagnostic; reason: string }>;
}

export function formatJson(report: ReportInput): string {
  return joined(jsonPieces(report));
}

/** Exactly `JSON.stringify(report, null, 2)`, written a finding at a time instead of as one string. */
export function jsonPieces(report: ReportInput): Generator<string> {
  return inPieces(jsonLines(report));
}

function* jsonLines(report: ReportInput): Generator<string> {
  const member = (value: unknown) => JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
  const item = (value: unknown) => `    ${JSON.stringify(value, null, 2).replace(/\n/g, '\n    ')}`;
  function* list(name: string, values: readonly unknown[], last: boolean): Generator<string> {
    const end = last ? '' : ',';
    if (values.length === 0) {
      yield `  "${name}": []${end}`;
      return;
    }
    yield `  "${name}": [`;
    for (let i = 0; i < values.length; i++) yield `${item(values[i])}${i < values.length - 1 ? ',' : ''}`;
    yield `  ]${end}`;
  }
  yield '{';
  yield '  "version": 1,';
  yield `  "summary": ${member(countFindings(report))},`;
  yield* list('diagnostics', report.diagnostics, false);
  yield* list('suppressed', report.suppressed.map(({ diagnostic, reason }) => ({ diagnostic, reason })), true);
  yield '}';
}

export function parseJsonReport(text: string): JsonReport {
  const json = JSON.parse(text) as Partial<JsonReport>;
  if (json.version !== 1 || !Array.isArray(json.diagnostics) || !Array.isArray(json.suppressed)) {
    throw new Error('not a dolmetsch check report (version 1)');
  }
  return json as JsonReport;
}

export const jsonReport: ReportFormat = { id: 'json', extensions: ['json'], write: formatJson, pieces: jsonPieces };
