/**
 * Reports written in pieces (src/report/pieces.ts): each piece ends at a line's end (a line, and a key in it, is
 * never split between two writes the redactor sees), and the pieces together are byte for byte the report as one
 * string — the JSON exactly what JSON.stringify makes of the whole report.
 */
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULE_CATALOG } from '../../src/check/index.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { run } from '../../src/cli/main.ts';
import { buildSarif, countFindings, REPORT_FORMATS, type ReportInput } from '../../src/report/index.ts';
import { cleanEnv, copyFixture, runCli } from '../helpers/cli.ts';

const text = fc.string({ unit: fc.constantFrom('a', 'ü', '평', ' ', '"', '\\', '\n', '%', ':', '😀'), maxLength: 30 });
const diagnostic: fc.Arbitrary<Diagnostic> = fc.record(
  {
    ruleId: fc.constantFrom('number-mismatch', 'empty-target', 'yaml-syntax'),
    severity: fc.constantFrom('error' as const, 'warning' as const, 'note' as const),
    message: text,
    file: fc.constantFrom('glossary.yaml', 'translations/en/a.yaml', 'translations/ko/b.yaml'),
    line: fc.nat(500),
    column: fc.nat(80),
    hint: text,
    entry: fc.constantFrom('kim-jong-un', 'pyongyang'),
  },
  { requiredKeys: ['ruleId', 'severity', 'message', 'file'] },
);
const reports: fc.Arbitrary<ReportInput> = fc.record({
  diagnostics: fc.array(diagnostic, { maxLength: 12 }),
  suppressed: fc.array(fc.record({ diagnostic, reason: text }), { maxLength: 3 }),
});
const context = { tool: { name: 'dolmetsch', version: '0.0.0', rules: RULE_CATALOG } };

describe('reports in pieces', () => {
  it('give the whole report, each piece ending at a line’s end, in every format that has pieces', () => {
    const withPieces = REPORT_FORMATS.all().filter((format) => format.pieces);
    expect(withPieces.map((format) => format.id).sort()).toEqual(['github', 'json', 'sarif', 'text']);
    fc.assert(fc.property(reports, (report) => {
      for (const format of withPieces) {
        const pieces = [...format.pieces!(report, context)];
        expect(pieces.join('')).toBe(format.write(report, context));
        for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
      }
    }));
  });

  it('write the JSON report exactly as JSON.stringify writes the whole of it', () => {
    const json = REPORT_FORMATS.byId('json')!;
    fc.assert(fc.property(reports, (report) => {
      const whole = { version: 1, summary: countFindings(report), diagnostics: report.diagnostics, suppressed: report.suppressed.map(({ diagnostic, reason }) => ({ diagnostic, reason })) };
      expect(json.write(report, context)).toBe(`${JSON.stringify(whole, null, 2)}\n`);
    }));
  });

  it('write the SARIF log exactly as JSON.stringify writes the whole of it', () => {
    const sarif = REPORT_FORMATS.byId('sarif')!;
    fc.assert(fc.property(reports, (report) => {
      expect(sarif.write(report, context)).toBe(`${JSON.stringify(buildSarif(report, context.tool), null, 2)}\n`);
    }));
  });

  it('cut a large report into many pieces of about 64 K characters', () => {
    const many: ReportInput = {
      diagnostics: Array.from({ length: 5000 }, (_, i) => ({ ruleId: 'number-mismatch', severity: 'error', message: `the number ${i} is missing`, file: `translations/en/a${i % 50}.yaml`, line: i, column: 3, hint: 'write it' })),
      suppressed: [],
    };
    for (const format of REPORT_FORMATS.all().filter((f) => f.pieces)) {
      const pieces = [...format.pieces!(many, context)];
      expect(pieces.length, format.id).toBeGreaterThan(3);
      for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeLessThan((1 << 16) + 1000);
    }
  });

  it('reach stdout from `dolmetsch check` as such pieces, together the whole report', async () => {
    const root = await copyFixture(new URL('./fixtures/number-mismatch/fail/', import.meta.url).pathname);
    for (const language of ['en', 'ko']) {
      const file = path.join(root, 'translations', language, 'bericht.yaml');
      for (let i = 0; i < 150; i++) await copyFile(file, path.join(root, 'translations', language, `bericht-${i}.yaml`));
    }
    const writes: string[] = [];
    const code = await run(['check'], { stdout: (piece) => void writes.push(piece), stderr: () => {}, env: cleanEnv(), cwd: root, isTTY: false });
    expect(code).toBe(1);
    expect(writes.length).toBeGreaterThan(3);
    for (const piece of writes) expect(piece.endsWith('\n')).toBe(true);
    // The same report as a whole (from the cache now, so its last line says so).
    const again = await runCli(root, ['check']);
    expect(writes.join('')).toBe(again.stdout.replace(/\n\d+ of them unchanged since a check[^\n]*\n$/, '\n'));
  });
});
