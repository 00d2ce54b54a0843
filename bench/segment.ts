/**
 * Segmenter benchmark: exact-match accuracy on our own cases and on the published cases in
 * ../shared/segmentation/de-public.json, and throughput against Intl.Segmenter in the same process.
 * `run()` returns a Markdown section; `node --import tsx bench/segment.ts` prints it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { segment } from '../src/segment/index.ts';
import { sourceAbbreviations } from '../src/pipeline/survey/learned-abbreviations.ts';
import { RunCache } from '../src/pipeline/survey/run-cache.ts';
import { generateCorpus } from './corpus.ts';
import { pseudoRun } from './translate.ts';

interface Case { id: string; text: string; expected: string[] }
type Segmenter = (text: string) => string[];

const OWN_CASES = new URL('../tests/segment/cases.json', import.meta.url);
const PUBLIC_CASES = new URL('../../shared/segmentation/de-public.json', import.meta.url);
const TARGET_BYTES = 4_000_000;
const RUNS = 9;

const intl = new Intl.Segmenter('de', { granularity: 'sentence' });

/** Intl.Segmenter given the line-break rule for free: lines first, then its sentences, trimmed. */
function intlSegment(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\r\n|[\n\r\v\f\u2028\u2029]/)) {
    for (const { segment: s } of intl.segment(line)) {
      const trimmed = s.trim();
      if (trimmed) sentences.push(trimmed);
    }
  }
  return sentences;
}

function sameSentences(got: string[], expected: string[]): boolean {
  return got.length === expected.length && got.every((s, i) => s.trim() === expected[i]!.trim());
}

function firstDifference(got: string[], expected: string[]): string {
  const i = got.findIndex((s, k) => s.trim() !== expected[k]?.trim());
  const at = i < 0 ? got.length : i;
  const show = (s: string | undefined): string => (s === undefined ? '(nothing)' : `«${s.length > 60 ? `${s.slice(0, 57)}…` : s}»`);
  return `${expected.length} expected, ${got.length} found; segment ${at + 1}: expected ${show(expected[at])}, found ${show(got[at])}`;
}

function accuracy(cases: Case[], segmenter: Segmenter): { passed: number; failures: string[] } {
  const failures: string[] = [];
  for (const c of cases) {
    const got = segmenter(c.text);
    if (!sameSentences(got, c.expected)) failures.push(`\`${c.id}\`: ${firstDifference(got, c.expected)}`);
  }
  return { passed: cases.length - failures.length, failures };
}

const percent = (n: number, of: number): string => `${((100 * n) / of).toFixed(1)} %`;

/** A deterministic shuffle of our cases' sentences, 12 to a paragraph, until the text has TARGET_BYTES. */
function corpus(cases: Case[]): string {
  const sentences = cases.flatMap((c) => c.expected);
  let seed = 42;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const paragraphs: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    const paragraph = Array.from({ length: 12 }, () => sentences[Math.floor(random() * sentences.length)]!).join(' ');
    paragraphs.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 1;
  }
  return paragraphs.join('\n');
}

/** Median milliseconds of each task over RUNS rounds after a warm-up; the tasks alternate so load hits both alike. */
function medianMs(tasks: Array<() => void>): number[] {
  for (const task of tasks) task();
  const times = tasks.map(() => [] as number[]);
  for (let r = 0; r < RUNS; r++) {
    tasks.forEach((task, t) => {
      const start = performance.now();
      task();
      times[t]!.push(performance.now() - start);
    });
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!);
}

export async function run(): Promise<string> {
  const own = JSON.parse(readFileSync(OWN_CASES, 'utf8')) as Case[];
  const lines = ['## Sentence segmentation', '', '### Accuracy (exact match of the whole sentence list per case)', ''];
  lines.push('Intl.Segmenter gets each text split on line breaks first, so it gets the line-break rule for free.', '');
  lines.push('| cases | dolmetsch | Intl.Segmenter |', '| --- | --- | --- |');
  const ownOurs = accuracy(own, segment);
  const ownIntl = accuracy(own, intlSegment);
  lines.push(`| own (tests/segment/cases.json, ${own.length}) | ${ownOurs.passed}/${own.length} (${percent(ownOurs.passed, own.length)}) | ${ownIntl.passed}/${own.length} (${percent(ownIntl.passed, own.length)}) |`);

  let publicFailures: string[] | undefined;
  if (existsSync(PUBLIC_CASES)) {
    const published = JSON.parse(readFileSync(PUBLIC_CASES, 'utf8')) as Case[];
    const ours = accuracy(published, segment);
    const theirs = accuracy(published, intlSegment);
    publicFailures = ours.failures;
    lines.push(`| published (../shared/segmentation/de-public.json, ${published.length}) | ${ours.passed}/${published.length} (${percent(ours.passed, published.length)}) | ${theirs.passed}/${published.length} (${percent(theirs.passed, published.length)}) |`);
  } else {
    lines.push('| published (../shared/segmentation/de-public.json) | skipped: file absent | skipped |');
  }
  lines.push('');
  if (ownOurs.failures.length) lines.push('Own cases failed:', '', ...ownOurs.failures.map((f) => `- ${f}`), '');
  if (publicFailures) {
    lines.push(publicFailures.length ? 'Published cases failed:' : 'Published cases failed: none.', '');
    if (publicFailures.length) lines.push(...publicFailures.map((f) => `- ${f}`), '');
  }

  const text = corpus(own);
  const megabytes = Buffer.byteLength(text) / 1e6;
  const [oursMs, intlMs] = medianMs([() => segment(text), () => intlSegment(text)]) as [number, number];
  const oursRate = megabytes / (oursMs / 1000);
  const intlRate = megabytes / (intlMs / 1000);
  lines.push('### Throughput', '');
  lines.push(`${megabytes.toFixed(1)} MB (UTF-8) of German paragraphs built from our cases' sentences, 12 to a line; median of ${RUNS} alternating runs after a warm-up, same process.`);
  lines.push('Intl.Segmenter is fed line by line: on one multi-megabyte string its iteration slows down quadratically.', '');
  lines.push('| segmenter | median | MB/s |', '| --- | --- | --- |');
  lines.push(`| dolmetsch \`segment\` | ${oursMs.toFixed(0)} ms | ${oursRate.toFixed(1)} |`);
  lines.push(`| Intl.Segmenter('de', sentence) | ${intlMs.toFixed(0)} ms | ${intlRate.toFixed(1)} |`);
  lines.push('', `Ratio: dolmetsch is ${(oursRate / intlRate).toFixed(1)}× the throughput of Intl.Segmenter.`, '');
  lines.push(...(await learningCost(1000)));
  return lines.join('\n');
}

/**
 * What learning abbreviations from the sources adds to a first translate run: the learning step alone (reading every
 * source and counting, with an empty cache), against a whole first run (pseudo provider, en and ko) that includes it.
 */
async function learningCost(articles: number): Promise<string[]> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-bench-learn-'));
  try {
    await mkdir(path.join(root, 'source'));
    await writeFile(path.join(root, 'glossary.yaml'), await readFile(new URL('../glossary.yaml', import.meta.url)));
    for (const article of generateCorpus(articles)) await writeFile(path.join(root, 'source', `${article.slug}.md`), article.markdown);
    const learnTimes: number[] = [];
    for (let r = 0; r < 5; r++) {
      const started = performance.now();
      await sourceAbbreviations(root, await RunCache.read(root));
      learnTimes.push(performance.now() - started);
    }
    const learnMs = learnTimes.sort((a, b) => a - b)[2]!;
    const started = performance.now();
    await pseudoRun(root);
    const runMs = performance.now() - started;
    return [
      '### Learned abbreviations',
      '',
      `Learning from ${articles} generated articles (read every source, count, no cache): median ${learnMs.toFixed(0)} ms of 5; ` +
        `a whole first translate run over them (pseudo provider, en and ko, learning included): ${runMs.toFixed(0)} ms. ` +
        `Learning adds ${((100 * learnMs) / (runMs - learnMs)).toFixed(1)} % to the first run.`,
      '',
    ];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await run());
}
