/** Runs the real CLI (bin/dolmetsch.js) as a child process in a given repository folder. */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(PROJECT_ROOT, 'bin/dolmetsch.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Environment without any provider key from the developer's shell. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(DEEPL_|OPENAI_|LIBRETRANSLATE_|DOLMETSCH_)/.test(key)) env[key] = value;
  }
  return { ...env, CI: 'true', ...extra };
}

export function runCli(cwd: string, args: string[], env: Record<string, string> = cleanEnv()): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
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
