/**
 * What the compiled build in build/ was made from: one hash over every file that goes into it (src/**.ts, the JSON it
 * imports, the tsconfig files). bin/build.js writes it next to the build; bin/dolmetsch.js runs the build only
 * while src/ still hashes the same, so an edited source is never run from stale JavaScript.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const BUILD_DIR = 'build';
export const STAMP_FILE = 'source-fingerprint';
/** The stats of the inputs last seen hashing to the build's fingerprint (written by a run, not by the build). */
export const STATS_FILE = 'source-stats';
/** A file changed this recently could change again within the same timestamp tick without its stat showing it. */
const RACY_MS = 2_000;
const INPUTS = /\.(ts|mts|json)$/;
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json'];

/** Content, not modification times: a checkout, `touch` or a copy that keeps times can neither fool it nor trip it. */
export function sourceFingerprint(root, files = inputFiles(root)) {
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

function inputFiles(root) {
  return listInputs(root, 'src').sort().concat(CONFIG_FILES);
}

// Walked with the entries' types from the directory itself: `readdirSync(…, { recursive: true })` stats every entry
// to tell folders from files, and statsSignature stats every input again — together a third of a no-op's start-up.
function listInputs(root, folder) {
  const found = [];
  for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
    const name = `${folder}/${entry.name}`;
    if (entry.isDirectory()) found.push(...listInputs(root, name));
    else if (INPUTS.test(entry.name)) found.push(name);
  }
  return found;
}

/**
 * Whether build/ was compiled from exactly the sources in src/. Hashing every source costs more than starting Node,
 * so the stats (size, mtime, ctime, inode) of the inputs last seen hashing to the fingerprint are kept beside the
 * build: while none of them changed, the content is the same without reading it. ctime cannot be set back, so an
 * edit that restores size and mtime (`touch -d`) still shows; stats taken while a file was fresh are not kept.
 */
export function buildIsFresh(root, now = Date.now()) {
  const built = builtFingerprint(root);
  if (built === undefined) return false;
  const files = inputFiles(root);
  const { signature, newest } = statsSignature(root, files);
  const memo = `${built} ${signature}`;
  if (readStats(root) === memo) return true;
  // Stats taken before the content: a file saved in between makes the fingerprint differ, so it is not kept.
  if (sourceFingerprint(root, files) !== built) return false;
  if (now - newest >= RACY_MS) writeStats(root, memo);
  return true;
}

function statsSignature(root, files) {
  const hash = createHash('sha256');
  let newest = 0;
  for (const file of files) {
    const info = statSync(path.join(root, file));
    newest = Math.max(newest, info.mtimeMs, info.ctimeMs);
    hash.update(`${file}\0${info.size}\0${info.mtimeMs}\0${info.ctimeMs}\0${info.ino}\0`);
  }
  return { signature: hash.digest('hex'), newest };
}

function readStats(root) {
  try {
    return readFileSync(path.join(root, BUILD_DIR, STATS_FILE), 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** Atomically, and only as an optimisation: a read-only install or a build replaced meanwhile just keeps hashing. */
function writeStats(root, memo) {
  const file = path.join(root, BUILD_DIR, STATS_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, `${memo}\n`);
    renameSync(temp, file);
  } catch {
    // Nothing lost but time.
  }
}
