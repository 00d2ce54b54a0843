/**
 * Translate-run benchmark: N generated articles with the `pseudo` provider, in a temporary repository.
 * First run, a no-op re-run, and a run after editing one sentence in each of 10 articles.
 * Goal (issue 2): the no-op re-run costs under 10 % of the first run. Then the same repository from the CLI
 * (cli-runs.ts): no-op and 10-sentence edit (issue 17: edit ≤ 2× no-op plus requests; no-op ≤ 0.5 s at 1,000
 * articles) and `check` without and with its cache.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { translateRun } from '../src/pipeline/translate-run.ts';
import type { RunSummary } from '../src/pipeline/events.ts';
import { generateCorpus } from './corpus.ts';
import { cliRuns } from './cli-runs.ts';

export interface TranslateBenchOptions {
  articles: number;
}

interface Measured {
  ms: number;
  summary: RunSummary;
}

/** A whole translate run over `root` into en and ko with the pseudo provider, as `npm run translate` would do it. */
export function pseudoRun(root: string): Promise<RunSummary> {
  return translateRun({
    root,
    paths: [],
    languages: ['en', 'ko'],
    provider: 'pseudo',
    providerSettings: { env: {}, englishVariant: 'en-US' },
    dryRun: false,
    concurrency: 4,
    force: false,
  });
}

async function timed(root: string): Promise<Measured> {
  const started = performance.now();
  const summary = await pseudoRun(root);
  return { ms: performance.now() - started, summary };
}

export async function run(options: TranslateBenchOptions = { articles: 1000 }): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-bench-'));
  try {
    await mkdir(path.join(root, 'source'));
    let bytes = 0;
    for (const article of generateCorpus(options.articles)) {
      bytes += Buffer.byteLength(article.markdown);
      await writeFile(path.join(root, 'source', `${article.slug}.md`), article.markdown);
    }
    await cp(new URL('../glossary.yaml', import.meta.url), path.join(root, 'glossary.yaml'));

    const peak = { rss: 0 };
    const sampler = setInterval(() => (peak.rss = Math.max(peak.rss, process.memoryUsage().rss)), 50);
    const first = await timed(root);
    const noop = await timed(root);
    for (let i = 0; i < 10; i++) {
      const file = path.join(root, 'source', `artikel-${String(i * Math.floor(options.articles / 10)).padStart(5, '0')}.md`);
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace(/\(Meldung (\d+)-0\)/, '(geänderte Meldung $1-0)').replace('Bleiben Sie informiert!', 'Bleiben Sie gut informiert!'));
    }
    const edited = await timed(root);
    clearInterval(sampler);
    const fromCli = await cliRuns(root, options.articles);

    const segments = first.summary.files.reduce((n, f) => n + f.fromProvider + f.fromMemory, 0);
    const row = (name: string, m: Measured) =>
      `| ${name} | ${(m.ms / 1000).toFixed(2)} s | ${(m.ms / options.articles).toFixed(2)} ms | ${m.summary.requests} | ${m.summary.files.filter((f) => f.changed).length} | ${(m.ms / first.ms).toFixed(3)} |`;
    return [
      `## Translate run (${options.articles} articles, pseudo provider)`,
      '',
      `Corpus: ${options.articles} generated articles, ${(bytes / 1024 / 1024).toFixed(2)} MB of Markdown, ${segments} segment translations (en + ko) on the first run. Peak RSS ${(peak.rss / 1024 / 1024).toFixed(0)} MB.`,
      '',
      '| run | wall time | per article | requests | files written | ÷ first run |',
      '|---|---:|---:|---:|---:|---:|',
      row('first run', first),
      row('no-op re-run', noop),
      row('one sentence edited in 10 articles', edited),
      '',
      `Goal: no-op re-run under 10 % of the first run — measured ${((noop.ms / first.ms) * 100).toFixed(1)} %.`,
      '',
      fromCli,
    ].join('\n');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const articles = Number(process.argv[2] ?? 1000);
  console.log(await run({ articles }));
}
