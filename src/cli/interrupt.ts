/**
 * SIGINT/SIGTERM for the commands that only read and then write (check, publish, export, import, status): reading
 * stops at once, nothing is written after the signal, and the command ends with 130/143. Writing that has begun
 * is finished (every write is one atomic batch), so no half-written output is left either way.
 */
import type { CliIO } from './io.ts';

export class InterruptedError extends Error {
  readonly signal: string;
  constructor(signal: string) {
    super(`stopped by ${signal}`);
    this.name = 'InterruptedError';
    this.signal = signal;
  }
}

/** Throws InterruptedError when a signal has arrived; call it before anything is written. */
export function stopIfInterrupted(io: CliIO): void {
  if (io.signal?.aborted) throw new InterruptedError(String(io.signal.reason ?? 'SIGINT'));
}

/** The work's result, or InterruptedError as soon as a signal arrives (the work is left to be dropped). */
export function unlessInterrupted<T>(io: CliIO, work: Promise<T>): Promise<T> {
  const signal = io.signal;
  if (!signal) return work;
  stopIfInterrupted(io);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new InterruptedError(String(signal.reason ?? 'SIGINT')));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
