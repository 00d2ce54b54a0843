/**
 * Start-up of bin/dolmetsch.js as a process (the process is the point): which modules `--help` loads, and which code
 * runs — the compiled build/ only while it was compiled from exactly the sources in src/, the TypeScript otherwise.
 */
import { execFile } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, cleanEnv, copyFixture, runCli } from '../helpers/cli.ts';

const RECORDER = path.join(PROJECT_ROOT, 'tests/helpers/record-modules.mjs');
const FIXTURE = path.join(PROJECT_ROOT, 'tests/e2e/fixtures/small-repo');
const COMMAND_MODULES = /\/(src|build)\/cli\/(init|translate|check|publish|status|export|import|segment)\.(ts|js)$/;
// tsx and what it needs, loaded only when bin falls back to the TypeScript.
const TSX_PACKAGES = /\/node_modules\/(tsx|esbuild|get-tsconfig|resolve-pkg-maps)\//;

interface Started { code: number; stdout: string; stderr: string; modules: string[] }

/** Runs `bin` (of `root`) in `cwd` and lists every module the process loaded. */
async function startBin(root: string, cwd: string, args: string[]): Promise<Started> {
  const record = path.join(await mkdtemp(path.join(tmpdir(), 'dolmetsch-modules-')), 'modules.txt');
  const bin = path.join(root, 'bin/dolmetsch.js');
  const env = cleanEnv({ DOLMETSCH_RECORD_MODULES: record });
  const result = await new Promise<Omit<Started, 'modules'>>((resolve) => {
    execFile(process.execPath, ['--import', RECORDER, bin, ...args], { cwd, env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
  const modules = (await readFile(record, 'utf8')).split('\n').filter(Boolean);
  await rm(path.dirname(record), { recursive: true, force: true });
  return { ...result, modules };
}

const projectModules = (modules: string[], root: string) =>
  modules.filter((url) => url.startsWith('file://') && !url.includes('/node_modules/') && url.startsWith(`file://${root}`));
const packages = (modules: string[]) => modules.filter((url) => url.includes('/node_modules/') && !TSX_PACKAGES.test(url));

/** A copy of what bin needs (bin/, src/, scripts/, package.json, tsconfig*.json) sharing this node_modules. */
async function copyProject(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-project-'));
  for (const item of ['bin', 'src', 'package.json', 'tsconfig.json', 'tsconfig.build.json']) {
    await cp(path.join(PROJECT_ROOT, item), path.join(root, item), { recursive: true });
  }
  await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'));
  return root;
}

describe('dolmetsch start-up', () => {
  it('--help and --version load no command module and no npm package; a command loads only its own module', async () => {
    for (const args of [['--help'], ['--version'], ['help', 'translate']]) {
      const started = await startBin(PROJECT_ROOT, PROJECT_ROOT, args);
      expect(started.code, started.stderr).toBe(0);
      const own = projectModules(started.modules, PROJECT_ROOT);
      const commands = own.filter((url) => COMMAND_MODULES.test(url));
      expect(commands, args.join(' ')).toEqual(args[0] === 'help' ? [expect.stringMatching(/\/cli\/translate\.(ts|js)$/)] : []);
      if (args[0] !== 'help') expect(packages(started.modules), args.join(' ')).toEqual([]);
      if (args[0] !== 'help') expect(own.length, own.join('\n')).toBeLessThanOrEqual(16);
    }
    const segment = await startBin(PROJECT_ROOT, PROJECT_ROOT, ['segment', 'source/kim-russland.md']);
    expect(segment.code, segment.stderr).toBe(0);
    const commands = projectModules(segment.modules, PROJECT_ROOT).filter((url) => COMMAND_MODULES.test(url));
    expect(commands).toEqual([expect.stringMatching(/\/cli\/segment\.(ts|js)$/)]);
  }, 120_000);

  it('runs the compiled build while it matches src/, and the TypeScript as soon as a source differs from it', async () => {
    const root = await copyProject();
    try {
      const source = (modules: string[]) => {
        const main = modules.find((url) => /\/cli\/main\.(ts|js)$/.test(url)) ?? '';
        return main.includes(`${root}/build/`) ? 'build' : main.includes(`${root}/src/`) ? 'src' : main;
      };
      expect(source((await startBin(root, root, ['--version'])).modules), 'no build yet').toBe('src');

      await new Promise<void>((resolve, reject) => {
        execFile(process.execPath, [path.join(root, 'bin/build.js')], { timeout: 120_000 }, (error) => (error ? reject(error) : resolve()));
      });
      const repo = await copyFixture(FIXTURE);
      const inProcessRepo = await copyFixture(FIXTURE);
      const compiled = await startBin(root, repo, ['translate', '--provider', 'pseudo', '--to', 'en']);
      expect(source(compiled.modules)).toBe('build');
      // Bundled by esbuild (bin/build.js): a few chunks instead of one module per source file (some 190 for a run).
      const compiledOwn = projectModules(compiled.modules, `${root}/build/`);
      expect(compiledOwn.length, compiledOwn.join('\n')).toBeLessThanOrEqual(40);
      expect(packages(compiled.modules).some((url) => /\/node_modules\/yaml\//.test(url))).toBe(true);
      const inProcess = await runCli(inProcessRepo, ['translate', '--provider', 'pseudo', '--to', 'en']);
      expect({ code: compiled.code, stdout: compiled.stdout, stderr: compiled.stderr }).toEqual(inProcess);
      const file = 'translations/en/bericht.yaml';
      expect(await readFile(path.join(repo, file), 'utf8')).toBe(await readFile(path.join(inProcessRepo, file), 'utf8'));
      const version = await startBin(root, root, ['--version']);
      expect(version.stdout).toMatch(/^dolmetsch \d+\.\d+\.\d+\n$/);

      await appendFile(path.join(root, 'src/cli/io.ts'), '\n// edited after the build\n');
      const edited = await startBin(root, root, ['--version']);
      expect(source(edited.modules), 'a source edited after the build').toBe('src');
      expect(edited.stdout).toBe(version.stdout);
      expect(edited.stderr).toBe('');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 240_000);
});
