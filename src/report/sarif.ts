/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning. Written by hand (node-sarif-builder 5 needs
 * Node 22): one run, the rules in tool.driver.rules, one result per finding; suppressed findings are results
 * too, with an in-source suppression and its justification. Columns count UTF-16 code units, as JavaScript does.
 */
import type { Diagnostic, Severity } from '../core/diagnostic.ts';
import type { ReportInput, ReportRule } from './types.ts';
import type { ReportFormat } from './report-format.ts';
import { inPieces, joined } from './pieces.ts';

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
  const { log, results } = sarifParts(report, tool);
  log.runs[0]!.results = [...results()];
  return log;
}

/** The log without its results, and the results one at a time: a report of 40,000 findings is some 30 MB as SARIF. */
function sarifParts(report: ReportInput, tool: SarifTool): { log: SarifLog; count: number; results: () => Generator<SarifResult> } {
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
  const log: SarifLog = {
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
      results: [],
    }],
  };
  function* results(): Generator<SarifResult> {
    for (const diagnostic of report.diagnostics) yield result(diagnostic);
    for (const { diagnostic, reason } of report.suppressed) yield { ...result(diagnostic), suppressions: [{ kind: 'inSource' as const, justification: reason }] };
  }
  return { log, count: report.diagnostics.length + report.suppressed.length, results };
}

export function formatSarif(report: ReportInput, tool: SarifTool): string {
  return joined(sarifPieces(report, tool));
}

/** Exactly `JSON.stringify(buildSarif(…), null, 2)` and a line break, written a result at a time instead of as one string. */
export function sarifPieces(report: ReportInput, tool: SarifTool): Generator<string> {
  return inPieces(sarifLines(report, tool));
}

/** Where the empty results stand in the log without them (no string in JSON holds a raw line break, so it is unique). */
const NO_RESULTS = '\n      "results": []';

function* sarifLines(report: ReportInput, tool: SarifTool): Generator<string> {
  const { log, count, results } = sarifParts(report, tool);
  const skeleton = JSON.stringify(log, null, 2);
  const at = skeleton.indexOf(NO_RESULTS);
  if (at < 0) throw new Error('the SARIF log without results has no empty results member');
  if (count === 0) {
    yield skeleton;
    return;
  }
  yield skeleton.slice(0, at);
  yield '      "results": [';
  let left = count;
  for (const result of results()) {
    left -= 1;
    yield `        ${JSON.stringify(result, null, 2).replace(/\n/g, '\n        ')}${left > 0 ? ',' : ''}`;
  }
  yield '      ]';
  yield skeleton.slice(at + NO_RESULTS.length + 1);
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

export const sarifReport: ReportFormat = {
  id: 'sarif',
  extensions: ['sarif', 'json'],
  write: (report, context) => formatSarif(report, context.tool),
  pieces: (report, context) => sarifPieces(report, context.tool),
};
