/**
 * CPU benchmark (issue 17 item 5): CPU time per article of a first translate run with the pseudo provider,
 * in process (`process.cpuUsage()` around `translateRun`, user + system). CPU time rather than wall time, because
 * wall time on a shared machine measures the neighbours. Goal: half of the 24 ms per article measured before.
 * `node --import tsx bench/cpu.ts [articles] [--profile]` prints the section; `--json` prints one line of numbers.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from './corpus.ts';
import { pseudoRun } from './translate.ts';

export interface CpuBenchOptions {
  articles: number;
  /** CPU ms per article measured on the code before the change (issue 17's baseline), for the ratio. */
  baselineMsPerArticle?: number;
}

export interface CpuMeasurement {
  articles: number;
  cpuMs: number;
  /** The part of cpuMs spent in the kernel (file system calls, syncs). */
  systemMs: number;
  wallMs: number;
  segments: number;
}

/** The baseline, measured by this very file on commit d0d3d51 (before item 5), same machine, same corpus. */
export const BASELINE = { commit: 'd0d3d51', msPerArticle: NaN };

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

export async function run(options: CpuBenchOptions = { articles: 1000 }): Promise<string> {
  // A small warm-up run first, so the measured run does not pay for loading and compiling modules.
  await measure(20);
  const m = await measure(options.articles);
  const perArticle = m.cpuMs / m.articles;
  const baseline = options.baselineMsPerArticle ?? BASELINE.msPerArticle;
  return [
    `## CPU per article (${m.articles} articles, first run, pseudo provider)`,
    '',
    'CPU time (user + system, `process.cpuUsage()`) of one in-process `translateRun` into en and ko over a fresh',
    'generated corpus, after a 20-article warm-up run. Before: the same file run on commit ' + BASELINE.commit + ' (issue 17 item 5).',
    '',
    '| | CPU | per article | wall | segments |',
    '|---|---:|---:|---:|---:|',
    `| before (${BASELINE.commit}) | ${Number.isNaN(baseline) ? '–' : `${((baseline * m.articles) / 1000).toFixed(2)} s`} | ${Number.isNaN(baseline) ? '–' : `${baseline.toFixed(2)} ms`} | – | – |`,
    `| now | ${(m.cpuMs / 1000).toFixed(2)} s | ${perArticle.toFixed(2)} ms | ${(m.wallMs / 1000).toFixed(2)} s | ${m.segments} |`,
    '',
    `Goal: CPU per article halved — now ÷ before = ${Number.isNaN(baseline) ? '–' : (perArticle / baseline).toFixed(2)} (goal ≤ 0.50).`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const articles = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
  if (args.includes('--json')) {
    await measure(20);
    const m = await measure(articles);
    console.log(JSON.stringify({ ...m, msPerArticle: m.cpuMs / m.articles }));
  } else {
    console.log(await run({ articles }));
  }
}
