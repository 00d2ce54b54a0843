/**
 * `npm run bench`: every benchmark in one process, results written to BENCHMARKS.md with the machine and command.
 * `npm run bench -- segment translate` runs only the named sections (the file then holds only those).
 * `--articles N` scales the article benchmarks down for a quick look (the scale benchmark stops at N).
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ options: { articles: { type: 'string' } }, allowPositionals: true });
const articles = Number(values.articles ?? 1000);

const SECTIONS: Record<string, () => Promise<string>> = {
  segment: async () => (await import('./segment.ts')).run(),
  translate: async () => (await import('./translate.ts')).run({ articles }),
  deepl: async () => (await import('./deepl.ts')).run({ articles, latencyMs: 200, concurrency: 4 }),
  check: async () => (await import('./check.ts')).run(),
  scale: async () => (await import('./scale.ts')).run(values.articles === undefined ? {} : { maxArticles: articles }),
  terms: async () => (await import('./terms.ts')).run({ articles }),
};

const chosen = positionals.length > 0 ? positionals : Object.keys(SECTIONS);
for (const name of chosen) if (!SECTIONS[name]) throw new Error(`unknown benchmark "${name}"; choose from ${Object.keys(SECTIONS).join(', ')}`);

const parts: string[] = [];
for (const name of chosen) {
  const started = performance.now();
  process.stderr.write(`bench: ${name}…\n`);
  parts.push(await SECTIONS[name]!());
  process.stderr.write(`bench: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

const cpu = os.cpus();
const header = [
  '# Benchmarks',
  '',
  `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}; Node ${process.version}.`,
  `Command: \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\` on ${new Date().toISOString().slice(0, 10)}.`,
  'Every comparison is measured in the same process and run; ratios matter more than absolute times on a shared machine.',
  '',
].join('\n');
await writeFile(new URL('../BENCHMARKS.md', import.meta.url), `${header}\n${parts.join('\n')}`);
process.stdout.write(`${header}\n${parts.join('\n')}`);
