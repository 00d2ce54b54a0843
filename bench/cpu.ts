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
   * the same way, each in its own child process, `rounds` times (default 3) in alternation; medians and spreads of
   * both are reported, and the ratio of the medians.
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

/** Median, lowest and highest of some numbers. */
function spread(values: number[]): { median: number; low: number; high: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, low: sorted[0]!, high: sorted.at(-1)! };
}

/** One table row: median per article (lowest–highest) of user + system, user, system and wall over the runs. */
function row(label: string, runs: CpuMeasurement[]): string {
  const per = (ms: number[]) => {
    const s = spread(ms.map((m, i) => m / runs[i]!.articles));
    return runs.length === 1 ? `${s.median.toFixed(2)} ms` : `${s.median.toFixed(2)} ms (${s.low.toFixed(2)}–${s.high.toFixed(2)})`;
  };
  return `| ${label} | ${per(runs.map((m) => m.cpuMs))} | ${per(runs.map((m) => m.cpuMs - m.systemMs))} | ${per(runs.map((m) => m.systemMs))} | ${per(runs.map((m) => m.wallMs))} |`;
}

export async function run(options: CpuBenchOptions = { articles: 1000 }): Promise<string> {
  const articles = options.articles;
  const nows: CpuMeasurement[] = [];
  const lines: string[] = [];
  let ratioLine: string;
  if (options.baselineDir !== undefined) {
    const here = fileURLToPath(new URL('..', import.meta.url));
    const bases: CpuMeasurement[] = [];
    const rounds = options.rounds ?? 3;
    // Each round measures both, the one that goes first alternating, so neither always meets the machine fresher.
    for (let round = 0; round < rounds; round++) {
      if (round % 2 === 0) {
        bases.push(measureIn(options.baselineDir, articles));
        nows.push(measureIn(here, articles));
      } else {
        nows.push(measureIn(here, articles));
        bases.push(measureIn(options.baselineDir, articles));
      }
    }
    lines.push(row(`before (${BASELINE.commit})`, bases), row('now', nows));
    const before = spread(bases.map((m) => m.cpuMs)).median;
    const now = spread(nows.map((m) => m.cpuMs)).median;
    const beforeUser = spread(bases.map((m) => m.cpuMs - m.systemMs)).median;
    const nowUser = spread(nows.map((m) => m.cpuMs - m.systemMs)).median;
    const ratios = nows.map((m, i) => m.cpuMs / bases[i]!.cpuMs);
    ratioLine = `Goal: CPU per article halved — now ÷ before (medians of ${rounds} runs each, alternating) = ${(now / before).toFixed(2)}` +
      ` (goal ≤ 0.50); user time alone ${(nowUser / beforeUser).toFixed(2)}; round by round ${ratios.map((r) => r.toFixed(2)).join(', ')}.`;
  } else {
    // A small warm-up run first, so the measured run does not pay for loading and compiling modules.
    await measure(20);
    nows.push(await measure(articles));
    lines.push(`| before (${BASELINE.commit}, recorded) | ${BASELINE.msPerArticle.toFixed(2)} ms | – | – | – |`, row('now', nows));
    ratioLine = `Goal: CPU per article halved — now ÷ before = ${(nows[0]!.cpuMs / articles / BASELINE.msPerArticle).toFixed(2)} (goal ≤ 0.50).`;
  }
  return [
    `## CPU per article (${articles} articles, first run, pseudo provider)`,
    '',
    'CPU time (`process.cpuUsage()`: user + system, and each alone) of one in-process `translateRun` into en and ko over a',
    'fresh generated corpus, after a 20-article warm-up run, each in a fresh child process. CPU time, not wall time: the',
    `machine is shared. Before: this file run on commit ${BASELINE.commit} (issue 17 item 5), in its own checkout, the same`,
    'number of times as now, the two alternating. Per article: median (lowest–highest).',
    '',
    '| | CPU per article | user | system | wall |',
    '|---|---:|---:|---:|---:|',
    ...lines,
    '',
    ratioLine,
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
