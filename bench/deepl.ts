/**
 * DeepL run benchmark (issue 3): N generated articles into en and ko against the fake DeepL server adding
 * 200 ms to every request. Requests made vs the minimum (unique segments ÷ 50, per language) and wall time vs
 * the minimum (requests × latency ÷ concurrency). Goal: requests equal to the minimum, wall time within 1.25×.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { translateRun } from '../src/pipeline/translate-run.ts';
import { startFakeDeepL } from '../tests/fakes/deepl-server.ts';
import { generateCorpus } from './corpus.ts';

export interface DeepLBenchOptions {
  articles: number;
  latencyMs: number;
  concurrency: number;
}

export async function run(options: DeepLBenchOptions = { articles: 1000, latencyMs: 200, concurrency: 4 }): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-bench-deepl-'));
  // Real translations rarely hold Markdown syntax; the tests' "[EN] " marker would make every one need escaping.
  const server = await startFakeDeepL({ authKey: 'bench-key:fx', latencyMs: options.latencyMs, quota: 1e11, marker: (lang) => `${lang.toUpperCase()}: ` });
  try {
    await mkdir(path.join(root, 'source'));
    for (const article of generateCorpus(options.articles, 7)) {
      await writeFile(path.join(root, 'source', `${article.slug}.md`), article.markdown);
    }
    await cp(new URL('../glossary.yaml', import.meta.url), path.join(root, 'glossary.yaml'));

    const started = performance.now();
    const summary = await translateRun({
      root,
      paths: [],
      languages: ['en', 'ko'],
      provider: 'deepl',
      providerSettings: { env: { DEEPL_AUTH_KEY: 'bench-key:fx', DEEPL_SERVER_URL: server.url }, englishVariant: 'en-US' },
      dryRun: false,
      concurrency: options.concurrency,
      force: false,
    });
    const wallMs = performance.now() - started;

    const translate = server.requests.filter((r) => r.path === '/v2/translate');
    const uniquePerLanguage = summary.cost.map((c) => c.segments);
    const minimumRequests = uniquePerLanguage.reduce((n, unique) => n + Math.ceil(unique / 50), 0);
    const minimumMs = (translate.length * options.latencyMs) / options.concurrency;
    const otherRequests = server.requests.length - translate.length;
    return [
      `## DeepL run (${options.articles} articles, fake server +${options.latencyMs} ms per request, concurrency ${options.concurrency})`,
      '',
      '| measure | measured | minimum | ratio |',
      '|---|---:|---:|---:|',
      `| translate requests | ${translate.length} | ${minimumRequests} (unique segments ${uniquePerLanguage.join(' + ')} ÷ 50) | ${(translate.length / minimumRequests).toFixed(3)} |`,
      `| wall time | ${(wallMs / 1000).toFixed(1)} s | ${(minimumMs / 1000).toFixed(1)} s (requests × latency ÷ concurrency) | ${(wallMs / minimumMs).toFixed(3)} |`,
      '',
      `Also sent: ${otherRequests} other request(s) (usage, glossary list/create). Billed ${summary.billedCharacters} characters; ` +
        `largest request ${Math.max(...translate.map((r) => r.texts.length))} texts. Goal: requests = minimum, wall time ≤ 1.25× minimum.`,
      '',
    ].join('\n');
  } finally {
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const articles = Number(process.argv[2] ?? 1000);
  console.log(await run({ articles, latencyMs: 200, concurrency: 4 }));
}
