/**
 * What the repository's files held when they were last read: size, times and inode with the hash of the bytes.
 * A file whose stat is exactly what was recorded is known without being opened; any difference (size, mtime, ctime,
 * inode) means it is read and hashed again. ctime cannot be set from user space, so a hand edit that keeps the
 * size and puts the mtime back (`touch -d`) is still seen. A file recorded within RACY_MS of its own change
 * could change again inside the same timestamp tick without its stat showing it ("racily clean", as git calls it):
 * such a record is never trusted on its stat alone, only on its hash.
 */
import { sha256Hex } from '../core/hash.ts';
import { lstatSync, openSync, closeSync, fstatSync, readSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';
import { readOptional } from './layout.ts';

export interface Stamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  hash: string;
  /** Recorded so soon after the file changed that its stat alone proves nothing. */
  racy?: true;
}

/** Longer than the coarsest timestamp tick in use (FAT: 2 s). */
export const RACY_MS = 2_000;

export interface Hashed {
  hash: string;
  /** The bytes, when the file had to be read to know its hash. */
  bytes?: Uint8Array;
}

export function bytesHash(bytes: Uint8Array | string | undefined): string {
  return bytes === undefined ? '-' : sha256Hex(bytes).slice(0, 32);
}

export class FileStamps {
  readonly #stamps: Map<string, Stamp>;
  readonly #now: () => number;
  /** Folders whose real path was checked to lie inside the repository. */
  readonly #insideFolders = new Map<string, boolean>();
  #dirty = false;

  /** `now` is for tests (a stamp recorded "long ago"); the library otherwise takes the system clock. */
  constructor(recorded: unknown = undefined, now: () => number = Date.now) {
    this.#stamps = validStamps(recorded);
    this.#now = now;
  }

  get dirty(): boolean {
    return this.#dirty;
  }

  saved(): void {
    this.#dirty = false;
  }

  /** The hash of a repo-relative file's bytes (reading it only when its stat changed); undefined when it does not exist. */
  async hash(root: string, file: string): Promise<Hashed | undefined> {
    const info = this.#plainStat(root, file);
    if (info === 'link') return this.#readChecked(root, file);
    if (info === undefined) return undefined;
    const known = this.#stamps.get(file);
    if (known && !known.racy && sameStat(known, info)) return { hash: known.hash };
    return this.read(root, file);
  }

  /** The bytes of a repo-relative file and their hash, recorded with the stat taken before reading. */
  async read(root: string, file: string): Promise<{ hash: string; bytes: Uint8Array } | undefined> {
    const info = this.#plainStat(root, file);
    if (info === 'link') return this.#readChecked(root, file);
    if (info === undefined) return undefined;
    let fd: number;
    try {
      fd = openSync(path.join(root, file), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      // Stat of the open file before its bytes: a change after this point shows as a different stat next time.
      const before = fstatSync(fd);
      const bytes = readAll(fd, before.size);
      const hash = bytesHash(bytes);
      this.#record(file, before, hash);
      return { hash, bytes };
    } finally {
      closeSync(fd);
    }
  }

  toJSON(): Record<string, Stamp> {
    return Object.fromEntries([...this.#stamps].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  #record(file: string, info: Stats, hash: string): void {
    const racy = this.#now() - Math.max(info.mtimeMs, info.ctimeMs) < RACY_MS;
    const stamp: Stamp = { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino, hash, ...(racy ? { racy: true as const } : {}) };
    const known = this.#stamps.get(file);
    if (known && sameStat(known, stamp) && known.hash === hash && known.racy === stamp.racy) return;
    this.#stamps.set(file, stamp);
    this.#dirty = true;
  }

  /** A link (anything but a plain file in a folder known to lie inside) goes the long way: readOptional checks where it leads. */
  async #readChecked(root: string, file: string): Promise<{ hash: string; bytes: Uint8Array } | undefined> {
    const bytes = await readOptional(root, file);
    return bytes && { hash: bytesHash(bytes), bytes };
  }

  #plainStat(root: string, file: string): Stats | 'link' | undefined {
    let info: Stats;
    try {
      info = lstatSync(path.join(root, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
      throw error;
    }
    if (!info.isFile() || !this.#folderInside(root, path.posix.dirname(file))) return 'link';
    return info;
  }

  #folderInside(root: string, folder: string): boolean {
    let inside = this.#insideFolders.get(folder);
    if (inside === undefined) {
      try {
        const relative = path.relative(realpathSync(root), realpathSync(path.join(root, folder)));
        inside = !(relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative));
      } catch {
        inside = false;
      }
      this.#insideFolders.set(folder, inside);
    }
    return inside;
  }
}

function sameStat(a: Pick<Stamp, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'>, b: Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'>): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

function readAll(fd: number, size: number): Uint8Array {
  // One byte more than the stat said, so a file that did not grow is read without copying.
  let buffer = Buffer.allocUnsafe(size + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}

/** Only well-formed records survive: a corrupt or foreign index is an empty one, never an error. */
function validStamps(recorded: unknown): Map<string, Stamp> {
  const stamps = new Map<string, Stamp>();
  if (typeof recorded !== 'object' || recorded === null) return stamps;
  for (const [file, value] of Object.entries(recorded)) {
    const s = value as Stamp;
    if (typeof s !== 'object' || s === null) continue;
    if (![s.size, s.mtimeMs, s.ctimeMs, s.ino].every((n) => typeof n === 'number' && Number.isFinite(n)) || typeof s.hash !== 'string') continue;
    stamps.set(file, { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino, hash: s.hash, ...(s.racy === true ? { racy: true as const } : {}) });
  }
  return stamps;
}
