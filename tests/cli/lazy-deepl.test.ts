/**
 * deepl-node (with axios) costs more to load than the rest of a no-op run: only a process that talks to DeepL loads
 * it. Module loading is per process, so this runs bin/dolmetsch.js as one and lists what it loaded (ES modules
 * through the loader hooks, CommonJS ones — deepl-node is one — from the require cache at exit).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFakeDeepL } from '../fakes/deepl-server.ts';
import { BIN, cleanEnv, copyFixture, PROJECT_ROOT } from '../helpers/cli.ts';

const FIXTURE = path.join(PROJECT_ROOT, 'tests/e2e/fixtures/small-repo');
const ESM_RECORDER = path.join(PROJECT_ROOT, 'tests/helpers/record-modules.mjs');
const CJS_RECORDER = `const { appendFileSync } = require('node:fs');
const Module = require('node:module');
process.on('exit', () => appendFileSync(process.env.DOLMETSCH_RECORD_MODULES, Object.keys(Module._cache).join('\\n') + '\\n'));
`;

async function loadedBy(cwd: string, args: string[], extraEnv: Record<string, string> = {}): Promise<{ code: number; modules: string[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dolmetsch-lazy-'));
  const record = path.join(dir, 'modules.txt');
  const cjs = path.join(dir, 'record-cjs.cjs');
  await writeFile(cjs, CJS_RECORDER);
  await writeFile(record, '');
  const env = cleanEnv({ DOLMETSCH_RECORD_MODULES: record, ...extraEnv });
  const code = await new Promise<number>((resolve) => {
    execFile(process.execPath, ['--require', cjs, '--import', ESM_RECORDER, BIN, ...args], { cwd, env, timeout: 120_000 }, (error) => {
      resolve(error ? (typeof error.code === 'number' ? error.code : 1) : 0);
    });
  });
  return { code, modules: (await readFile(record, 'utf8')).split('\n').filter(Boolean) };
}

const deeplNodeLoaded = (modules: string[]) => modules.some((file) => file.includes('/node_modules/deepl-node/'));

describe('deepl-node', () => {
  it('is not loaded by a run with another provider, nor by check; it is by a DeepL run', async () => {
    const repo = await copyFixture(FIXTURE);
    const pseudo = await loadedBy(repo, ['translate', '--provider', 'pseudo', '--to', 'en']);
    expect(pseudo.code).toBe(0);
    // The provider's own code is loaded with the registry (a module of src/, or part of a chunk of the bundled build/).
    expect(pseudo.modules.some((file) => /\/src\/providers\/deepl\.ts$|\/build\/(chunks|cli)\//.test(file))).toBe(true);
    expect(deeplNodeLoaded(pseudo.modules)).toBe(false);
    const check = await loadedBy(repo, ['check']);
    expect(deeplNodeLoaded(check.modules)).toBe(false);

    const server = await startFakeDeepL();
    try {
      const deepl = await loadedBy(await copyFixture(FIXTURE), ['translate', '--provider', 'deepl', '--to', 'en'], { DEEPL_AUTH_KEY: 'test-key:fx', DEEPL_SERVER_URL: server.url });
      expect(deepl.code).toBe(0);
      expect(deeplNodeLoaded(deepl.modules)).toBe(true);
    } finally {
      await server.close();
    }
  }, 240_000);
});
