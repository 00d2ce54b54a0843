/**
 * `npm run bench`: every benchmark in one process, results written to BENCHMARKS.md with the machine and command.
 * `npm run bench -- segment startup` runs only the named sections and replaces only those in BENCHMARKS.md.
 * `--articles N` scales the article benchmarks down for a quick look (the scale benchmark stops at N).
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { mergeBenchmarks, type SectionKind } from './benchmarks-file.ts';

const { values, positionals } = parseArgs({ options: { articles: { type: 'string' } }, allowPositionals: true });
const articles = Number(values.articles ?? 1000);

const SECTIONS: Record<string, { heading: string; run: () => Promise<string> }> = {
  segment: { heading: '## Sentence segmentation', run: async () => (await import('./segment.ts')).run() },
  translate: { heading: '## Translate run', run: async () => (await import('./translate.ts')).run({ articles }) },
  cpu: {
    heading: '## CPU per article',
    run: async () => (await import('./cpu.ts')).run({ articles, ...(process.env.DOLMETSCH_BENCH_BASELINE ? { baselineDir: process.env.DOLMETSCH_BENCH_BASELINE } : {}) }),
  },
  deepl: {
    heading: '## DeepL run',
    run: async () => (await import('./deepl.ts')).run({ articles: values.articles === undefined ? [200, 1000] : [articles], latencyMs: 200, concurrency: 4 }),
  },
  check: { heading: '## Check', run: async () => (await import('./check.ts')).run() },
  scale: {
    heading: '## Scale',
    run: async () => (await import('./scale.ts')).run(values.articles === undefined ? {} : { maxArticles: articles }),
  },
  startup: { heading: '## Start-up', run: async () => (await import('./startup.ts')).run() },
  terms: { heading: '## terms', run: async () => (await import('./terms.ts')).run({ articles }) },
};

const chosen = positionals.length > 0 ? positionals : Object.keys(SECTIONS);
for (const name of chosen) if (!SECTIONS[name]) throw new Error(`unknown benchmark "${name}"; choose from ${Object.keys(SECTIONS).join(', ')}`);

const fresh = new Map<string, string>();
for (const name of chosen) {
  const started = performance.now();
  process.stderr.write(`bench: ${name}…\n`);
  fresh.set(name, await SECTIONS[name]!.run());
  process.stderr.write(`bench: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

const cpu = os.cpus();
const command = `\`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\``;
const machine = `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}; Node ${process.version}`;
const provenance = `_Measured by ${command} on ${new Date().toISOString().slice(0, 10)}; ${machine}._`;
const file = new URL('../BENCHMARKS.md', import.meta.url);
const previous = await readFile(file, 'utf8').catch(() => '');
const kinds: SectionKind[] = Object.entries(SECTIONS).map(([name, { heading }]) => ({ name, heading }));
const text = mergeBenchmarks(previous, kinds, fresh, provenance);
const temporary = new URL(`../BENCHMARKS.md.${process.pid}.tmp`, import.meta.url);
await writeFile(temporary, text);
await rename(temporary, file);
process.stdout.write(text);
