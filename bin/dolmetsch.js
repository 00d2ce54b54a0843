#!/usr/bin/env node
// Runs the compiled CLI in build/ (made by `npm ci` through `prepare`, or `npm run build`) when it was compiled from
// exactly the sources in src/; otherwise (no build, or src/ edited since) the TypeScript itself through tsx, so an
// edited source is never run from stale JavaScript. tsx is imported only then: it costs about a second at start-up.
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { buildIsFresh, builtFingerprint } from './source-fingerprint.js';

// A run over thousands of articles keeps little alive but makes a lot of short-lived garbage; by default V8 lets
// the heap grow to four times what is alive before collecting, which is most of the peak memory of a large run.
// Growing by half instead keeps peak RSS about a third lower for some 15 % more time (BENCHMARKS.md, "Scale").
setFlagsFromString('--heap-growing-percent=50');

const root = fileURLToPath(new URL('..', import.meta.url));
const fresh = buildIsFresh(root);
if (!fresh) {
  if (process.stderr.isTTY) {
    process.stderr.write(`dolmetsch: ${builtFingerprint(root) === undefined ? 'no build in build/' : 'src/ changed since the last build'}; running the TypeScript through tsx (slower start). \`npm run build\` compiles it.\n`);
  }
  const { register } = await import('tsx/esm/api');
  register();
}
// `check` keeps every file's facts alive (some 45 MB at 1,000 articles) while making garbage fast, and V8 grows the
// young generation to 3 × 16 MB on the way: a quarter of the check's peak RSS was space for short-lived objects.
// Kept at its start size (1 MB semi-spaces) the scavenges come more often and take no measurable CPU time more;
// peak RSS drops by some 35 MB in every case (BENCHMARKS.md, "From the CLI"). Only `check`: the other commands'
// CPU and memory were tuned and measured without it. Set after tsx is registered: starting a worker thread (tsx's
// loader runs on one) puts this flag back to its default.
if (process.argv[2] === 'check') setFlagsFromString('--semi-space-growth-factor=1');
const { main } = fresh ? await import('../build/cli/main.js') : await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
