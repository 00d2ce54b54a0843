/**
 * The attempts of one DeepL call. deepl-node's own retries are switched off (one attempt per client call) because
 * it re-sends a translate request that timed out or lost its connection — DeepL may already have billed it, and
 * DeepL has no idempotency key — and because it cannot say how many attempts it really made (a refused connection
 * is not retried at all). Here a call is retried only while a re-send cannot be paid twice, and a failure
 * carries the attempts made and the time they took.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { DeepLError } from 'deepl-node';
import { deeplNode } from './deepl-node.ts';

/** Connection failures before the request reached DeepL: nothing can have been billed. */
const NOT_SENT = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENOTFOUND']);
/** Connection failures after the request may have reached DeepL (the ones deepl-node retries itself). */
const MAYBE_SENT = new Set(['ETIMEDOUT', 'ECONNABORTED', 'ECONNRESET', 'EPIPE']);
/** deepl-node's backoff: 1 s, then ×1.6 with ±23 % jitter. */
const FIRST_WAIT_MS = 1000;
const MULTIPLIER = 1.6;
const JITTER = 0.23;

export interface AttemptPolicy {
  maxAttempts: number;
  /** False for translate: a request that may have reached DeepL is never sent again. */
  resendMaybeDelivered: boolean;
  signal?: AbortSignal | undefined;
}

/** The last error of a call, with what was tried. */
export class AttemptsFailed extends Error {
  constructor(
    readonly error: DeepLError,
    readonly attempts: number,
    readonly elapsedMs: number,
    /** The request may have reached DeepL and been billed although no answer came back. */
    readonly maybeDelivered: boolean,
  ) {
    super(error.message, { cause: error });
    this.name = 'AttemptsFailed';
  }

  /** "1 attempt in 1.3 s" */
  get tried(): string {
    return `${this.attempts} attempt${this.attempts === 1 ? '' : 's'} in ${(this.elapsedMs / 1000).toFixed(1)} s`;
  }

  /** The request timed out (as opposed to a dropped or refused connection). */
  get timedOut(): boolean {
    return ['ETIMEDOUT', 'ECONNABORTED'].includes(connectionCode(this.error) ?? '');
  }
}

export async function withAttempts<T>(request: () => Promise<T>, policy: AttemptPolicy): Promise<T> {
  const started = Date.now();
  let waitMs = FIRST_WAIT_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      if (!(error instanceof deeplNode().DeepLError)) throw error;
      const code = connectionCode(error);
      const maybeDelivered = error instanceof deeplNode().ConnectionError && !NOT_SENT.has(code ?? '');
      const transient = error instanceof deeplNode().TooManyRequestsError || isServerError(error) || NOT_SENT.has(code ?? '') || MAYBE_SENT.has(code ?? '');
      const retry = transient && attempt < policy.maxAttempts && (policy.resendMaybeDelivered || !maybeDelivered);
      if (!retry) throw new AttemptsFailed(error, attempt, Date.now() - started, maybeDelivered);
      await sleep(waitMs, undefined, policy.signal ? { signal: policy.signal } : {});
      waitMs *= MULTIPLIER * (1 + JITTER * (2 * Math.random() - 1));
    }
  }
}

/** deepl-node reports 5xx only through the message ("Service unavailable", "Unexpected status code: 5xx"). */
export function isServerError(error: DeepLError): boolean {
  return /^(Service unavailable|Unexpected status code: 5\d\d)/.test(error.message);
}

/** DeepL answered 200 with a body deepl-node could not read: the request was processed, so billed. */
export function isUnreadableAnswer(error: DeepLError): boolean {
  return /^Error parsing response JSON/.test(error.message);
}

function connectionCode(error: DeepLError): string | undefined {
  if (!(error instanceof deeplNode().ConnectionError)) return undefined;
  const code = (error as { error?: { code?: unknown } }).error?.code;
  return typeof code === 'string' ? code : undefined;
}
