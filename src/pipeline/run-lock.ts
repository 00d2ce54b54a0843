/**
 * One translate run per repository at a time: `.dolmetsch/lock` holds the running process's pid and host.
 * A lock whose process is gone (same host, pid not alive) is taken over; one from another host is respected.
 */
import { link, mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE = '.dolmetsch/lock';

interface LockInfo {
  pid: number;
  host: string;
  started: string;
}

/** Expected failure: another run holds the lock. */
export class RunLockedError extends Error {
  readonly holder: LockInfo;
  constructor(holder: LockInfo) {
    super(
      `Another dolmetsch run (pid ${holder.pid} on ${holder.host}, started ${holder.started}) is working on this repository. ` +
        `Wait for it to finish; if that process is gone from another machine, delete ${LOCK_FILE}.`,
    );
    this.name = 'RunLockedError';
    this.holder = holder;
  }
}

export interface RunLock {
  release(): Promise<void>;
}

export async function acquireRunLock(root: string): Promise<RunLock> {
  const file = path.join(root, LOCK_FILE);
  await mkdir(path.dirname(file), { recursive: true });
  await removeLeftovers(file);
  const me: LockInfo = { pid: process.pid, host: os.hostname(), started: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    // Written whole under a private name, then linked into place: the lock never exists half-written.
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    await writeFile(temp, `${JSON.stringify(me)}\n`);
    try {
      await link(temp, file);
      return { release: () => unlink(file).catch(() => undefined) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      await unlink(temp).catch(() => undefined);
    }
    const holder = await readHolder(file);
    if (holder && (holder.host !== me.host || isAlive(holder.pid))) throw new RunLockedError(holder);
    // The holder died: move its lock aside (only one taker wins the rename) and try again.
    await rename(file, `${file}.stale-${holder?.pid ?? 'unreadable'}-${process.pid}`).catch(() => undefined);
    await unlink(`${file}.stale-${holder?.pid ?? 'unreadable'}-${process.pid}`).catch(() => undefined);
  }
  const holder = await readHolder(file);
  throw new RunLockedError(holder ?? { pid: -1, host: 'unknown', started: 'unknown' });
}

/** A process killed between writing its private lock copy and removing it leaves `lock.<pid>.<random>` behind. */
async function removeLeftovers(file: string): Promise<void> {
  const prefix = `${path.basename(file)}.`;
  for (const name of await readdir(path.dirname(file)).catch(() => [])) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || !isAlive(pid)) await unlink(path.join(path.dirname(file), name)).catch(() => undefined);
  }
}

async function readHolder(file: string): Promise<LockInfo | undefined> {
  try {
    const info = JSON.parse(await readFile(file, 'utf8')) as Partial<LockInfo>;
    if (typeof info.pid === 'number' && typeof info.host === 'string') return { pid: info.pid, host: info.host, started: String(info.started) };
  } catch {
    // Unreadable or vanished: treated as a dead holder.
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
