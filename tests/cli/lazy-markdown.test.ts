/**
 * micromark (with its mdast glue, some sixty modules) is loaded only once an article needs work: a no-op translate
 * run decides from the repository index that nothing changed without it. Module loading is per process, so this
 * runs bin/dolmetsch.js as one and lists the modules it loaded.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, copyFixture, PROJECT_ROOT } from '../helpers/cli.ts';

const FIXTURE = path.join(PROJECT_ROOT, 'tests/e2e/fixtures/small-repo');
const RECORDER = path.join(PROJECT_ROOT, 'tests/helpers/record-modules.mjs');
// From node_modules when run through tsx; in the compiled build, the chunk it is bundled into (bin/build.js).
const MICROMARK = /\/node_modules\/(micromark[^/]*|mdast-util-from-markdown)\/|\/build\/chunks\/markdown-modules-[^/]*\.js$/;

async function translateLoading(cwd: string): Promise<{ code: number; stdout: string; micromark: boolean }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dolmetsch-lazy-md-'));
  const record = path.join(dir, 'modules.txt');
  await writeFile(record, '');
  const args = ['--import', RECORDER, BIN, 'translate', '--provider', 'pseudo'];
  const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(process.execPath, args, { cwd, env: cleanEnv({ DOLMETSCH_RECORD_MODULES: record }), timeout: 120_000 }, (error, stdout) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout });
    });
  });
  const modules = (await readFile(record, 'utf8')).split('\n').filter(Boolean);
  await rm(dir, { recursive: true, force: true });
  return { ...result, micromark: modules.some((url) => MICROMARK.test(url)) };
}

describe('micromark', () => {
  it('is not loaded by a translate run with nothing to do; it is as soon as an article changed', async () => {
    const repo = await copyFixture(FIXTURE);
    const first = await translateLoading(repo);
    expect(first.code).toBe(0);
    expect(first.micromark, 'a first run parses every article').toBe(true);

    const noop = await translateLoading(repo);
    expect(noop.code).toBe(0);
    expect(noop.stdout).toMatch(/up to date/);
    expect(noop.micromark, 'a no-op run').toBe(false);

    const source = path.join(repo, 'source/bericht.md');
    await writeFile(source, `${await readFile(source, 'utf8')}\nEin *neuer* Satz am Ende.\n`);
    const edited = await translateLoading(repo);
    expect(edited.code).toBe(0);
    expect(edited.micromark, 'a run after an edit').toBe(true);
  }, 240_000);
});
