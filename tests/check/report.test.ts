/** Report formats: GitHub escaping, SARIF's required shape, JSON round trip, the text layout. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_CATALOG } from '../../src/check/index.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import {
  buildSarif, escapeData, formatSarif, REPORT_FORMATS, escapeProperty, formatGithubAnnotations, formatJson, formatStepSummary, formatText, parseJsonReport,
  type ReportInput,
} from '../../src/report/index.ts';
import { checkRepository } from './fixture-runner.ts';

const error: Diagnostic = {
  ruleId: 'glossary-forbidden-variant', severity: 'error', message: '"Shoygu" is 100% wrong, here: see', file: 'translations/en/a,b:c.yaml',
  line: 8, column: 14, endLine: 8, endColumn: 20, hint: 'write "Shoigu"\nthen run again',
};
const note: Diagnostic = { ruleId: 'empty-target', severity: 'note', message: 'no English translation yet', file: 'translations/en/x.yaml', line: 3, column: 13 };
const wholeFile: Diagnostic = { ruleId: 'encoding', severity: 'error', message: 'not UTF-8', file: 'translations/ko/y.yaml', hint: 'save it as UTF-8' };
const report: ReportInput = {
  diagnostics: [error, note, wholeFile],
  suppressed: [{ diagnostic: { ...note, ruleId: 'glossary-missing-target', severity: 'error' }, reason: 'named by office | see note' }],
};

describe('GitHub annotations', () => {
  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('100%\r\nnext')).toBe('100%25%0D%0Anext');
    expect(escapeProperty('a,b:c%')).toBe('a%2Cb%3Ac%25');
  });

  it('writes one ::error/::warning line per finding, none for notes', () => {
    const lines = formatGithubAnnotations(report).trimEnd().split('\n');
    expect(lines).toEqual([
      '::error file=translations/en/a%2Cb%3Ac.yaml,line=8,col=14,endColumn=20,title=dolmetsch glossary-forbidden-variant::"Shoygu" is 100%25 wrong, here: see%0Afix: write "Shoigu"%0Athen run again',
      '::error file=translations/ko/y.yaml,title=dolmetsch encoding::not UTF-8%0Afix: save it as UTF-8',
    ]);
  });

  it('summarises in Markdown with table cells that cannot break the table', () => {
    const summary = formatStepSummary(report);
    expect(summary).toContain('## ❌ dolmetsch check');
    expect(summary).toContain('2 errors, 0 warnings, 1 note in 3 files (1 suppressed)');
    expect(summary).toContain('| `translations/en/x.yaml:3:13` | glossary-missing-target | named by office \\| see note |');
    expect(summary).not.toMatch(/write "Shoigu"\n/);
  });
});

describe('SARIF 2.1.0', () => {
  const log = buildSarif(report, { name: 'dolmetsch', version: '0.1.0', rules: RULE_CATALOG });
  const run = log.runs[0]!;

  it('has the required top-level and tool fields', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(run.tool.driver.name).toBe('dolmetsch');
    for (const rule of run.tool.driver.rules) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    expect(new Set(run.tool.driver.rules.map((r) => r.id)).size).toBe(run.tool.driver.rules.length);
  });

  it('gives every result a rule that exists, a level, a message and a region with a start line ≥ 1', () => {
    expect(run.results).toHaveLength(4);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex!]!.id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(0);
      const location = result.locations[0]!.physicalLocation;
      expect(location.artifactLocation.uri).not.toMatch(/^\//);
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
      if (location.region.startColumn !== undefined) expect(location.region.startColumn).toBeGreaterThanOrEqual(1);
    }
    expect(run.results[0]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'translations/en/a%2Cb%3Ac.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 8, startColumn: 14, endLine: 8, endColumn: 20 },
    });
    expect(run.results[2]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1 });
  });

  it('lists suppressed findings as results with an in-source suppression and its justification', () => {
    const suppressed = run.results.filter((r) => r.suppressions !== undefined);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]!.suppressions).toEqual([{ kind: 'inSource', justification: 'named by office | see note' }]);
    expect(suppressed[0]!.ruleId).toBe('glossary-missing-target');
  });

  it('is written in pieces of whole lines, byte for byte JSON.stringify(log, null, 2) and a line break', () => {
    const tool = { name: 'dolmetsch', version: '0.1.0', informationUri: 'https://example.org/d', rules: RULE_CATALOG };
    // Enough findings for several pieces (pieces.ts writes about 64 KiB at a time), with and without suppressions.
    const many: ReportInput = {
      diagnostics: Array.from({ length: 600 }, (_, i) => [error, note, wholeFile, { ...error, entry: 'sergei-shoigu' }][i % 4]!),
      suppressed: [...report.suppressed, ...report.suppressed],
    };
    for (const input of [report, many, { diagnostics: [], suppressed: [] }, { diagnostics: [], suppressed: report.suppressed }]) {
      const pieces = [...REPORT_FORMATS.byId('sarif')!.pieces!(input, { tool })];
      expect(pieces.join('')).toBe(`${JSON.stringify(buildSarif(input, tool), null, 2)}\n`);
      expect(formatSarif(input, tool)).toBe(pieces.join(''));
      for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
    }
    const pieces = [...REPORT_FORMATS.byId('sarif')!.pieces!(many, { tool })];
    expect(pieces.length).toBeGreaterThan(2);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(2 * 65_536);
  });

  it('adds a descriptor for a loader id that the catalog does not list', () => {
    const other = buildSarif({ diagnostics: [{ ...wholeFile, ruleId: 'glossary-unknown-key' }], suppressed: [] }, { name: 'd', version: '1', rules: [] });
    expect(other.runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual(['glossary-unknown-key']);
  });
});

describe('JSON', () => {
  it('round-trips the findings and the suppressions', () => {
    const parsed = parseJsonReport(formatJson(report));
    expect(parsed.diagnostics).toEqual(report.diagnostics);
    expect(parsed.suppressed).toEqual(report.suppressed);
    expect(parsed.summary).toEqual({ errors: 2, warnings: 0, notes: 1, suppressed: 1, files: 3 });
  });

  it('round-trips a real check of a fixture', async () => {
    const outcome = await checkRepository(fileURLToPath(new URL('fixtures/suppression/fail', import.meta.url)));
    const parsed = parseJsonReport(formatJson(outcome));
    expect(parsed.diagnostics).toEqual(outcome.diagnostics);
  });
});

describe('text', () => {
  it('groups by file, prints file:line:col severity message [rule] and the fix, then the summary', () => {
    const text = formatText(report);
    expect(text).toBe(
      [
        'translations/en/a,b:c.yaml',
        '  translations/en/a,b:c.yaml:8:14 error "Shoygu" is 100% wrong, here: see [glossary-forbidden-variant]',
        '    fix: write "Shoigu"\nthen run again',
        '',
        'translations/en/x.yaml',
        '  translations/en/x.yaml:3:13 note no English translation yet [empty-target]',
        '',
        'translations/ko/y.yaml',
        '  translations/ko/y.yaml error not UTF-8 [encoding]',
        '    fix: save it as UTF-8',
        '',
        'suppressed (1):',
        '  translations/en/x.yaml:3:13 error no English translation yet [glossary-missing-target]',
        '    reason: named by office | see note',
        '',
        '✖ dolmetsch check: 2 errors, 0 warnings, 1 note in 3 files (1 suppressed)',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    expect(formatText({ diagnostics: [], suppressed: [] })).toBe('✔ dolmetsch check: no problems\n');
  });
});

describe('the glossary entry of a finding', () => {
  it('is a field of the diagnostic (JSON) and in SARIF properties, not only in the message', async () => {
    const outcome = await checkRepository(fileURLToPath(new URL('fixtures/glossary-missing-target/fail', import.meta.url)));
    const entries = outcome.diagnostics.map((d) => d.entry);
    expect(entries).toEqual(['sergei-shoigu', 'pyongyang', 'sergei-shoigu', 'sergei-shoigu', 'kim-jong-un']);
    const json = parseJsonReport(formatJson({ diagnostics: outcome.diagnostics, suppressed: [] }));
    expect(json.diagnostics.map((d) => d.entry)).toEqual(entries);
    const sarif = buildSarif({ diagnostics: outcome.diagnostics, suppressed: [] }, { name: 'dolmetsch', version: '0.1.0', rules: RULE_CATALOG });
    expect(sarif.runs[0]!.results.map((r) => r.properties?.entry)).toEqual(entries);
  });

  it('is set by every glossary rule and by korean-particle after a term; absent where no entry is concerned', async () => {
    for (const rule of ['glossary-forbidden-variant', 'glossary-dnt-altered']) {
      const outcome = await checkRepository(fileURLToPath(new URL(`fixtures/${rule}/fail`, import.meta.url)));
      const own = outcome.diagnostics.filter((d) => d.ruleId === rule);
      expect(own.length, rule).toBeGreaterThan(0);
      for (const d of own) expect(d.entry, `${rule} at ${d.line}`).toMatch(/^[a-z0-9-]+$/);
    }
    const stale = await checkRepository(fileURLToPath(new URL('fixtures/stale-segment/fail', import.meta.url)));
    expect(stale.diagnostics.filter((d) => d.ruleId === 'stale-segment').map((d) => d.entry)).not.toContain(expect.any(String));
  });
});
