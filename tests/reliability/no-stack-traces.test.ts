/**
 * A person's mistake or a large repository is a clear message and the right exit code, never "internal error",
 * a stack trace or a hang.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, copyFixture, PROJECT_ROOT, runCli, type CliResult } from '../helpers/cli.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;

let base: string;
beforeAll(async () => {
  base = await copyFixture(FIXTURE);
  await writeFile(path.join(base, 'README.md'), '# a file, not a folder\n');
  const result = await runCli(base, ['translate', '--provider', 'pseudo']);
  expect(result.code, result.stderr).toBe(0);
}, 60_000);

function expectClear(result: CliResult, code: number, ...named: string[]): void {
  const output = result.stdout + result.stderr;
  expect(result.code, output).toBe(code);
  expect(output).not.toMatch(/internal error|\n\s+at /);
  for (const text of named) expect(result.stderr).toContain(text);
}

describe('large inputs', () => {
  it('12,000 sentences gone from an article go to the memory on a small stack (no spread of a large array into a call)', async () => {
    const root = await copyFixture(base);
    const segments = Array.from({ length: 12_000 }, (_, i) => `  - id: s${i.toString(16)}\n    source: Alter Satz ${i}.\n    target: Old sentence ${i}.\n    status: reviewed\n`);
    await writeFile(path.join(root, 'translations/en/bericht.yaml'), `article: bericht\nlanguage: en\nsource: source/bericht.md\nsegments:\n${segments.join('')}`);
    // 80 KB of stack instead of ~1 MB: the same overflow that 215,000 entries cause, at a size a test can afford.
    const result = await new Promise<CliResult>((resolve) => {
      execFile(process.execPath, ['--stack-size=80', path.join(PROJECT_ROOT, 'bin/dolmetsch.js'), 'translate', '--to', 'en'], { cwd: root, env: cleanEnv(), timeout: 120_000 },
        (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }));
    });
    expectClear(result, 0);
    const memory = await readFile(path.join(root, 'translations/memory/en.yaml'), 'utf8');
    expect(memory).toContain('Alter Satz 11999.');
  }, 180_000);
});

describe('output paths a person gets wrong', () => {
  it('publish --out naming a file', async () => {
    expectClear(await runCli(base, ['publish', '--drafts', '--out', 'README.md']), 2, '--out README.md: README.md is a file, not a folder', 'e.g. --out dist');
  }, 60_000);

  it('publish --out where no folder can be made (/sys/x)', async () => {
    expectClear(await runCli(base, ['publish', '--drafts', '--out', '/sys/x']), 2, '--out /sys/x: cannot create the folder /sys/x');
  }, 60_000);

  it('--out /proc/x ends with a message instead of hanging: publish, export, check --output', async () => {
    expectClear(await runCli(base, ['publish', '--drafts', '--out', '/proc/x']), 2, '--out /proc/x: cannot create the folder /proc/x');
    expectClear(await runCli(base, ['export', '--format', 'xliff2', '--out', '/proc/x']), 2, '--out /proc/x: cannot create the folder /proc/x');
    expectClear(await runCli(base, ['check', '--output', '/proc/x/report.sarif', '--format', 'sarif']), 2, '--output /proc/x/report.sarif: cannot create the folder /proc/x');
    expectClear(await runCli(base, ['publish', '--drafts', '--out', '/proc']), 2, '--out /proc: could not write there');
  }, 180_000);

  it('a step summary file that cannot be written is a message; the check result stands', async () => {
    const plain = await runCli(base, ['check']);
    const result = await runCli(base, ['check'], cleanEnv({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: '/proc/x/summary.md' }));
    // The same verdict as without GitHub (its pseudo Korean is reported untranslated: exit 1).
    expect(plain.code).toBe(1);
    expectClear(result, plain.code, 'could not append the step summary to GITHUB_STEP_SUMMARY=/proc/x/summary.md (ENOENT)');
  }, 60_000);

  it('check --output naming a folder, or a path below a file', async () => {
    expectClear(await runCli(base, ['check', '--output', 'source']), 2, '--output source: source is a folder; name a file');
    expectClear(await runCli(base, ['check', '--output', 'README.md/report.json']), 2, '--output README.md/report.json: README.md is a file, not a folder');
    expectClear(await runCli(base, ['export', '--format', 'tmx', '--out', 'README.md/x']), 2, 'README.md is a file, so nothing can be written below it');
  }, 120_000);
});
