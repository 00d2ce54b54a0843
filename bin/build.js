/**
 * `npm run build` (and `npm ci`, through `prepare`): compiles src/ to build/ for bin/dolmetsch.js, then records what
 * it was compiled from. Emit only (`--noCheck`): `npm run typecheck` checks the types, this only has to be fast
 * and correct, which isolatedModules guarantees file by file. The build goes to a fresh folder that replaces build/
 * in one rename, so a run starting meanwhile finds either a whole build with its fingerprint or none (and uses tsx).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_DIR, STAMP_FILE, sourceFingerprint } from './source-fingerprint.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const next = path.join(root, `${BUILD_DIR}.next-${process.pid}`);
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
  execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--noCheck', '--outDir', next], { stdio: 'inherit' });
  writeFileSync(path.join(next, STAMP_FILE), `${fingerprint}\n`);
  if (existsSync(target)) renameSync(target, old);
  renameSync(next, target);
} finally {
  rmSync(next, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
}
