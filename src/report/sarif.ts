/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning. Written by hand (node-sarif-builder 5 needs
 * Node 22): one run, the rules in tool.driver.rules, one result per finding; suppressed findings are results
 * too, with an in-source suppression and its justification. Columns count UTF-16 code units, as JavaScript does.
 */
import type { Diagnostic, Severity } from '../core/diagnostic.ts';
import type { ReportInput, ReportRule } from './types.ts';
import type { ReportFormat } from './report-format.ts';

export interface SarifTool {
  name: string;
  version: string;
  informationUri?: string;
  rules: readonly ReportRule[];
}

interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: Severity;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: SarifRegion } }>;
  suppressions?: Array<{ kind: 'inSource'; justification: string }>;
  /** SARIF's property bag: the glossary entry id of a glossary finding. */
  properties?: { entry: string };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Array<{
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri?: string;
        rules: Array<{
          id: string;
          shortDescription: { text: string };
          defaultConfiguration: { level: Severity };
          helpUri?: string;
        }>;
      };
    };
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }>;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export function buildSarif(report: ReportInput, tool: SarifTool): SarifLog {
  const rules = [...tool.rules];
  const known = new Set(rules.map((r) => r.id));
  // A finding under an id the catalog does not list (a loader's specific id) still gets a descriptor.
  for (const d of [...report.diagnostics, ...report.suppressed.map((s) => s.diagnostic)]) {
    if (known.has(d.ruleId)) continue;
    known.add(d.ruleId);
    rules.push({ id: d.ruleId, severity: d.severity, summary: `Input problem reported as ${d.ruleId}.` });
  }
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const result = (d: Diagnostic): SarifResult => ({
    ruleId: d.ruleId,
    ruleIndex: index.get(d.ruleId)!,
    level: d.severity,
    message: { text: d.hint ? `${d.message}\nFix: ${d.hint}` : d.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeUri(d.file), uriBaseId: '%SRCROOT%' }, region: region(d) } }],
    ...(d.entry === undefined ? {} : { properties: { entry: d.entry } }),
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: tool.name,
          version: tool.version,
          ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
          rules: rules.map((r) => ({
            id: r.id,
            shortDescription: { text: r.summary },
            defaultConfiguration: { level: r.severity },
            ...(r.helpUri ? { helpUri: r.helpUri } : {}),
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: [
        ...report.diagnostics.map(result),
        ...report.suppressed.map(({ diagnostic, reason }) => ({ ...result(diagnostic), suppressions: [{ kind: 'inSource' as const, justification: reason }] })),
      ],
    }],
  };
}

export function formatSarif(report: ReportInput, tool: SarifTool): string {
  return `${JSON.stringify(buildSarif(report, tool), null, 2)}\n`;
}

/** Code scanning needs a start line; a finding about a whole file is put on its first line. */
function region(d: Diagnostic): SarifRegion {
  if (d.line === undefined) return { startLine: 1 };
  const r: SarifRegion = { startLine: d.line, startColumn: d.column ?? 1 };
  if (d.endLine !== undefined && d.endColumn !== undefined && (d.endLine > d.line || d.endColumn > r.startColumn!)) {
    r.endLine = d.endLine;
    r.endColumn = d.endColumn;
  }
  return r;
}

/** A relative URI reference: path segments percent-encoded, slashes kept. */
function encodeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

export const sarifReport: ReportFormat = { id: 'sarif', extensions: ['sarif', 'json'], write: (report, context) => formatSarif(report, context.tool) };
