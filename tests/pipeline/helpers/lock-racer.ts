/**
 * A separate process that races for the run lock: on "go <root>" it calls acquireRunLock and answers "won" or
 * "locked"; on "release" it lets go of a lock it won. One process serves many trials, so a trial costs no start-up.
 */
import { createInterface } from 'node:readline';
import { acquireRunLock, RunLockedError, type RunLock } from '../../../src/pipeline/run-lock.ts';

let held: RunLock | undefined;
for await (const line of createInterface({ input: process.stdin })) {
  const [command, root] = line.split(' ');
  if (command === 'go') {
    try {
      held = await acquireRunLock(root!);
      process.stdout.write('won\n');
    } catch (error) {
      process.stdout.write(error instanceof RunLockedError ? 'locked\n' : `error ${String(error)}\n`);
    }
  } else if (command === 'release') {
    await held?.release();
    held = undefined;
    process.stdout.write('released\n');
  }
}
