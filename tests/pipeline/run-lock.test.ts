import { createHash } from 'node:crypto';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireRunLock, LOCK_FILE, RunLockedError } from '../../src/pipeline/run-lock.ts';

const RACER = path.join(import.meta.dirname, 'helpers', 'lock-racer.ts');
const RACERS = 3;
const TRIALS = Number(process.env.LOCK_TRIALS ?? 40);

/** A pid that belonged to a process that has exited (so a lock naming it is a dead process's lock). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

function writeDeadLock(root: string, pid: number, started: string): void {
  mkdirSync(path.join(root, '.dolmetsch'), { recursive: true });
  writeFileSync(path.join(root, LOCK_FILE), `${JSON.stringify({ pid, host: os.hostname(), started })}\n`);
}

class Racer {
  readonly child: ChildProcessWithoutNullStreams;
  readonly #lines: AsyncIterator<string>;
  constructor() {
    this.child = spawn(process.execPath, ['--import', 'tsx', RACER], { stdio: 'pipe' });
    this.#lines = createInterface({ input: this.child.stdout })[Symbol.asyncIterator]();
  }
  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }
  async answer(): Promise<string> {
    const next = await this.#lines.next();
    if (next.done) throw new Error('racer exited');
    return next.value;
  }
}

describe('run lock', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'dolmetsch-lock-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a second run while the first holds the lock, and lets the next one in after release', async () => {
    const dir = path.join(root, 'plain');
    const first = await acquireRunLock(dir);
    await expect(acquireRunLock(dir)).rejects.toBeInstanceOf(RunLockedError);
    await first.release();
    const second = await acquireRunLock(dir);
    await second.release();
  });

  it('takes over a lock left by a dead process and leaves no helper files behind', async () => {
    const dir = path.join(root, 'dead');
    writeDeadLock(dir, deadPid(), '2026-01-01T00:00:00.000Z');
    const lock = await acquireRunLock(dir);
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    expect(readdirSync(path.join(dir, '.dolmetsch'))).toEqual(['lock']);
    await lock.release();
    expect(readdirSync(path.join(dir, '.dolmetsch'))).toEqual([]);
  });

  it('takes over a dead lock whose first taker died in the middle of taking it over', async () => {
    const dir = path.join(root, 'dead-taker');
    writeDeadLock(dir, deadPid(), '2026-01-02T00:00:00.000Z');
    const text = readFileSync(path.join(dir, LOCK_FILE), 'utf8');
    const marker = `${LOCK_FILE}.takeover-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.1`;
    writeFileSync(path.join(dir, marker), JSON.stringify({ pid: deadPid(), host: os.hostname(), started: 'x' }));
    const lock = await acquireRunLock(dir);
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    expect(readdirSync(path.join(dir, '.dolmetsch'))).toEqual(['lock']);
    await lock.release();
  });

  it(`gives a dead lock to exactly one of ${RACERS} processes taking it over at once (${TRIALS} trials)`, { timeout: 180_000 }, async () => {
    const racers = Array.from({ length: RACERS }, () => new Racer());
    try {
      const dead = deadPid();
      const winners: number[] = [];
      for (let trial = 0; trial < TRIALS; trial++) {
        const dir = path.join(root, `race-${trial}`);
        writeDeadLock(dir, dead, new Date(Date.UTC(2026, 0, 1, 0, 0, trial)).toISOString());
        for (const racer of racers) racer.send(`go ${dir}`);
        const answers = await Promise.all(racers.map((racer) => racer.answer()));
        expect(answers.filter((a) => a !== 'won' && a !== 'locked')).toEqual([]);
        const won = racers.filter((_, i) => answers[i] === 'won');
        winners.push(won.length);
        const holder = JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid;
        if (won.length === 1) expect(holder).toBe(won[0]!.child.pid);
        for (const racer of won) racer.send('release');
        await Promise.all(won.map((racer) => racer.answer()));
      }
      expect(winners.filter((n) => n !== 1)).toEqual([]);
    } finally {
      for (const racer of racers) racer.child.kill();
    }
  });
});
