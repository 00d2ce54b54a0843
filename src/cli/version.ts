/** The version in the package's own package.json, for `dolmetsch --version`. */
import { readFileSync } from 'node:fs';

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
    let build = 'source';
    try {
      build = readFileSync(new URL('../source-fingerprint', import.meta.url), 'utf8').trim() || build;
    } catch {
      // Running the TypeScript itself (tsx): no build stamp beside it.
    }
    fingerprint = `${packageVersion()}+${build}`;
  }
  return fingerprint;
}
