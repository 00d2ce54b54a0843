/**
 * `check` as a process keeps V8's young generation at its start size (bin/dolmetsch.js): at 1,000 articles the
 * young generation grown to 3 × 16 MB was a quarter of the check's peak RSS. Measured from inside the child at its
 * exit (a preload through NODE_OPTIONS), since only the process run by bin/ is tuned; the process is the point.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, copyFixture, runCliProcess } from '../helpers/cli.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;
const MB = 1024 * 1024;

/** The new space's size at the child's exit, in bytes (both semi-spaces). */
async function newSpaceAtExit(repo: string, args: string[]): Promise<number> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dolmetsch-newspace-'));
  const preload = path.join(dir, 'record.cjs');
  const record = path.join(dir, 'new-space');
  await writeFile(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(record)}, String(require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size)));\n`);
  const result = await runCliProcess(repo, args, cleanEnv({ NODE_OPTIONS: `--require "${preload}"` }));
  expect(result.code, result.stderr).toBeLessThan(2);
  return Number(await readFile(record, 'utf8'));
}

describe('check as a process', () => {
  it('keeps the young generation at its start size, where translate lets it grow', async () => {
    const repo = await copyFixture(FIXTURE);
    const translate = await newSpaceAtExit(repo, ['translate', '--provider', 'pseudo']);
    const check = await newSpaceAtExit(repo, ['check']);
    // 1 MB semi-spaces as V8 starts them (2 MB in all; 4 when run through tsx, whose start grows them once before
    // bin/ sets the flag); grown, they double up to 16 MB each. This small repository grows them to 8 MB in all.
    expect(check).toBeLessThanOrEqual(4 * MB);
    expect(translate).toBeGreaterThan(check);
  }, 120_000);
});
