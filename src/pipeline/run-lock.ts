/**
 * One translate run per repository at a time: `.dolmetsch/lock` holds the running process's pid and host.
 * A lock whose process is gone (same host, pid not alive) is taken over; one from another host is respected.
 */
import { createHash } from 'node:crypto';
import { link, mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessAlive } from '../store/process-alive.ts'; // not the store's index: main.ts loads this file for --help

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

/** How often a run looks again while another process is in the middle of taking over a dead lock (a few ms). */
const ATTEMPTS = 200;

export async function acquireRunLock(root: string): Promise<RunLock> {
  const file = path.join(root, LOCK_FILE);
  await mkdir(path.dirname(file), { recursive: true });
  await removeLeftovers(file);
  const me: LockInfo = { pid: process.pid, host: os.hostname(), started: new Date().toISOString() };
  // Written whole under a private name, then linked (or renamed) into place: the lock never exists half-written.
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(temp, `${JSON.stringify(me)}\n`);
  const lock = { release: () => unlink(file).catch(() => undefined) };
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        await link(temp, file);
        return lock;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const held = await readText(file);
      if (held === undefined) continue;
      const holder = parseHolder(held);
      if (holder && (holder.host !== me.host || isProcessAlive(holder.pid))) throw new RunLockedError(holder);
      const outcome = await takeOver(file, held, temp);
      if (outcome === 'taken') return lock;
      if (outcome === 'busy') await sleep(5);
    }
    const holder = parseHolder((await readText(file)) ?? '');
    throw new RunLockedError(holder ?? { pid: -1, host: 'unknown', started: 'unknown' });
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/**
 * Replaces the dead lock `deadText` with ours, so that of several runs doing this at once exactly one succeeds.
 * Moving or deleting the dead lock first would not do: a slower taker could then move a lock a faster one has just
 * made. Instead the takers of one dead lock race to create `lock.takeover-<hash>.1` (link fails if it exists); the
 * one who does alone may replace that dead lock, by renaming its own lock over it. Should that taker die half-way,
 * the next takers race for `.2`, and so on: a marker is only ever passed over when its owner is dead.
 */
async function takeOver(file: string, deadText: string, temp: string): Promise<'taken' | 'busy' | 'gone'> {
  const base = takeoverBase(file, deadText);
  for (let k = 1; ; k++) {
    const marker = `${base}${k}`;
    try {
      await link(temp, marker);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = parseHolder((await readText(marker)) ?? '');
      if (owner === undefined || isProcessAlive(owner.pid)) return 'busy';
      continue;
    }
    // Nobody else may replace the dead lock now, and nobody makes marker k+1 while this process lives.
    const replaced = (await readText(file)) === deadText;
    if (replaced) await rename(temp, file);
    await removeMarkers(file, base);
    return replaced ? 'taken' : 'gone';
  }
}

function takeoverBase(file: string, lockText: string): string {
  return `${file}.takeover-${createHash('sha256').update(lockText).digest('hex').slice(0, 16)}.`;
}

/** Markers of a dead lock that is no longer the lock are of no use to anybody. */
async function removeMarkers(file: string, base: string): Promise<void> {
  const prefix = path.basename(base);
  for (const name of await readdir(path.dirname(file)).catch(() => [])) {
    if (name.startsWith(prefix)) await unlink(path.join(path.dirname(file), name)).catch(() => undefined);
  }
}

/**
 * A process killed at the wrong moment leaves `lock.<pid>.<random>` (its private copy) or takeover markers behind.
 * Markers are removed only when the lock they were made for is gone, so a takeover in progress is never disturbed.
 */
async function removeLeftovers(file: string): Promise<void> {
  const prefix = `${path.basename(file)}.`;
  const current = await readText(file);
  const currentMarkers = current === undefined ? undefined : path.basename(takeoverBase(file, current));
  for (const name of await readdir(path.dirname(file)).catch(() => [])) {
    if (!name.startsWith(prefix)) continue;
    if (name.startsWith(`${prefix}takeover-`)) {
      if (currentMarkers === undefined || !name.startsWith(currentMarkers)) await unlink(path.join(path.dirname(file), name)).catch(() => undefined);
      continue;
    }
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || !isProcessAlive(pid)) await unlink(path.join(path.dirname(file), name)).catch(() => undefined);
  }
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Undefined for a lock that cannot be read as one: treated as a dead holder. */
function parseHolder(text: string): LockInfo | undefined {
  try {
    const info = JSON.parse(text) as Partial<LockInfo>;
    if (typeof info.pid === 'number' && typeof info.host === 'string') return { pid: info.pid, host: info.host, started: String(info.started) };
  } catch {
    // Unreadable: treated as a dead holder.
  }
  return undefined;
}
