/**
 * What the compiled build in build/ was made from: one hash over every file that goes into it (src/**.ts, the JSON it
 * imports, the tsconfig files). bin/build.js writes it next to the build; bin/dolmetsch.js runs the build only
 * while src/ still hashes the same, so an edited source is never run from stale JavaScript.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const BUILD_DIR = 'build';
export const STAMP_FILE = 'source-fingerprint';
const INPUTS = /\.(ts|mts|json)$/;
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json'];

/** Content, not modification times: a checkout, `touch` or a copy that keeps times can neither fool it nor trip it. */
export function sourceFingerprint(root) {
  const files = readdirSync(path.join(root, 'src'), { recursive: true })
    .filter((name) => INPUTS.test(name))
    .map((name) => `src/${name.split(path.sep).join('/')}`)
    .sort()
    .concat(CONFIG_FILES);
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update('\0');
  return hash.digest('hex');
}

/** The fingerprint build/ was compiled from, or undefined when there is no complete build. */
export function builtFingerprint(root) {
  try {
    return readFileSync(path.join(root, BUILD_DIR, STAMP_FILE), 'utf8').trim();
  } catch {
    return undefined;
  }
}
