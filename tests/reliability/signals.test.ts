/**
 * SIGINT/SIGTERM stop every command, not only translate: nothing is written after the signal and the exit code is
 * 130/143. Twin file names that are one file on macOS/Windows are refused.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import type { CliIO } from '../../src/cli/io.ts';
import { cleanEnv, copyFixture, PROJECT_ROOT, runCli, snapshot } from '../helpers/cli.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;

let base: string;
beforeAll(async () => {
  base = await copyFixture(FIXTURE);
  expect((await runCli(base, ['translate', '--provider', 'pseudo'])).code).toBe(0);
  expect((await runCli(base, ['export', '--format', 'xliff2', '--lang', 'en'])).code).toBe(0);
}, 60_000);

/** Runs a command in-process with a signal that has already arrived. */
async function runStopped(root: string, argv: string[], signal: 'SIGINT' | 'SIGTERM') {
  const controller = new AbortController();
  controller.abort(signal);
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), env: cleanEnv(), cwd: root, isTTY: false, signal: controller.signal };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe('every command honours the signal', () => {
  const commands: Array<[string, string[]]> = [
    ['check', ['check', '--format', 'json', '--output', 'report.json']],
    ['publish', ['publish', '--drafts']],
    ['export', ['export', '--format', 'tmx', '--out', 'tm']],
    ['import', ['import', 'dist/exchange/en.xliff2.xlf']],
    ['status', ['status']],
  ];
  it.each(commands)('%s: exit 130 on SIGINT and 143 on SIGTERM, nothing written', async (_name, argv) => {
    const root = await copyFixture(base);
    const before = await snapshot(root);
    const interrupted = await runStopped(root, argv, 'SIGINT');
    expect(interrupted.code, interrupted.stdout + interrupted.stderr).toBe(130);
    expect(interrupted.stderr).toContain(`dolmetsch ${argv[0]}: stopped by SIGINT; nothing was written after it.`);
    const terminated = await runStopped(root, argv, 'SIGTERM');
    expect(terminated.code).toBe(143);
    expect(await snapshot(root)).toEqual(before);
  }, 60_000);
});

describe('a real signal to a command that is still reading', () => {
  /**
   * `import` of a named pipe waits until the pipe has data: the signal arrives while it reads. An edited XLIFF
   * (a new target) arrives only after the signal and must not be applied.
   */
  async function importFromPipe(signal: 'SIGINT' | 'SIGTERM') {
    const root = await copyFixture(base);
    const exported = await readFile(path.join(root, 'dist/exchange/en.xliff2.xlf'), 'utf8');
    const edited = exported.replace(/(<target[^>]*>)[^<]*/, '$1A translator changed this.');
    expect(edited).not.toBe(exported);
    const pipe = path.join(root, 'waiting.xlf');
    execFileSync('mkfifo', [pipe]);
    const before = await readFile(path.join(root, 'translations/en/bericht.yaml'), 'utf8');
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/dolmetsch.js'), 'import', 'waiting.xlf'], { cwd: root, env: cleanEnv() });
    let stderr = '';
    const stopping = new Promise<void>((resolve) => child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (stderr.includes(`${signal}: `)) resolve();
    }));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const writer = await open(pipe, 'w'); // returns once the command has opened the pipe: it is reading now
    child.kill(signal);
    await stopping;
    await writer.writeFile(edited);
    await writer.close();
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const code = await exited;
    clearTimeout(timer);
    expect(await readFile(path.join(root, 'translations/en/bericht.yaml'), 'utf8')).toBe(before);
    return { code, stderr };
  }

  it('SIGINT: the message fits the command, exit 130, the edit that arrived after it not applied', async () => {
    const { code, stderr } = await importFromPipe('SIGINT');
    expect(stderr).toContain('SIGINT: stopping; no translation file is changed unless the writing has begun…');
    expect(stderr).not.toContain('requests in flight');
    expect(code).toBe(130);
  }, 60_000);

  it('SIGTERM: exit 143', async () => {
    const { code } = await importFromPipe('SIGTERM');
    expect(code).toBe(143);
  }, 60_000);
});

describe('file names that are one file on macOS and Windows', () => {
  it('Kim.md beside kim.md is refused, naming both', async () => {
    const root = await copyFixture(base);
    await writeFile(path.join(root, 'source/kim.md'), '---\ntitle: Kim\n---\n\nKim reist.\n');
    await writeFile(path.join(root, 'source/Kim.md'), '---\ntitle: Kim\n---\n\nKim reist nicht.\n');
    const result = await runCli(root, ['translate', '--provider', 'pseudo']);
    expect(result.code, result.stdout + result.stderr).toBe(2);
    expect(result.stderr).toContain('source/kim.md and source/Kim.md differ only in upper/lower case or Unicode normalization');
    expect(existsSync(path.join(root, 'translations/en/kim.yaml'))).toBe(false);
  }, 60_000);

  it('NFC and NFD spellings of Müller.md are refused, naming both', async () => {
    const root = await copyFixture(base);
    const nfc = 'Müller.md'.normalize('NFC');
    const nfd = 'Müller.md'.normalize('NFD');
    await writeFile(path.join(root, 'source', nfc), '---\ntitle: Müller\n---\n\nMüller reist.\n');
    await writeFile(path.join(root, 'source', nfd), '---\ntitle: Müller\n---\n\nMüller reist nicht.\n');
    const result = await runCli(root, ['publish', '--drafts']);
    expect(result.code, result.stdout + result.stderr).toBe(2);
    expect(result.stderr.normalize('NFC')).toContain(`source/${nfc} and source/${nfc} differ only in upper/lower case or Unicode normalization`);
    expect(result.stderr).toContain(`source/${nfd}`);
    expect(result.stderr).toContain(`source/${nfc}`);
  }, 60_000);

  it('Kim.yaml beside kim.yaml under translations/ is refused by translate and check, naming both', async () => {
    const root = await copyFixture(base);
    const lower = await readFile(path.join(root, 'translations/en/bericht.yaml'));
    await writeFile(path.join(root, 'translations/en/Bericht.yaml'), lower);
    for (const command of [['translate', '--provider', 'pseudo'], ['check']]) {
      const result = await runCli(root, command);
      expect(result.code, result.stdout + result.stderr).toBe(2);
      expect(result.stderr).toContain('translations/en/bericht.yaml and translations/en/Bericht.yaml differ only in upper/lower case or Unicode normalization');
      expect(result.stderr).toContain('merge what people wrote in the other into it');
    }
  }, 60_000);

  it('NFC and NFD spellings of a translation file are refused by status and the memory folder is looked at too, naming both', async () => {
    const root = await copyFixture(base);
    const nfc = 'müller.yaml'.normalize('NFC');
    const nfd = 'müller.yaml'.normalize('NFD');
    const file = await readFile(path.join(root, 'translations/en/bericht.yaml'), 'utf8');
    await writeFile(path.join(root, 'translations/en', nfc), file.replace('article: bericht', 'article: müller'));
    await writeFile(path.join(root, 'translations/en', nfd), file.replace('article: bericht', 'article: müller'));
    const result = await runCli(root, ['status']);
    expect(result.code, result.stdout + result.stderr).toBe(2);
    expect(result.stderr.normalize('NFC')).toContain(`translations/en/${nfc} and translations/en/${nfc} differ only in upper/lower case or Unicode normalization`);
    expect(result.stderr).toContain(`translations/en/${nfd}`);
    expect(result.stderr).toContain(`translations/en/${nfc}`);

    const memory = await copyFixture(base);
    await mkdir(path.join(memory, 'translations/memory'), { recursive: true });
    await writeFile(path.join(memory, 'translations/memory/en.yaml'), 'language: en\nentries: []\n');
    await writeFile(path.join(memory, 'translations/memory/EN.yaml'), 'language: en\nentries: []\n');
    const memoryResult = await runCli(memory, ['translate', '--provider', 'pseudo']);
    expect(memoryResult.code, memoryResult.stdout + memoryResult.stderr).toBe(2);
    expect(memoryResult.stderr).toContain('translations/memory/en.yaml and translations/memory/EN.yaml differ only in upper/lower case');
  }, 60_000);
});
