import type { LineCounter } from 'yaml';
import type { Diagnostic } from '../core/diagnostic.ts';

export interface SourceSpan {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** 1-based line/column of a yaml node range ([start, valueEnd, …]) or error position ([start, end]). */
export function spanOf(lineCounter: LineCounter, range: readonly number[]): SourceSpan {
  const start = lineCounter.linePos(range[0] ?? 0);
  const end = lineCounter.linePos(range[1] ?? range[0] ?? 0);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

export function diagnosticAt(
  file: string,
  lineCounter: LineCounter,
  range: readonly number[],
  what: { ruleId: string; message: string; hint: string },
): Diagnostic {
  return { ruleId: what.ruleId, severity: 'error', message: what.message, file, ...spanOf(lineCounter, range), hint: what.hint };
}
