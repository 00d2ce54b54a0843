/** What a report format is: an id for `--format`, file endings, and a pure writer of the findings. */
import type { Format } from '../core/format-registry.ts';
import type { SarifTool } from './sarif.ts';
import type { ReportInput } from './types.ts';

export interface ReportContext {
  /** The checker's name, version and rule catalogue (SARIF needs them; others may name them). */
  tool: SarifTool;
}

export interface ReportFormat extends Format {
  write(report: ReportInput, context: ReportContext): string;
  /** The same text in pieces of whole lines, for a large report written piece by piece; without it, `write`'s text is one piece. */
  pieces?(report: ReportInput, context: ReportContext): Iterable<string>;
}
