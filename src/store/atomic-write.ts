import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces `path` with `text` so that a reader (or a crash) sees either the old file or the new
 * one, never half of it: write a temporary file next to it, fsync, rename over, fsync the folder.
 */
export async function writeFileAtomic(path: string, text: string | Iterable<string>): Promise<void> {
  await writeFilesAtomic([{ path, text }]);
}

/**
 * Writes every temporary file first and renames only when all of them were written, so a full
 * disk or a bad folder leaves all targets as they were. The renames themselves are one by one.
 */
export async function writeFilesAtomic(files: ReadonlyArray<{ path: string; text: string | Iterable<string> }>): Promise<void> {
  const written: Array<{ temp: string; path: string }> = [];
  try {
    for (const file of files) {
      const temp = tempPathFor(file.path);
      written.push({ temp, path: file.path });
      await makeFolder(dirname(file.path));
      await writeAndSync(temp, file.text);
    }
  } catch (error) {
    await Promise.all(written.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  const folders = new Set<string>();
  for (let i = 0; i < written.length; i++) {
    const { temp, path } = written[i]!;
    try {
      await rename(temp, path);
    } catch (error) {
      await Promise.all(written.slice(i).map((rest) => rm(rest.temp, { force: true })));
      throw error;
    }
    folders.add(dirname(path));
  }
  for (const folder of folders) await syncFolder(folder);
}

/**
 * `mkdir -p`, one level at a time. Node's own recursive mkdir loops forever where the kernel answers ENOENT for a
 * folder whose parent exists (below /proc), which hung `publish --out /proc/x`; here that is an error like any other.
 */
export async function makeFolder(folder: string): Promise<void> {
  const missing: string[] = [];
  for (let at = folder; ; at = dirname(at)) {
    const info = await stat(at).catch((error: NodeJS.ErrnoException) => error);
    if (!(info instanceof Error)) break;
    if (info.code !== 'ENOENT' || dirname(at) === at) throw info;
    missing.unshift(at);
  }
  for (const at of missing) {
    await mkdir(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}

export function tempPathFor(path: string): string {
  return sideName(path, 'tmp');
}

/**
 * A name beside `path` that no other write of this process or another uses: `.<name>.<pid>.<12 hex>.<suffix>`. The
 * hex is a random start drawn once per process plus a count (a random draw per file cost more than the write's
 * own work): unique within the process by the count, and across processes by the pid and the random start.
 */
export function sideName(path: string, suffix: string): string {
  sideNames.count = (sideNames.count + 1) % 2 ** 48;
  const unique = ((sideNames.start + sideNames.count) % 2 ** 48).toString(16).padStart(12, '0');
  return join(dirname(path), `.${basename(path)}.${process.pid}.${unique}.${suffix}`);
}

const sideNames = { start: randomBytes(6).readUIntBE(0, 6), count: 0 };

/**
 * `text` may come in pieces (made while they are written), so a large file is never one string in memory.
 * `makeFolders`: create the missing folders above `path` when it cannot be created for want of them (only then:
 * most writes go to a folder that is there, and looking first cost a stat per file).
 */
export async function writeAndSync(path: string, text: string | Iterable<string>, makeFolders = false): Promise<void> {
  const handle = await open(path, 'wx').catch(async (error: NodeJS.ErrnoException) => {
    if (!makeFolders || error.code !== 'ENOENT') throw error;
    await makeFolder(dirname(path));
    return open(path, 'wx');
  });
  try {
    // A handle's writeFile writes from where the last write ended: the pieces follow each other.
    if (typeof text === 'string') await handle.writeFile(text, 'utf8');
    else for (const piece of text) await handle.writeFile(piece, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the rename itself durable. Some platforms (Windows) cannot open a folder; there the rename is as durable as it gets. */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
  } catch {
    return;
  }
  try {
    await handle.sync();
  } catch {
    // fsync on a directory handle is refused on some file systems; nothing more can be done.
  } finally {
    await handle.close();
  }
}
