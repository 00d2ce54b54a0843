/**
 * `check` hands its report to stdout a piece at a time and waits until each is passed on (CliIO.stdoutDrained):
 * a reader slower than the check — a CI log's pipe — otherwise had every piece queued in the process at once, some
 * 35 MB at 1,000 articles. The process boundary is the point (a pipe whose reader waits), so the CLI is spawned.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { BIN, cleanEnv, PROJECT_ROOT, runCli, runCliProcess } from '../helpers/cli.ts';

async function translatedRepository(articles: number): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-backpressure-'));
  await mkdir(path.join(root, 'source'));
  for (const article of generateCorpus(articles, 7)) await writeFile(path.join(root, 'source', `${article.slug}.md`), article.markdown);
  await writeFile(path.join(root, 'glossary.yaml'), await readFile(path.join(PROJECT_ROOT, 'glossary.yaml')));
  const translated = await runCli(root, ['translate', '--provider', 'pseudo']);
  expect(translated.code, translated.stderr).toBe(0);
  return root;
}

/**
 * Runs `check` with a reader that takes nothing until the check has written nothing more for a while, then all of
 * it; returns what it read and the most stdout ever held queued (characters written but not yet passed on).
 */
async function checkBehindSlowReader(root: string): Promise<{ stdout: string; mostQueued: number }> {
  const record = path.join(root, 'most-queued');
  const preload = path.join(root, 'record.cjs');
  await writeFile(preload, [
    'let most = 0;',
    'const write = process.stdout.write.bind(process.stdout);',
    'process.stdout.write = (...args) => { const taken = write(...args); most = Math.max(most, process.stdout.writableLength); process.stderr.write("piece\\n"); return taken; };',
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(record)}, String(most)));`,
  ].join('\n'));
  const child = spawn(process.execPath, ['--require', preload, BIN, 'check'], { cwd: root, env: cleanEnv() });
  let lastPiece = 0;
  child.stderr.on('data', (data: Buffer) => {
    if (data.toString().includes('piece')) lastPiece = Date.now();
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  // stdout is not read (its pipe fills) until the check has begun its report and then been quiet for 1.5 s.
  while (lastPiece === 0 || Date.now() - lastPiece < 1500) await new Promise((resolve) => setTimeout(resolve, 100));
  const chunks: Buffer[] = [];
  child.stdout.on('data', (data: Buffer) => chunks.push(data));
  expect(await exited).toBe(1);
  return { stdout: Buffer.concat(chunks).toString('utf8'), mostQueued: Number(await readFile(record, 'utf8')) };
}

describe('check writing to a slow reader', () => {
  it('holds one piece of its report queued at a time, not the whole report, and the reader gets all of it', async () => {
    const root = await translatedRepository(60);
    // Both runs cold, so both reports end with the same summary.
    await rm(path.join(root, '.dolmetsch/check-cache.json'), { force: true });
    const whole = (await runCliProcess(root, ['check'])).stdout;
    await rm(path.join(root, '.dolmetsch/check-cache.json'), { force: true });
    expect(whole.length).toBeGreaterThan(400_000);
    const { stdout, mostQueued } = await checkBehindSlowReader(root);
    expect(stdout).toBe(whole);
    // A piece is a little over 64 K characters (src/report/pieces.ts: whole lines); the report is eight of them.
    // Without waiting for each piece, some 300 K characters were queued here.
    expect(mostQueued).toBeLessThan(2 * 65_536);
  }, 120_000);
});
