/**
 * `npm run build` (and `npm ci`, through `prepare`): compiles src/ to build/ for bin/dolmetsch.js, then records what
 * it was compiled from. Emit only (`--noCheck`): `npm run typecheck` checks the types, this only has to be fast
 * and correct, which isolatedModules guarantees file by file. The build goes to a fresh folder that replaces build/
 * in one rename, so a run starting meanwhile finds either a whole build with its fingerprint or none (and uses tsx).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_DIR, STAMP_FILE, sourceFingerprint } from './source-fingerprint.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const next = path.join(root, `${BUILD_DIR}.next-${process.pid}`);
const emitted = path.join(root, `${BUILD_DIR}.emit-${process.pid}`);
const old = path.join(root, `${BUILD_DIR}.old-${process.pid}`);
const target = path.join(root, BUILD_DIR);

// Hashed before compiling: a source saved during the build then no longer matches, and the build is not used.
const fingerprint = sourceFingerprint(root);
let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  // An install without devDependencies (`npm ci --omit=dev`) still works: bin runs the TypeScript through tsx.
  process.stderr.write('dolmetsch build: typescript is not installed; skipped (the CLI runs through tsx).\n');
  process.exit(0);
}
try {
  execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--noCheck', '--outDir', emitted], { stdio: 'inherit' });
  await bundle(emitted, next);
  writeFileSync(path.join(next, STAMP_FILE), `${fingerprint}\n`);
  if (existsSync(target)) renameSync(target, old);
  renameSync(next, target);
} finally {
  rmSync(emitted, { recursive: true, force: true });
  rmSync(next, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
}

/**
 * npm packages stay outside the build, loaded from node_modules as they are — except the Markdown parser (micromark
 * and its mdast glue, some sixty small modules, and what they import): resolving, reading and compiling those one by
 * one cost a run that parses a few changed articles some 60 ms of CPU, bundled into one chunk about a tenth of that.
 * It is still imported only when an article needs parsing (src/source/markdown-parser.ts).
 */
function bundledPackages() {
  const bundled = new Set(['mdast-util-from-markdown', 'mdast-util-frontmatter', 'micromark-extension-frontmatter']);
  return {
    name: 'bundled-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        // A package the bundled ones import is bundled with them; any other import of a package stays external.
        if (bundled.has(args.path) || args.importer.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        return { path: args.path, external: true };
      });
    },
  };
}

/**
 * Our ~190 modules cost more to resolve, read and compile one by one than the work of a run that finds nothing to do
 * (BENCHMARKS.md, "From the CLI"): esbuild bundles them into one file per command (cli/*.js, still imported only when
 * the command runs) and shared chunks, at the same depth as cli/ so paths relative to a module (package.json,
 * schemas/) still hold. npm packages stay outside, loaded as they are (and as lazily). Without esbuild (an install
 * without devDependencies has no typescript either) the emitted modules are used as they are.
 */
async function bundle(from, to) {
  let esbuild;
  try {
    esbuild = await import(createRequire(import.meta.url).resolve('esbuild'));
  } catch {
    renameSync(from, to);
    return;
  }
  const commands = readdirSync(path.join(from, 'cli')).filter((name) => name.endsWith('.js')).map((name) => path.join(from, 'cli', name));
  await esbuild.build({
    entryPoints: commands,
    outdir: to,
    outbase: from,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [bundledPackages()],
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
  });
}
