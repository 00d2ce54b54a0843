/**
 * BatchScheduler on a fake clock (vitest fake timers, injected through `sleep`): the shared concurrency limit,
 * slowing down on rate limits and speeding up again, the waits, stopping errors and the interrupt — without waiting
 * a real second anywhere.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BatchScheduler, type BatchOutcome, type SchedulerOptions } from '../../src/pipeline/send/scheduler.ts';
import { ProviderError } from '../../src/providers/types.ts';

beforeEach(() => {
  // setImmediate stays real: the scheduler hands outcomes over one turn later, which is no time on any clock.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A sleep on the (fake) global clock that ends early when the signal aborts, like timers/promises does. */
const fakeSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });

/** A fake provider: every send waits for the test to answer it. */
function provider() {
  const pending: Array<{ batch: number; at: number; resolve: (v: string) => void; reject: (e: unknown) => void }> = [];
  const sent: Array<{ batch: number; at: number }> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const send = (batch: number) =>
    new Promise<string>((resolve, reject) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      sent.push({ batch, at: Date.now() });
      const done = () => inFlight--;
      pending.push({ batch, at: Date.now(), resolve: (v) => (done(), resolve(v)), reject: (e) => (done(), reject(e)) });
    });
  const take = (batch: number) => {
    const index = pending.findIndex((p) => p.batch === batch);
    if (index < 0) throw new Error(`batch ${batch} is not in flight (in flight: ${pending.map((p) => p.batch).join(', ')})`);
    return pending.splice(index, 1)[0]!;
  };
  return {
    send,
    sent,
    inFlight: () => pending.map((p) => p.batch),
    maxInFlight: () => maxInFlight,
    answer: (batch: number) => take(batch).resolve(`done ${batch}`),
    fail: (batch: number, error: unknown) => take(batch).reject(error),
  };
}

async function* numbers(count: number, pulled?: number[]): AsyncGenerator<number> {
  for (let i = 0; i < count; i++) {
    pulled?.push(i);
    yield i;
  }
}

/** Lets promise chains and the scheduler's one-turn hand-over settle without moving the clock. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
};

function start(options: Omit<SchedulerOptions, 'sleep'>, count: number, pulled?: number[]) {
  const fake = provider();
  const outcomes = new Map<number, BatchOutcome<string>>();
  const retries: Array<{ attempt: number; waitMs: number; concurrency: number }> = [];
  const scheduler = new BatchScheduler({ ...options, sleep: fakeSleep, onRetry: (info) => retries.push(info) });
  const result = scheduler.run(numbers(count, pulled), fake.send, async (batch, outcome) => void outcomes.set(batch, outcome));
  return { fake, outcomes, retries, scheduler, result };
}

const rateLimit = (retryAfterMs?: number) =>
  new ProviderError('fake', 'rate-limit', '429', retryAfterMs === undefined ? {} : { retryAfterMs });

describe('BatchScheduler', () => {
  it('keeps at most `concurrency` requests in flight and asks for a batch only just ahead of need', async () => {
    const pulled: number[] = [];
    const { fake, outcomes, result } = start({ concurrency: 2 }, 6, pulled);
    await settle();
    expect(fake.inFlight()).toEqual([0, 1]);
    // Two sending and at most two waiting for a slot: the third batch is made, the fifth is not yet.
    expect(pulled.length).toBeLessThanOrEqual(4);
    fake.answer(0);
    await settle();
    expect(fake.inFlight()).toEqual([1, 2]);
    for (const batch of [1, 2, 3, 4, 5]) {
      fake.answer(batch);
      await settle();
    }
    expect(await result).toEqual({ interrupted: false });
    expect(fake.maxInFlight()).toBe(2);
    expect([...outcomes.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(outcomes.get(3)).toEqual({ kind: 'done', result: 'done 3' });
  });

  it('on a rate limit halves the concurrency, waits base × 2^(attempt-1) on the clock, then retries the batch', async () => {
    const { fake, outcomes, retries, result } = start({ concurrency: 4, rateLimitBaseDelayMs: 1000 }, 4);
    await settle();
    expect(fake.inFlight()).toEqual([0, 1, 2, 3]);
    fake.fail(0, rateLimit());
    await settle();
    expect(retries).toEqual([{ attempt: 1, waitMs: 1000, concurrency: 2 }]);
    await vi.advanceTimersByTimeAsync(999);
    expect(fake.sent.filter((s) => s.batch === 0)).toHaveLength(1); // not a moment early
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(fake.sent.filter((s) => s.batch === 0)).toHaveLength(2);

    fake.fail(0, rateLimit());
    await settle();
    expect(retries.at(-1)).toEqual({ attempt: 2, waitMs: 2000, concurrency: 1 });
    await vi.advanceTimersByTimeAsync(1999);
    expect(fake.sent.filter((s) => s.batch === 0)).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(fake.sent.filter((s) => s.batch === 0).map((s) => s.at - fake.sent[0]!.at)).toEqual([0, 1000, 3000]);
    for (const batch of [0, 1, 2, 3]) {
      fake.answer(batch);
      await settle();
    }
    expect(await result).toEqual({ interrupted: false });
    expect([...outcomes.values()].every((o) => o.kind === 'done')).toBe(true);
  });

  it('waits as long as the service asked (Retry-After), and speeds up again after steady success', async () => {
    const { fake, retries, result } = start({ concurrency: 2 }, 12);
    await settle();
    fake.fail(0, rateLimit(250));
    await settle();
    expect(retries).toEqual([{ attempt: 1, waitMs: 250, concurrency: 1 }]);
    fake.answer(1);
    await settle();
    await vi.advanceTimersByTimeAsync(250);
    await settle();
    // Concurrency 1 now: one request at a time until two successes bring the second slot back.
    let most = 0;
    for (let rounds = 0; fake.inFlight().length > 0 && rounds < 50; rounds++) {
      most = Math.max(most, fake.inFlight().length);
      fake.answer(fake.inFlight()[0]!);
      await settle();
    }
    expect(await result).toEqual({ interrupted: false });
    expect(most).toBe(2);
    const started = fake.sent[0]!.at;
    expect(fake.sent.filter((s) => s.batch === 0).map((s) => s.at - started)).toEqual([0, 250]);
  });

  it('gives up on a batch after maxRateLimitAttempts and stops the run there', async () => {
    const { fake, outcomes, scheduler, result } = start({ concurrency: 1, maxRateLimitAttempts: 3, rateLimitBaseDelayMs: 10 }, 3);
    for (let attempt = 1; attempt <= 3; attempt++) {
      await settle();
      fake.fail(0, rateLimit());
      await vi.advanceTimersByTimeAsync(10 * 2 ** (attempt - 1));
    }
    const outcome = await result;
    expect(outcome.stoppedBy?.kind).toBe('rate-limit');
    expect(scheduler.stopped).toBe(true);
    expect(fake.sent.map((s) => s.batch)).toEqual([0, 0, 0]);
    expect(outcomes.get(0)?.kind).toBe('failed');
    expect(outcomes.get(1)).toEqual({ kind: 'skipped' });
    expect(outcomes.get(2)).toEqual({ kind: 'skipped' });
  });

  it('a quota error stops sending; requests in flight finish and keep their answers', async () => {
    const { fake, outcomes, result } = start({ concurrency: 2 }, 5);
    await settle();
    fake.fail(0, new ProviderError('fake', 'quota', '456'));
    await settle();
    fake.answer(1);
    const outcome = await result;
    expect(outcome.stoppedBy?.kind).toBe('quota');
    expect(fake.sent.map((s) => s.batch)).toEqual([0, 1]);
    expect(outcomes.get(0)?.kind).toBe('failed');
    expect(outcomes.get(1)).toEqual({ kind: 'done', result: 'done 1' });
    for (const batch of [2, 3, 4]) expect(outcomes.get(batch)).toEqual({ kind: 'skipped' });
  });

  it('the interrupt ends a rate-limit wait at once and sends nothing more', async () => {
    const controller = new AbortController();
    const { fake, outcomes, result } = start({ concurrency: 1, signal: controller.signal }, 3);
    await settle();
    fake.fail(0, rateLimit(60_000));
    await settle();
    controller.abort('SIGINT');
    const outcome = await result; // no clock moved: the minute's wait did not hold the run
    expect(outcome).toEqual({ interrupted: true });
    expect(fake.sent).toHaveLength(1);
    expect([0, 1, 2].map((b) => outcomes.get(b))).toEqual([{ kind: 'skipped' }, { kind: 'skipped' }, { kind: 'skipped' }]);
  });

  it('batches made while the provider prepares wait in their slots, and leave together once it is ready', async () => {
    let prepared: (error: ProviderError | undefined) => void = () => undefined;
    const ready = new Promise<ProviderError | undefined>((resolve) => (prepared = resolve));
    const pulled: number[] = [];
    const { fake, outcomes, result } = start({ concurrency: 2, ready }, 6, pulled);
    await settle();
    expect(fake.sent).toEqual([]);
    expect(pulled).toEqual([0, 1, 2, 3]); // planned meanwhile: two in their slots, two waiting for one
    prepared(undefined);
    await settle();
    expect(fake.inFlight()).toEqual([0, 1]);
    for (const batch of [0, 1, 2, 3, 4, 5]) {
      fake.answer(batch);
      await settle();
    }
    expect(await result).toEqual({ interrupted: false });
    expect([...outcomes.values()].every((o) => o.kind === 'done')).toBe(true);
  });

  it('a preparation that failed stops the run before anything is sent, even a rate limit (no wait, no retry)', async () => {
    let prepared: (error: ProviderError | undefined) => void = () => undefined;
    const ready = new Promise<ProviderError | undefined>((resolve) => (prepared = resolve));
    const { fake, outcomes, retries, result } = start({ concurrency: 2, ready }, 5);
    await settle();
    const error = rateLimit(60_000);
    prepared(error);
    const outcome = await result; // no clock moved
    expect(outcome).toEqual({ stoppedBy: error, interrupted: false });
    expect(fake.sent).toEqual([]);
    expect(retries).toEqual([]);
    expect([0, 1, 2, 3, 4].map((b) => outcomes.get(b))).toEqual(Array.from({ length: 5 }, () => ({ kind: 'skipped' })));
  });

  it('rejects the run with what is not a ProviderError: a bug is not an outcome', async () => {
    const { fake, result } = start({ concurrency: 1 }, 2);
    const failed = result.then(() => undefined, (error: unknown) => error);
    await settle();
    fake.fail(0, new TypeError('bug in a provider'));
    await settle();
    fake.answer(1);
    expect(await failed).toBeInstanceOf(TypeError);
  });
});
