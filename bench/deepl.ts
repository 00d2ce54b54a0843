/**
 * DeepL run benchmark (issue 3, issue 17 items 2–3): a first run of N generated articles into en and ko, the CLI
 * as people run it (bin/dolmetsch.js on the compiled build/), against the fake DeepL in a process of its own adding
 * 200 ms to every request. Reported: time from process start to the first request; requests vs the minimum
 * (unique segments ÷ 50 per language); wall time vs the floor (requests × latency ÷ concurrency); the share of
 * the sending time with every slot busy, and the gaps from an answer to the request that took its slot.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.ts';
import { slotUse, type TimedRequest } from './send-timeline.ts';

export interface DeepLBenchOptions {
  /** Article counts, one measured run each. */
  articles: number[];
  latencyMs: number;
  concurrency: number;
}

const repository = fileURLToPath(new URL('..', import.meta.url));

interface Measured {
  articles: number;
  firstRequestMs: number;
  firstTranslateMs: number;
  wallMs: number;
  floorMs: number;
  requests: number;
  minimumRequests: number;
  sizes: number[];
  use: ReturnType<typeof slotUse>;
  /** The machine's 1-minute load average when the run started and ended: wall times on a shared machine mean little without it. */
  load: [number, number];
}

export async function run(options: DeepLBenchOptions = { articles: [200, 1000], latencyMs: 200, concurrency: 4 }): Promise<string> {
  // The CLI runs build/ only when it was compiled from the sources as they are (else tsx, a slower start).
  execFileSync(process.execPath, [path.join(repository, 'bin/build.js')], { stdio: 'inherit' });
  const rows: Measured[] = [];
  for (const articles of options.articles) rows.push(await measure(articles, options));
  const ms = (value: number) => `${(value / 1000).toFixed(2)} s`;
  return [
    `## DeepL run (first run into en + ko, fake server in its own process +${options.latencyMs} ms per request, concurrency ${options.concurrency})`,
    '',
    '| articles | first request (any / translate) from process start | requests vs minimum | wall / floor | slots full | gap answer → next request: median / p90 / max | load average (1 min) at start / end |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) =>
      `| ${r.articles} | ${ms(r.firstRequestMs)} / ${ms(r.firstTranslateMs)} | ${r.requests} / ${r.minimumRequests} = ${(r.requests / r.minimumRequests).toFixed(3)} | ` +
      `${ms(r.wallMs)} / ${ms(r.floorMs)} = **${(r.wallMs / r.floorMs).toFixed(3)}×** | ${(r.use.fullShare * 100).toFixed(1)} % of ${ms(r.use.sendingMs)} | ` +
      `${r.use.gaps.median} / ${r.use.gaps.p90} / ${r.use.gaps.max} ms | ${r.load[0].toFixed(1)} / ${r.load[1].toFixed(1)} on ${availableParallelism()} cores |`),
    '',
    `Floor = translate requests × latency ÷ concurrency. "Slots full": share of the time from the first translate request to the last answer ` +
      `with ${options.concurrency} requests in flight. Request sizes (texts) of the last run's final ${Math.min(8, rows.at(-1)?.sizes.length ?? 0)} requests: ` +
      `${rows.at(-1)?.sizes.slice(-8).join(', ') ?? ''}. Goals (issue 17): first request ≤ 1 s at 1,000 articles; slots full ≥ 97 %; wall ≤ 1.10× the floor.`,
    '',
  ].join('\n');
}

async function measure(articles: number, options: DeepLBenchOptions): Promise<Measured> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-bench-deepl-'));
  const fake = spawn(process.execPath, ['--import', 'tsx', new URL('./fake-deepl-process.ts', import.meta.url).pathname, String(options.latencyMs)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: fake.stdout })[Symbol.asyncIterator]();
  const url = String((await lines.next()).value);
  try {
    await mkdir(path.join(root, 'source'));
    for (const article of generateCorpus(articles, 7)) await writeFile(path.join(root, 'source', `${article.slug}.md`), article.markdown);
    await cp(path.join(repository, 'glossary.yaml'), path.join(root, 'glossary.yaml'));

    const loadAtStart = loadavg()[0]!;
    const started = Date.now();
    const cli = spawn(process.execPath, [path.join(repository, 'bin/dolmetsch.js'), 'translate', '--provider', 'deepl', '--concurrency', String(options.concurrency), '--format', 'json'], {
      cwd: root,
      env: { ...process.env, DEEPL_AUTH_KEY: 'bench-key:fx', DEEPL_SERVER_URL: url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const output: Buffer[] = [];
    cli.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    const [code] = (await once(cli, 'exit')) as [number | null];
    const wallMs = Date.now() - started;
    if (code !== 0) throw new Error(`dolmetsch translate exited with ${code}: ${Buffer.concat(output).toString('utf8').slice(0, 2000)}`);
    const summary = JSON.parse(Buffer.concat(output).toString('utf8')) as { cost: Array<{ segments: number }> };

    fake.stdin.write('stats\n');
    const stats = JSON.parse(String((await lines.next()).value)) as { translate: number; sizes: number[]; firstRequestAt: number; timeline: TimedRequest[] };
    const minimumRequests = summary.cost.reduce((n, c) => n + Math.ceil(c.segments / 50), 0);
    return {
      articles,
      firstRequestMs: stats.firstRequestAt - started,
      firstTranslateMs: Math.min(...stats.timeline.map((r) => r.at)) - started,
      wallMs,
      floorMs: (stats.translate * options.latencyMs) / options.concurrency,
      requests: stats.translate,
      minimumRequests,
      sizes: stats.sizes,
      use: slotUse(stats.timeline, options.concurrency),
      load: [loadAtStart, loadavg()[0]!],
    };
  } finally {
    fake.kill();
    await once(fake, 'exit').catch(() => undefined);
    await rm(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const articles = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [200, 1000];
  console.log(await run({ articles, latencyMs: 200, concurrency: 4 }));
}
