/** `dolmetsch check` through the real CLI: exit codes, formats, --output, GitHub Actions. */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseJsonReport, type SarifLog } from '../../src/report/index.ts';
import { cleanEnv, copyFixture, runCli } from '../helpers/cli.ts';

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

describe('exit codes', () => {
  it('0 when clean; warnings and notes allowed', async () => {
    expect((await runCli(fixture('glossary-missing-target/pass'), ['check'])).code).toBe(0);
    const stale = await runCli(fixture('stale-segment/fail'), ['check']);
    expect(stale.code).toBe(0);
    expect(stale.stdout).toContain('0 errors, 2 warnings');
  });

  it('1 on errors', async () => {
    const result = await runCli(fixture('glossary-forbidden-variant/fail'), ['check']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('translations/en/bericht.yaml:8:14 error "Shoygu" is a forbidden English spelling');
  });

  it('1 for empty targets only with --require-complete', async () => {
    expect((await runCli(fixture('empty-target/fail'), ['check'])).code).toBe(0);
    const strict = await runCli(fixture('empty-target/fail'), ['check', '--require-complete']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('error no English translation yet');
  });

  it('2 for an invalid glossary or translation file, still reporting the rest', async () => {
    expect((await runCli(fixture('glossary-invalid/fail'), ['check'])).code).toBe(2);
    const result = await runCli(fixture('translation-invalid/fail'), ['check']);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/translations\/en\/bericht\.yaml:8:13 error .*\[yaml-syntax\]/);
    expect(result.stdout).toContain('[glossary-missing-target]');
  });

  it('2 for a bad option', async () => {
    const result = await runCli(fixture('stale-segment/pass'), ['check', '--format', 'xml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format is text, json, sarif, github');
    expect((await runCli(fixture('stale-segment/pass'), ['check', '--lang', 'fr'])).code).toBe(2);
  });

  it('--lang limits the languages', async () => {
    const result = await runCli(fixture('glossary-dnt-altered/fail'), ['check', '--lang', 'ko', '--format', 'json']);
    const report = parseJsonReport(result.stdout);
    expect(report.diagnostics.map((d) => d.file)).toEqual(['translations/ko/bericht.yaml']);
  });

  it('--help shows the options and examples', async () => {
    const result = await runCli(fixture('stale-segment/pass'), ['check', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--format FORMAT');
    expect(result.stdout).toContain('npm run check -- --format sarif --output dolmetsch.sarif');
  });
});

describe('what the check looked at', () => {
  it('names the files it checked, and never says "no problems" about no files at all', async () => {
    const checked = await runCli(fixture('glossary-missing-target/pass'), ['check']);
    expect(checked.stdout).toContain('✔ dolmetsch check: no problems\nChecked glossary.yaml and 2 translation file(s) in translations/en/, translations/ko/.\n');
    const repo = await copyFixture(fixture('glossary-missing-target/pass'));
    await rm(path.join(repo, 'translations'), { recursive: true });
    const nothing = await runCli(repo, ['check']);
    expect(nothing.stdout).toContain('Checked glossary.yaml only: there are no translation files in translations/en/, translations/ko/ yet (run `dolmetsch translate`).');
  });
});

describe('formats and files', () => {
  it('--format sarif --output writes SARIF to the file and the text to stdout', async () => {
    const repo = await copyFixture(fixture('suppression/fail'));
    const result = await runCli(repo, ['check', '--format', 'sarif', '--output', 'out/dolmetsch.sarif']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('[suppression-invalid]');
    const log = JSON.parse(await readFile(path.join(repo, 'out/dolmetsch.sarif'), 'utf8')) as SarifLog;
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results.map((r) => r.ruleId)).toEqual(['glossary-missing-target', 'suppression-invalid', 'suppression-unused']);
  });

  it('on GitHub Actions adds annotations and appends a step summary', async () => {
    const repo = await copyFixture(fixture('glossary-missing-target/fail'));
    const summary = path.join(repo, 'summary.md');
    await writeFile(summary, '# earlier step\n');
    const result = await runCli(repo, ['check'], cleanEnv({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary }));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error file=translations/en/bericht.yaml,line=8,col=13,');
    const written = await readFile(summary, 'utf8');
    expect(written.startsWith('# earlier step\n## ❌ dolmetsch check')).toBe(true);
    expect(written).toContain('5 errors');
  });

  it('without GITHUB_ACTIONS prints no annotations', async () => {
    const result = await runCli(fixture('glossary-missing-target/fail'), ['check'], cleanEnv({ GITHUB_ACTIONS: '' }));
    expect(result.stdout).not.toContain('::error');
  });
});
