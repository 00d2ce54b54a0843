/**
 * Runs batches against a provider under one shared concurrency limit (p-limit).
 * A rate limit halves the concurrency and retries after the wait the service asked for; steady success restores it.
 * Quota, authentication and outage errors stop the run: nothing new is sent, requests in flight finish.
 */
import pLimit from 'p-limit';
import { setTimeout as sleep } from 'node:timers/promises';
import { ProviderError, type BatchResult } from '../providers/types.ts';

export interface SchedulerOptions {
  concurrency: number;
  signal?: AbortSignal;
  /** Attempts for one batch that keeps hitting the rate limit. */
  maxRateLimitAttempts?: number;
  /** Wait when a rate limit names none: base × 2^attempt. */
  rateLimitBaseDelayMs?: number;
  onRetry?: (info: { batch: number; attempt: number; waitMs: number; concurrency: number }) => void;
}

export type BatchOutcome =
  | { kind: 'done'; result: BatchResult }
  | { kind: 'failed'; error: ProviderError }
  | { kind: 'skipped' };

export interface SchedulerResult {
  /** The error that stopped the run (quota, auth, outage), if any. */
  stoppedBy?: ProviderError;
  /** True when the run was interrupted by the signal. */
  interrupted: boolean;
}

const STOPPING_KINDS = new Set(['quota', 'auth', 'unavailable', 'config']);

export async function runBatches(
  count: number,
  send: (index: number) => Promise<BatchResult>,
  onOutcome: (index: number, outcome: BatchOutcome) => Promise<void>,
  options: SchedulerOptions,
): Promise<SchedulerResult> {
  const maxConcurrency = Math.max(1, options.concurrency);
  const limit = pLimit(maxConcurrency);
  const maxAttempts = options.maxRateLimitAttempts ?? 8;
  const baseDelay = options.rateLimitBaseDelayMs ?? 1000;
  let stoppedBy: ProviderError | undefined;
  let successesSinceSlowdown = 0;
  const stopped = () => stoppedBy !== undefined || options.signal?.aborted === true;

  // Outcomes are handled outside the concurrency slot: writing files must not keep the next request waiting.
  const handled: Array<Promise<void>> = [];
  const report = (index: number, outcome: BatchOutcome): void => void handled.push(onOutcome(index, outcome));

  const runOne = async (index: number): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      if (stopped()) return report(index, { kind: 'skipped' });
      try {
        const result = await send(index);
        if (limit.concurrency < maxConcurrency && ++successesSinceSlowdown >= limit.concurrency * 2) {
          limit.concurrency += 1;
          successesSinceSlowdown = 0;
        }
        return report(index, { kind: 'done', result });
      } catch (error) {
        // A request cut short by the interrupt is not a failure: the run stops sending, as it would have anyway.
        if (options.signal?.aborted && !(error instanceof ProviderError)) return report(index, { kind: 'skipped' });
        if (!(error instanceof ProviderError)) throw error;
        if (error.kind === 'rate-limit' && attempt < maxAttempts) {
          limit.concurrency = Math.max(1, Math.floor(limit.concurrency / 2));
          successesSinceSlowdown = 0;
          const waitMs = error.retryAfterMs ?? baseDelay * 2 ** (attempt - 1);
          options.onRetry?.({ batch: index, attempt, waitMs, concurrency: limit.concurrency });
          await sleep(waitMs, undefined, { signal: options.signal }).catch(() => undefined);
          continue;
        }
        if (STOPPING_KINDS.has(error.kind) || error.kind === 'rate-limit') stoppedBy ??= error;
        return report(index, { kind: 'failed', error });
      }
    }
  };

  await Promise.all(Array.from({ length: count }, (_, index) => limit(runOne, index)));
  await Promise.all(handled);
  return { ...(stoppedBy ? { stoppedBy } : {}), interrupted: options.signal?.aborted === true };
}
