/**
 * CPU benchmark (issue 17 item 5): CPU time per article of a first translate run with the pseudo provider,
 * in process (`process.cpuUsage()` around `translateRun`, user + system). CPU time rather than wall time, because
 * wall time on a shared machine measures the neighbours. Goal: half of the 24 ms per article measured before.
 * `node --import tsx bench/cpu.ts [articles] [--baseline DIR] [--rounds N]` prints the section; `--json` one line of
 * numbers (what a baseline checkout is asked for). `npm run bench -- cpu` takes the baseline checkout from
 * DOLMETSCH_BENCH_BASELINE.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.ts';
import { pseudoRun } from './translate.ts';

export interface CpuBenchOptions {
  articles: number;
  /**
   * A checkout of the code before the change (with this file copied into its bench/). When given, both are measured
   * the same way in alternation, each in its own child process, `rounds` times; the lowest of each is reported.
   */
  baselineDir?: string;
  rounds?: number;
}

export interface CpuMeasurement {
  articles: number;
  cpuMs: number;
  /** The part of cpuMs spent in the kernel (file system calls, syncs). */
  systemMs: number;
  wallMs: number;
  segments: number;
}

/**
 * The baseline when no checkout is given: this file run on commit d0d3d51 (before issue 17 item 5), 1,000 articles,
 * five runs on the shared 2-core machine under load: 20.9–28.0 ms, median 25.6 ms per article.
 */
export const BASELINE = { commit: 'd0d3d51', msPerArticle: 25.6 };

export async function measure(articles: number): Promise<CpuMeasurement> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-cpu-'));
  try {
    await mkdir(path.join(root, 'source'));
    for (const article of generateCorpus(articles)) await writeFile(path.join(root, 'source', `${article.slug}.md`), article.markdown);
    await cp(new URL('../glossary.yaml', import.meta.url), path.join(root, 'glossary.yaml'));
    globalThis.gc?.();
    const wallStarted = performance.now();
    const started = process.cpuUsage();
    const summary = await pseudoRun(root);
    const used = process.cpuUsage(started);
    const wallMs = performance.now() - wallStarted;
    const segments = summary.files.reduce((n, f) => n + f.fromProvider + f.fromMemory, 0);
    return { articles, cpuMs: (used.user + used.system) / 1000, systemMs: used.system / 1000, wallMs, segments };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** One measurement in a child process of the checkout at `dir` (a fresh process, as the baseline gets). */
function measureIn(dir: string, articles: number): CpuMeasurement {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/cpu.ts', String(articles), '--json'], { cwd: dir, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1)!) as CpuMeasurement;
}

export async function run(options: CpuBenchOptions = { articles: 1000 }): Promise<string> {
  const articles = options.articles;
  let now: CpuMeasurement;
  let before: { msPerArticle: number; label: string };
  if (options.baselineDir !== undefined) {
    const here = fileURLToPath(new URL('..', import.meta.url));
    const bases: CpuMeasurement[] = [];
    const nows: CpuMeasurement[] = [];
    for (let round = 0; round < (options.rounds ?? 2); round++) {
      bases.push(measureIn(options.baselineDir, articles));
      nows.push(measureIn(here, articles));
    }
    const lowest = (list: CpuMeasurement[]) => list.reduce((a, b) => (b.cpuMs < a.cpuMs ? b : a));
    now = lowest(nows);
    before = { msPerArticle: lowest(bases).cpuMs / articles, label: `before (${BASELINE.commit}, same run, lowest of ${bases.length})` };
  } else {
    // A small warm-up run first, so the measured run does not pay for loading and compiling modules.
    await measure(20);
    now = await measure(articles);
    before = { msPerArticle: BASELINE.msPerArticle, label: `before (${BASELINE.commit}, recorded)` };
  }
  const perArticle = now.cpuMs / now.articles;
  return [
    `## CPU per article (${now.articles} articles, first run, pseudo provider)`,
    '',
    'CPU time (user + system, `process.cpuUsage()`) of one in-process `translateRun` into en and ko over a fresh',
    'generated corpus, after a 20-article warm-up run. CPU time, not wall time: the machine is shared. Before: this',
    `file run on commit ${BASELINE.commit} (issue 17 item 5), in its own checkout.`,
    '',
    '| | per article | CPU | of which system | wall |',
    '|---|---:|---:|---:|---:|',
    `| ${before.label} | ${before.msPerArticle.toFixed(2)} ms | ${((before.msPerArticle * articles) / 1000).toFixed(2)} s | – | – |`,
    `| now | ${perArticle.toFixed(2)} ms | ${(now.cpuMs / 1000).toFixed(2)} s | ${(now.systemMs / 1000).toFixed(2)} s | ${(now.wallMs / 1000).toFixed(2)} s |`,
    '',
    `Goal: CPU per article halved — now ÷ before = ${(perArticle / before.msPerArticle).toFixed(2)} (goal ≤ 0.50).`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ options: { json: { type: 'boolean' }, baseline: { type: 'string' }, rounds: { type: 'string' } }, allowPositionals: true });
  const articles = Number(positionals[0] ?? 1000);
  if (values.json) {
    await measure(20);
    const m = await measure(articles);
    console.log(JSON.stringify({ ...m, msPerArticle: m.cpuMs / m.articles }));
  } else {
    console.log(await run({ articles, ...(values.baseline ? { baselineDir: values.baseline } : {}), ...(values.rounds ? { rounds: Number(values.rounds) } : {}) }));
  }
}
