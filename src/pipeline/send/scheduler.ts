/**
 * Runs batches against a provider under one shared concurrency limit (p-limit), as they are made.
 * A rate limit halves the concurrency and retries after the wait the service asked for; steady success restores it.
 * Quota, authentication, outage and broken-answer errors stop the run: nothing new is sent, requests in flight finish.
 * A broken answer stops it too because the next request would most likely be paid for and broken the same way.
 */
import pLimit from 'p-limit';
import { setTimeout as sleep } from 'node:timers/promises';
import { ProviderError, type BatchResult } from '../../providers/types.ts';

export interface SchedulerOptions {
  concurrency: number;
  signal?: AbortSignal;
  /**
   * The provider still preparing (its glossary): batches made meanwhile wait for it in their slots, then leave
   * together; its error stops the run before anything is sent (those batches are skipped).
   */
  ready?: Promise<ProviderError | undefined>;
  /** Attempts for one batch that keeps hitting the rate limit. */
  maxRateLimitAttempts?: number;
  /** Wait when a rate limit names none: base × 2^attempt. */
  rateLimitBaseDelayMs?: number;
  onRetry?: (info: { attempt: number; waitMs: number; concurrency: number }) => void;
  /** How to wait before a retry; resolves early (or rejects) when the signal aborts. Tests pass a fake clock. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<unknown>;
}

const realSleep = (ms: number, signal?: AbortSignal): Promise<unknown> => sleep(ms, undefined, signal ? { signal } : {});

export type BatchOutcome<R = BatchResult> =
  | { kind: 'done'; result: R }
  | { kind: 'failed'; error: ProviderError }
  | { kind: 'skipped' };

export interface SchedulerResult {
  /** The error that stopped the run (quota, auth, outage, a broken answer), if any. */
  stoppedBy?: ProviderError;
  /** True when the run was interrupted by the signal. */
  interrupted: boolean;
}

const STOPPING_KINDS = new Set(['quota', 'auth', 'unavailable', 'bad-response', 'config']);

export class BatchScheduler {
  readonly #options: SchedulerOptions;
  #stoppedBy: ProviderError | undefined;

  constructor(options: SchedulerOptions) {
    this.#options = options;
  }

  /** True once nothing more will be sent: a stopping error, or the signal. */
  get stopped(): boolean {
    return this.#stoppedBy !== undefined || this.#options.signal?.aborted === true;
  }

  /**
   * Sends batches as `batches` yields them. It is only asked for the next one while every slot is busy and no more
   * than `concurrency` wait, so batches are made just ahead of need and a long run holds a few of them at a time.
   * After a stop, batches still yielded are reported as skipped.
   */
  async run<B, R>(
    batches: AsyncIterable<B>,
    send: (batch: B) => Promise<R>,
    onOutcome: (batch: B, outcome: BatchOutcome<R>) => Promise<void>,
  ): Promise<SchedulerResult> {
    const options = this.#options;
    const maxConcurrency = Math.max(1, options.concurrency);
    const limit = pLimit(maxConcurrency);
    const maxAttempts = options.maxRateLimitAttempts ?? 8;
    const baseDelay = options.rateLimitBaseDelayMs ?? 1000;
    const wait = options.sleep ?? realSleep;
    let successesSinceSlowdown = 0;

    // Outcomes are handled outside the concurrency slot: writing files must not keep the next request waiting.
    const running = new Set<Promise<void>>();
    const track = (work: Promise<void>): void => {
      running.add(work);
      void work.then(() => running.delete(work), () => undefined);
    };
    // Deferred past this turn of the event loop: the slot the answer frees goes to the next request first.
    const report = (batch: B, outcome: BatchOutcome<R>): void => track(new Promise<void>((resolve) => setImmediate(resolve)).then(() => onOutcome(batch, outcome)));

    let slotFreed: () => void = () => undefined;
    let ready = options.ready?.then((notReady) => {
      if (notReady) this.#stoppedBy ??= notReady;
      ready = undefined;
    });
    ready?.catch(() => undefined); // a bug's exception: thrown by the batches that wait (or by the caller's own await)
    const runOne = async (batch: B): Promise<void> => {
      try {
        if (ready) await ready;
        for (let attempt = 1; ; attempt++) {
          if (this.stopped) return report(batch, { kind: 'skipped' });
          try {
            const result = await send(batch);
            if (limit.concurrency < maxConcurrency && ++successesSinceSlowdown >= limit.concurrency * 2) {
              limit.concurrency += 1;
              successesSinceSlowdown = 0;
            }
            return report(batch, { kind: 'done', result });
          } catch (error) {
            // A request cut short by the interrupt is not a failure: the run stops sending, as it would have anyway.
            if (options.signal?.aborted && !(error instanceof ProviderError)) return report(batch, { kind: 'skipped' });
            if (!(error instanceof ProviderError)) throw error;
            if (error.kind === 'rate-limit' && attempt < maxAttempts) {
              limit.concurrency = Math.max(1, Math.floor(limit.concurrency / 2));
              successesSinceSlowdown = 0;
              const waitMs = error.retryAfterMs ?? baseDelay * 2 ** (attempt - 1);
              options.onRetry?.({ attempt, waitMs, concurrency: limit.concurrency });
              await wait(waitMs, options.signal).catch(() => undefined);
              continue;
            }
            if (STOPPING_KINDS.has(error.kind) || error.kind === 'rate-limit') this.#stoppedBy ??= error;
            return report(batch, { kind: 'failed', error });
          }
        }
      } finally {
        slotFreed();
      }
    };

    for await (const batch of batches) {
      if (this.stopped) {
        report(batch, { kind: 'skipped' });
        continue;
      }
      track(limit(runOne, batch));
      while (limit.pendingCount >= limit.concurrency) await new Promise<void>((resolve) => (slotFreed = resolve));
    }
    while (running.size > 0) await Promise.all(running);
    return { ...(this.#stoppedBy ? { stoppedBy: this.#stoppedBy } : {}), interrupted: options.signal?.aborted === true };
  }
}
