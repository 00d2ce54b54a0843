/**
 * Runs the CLI in a given repository folder: `runCli` in this process through `run(argv, io)` (fast, the default),
 * `runCliProcess` / `spawnCli` as a child process of bin/dolmetsch.js where the process itself is the point
 * (signals, kills, exit codes of the bin file).
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/main.ts';
import { declaredVariables } from '../../src/providers/declared.ts';
import { PROVIDERS } from '../../src/providers/registry.ts';
import { watchProcessState } from './process-state.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = path.join(PROJECT_ROOT, 'bin/dolmetsch.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The developer's shell without what would change a command's behaviour: every variable a registered provider
 * declares (keys, endpoints, retry settings; read from the declarations when called, so a provider registered by
 * a test counts too) and dolmetsch's own `DOLMETSCH_*` settings (`DOLMETSCH_ENGLISH`).
 */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const declared = new Set(declaredVariables(PROVIDERS));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !declared.has(key) && !key.startsWith('DOLMETSCH_')) env[key] = value;
  }
  return { ...env, CI: 'true', ...extra };
}

/**
 * The command in this process, as the bin file would run it: stderr is a log (no progress bar), no signal.
 * Anything the code prints past its io (process streams, console) still lands in the result, as it would in a
 * child's output; touching process state a command must leave alone (env, cwd, exitCode, signal handlers) fails.
 */
export async function runCli(cwd: string, args: string[], env: Record<string, string> = cleanEnv()): Promise<CliResult> {
  const result: CliResult = { code: -1, stdout: '', stderr: '' };
  const watch = watchProcessState(result);
  try {
    result.code = await run(args, {
      stdout: (text) => void (result.stdout += text),
      stderr: (text) => void (result.stderr += text),
      env,
      cwd,
      isTTY: false,
    });
  } finally {
    watch.stop();
  }
  return result;
}

/** bin/dolmetsch.js in a child process, to its exit. */
export function runCliProcess(cwd: string, args: string[], env: Record<string, string> = cleanEnv()): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** bin/dolmetsch.js started as a child process, for tests that signal or kill it. */
export function spawnCli(cwd: string, args: string[], env: Record<string, string> = cleanEnv()): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [BIN, ...args], { cwd, env });
}

/** A fresh temporary copy of a fixture repository. */
export async function copyFixture(fixture: string): Promise<string> {
  const target = await mkdtemp(path.join(tmpdir(), 'dolmetsch-'));
  await cp(fixture, target, { recursive: true });
  return target;
}

/** Every file below a folder with its bytes, for "nothing changed" assertions. */
export async function snapshot(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const visit = async (relative: string): Promise<void> => {
    for (const item of await readdir(path.join(root, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${item.name}` : item.name;
      if (item.isDirectory()) await visit(child);
      else files.set(child, (await readFile(path.join(root, child))).toString('base64'));
    }
  };
  await visit('');
  return files;
}
