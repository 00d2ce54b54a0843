/**
 * Start-up benchmark: `dolmetsch --help`, `--version` and a no-op `translate` on the sample article, each against
 * `node -e 0` in the same rounds, for the compiled build (what bin runs while build/ matches src/) and through tsx
 * (what bin runs without a build or after src/ was edited, and what it always ran before issue 17). Also times
 * `npm run build`, the cost of getting back onto the compiled path. Goal (issue 17): `--help` ≤ 3× `node -e 0`.
 * Run: node --import tsx bench/startup.ts
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GOAL = 3;
// No provider key: the no-op translate uses the memory provider and asks no server for a quota.
const ENV = { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(DEEPL_|OPENAI_|LIBRETRANSLATE_|DOLMETSCH_)/.test(key))), CI: 'true' };

function timedMs(args: string[], cwd: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, env: ENV, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A copy of the project without build/, so its bin runs the TypeScript through tsx. */
async function projectWithoutBuild(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-bench-tsx-'));
  for (const item of ['bin', 'src', 'package.json', 'tsconfig.json', 'tsconfig.build.json']) await cp(path.join(ROOT, item), path.join(root, item), { recursive: true });
  await symlink(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'));
  return root;
}

/** The sample project (source/, translations/, glossary) in a temporary folder, so translate runs write nothing here. */
async function sampleProject(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-bench-sample-'));
  for (const item of ['source', 'translations', 'glossary.yaml']) await cp(path.join(ROOT, item), path.join(root, item), { recursive: true });
  return root;
}

export async function run(options: { rounds: number } = { rounds: 11 }): Promise<string> {
  const buildStarted = performance.now();
  timedMs([path.join(ROOT, 'bin/build.js')], ROOT);
  const buildMs = performance.now() - buildStarted;
  const tsxRoot = await projectWithoutBuild();
  const sample = await sampleProject();
  try {
    const variants: Array<[string, string[]]> = [
      ['`node -e 0`', ['-e', '0']],
      ['`dolmetsch --help`', [path.join(ROOT, 'bin/dolmetsch.js'), '--help']],
      ['`dolmetsch --version`', [path.join(ROOT, 'bin/dolmetsch.js'), '--version']],
      ['`dolmetsch translate`, nothing to do', [path.join(ROOT, 'bin/dolmetsch.js'), 'translate']],
      ['`dolmetsch --help` through tsx', [path.join(tsxRoot, 'bin/dolmetsch.js'), '--help']],
      ['`dolmetsch translate` through tsx, nothing to do', [path.join(tsxRoot, 'bin/dolmetsch.js'), 'translate']],
    ];
    for (const [, args] of variants) timedMs(args, sample); // warm-up: file cache, .dolmetsch/cache.json of the sample
    const times = variants.map(() => [] as number[]);
    for (let round = 0; round < options.rounds; round++) variants.forEach(([, args], i) => times[i]!.push(timedMs(args, sample)));
    const medians = times.map(median);
    const base = medians[0]!;
    const help = medians[1]! / base;
    return [
      '## Start-up (`dolmetsch --help`, `--version`, a no-op `translate` on the sample, against `node -e 0`)',
      '',
      `Median of ${options.rounds} rounds, the commands alternating within each round after a warm-up; each a fresh process.`,
      'The compiled rows run build/ (bin checks it was compiled from exactly the sources in src/); "through tsx" is',
      'what bin runs when there is no build or a source was edited since, and what it always ran before issue 17.',
      '',
      '| command | median | ÷ `node -e 0` |',
      '|---|---:|---:|',
      ...variants.map(([name], i) => `| ${name} | ${medians[i]!.toFixed(0)} ms | ${(medians[i]! / base).toFixed(2)} |`),
      '',
      `Goal: \`dolmetsch --help\` ≤ ${GOAL}× \`node -e 0\` — measured ${help.toFixed(2)}× (${help <= GOAL ? 'met' : 'NOT met'}).`,
      `\`npm run build\` (emit only, into a fresh build/) took ${(buildMs / 1000).toFixed(1)} s in this run.`,
      '',
    ].join('\n');
  } finally {
    await rm(tsxRoot, { recursive: true, force: true });
    await rm(sample, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(await run());
