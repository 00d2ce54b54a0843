/** The version in the package's own package.json, for `dolmetsch --version`. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function packageVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return cached;
}

let fingerprint: string | undefined;

/**
 * What cached results depend on besides their inputs: the version and, when running compiled, the content hash of
 * the sources it was built from (build/source-fingerprint, written by bin/build.js) — so a changed rule or glossary
 * check never serves results an earlier build cached, even when nobody bumped the version.
 */
export function toolFingerprint(): string {
  if (fingerprint === undefined) {
    let build: string;
    try {
      build = readFileSync(new URL('../source-fingerprint', import.meta.url), 'utf8').trim();
    } catch {
      // Running the TypeScript itself (tsx, an edited source): the sources' own hash, so an edited rule counts too.
      build = `source-${sourcesHash(fileURLToPath(new URL('..', import.meta.url)))}`;
    }
    fingerprint = `${packageVersion()}+${build}`;
  }
  return fingerprint;
}

/** Hash of every file's path and bytes below `folder` (about 250 files: a few milliseconds). */
function sourcesHash(folder: string): string {
  const hash = createHash('sha256');
  const files = (readdirSync(folder, { recursive: true, withFileTypes: true }) as Array<{ name: string; parentPath?: string; path?: string; isFile(): boolean }>)
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path ?? folder, entry.name))
    .sort();
  for (const file of files) hash.update(path.relative(folder, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
