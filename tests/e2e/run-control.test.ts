/** Running translate safely: one run at a time, shards for a CI matrix, polite interruption, the memory. */
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startFakeDeepL, type FakeDeepL } from '../fakes/deepl-server.ts';
import { cleanEnv, copyFixture, PROJECT_ROOT, runCli } from '../helpers/cli.ts';

const FIXTURE = new URL('./fixtures/small-repo', import.meta.url).pathname;
let server: FakeDeepL | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function segments(repo: string, language: string, slug: string) {
  return (parse(await readFile(path.join(repo, `translations/${language}/${slug}.yaml`), 'utf8')) as {
    segments: Array<{ source: string; target: string; status: string; machine?: { provider: string } }>;
  }).segments;
}

describe('one run at a time', () => {
  it('refuses while a live process holds the lock, naming it; takes over a dead one', async () => {
    const repo = await copyFixture(FIXTURE);
    await mkdir(path.join(repo, '.dolmetsch'));
    const lock = path.join(repo, '.dolmetsch/lock');
    // A live holder: this test process itself.
    await writeFile(lock, JSON.stringify({ pid: process.pid, host: os.hostname(), started: '2026-11-26T10:00:00Z' }));
    const refused = await runCli(repo, ['translate', '--provider', 'pseudo']);
    expect(refused.code).toBe(5);
    expect(refused.stderr).toContain(`pid ${process.pid}`);
    await expect(readFile(path.join(repo, 'translations/en/bericht.yaml'))).rejects.toThrow();

    // A dead holder: a pid that cannot exist.
    await writeFile(lock, JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), started: '2026-11-26T10:00:00Z' }));
    const taken = await runCli(repo, ['translate', '--provider', 'pseudo']);
    expect(taken.code, taken.stderr).toBe(0);
    await expect(readFile(lock)).rejects.toThrow(); // released at the end
  });

  it('a dry run needs no lock', async () => {
    const repo = await copyFixture(FIXTURE);
    await mkdir(path.join(repo, '.dolmetsch'));
    await writeFile(path.join(repo, '.dolmetsch/lock'), JSON.stringify({ pid: process.pid, host: os.hostname(), started: 'x' }));
    expect((await runCli(repo, ['translate', '--dry-run'])).code).toBe(0);
  });
});

describe('--shard', () => {
  it('splits the articles deterministically and completely', async () => {
    const repo = await copyFixture(FIXTURE);
    for (let i = 0; i < 12; i++) await writeFile(path.join(repo, `source/artikel-${i}.md`), `---\ntitle: Artikel ${i}\n---\n\nSatz ${i}.\n`);
    const seen: string[][] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const result = await runCli(repo, ['translate', '--dry-run', '--format', 'json', '--shard', shard]);
      expect(result.code, result.stderr).toBe(0);
      seen.push((JSON.parse(result.stdout) as { files: Array<{ article: string; language: string }> }).files.filter((f) => f.language === 'en').map((f) => f.article));
    }
    const all = seen.flat().sort();
    expect(all).toEqual(['artikel-0', 'artikel-1', 'artikel-10', 'artikel-11', 'artikel-2', 'artikel-3', 'artikel-4', 'artikel-5', 'artikel-6', 'artikel-7', 'artikel-8', 'artikel-9', 'bericht']);
    expect(seen.every((part) => part.length > 0)).toBe(true);
    const again = await runCli(repo, ['translate', '--dry-run', '--format', 'json', '--shard', '2/3']);
    expect((JSON.parse(again.stdout) as { files: Array<{ article: string; language: string }> }).files.filter((f) => f.language === 'en').map((f) => f.article)).toEqual(seen[1]);
    expect((await runCli(repo, ['translate', '--shard', '4/3'])).code).toBe(2);
  });
});

describe('interrupted politely', () => {
  it('on SIGINT stops sending, writes what arrived, prints the summary and exits 130', async () => {
    server = await startFakeDeepL({ authKey: 'k-123456:fx', latencyMs: 300 });
    const repo = await copyFixture(FIXTURE);
    for (let i = 0; i < 4; i++) {
      const sentences = Array.from({ length: 50 }, (_, j) => `Artikel ${i} hat den Satz ${j}.`).join(' ');
      await writeFile(path.join(repo, `source/lang-${i}.md`), `---\ntitle: Lang ${i}\n---\n\n${sentences}\n`);
    }
    const env = cleanEnv({ DEEPL_AUTH_KEY: 'k-123456:fx', DEEPL_SERVER_URL: server.url, DOLMETSCH_DEEPL_MAX_RETRIES: '1' });
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/dolmetsch.js'), 'translate', '--concurrency', '1'], { cwd: repo, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const fake = server;
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (fake.requests.filter((r) => r.path === '/v2/translate' && r.status === 200).length >= 1) {
          clearInterval(timer);
          child.kill('SIGINT');
          resolve();
        }
      }, 10);
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code, stderr).toBe(130);
    expect(stderr).toContain('SIGINT');
    expect(stdout).toContain('Stopped: Interrupted');
    const sent = fake.requests.filter((r) => r.path === '/v2/translate').length;
    expect(sent).toBeLessThan(10);
    // Everything that arrived is in the files, which all parse. Planning stops with the sending: an article the run
    // had not reached yet keeps no file (it had nothing to write).
    let machine = 0;
    let files = 0;
    for (const slug of ['bericht', 'lang-0', 'lang-1', 'lang-2', 'lang-3']) {
      for (const language of ['en', 'ko']) {
        if (!existsSync(path.join(repo, `translations/${language}/${slug}.yaml`))) continue;
        files++;
        machine += (await segments(repo, language, slug)).filter((s) => s.status === 'machine').length;
      }
    }
    expect(files).toBeGreaterThan(0);
    expect(files).toBeLessThan(10);
    const arrived = fake.requests.filter((r) => r.path === '/v2/translate' && r.status === 200).flatMap((r) => r.texts).length;
    expect(machine).toBe(arrived);
  });
});

describe('translation memory', () => {
  it('keeps translations of removed sentences, so the same German later costs nothing', async () => {
    const repo = await copyFixture(FIXTURE);
    expect((await runCli(repo, ['translate', '--provider', 'pseudo'])).code).toBe(0);
    const source = path.join(repo, 'source/bericht.md');
    const original = await readFile(source, 'utf8');
    await writeFile(source, original.replace('Der erste Satz steht hier. Der zweite Satz folgt sogleich.\n\n', ''));
    expect((await runCli(repo, ['translate'])).code).toBe(0);
    const memory = parse(await readFile(path.join(repo, 'translations/memory/en.yaml'), 'utf8')) as { entries: Array<{ source: string }> };
    expect(memory.entries.map((e) => e.source)).toEqual(['Der erste Satz steht hier.', 'Der zweite Satz folgt sogleich.']);

    // A new article uses one of them again: the memory fills it, with no provider at all.
    await writeFile(path.join(repo, 'source/neu.md'), '---\ntitle: Neu\n---\n\nDer zweite Satz folgt sogleich.\n');
    const result = await runCli(repo, ['translate']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 segment(s) from the translation memory'); // en and ko
    const neu = await segments(repo, 'en', 'neu');
    expect(neu[1]).toMatchObject({ source: 'Der zweite Satz folgt sogleich.', status: 'machine', machine: { provider: 'memory' } });
    expect(neu[1]!.target).toContain('⟦en:');
    await rm(path.join(repo, 'source/neu.md'));
  });
});

describe('articles in subfolders', () => {
  it('gives source/2025/a.md and source/2026/a.md translation files of their own', async () => {
    const repo = await copyFixture(FIXTURE);
    await mkdir(path.join(repo, 'source/2025'));
    await mkdir(path.join(repo, 'source/2026'));
    await writeFile(path.join(repo, 'source/2025/a.md'), '---\ntitle: Alt\n---\n\nEin alter Satz.\n');
    await writeFile(path.join(repo, 'source/2026/a.md'), '---\ntitle: Neu\n---\n\nEin neuer Satz.\n');
    const result = await runCli(repo, ['translate', '--provider', 'pseudo']);
    expect(result.code, result.stderr).toBe(0);
    expect((await segments(repo, 'en', '2025/a')).map((s) => s.source)).toEqual(['Alt', 'Ein alter Satz.']);
    expect((await segments(repo, 'en', '2026/a')).map((s) => s.source)).toEqual(['Neu', 'Ein neuer Satz.']);
    const again = await runCli(repo, ['translate']);
    expect(again.stdout).not.toContain('has no source article');
    expect(again.stdout).toContain('Translations are up to date: nothing new to translate.');
  });
});
