/** The report formats of `dolmetsch check --format`: the only file that names them all. */
import { FormatRegistry } from '../core/format-registry.ts';
import { githubReport } from './github.ts';
import { jsonReport } from './json.ts';
import type { ReportFormat } from './report-format.ts';
import { sarifReport } from './sarif.ts';
import { textReport } from './text.ts';

export const REPORT_FORMATS = new FormatRegistry<ReportFormat>([
  textReport,
  jsonReport,
  sarifReport,
  githubReport,
]);
