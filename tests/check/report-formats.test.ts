/** Issue 13 item 6: a report format is one file plus one registry line; a registered one works through `check --format`. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS, type ReportFormat } from '../../src/report/index.ts';
import { cleanEnv, runCli } from '../helpers/cli.ts';
import { throwawayScope } from '../helpers/throwaway.ts';

const FIXTURE = fileURLToPath(new URL('fixtures/glossary-dnt-altered/fail', import.meta.url));

/** A throwaway CSV report: one line per finding. */
const csvReport: ReportFormat = {
  id: 'csv',
  extensions: ['csv'],
  write: (report, context) =>
    [`# ${context.tool.name}`, 'rule,severity,file,line', ...report.diagnostics.map((d) => `${d.ruleId},${d.severity},${d.file},${d.line ?? ''}`)].join('\n') + '\n',
};

describe('report formats registry', () => {
  const scope = throwawayScope();

  it('lists text, json, sarif and github, and a registered format is written by `check --format` and `--output`', async () => {
    expect(REPORT_FORMATS.ids()).toEqual(['text', 'json', 'sarif', 'github']);
    const repo = await scope.copy(FIXTURE);
    scope.keep(REPORT_FORMATS.register(csvReport));

    const printed = await runCli(repo, ['check', '--format', 'csv'], cleanEnv());
    expect(printed.code).toBe(1);
    const lines = printed.stdout.trim().split('\n');
    expect(lines.slice(0, 2)).toEqual(['# dolmetsch', 'rule,severity,file,line']);
    expect(lines.some((line) => line.startsWith('glossary-dnt-altered,error,translations/'))).toBe(true);

    await runCli(repo, ['check', '--format', 'csv', '--output', 'report.csv'], cleanEnv());
    expect(await readFile(path.join(repo, 'report.csv'), 'utf8')).toBe(printed.stdout);
  });

  it('refuses an unregistered format, naming the registered ones', async () => {
    const repo = await scope.copy(FIXTURE);
    const result = await runCli(repo, ['check', '--format', 'csv'], cleanEnv());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format is text, json, sarif, github; not "csv"');
  });
});
