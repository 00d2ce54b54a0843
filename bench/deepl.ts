/**
 * DeepL run benchmark (issue 3): N generated articles into en and ko against the fake DeepL server adding
 * 200 ms to every request. Requests made vs the minimum (unique segments ÷ 50, per language) and wall time vs
 * the minimum (requests × latency ÷ concurrency). Goal: requests equal to the minimum, wall time within 1.25×.
 * The fake runs in its own process, as the real service does elsewhere.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { translateRun } from '../src/pipeline/translate-run.ts';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { generateCorpus } from './corpus.ts';

export interface DeepLBenchOptions {
  articles: number;
  latencyMs: number;
  concurrency: number;
}

export async function run(options: DeepLBenchOptions = { articles: 1000, latencyMs: 200, concurrency: 4 }): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-bench-deepl-'));
  const fake = spawn(process.execPath, ['--import', 'tsx', new URL('./fake-deepl-process.ts', import.meta.url).pathname, String(options.latencyMs)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: fake.stdout })[Symbol.asyncIterator]();
  const url = String((await lines.next()).value);
  try {
    await mkdir(path.join(root, 'source'));
    for (const article of generateCorpus(options.articles, 7)) {
      await writeFile(path.join(root, 'source', `${article.slug}.md`), article.markdown);
    }
    await cp(new URL('../glossary.yaml', import.meta.url), path.join(root, 'glossary.yaml'));

    const started = performance.now();
    let sendingAt = started;
    const summary = await translateRun({
      root,
      paths: [],
      languages: ['en', 'ko'],
      provider: 'deepl',
      providerSettings: { env: { DEEPL_AUTH_KEY: 'bench-key:fx', DEEPL_SERVER_URL: url }, englishVariant: 'en-US' },
      dryRun: false,
      concurrency: options.concurrency,
      force: false,
      onEvent: (event) => {
        if (event.type === 'sending') sendingAt = performance.now();
      },
    });
    const endedAt = performance.now();
    const wallMs = endedAt - started;

    fake.stdin.write('stats\n');
    const stats = JSON.parse(String((await lines.next()).value)) as { translate: number; other: number; largest: number };
    const uniquePerLanguage = summary.cost.map((c) => c.segments);
    const minimumRequests = uniquePerLanguage.reduce((n, unique) => n + Math.ceil(unique / 50), 0);
    const minimumMs = (stats.translate * options.latencyMs) / options.concurrency;
    return [
      `## DeepL run (${options.articles} articles, fake server +${options.latencyMs} ms per request, concurrency ${options.concurrency})`,
      '',
      '| measure | measured | minimum | ratio |',
      '|---|---:|---:|---:|',
      `| translate requests | ${stats.translate} | ${minimumRequests} (unique segments ${uniquePerLanguage.join(' + ')} ÷ 50) | ${(stats.translate / minimumRequests).toFixed(3)} |`,
      `| wall time | ${(wallMs / 1000).toFixed(1)} s | ${(minimumMs / 1000).toFixed(1)} s (requests × latency ÷ concurrency) | ${(wallMs / minimumMs).toFixed(3)} |`,
      `| of which reading and planning, before any request | ${((sendingAt - started) / 1000).toFixed(1)} s | | |`,
      `| of which sending (glossary, then translations) | ${((endedAt - sendingAt) / 1000).toFixed(1)} s | ${(minimumMs / 1000).toFixed(1)} s | ${((endedAt - sendingAt) / minimumMs).toFixed(3)} |`,
      '',
      `Also sent: ${stats.other} other request(s) (usage, glossary list/create). Billed ${summary.billedCharacters} characters; ` +
        `largest request ${stats.largest} texts. The fake server ran in a process of its own. Goal: requests = minimum, wall time ≤ 1.25× minimum.`,
      '',
    ].join('\n');
  } finally {
    fake.kill();
    await once(fake, 'exit').catch(() => undefined);
    await rm(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const articles = Number(process.argv[2] ?? 1000);
  console.log(await run({ articles, latencyMs: 200, concurrency: 4 }));
}
