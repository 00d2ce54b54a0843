/**
 * bin/dolmetsch.js runs build/ only while it was compiled from exactly the sources in src/. The content hash is
 * kept with the stats it was last seen under, so a start-up does not read every source; any change of a stat —
 * even an edit that keeps size and mtime (`touch -d`) — sends it back to the hash.
 */
import { mkdir, mkdtemp, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript of the bin folder, without type declarations
import { buildIsFresh, sourceFingerprint, STAMP_FILE, STATS_FILE } from '../../bin/source-fingerprint.js';

const later = () => Date.now() + 60_000;

async function project(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-fresh-'));
  await mkdir(path.join(root, 'src'));
  await mkdir(path.join(root, 'build'));
  await writeFile(path.join(root, 'src/a.ts'), 'export const a = 1;\n');
  await writeFile(path.join(root, 'tsconfig.json'), '{}\n');
  await writeFile(path.join(root, 'tsconfig.build.json'), '{}\n');
  const old = new Date(Date.now() - 3_600_000);
  for (const file of ['src/a.ts', 'tsconfig.json', 'tsconfig.build.json']) await utimes(path.join(root, file), old, old);
  await writeFile(path.join(root, 'build', STAMP_FILE), `${sourceFingerprint(root)}\n`);
  return root;
}

describe('the build freshness check', () => {
  it('keeps the stats of sources that hash to the build, and trusts them while nothing changed', async () => {
    const root = await project();
    expect(buildIsFresh(root, later())).toBe(true);
    const kept = await readFile(path.join(root, 'build', STATS_FILE), 'utf8');
    expect(kept.startsWith(sourceFingerprint(root))).toBe(true);
    expect(buildIsFresh(root, later())).toBe(true);
  });

  it('sees a source edited with the same size and its mtime put back', async () => {
    const root = await project();
    expect(buildIsFresh(root, later())).toBe(true);
    const file = path.join(root, 'src/a.ts');
    const before = await stat(file);
    await writeFile(file, 'export const b = 1;\n');
    await utimes(file, before.atime, before.mtime);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
    expect(buildIsFresh(root, later())).toBe(false);
  });

  it('does not keep stats taken while a source was fresh', async () => {
    const root = await project();
    await writeFile(path.join(root, 'src/a.ts'), 'export const a = 1;\n');
    expect(buildIsFresh(root, Date.now())).toBe(true);
    expect(existsSync(path.join(root, 'build', STATS_FILE))).toBe(false);
  });
});
