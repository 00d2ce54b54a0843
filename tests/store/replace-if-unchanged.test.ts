/** The one way a file people edit is replaced: never over a save made at any moment of the write. */
import { readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceFileIfUnchanged } from '../../src/store/replace-if-unchanged.ts';
import { sideName } from '../../src/store/atomic-write.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dolmetsch-replace-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const is = (text: string | undefined) => (bytes: Uint8Array | undefined) =>
  text === undefined ? bytes === undefined : bytes !== undefined && Buffer.from(bytes).toString('utf8') === text;

describe('replaceFileIfUnchanged', () => {
  it('replaces the version it was told about and creates a file that was not there, leaving nothing else', async () => {
    const file = join(root, 'a.yaml');
    expect(await replaceFileIfUnchanged(file, 'one\n', is(undefined))).toBe('written');
    expect(await replaceFileIfUnchanged(file, 'two\n', is('one\n'))).toBe('written');
    expect(await readFile(file, 'utf8')).toBe('two\n');
    expect(await readdir(root)).toEqual(['a.yaml']);
  });

  it('creates the folders of a new file only when they are missing, and names its side files uniquely in the pattern a restore looks for', async () => {
    const file = join(root, 'translations', 'ko', 'a.yaml');
    expect(await replaceFileIfUnchanged(file, 'eins\n', is(undefined))).toBe('written');
    expect(await readFile(file, 'utf8')).toBe('eins\n');
    const names = new Set(Array.from({ length: 2000 }, () => sideName(file, 'old')));
    expect(names.size).toBe(2000);
    for (const name of [...names].slice(0, 5)) expect(basename(name)).toMatch(/^\.a\.yaml\.\d+\.[0-9a-f]{12}\.old$/);
    expect(await readdir(join(root, 'translations', 'ko'))).toEqual(['a.yaml']);
  });

  it('expecting no file, leaves one a person created meanwhile, and judges it like any other when the caller would take it', async () => {
    const file = join(root, 'neu.yaml');
    await writeFile(file, 'created by a person\n');
    expect(await replaceFileIfUnchanged(file, 'run\n', is(undefined))).toBe('changed-on-disk');
    expect(await readFile(file, 'utf8')).toBe('created by a person\n');
    const eitherWay = (bytes: Uint8Array | undefined) => bytes === undefined || is('created by a person\n')(bytes);
    expect(await replaceFileIfUnchanged(file, 'run\n', eitherWay)).toBe('written');
    expect(await readFile(file, 'utf8')).toBe('run\n');
    expect(await readdir(root)).toEqual(['neu.yaml']);
  });

  it('leaves a file saved before it looked', async () => {
    const file = join(root, 'a.yaml');
    await writeFile(file, 'saved by a person\n');
    expect(await replaceFileIfUnchanged(file, 'run\n', is('what the run read\n'))).toBe('changed-on-disk');
    expect(await readFile(file, 'utf8')).toBe('saved by a person\n');
    expect(await readdir(root)).toEqual(['a.yaml']);
  });

  it('leaves a file an editor saved (write to a new file) while the old one was being checked', async () => {
    const file = join(root, 'a.yaml');
    await writeFile(file, 'read\n');
    const outcome = await replaceFileIfUnchanged(file, 'run\n', (bytes) => {
      writeFileSync(file, 'saved meanwhile\n');
      return is('read\n')(bytes);
    });
    expect(outcome).toBe('changed-on-disk');
    expect(await readFile(file, 'utf8')).toBe('saved meanwhile\n');
    expect(await readdir(root)).toEqual(['a.yaml']);
  });

  it('gives way to an editor that wrote into the old file in place while it was being replaced', async () => {
    const file = join(root, 'a.yaml');
    await writeFile(file, 'read\n');
    let calls = 0;
    const outcome = await replaceFileIfUnchanged(file, 'run\n', (bytes) => {
      if (bytes !== undefined && calls++ === 0) {
        // At the first look at the file set aside (it is asked about no file first): the editor holds the old file
        // open and writes into it.
        const aside = readdirSync(root).find((name) => name.endsWith('.old'))!;
        writeFileSync(join(root, aside), 'written in place\n');
      }
      return is('read\n')(bytes);
    });
    expect(outcome).toBe('changed-on-disk');
    expect(await readFile(file, 'utf8')).toBe('written in place\n');
    expect(await readdir(root)).toEqual(['a.yaml']);
  });
});
