/** Folder syncs made once for many renames (a run writes thousands of files into two folders). */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderSyncs } from '../../src/store/folder-syncs.ts';
import { replaceFileIfUnchanged } from '../../src/store/replace-if-unchanged.ts';
import { syncFolder } from '../../src/store/atomic-write.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dolmetsch-folder-syncs-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** FolderSyncs whose syncs really happen and are counted by folder. */
function countingSyncs(): { syncs: FolderSyncs; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  const syncs = new FolderSyncs(async (folder) => {
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
    await syncFolder(folder);
  });
  return { syncs, counts };
}

describe('FolderSyncs', () => {
  it('leaves the folder sync of every replace to one flush, which syncs each folder once however many files went into it', async () => {
    const { syncs, counts } = countingSyncs();
    const files = ['en/a.yaml', 'en/b.yaml', 'en/c.yaml', 'ko/a.yaml', 'ko/b.yaml'].map((name) => join(root, name));
    for (const file of files) expect(await replaceFileIfUnchanged(file, `${file}\n`, (bytes) => bytes === undefined, syncs)).toBe('written');
    await replaceFileIfUnchanged(files[0]!, 'again\n', () => true, syncs);
    for (const file of files.slice(1)) expect(await readFile(file, 'utf8')).toBe(`${file}\n`);
    expect(await readFile(files[0]!, 'utf8')).toBe('again\n');
    expect(counts.size).toBe(0);

    await syncs.flush();
    expect(Object.fromEntries(counts)).toEqual({ [join(root, 'en')]: 1, [join(root, 'ko')]: 1 });
    expect(syncs.synced).toBe(2);
    await syncs.flush();
    expect(syncs.synced).toBe(2);
  });

  it('syncs a folder recorded while a flush runs in the next flush', async () => {
    const seen: string[] = [];
    let syncs: FolderSyncs;
    syncs = new FolderSyncs(async (folder) => {
      seen.push(folder);
      if (folder === 'a') syncs.add('b');
    });
    syncs.add('a');
    await syncs.flush();
    expect(seen).toEqual(['a']);
    await syncs.flush();
    expect(seen).toEqual(['a', 'b']);
  });
});
