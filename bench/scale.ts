/**
 * Scale benchmark: the first translate run (pseudo provider) over 100, 1,000 and 10,000 generated articles.
 * Records time per article and peak RSS, both in this process (sampled process.memoryUsage().rss) and for the real
 * CLI as a child process (max RSS from `/usr/bin/time -v` when it exists).
 * Goal (issue 6): peak RSS under 300 MB and a flat time per article — ratio per-article(10,000) / per-article(100).
 * `node --import tsx bench/scale.ts [--articles MAX]` caps the largest corpus.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pseudoRun } from './translate.ts';
import { generateCorpus } from './corpus.ts';

export interface ScaleBenchOptions {
  /** Corpus sizes; default 100, 1,000, 10,000. */
  sizes?: number[];
  /** Drop sizes above this. */
  maxArticles?: number;
}

interface Measurement {
  articles: number;
  inProcessMs: number;
  inProcessPeakRss: number;
  /** Heap in use right after the run (before GC), a hint of what the run keeps alive. */
  heapUsedAfter: number;
  cliMs?: number;
  cliMaxRss?: number;
}

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const TIME = '/usr/bin/time';
const MB = 1024 * 1024;

async function corpusRepository(articles: number): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-scale-'));
  await mkdir(path.join(root, 'source'));
  for (const article of generateCorpus(articles)) await writeFile(path.join(root, 'source', `${article.slug}.md`), article.markdown);
  await cp(path.join(PROJECT, 'glossary.yaml'), path.join(root, 'glossary.yaml'));
  return root;
}

async function inProcess(root: string): Promise<{ ms: number; peakRss: number; heapUsedAfter: number }> {
  globalThis.gc?.();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const started = performance.now();
  await pseudoRun(root);
  const ms = performance.now() - started;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return { ms, peakRss, heapUsedAfter: process.memoryUsage().heapUsed };
}

/** The real CLI in a child process; max RSS from GNU time when available. */
function cli(root: string): Promise<{ ms: number; maxRss?: number }> {
  const bin = path.join(PROJECT, 'bin/dolmetsch.js');
  const args = ['translate', '--provider', 'pseudo'];
  const useTime = existsSync(TIME);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = useTime
      ? spawn(TIME, ['-v', process.execPath, bin, ...args], { cwd: root, env: { ...process.env, CI: 'true' } })
      : spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, CI: 'true' } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.resume();
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`dolmetsch translate exited ${code}: ${stderr.slice(-2000)}`));
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({ ms, ...(kb ? { maxRss: Number(kb[1]) * 1024 } : {}) });
    });
  });
}

export async function run(options: ScaleBenchOptions = {}): Promise<string> {
  const sizes = (options.sizes ?? [100, 1_000, 10_000]).filter((n) => n <= (options.maxArticles ?? Infinity));
  const rows: Measurement[] = [];
  for (const articles of sizes) {
    process.stderr.write(`scale: ${articles} articles…\n`);
    const forLibrary = await corpusRepository(articles);
    const forCli = await corpusRepository(articles);
    try {
      const library = await inProcess(forLibrary);
      const child = await cli(forCli);
      rows.push({
        articles,
        inProcessMs: library.ms,
        inProcessPeakRss: library.peakRss,
        heapUsedAfter: library.heapUsedAfter,
        cliMs: child.ms,
        ...(child.maxRss !== undefined ? { cliMaxRss: child.maxRss } : {}),
      });
    } finally {
      await rm(forLibrary, { recursive: true, force: true });
      await rm(forCli, { recursive: true, force: true });
    }
  }
  return render(rows);
}

function render(rows: readonly Measurement[]): string {
  const perArticle = (m: Measurement) => m.inProcessMs / m.articles;
  const cliPerArticle = (m: Measurement) => (m.cliMs ?? NaN) / m.articles;
  const first = rows[0];
  const last = rows.at(-1);
  const lines = [
    `## Scale: first run over ${rows.map((r) => r.articles.toLocaleString('en')).join(' / ')} articles (pseudo provider)`,
    '',
    'In process: `translateRun` with RSS sampled every 20 ms (the process keeps what earlier, smaller runs grew, so',
    'its RSS only ever rises, and it runs with V8\'s default heap growth). CLI: `dolmetsch translate` as a child process on',
    'its own copy, max RSS from `/usr/bin/time -v`; the CLI grows its heap by half instead of up to fourfold (`bin/dolmetsch.js`).',
    'Heap after run: what the finished run left alive, before a collection.',
    '',
    '| articles | in process | per article | peak RSS (in process) | heap after run | CLI wall | CLI per article | CLI max RSS |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((m) =>
      `| ${m.articles.toLocaleString('en')} | ${(m.inProcessMs / 1000).toFixed(2)} s | ${perArticle(m).toFixed(2)} ms | ${(m.inProcessPeakRss / MB).toFixed(0)} MB | ` +
        `${(m.heapUsedAfter / MB).toFixed(0)} MB | ${m.cliMs === undefined ? '–' : `${(m.cliMs / 1000).toFixed(2)} s`} | ` +
        `${m.cliMs === undefined ? '–' : `${cliPerArticle(m).toFixed(2)} ms`} | ${m.cliMaxRss === undefined ? '–' : `${(m.cliMaxRss / MB).toFixed(0)} MB`} |`,
    ),
    '',
  ];
  if (first && last && last !== first) {
    const peak = Math.max(...rows.map((r) => r.cliMaxRss ?? r.inProcessPeakRss));
    lines.push(
      `Time per article, ${last.articles.toLocaleString('en')} ÷ ${first.articles.toLocaleString('en')}: ` +
        `${(perArticle(last) / perArticle(first)).toFixed(2)} in process, ${(cliPerArticle(last) / cliPerArticle(first)).toFixed(2)} for the CLI ` +
        `(goal: flat, about 1). Peak RSS ${(peak / MB).toFixed(0)} MB (goal: under 300 MB).`,
      '',
    );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { articles: { type: 'string' } } });
  const maxArticles = values.articles === undefined ? undefined : Number(values.articles);
  console.log(await run(maxArticles === undefined ? {} : { maxArticles }));
}
