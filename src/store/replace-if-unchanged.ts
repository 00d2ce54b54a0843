/**
 * Replaces a file people edit only if it is still the version the caller read, with no moment in which a person's
 * save can be overwritten unseen. Checking and then renaming over leaves such a moment (a save between the two is
 * lost), so the file is first moved aside (atomic: whatever was saved last moves with it) and checked there; the
 * new text is then linked into place, which fails if a save created the file meanwhile; and the old file is
 * checked once more, for an editor that wrote into it in place while it was aside. In every case of doubt the
 * person's version is what stays.
 */
import { link, readdir, readFile, rename, rm, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { sideName, syncFolder, tempPathFor, writeAndSync } from './atomic-write.ts';
import type { FolderSyncs } from './folder-syncs.ts';
import { isProcessAlive } from './process-alive.ts';

export type ReplaceOutcome = 'written' | 'changed-on-disk';

/**
 * `isExpected(bytes)`: whether the file's bytes (undefined: no file) are still the version the caller read.
 * `folderSyncs`: the folder is recorded there, to be synced once with others (folder-syncs.ts), instead of now.
 */
export async function replaceFileIfUnchanged(
  path: string,
  text: string,
  isExpected: (bytes: Uint8Array | undefined) => boolean,
  folderSyncs?: FolderSyncs,
): Promise<ReplaceOutcome> {
  const temp = tempPathFor(path);
  const aside = sideName(path, 'old');
  await writeAndSync(temp, text, true);
  let hadFile = false;
  try {
    // Expecting no file (a new one): linking succeeds only while there is none, which is all moving aside would
    // have found out. When there is one now, the way below judges it.
    if (isExpected(undefined) && (await linkUnlessExists(temp, path))) return 'written';
    hadFile = await moveAside(path, aside);
    if (!isExpected(hadFile ? await readFile(aside) : undefined)) {
      // Saved before the move: put the person's version back, unless an even newer save already took its place.
      if (hadFile) await linkUnlessExists(aside, path);
      return 'changed-on-disk';
    }
    if (!(await linkUnlessExists(temp, path))) return 'changed-on-disk';
    if (hadFile && !isExpected(await readFile(aside))) {
      // Written into in place while it was aside: the person's words win over the run's.
      await rename(aside, path);
      return 'changed-on-disk';
    }
    return 'written';
  } finally {
    // Nothing was moved aside when there was no file (a new one): no aside copy to look for.
    await Promise.all([removeIfThere(temp), hadFile ? removeIfThere(aside) : undefined]);
    if (folderSyncs) folderSyncs.add(dirname(path));
    else await syncFolder(dirname(path));
  }
}

/**
 * A process killed between moving a file aside and putting the new one in place leaves the file only under its
 * aside name. Puts every such file of a dead process in `folder` (and below it, unless not `recursive`) back where it was (unless a newer file is
 * there already), and removes the aside copies. Returns the files put back, relative to `folder`.
 * A dead process's temporary files (`tempPathFor`: never a person's file; at most a second name of a file already
 * in place) are removed too: a run writes several files at once, so a kill may leave several.
 */
export async function restoreSetAside(folder: string, { recursive = true }: { recursive?: boolean } = {}): Promise<string[]> {
  const restored: string[] = [];
  const names = await readdir(folder, { recursive }).catch(() => [] as string[]);
  for (const name of names) {
    const temp = TEMP_NAME.exec(basename(name));
    if (temp && !isProcessAlive(Number(temp[1]))) await rm(join(folder, name), { force: true });
    const match = ASIDE_NAME.exec(basename(name));
    if (!match || isProcessAlive(Number(match[2]))) continue;
    const aside = join(folder, name);
    const original = join(dirname(aside), match[1]!);
    if (await linkUnlessExists(aside, original)) restored.push(join(dirname(name), match[1]!));
    await rm(aside, { force: true });
  }
  return restored;
}

const ASIDE_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.old$/;
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/** An `isExpected` for a caller that kept the text it read (undefined: there was no file); a BOM is not a change. */
export function isText(text: string | undefined): (bytes: Uint8Array | undefined) => boolean {
  return (bytes) => (bytes === undefined ? text === undefined : asRead(bytes) === text);
}

/** A file's text as the readers see it (BOM dropped, NFC), for telling whether it changed; never throws. */
export function asRead(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').normalize('NFC');
}

/** One unlink: `rm` walks the path first (lstat, then unlink), twice per file written. */
async function removeIfThere(file: string): Promise<void> {
  await succeeds(() => unlink(file), 'ENOENT');
}

/** Moves `path` to `aside`; false when there is no file at `path`. */
function moveAside(path: string, aside: string): Promise<boolean> {
  return succeeds(() => rename(path, aside), 'ENOENT');
}

/** Links `from` to `to`; false when `to` exists (somebody else's file is there now). */
function linkUnlessExists(from: string, to: string): Promise<boolean> {
  return succeeds(() => link(from, to), 'EEXIST');
}

/** true when the operation succeeds, false when it fails with `expected` (the race it guards against). */
async function succeeds(operation: () => Promise<void>, expected: string): Promise<boolean> {
  try {
    await operation();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === expected) return false;
    throw error;
  }
}
