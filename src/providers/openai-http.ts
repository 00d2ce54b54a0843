/**
 * JSON over HTTP with Node's global fetch, for the providers that have no client library (OpenAI-compatible
 * endpoints, LibreTranslate). It retries what is transient (5xx, dropped connections, timeouts) with a doubling
 * backoff and hands every other answer back to the provider, which knows what its statuses mean.
 * Server text can quote the credentials it received: every message taken from a response is scrubbed first.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { ProviderError } from './types.ts';
import type { ProviderSettings } from './types.ts';

export interface JsonRequest {
  provider: string;
  /** How messages name the service, e.g. `the OpenAI-compatible endpoint at http://localhost:11434/v1`. */
  service: string;
  url: string;
  headers?: Record<string, string>;
  body: unknown;
  signal?: AbortSignal | undefined;
  timeoutMs: number;
  maxAttempts: number;
  /** Wait before the second attempt; doubles after each further one. */
  backoffMs: number;
  /** Removed from every message taken from the server. */
  secrets: readonly string[];
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  /** The parsed body, or undefined when it is not JSON. */
  json: unknown;
  text: string;
}

/** Sends the request; returns any answer below 500, throws ProviderError('unavailable') when the retries run out. */
export async function postJson(request: JsonRequest): Promise<JsonResponse> {
  let lastProblem = '';
  for (let attempt = 1; attempt <= request.maxAttempts; attempt++) {
    if (attempt > 1) await sleep(request.backoffMs * 2 ** (attempt - 2), undefined, request.signal ? { signal: request.signal } : {}).catch(rethrowAbort(request.signal));
    request.signal?.throwIfAborted();
    const timeout = AbortSignal.timeout(request.timeoutMs);
    try {
      const response = await fetch(request.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...request.headers },
        body: JSON.stringify(request.body),
        signal: request.signal ? AbortSignal.any([request.signal, timeout]) : timeout,
      });
      const text = await response.text();
      const answer: JsonResponse = { status: response.status, headers: response.headers, json: parseJson(text), text };
      if (response.status < 500) return answer;
      lastProblem = `HTTP ${response.status}${detailOf(answer, request.secrets)}`;
    } catch (error) {
      request.signal?.throwIfAborted(); // cancelled by the caller: not a failure of the service
      lastProblem = timeout.aborted ? `no answer within ${request.timeoutMs} ms` : `connection failed (${scrub(causeText(error), request.secrets)})`;
    }
  }
  const attempts = `${request.maxAttempts} attempt${request.maxAttempts === 1 ? '' : 's'}`;
  throw new ProviderError(request.provider, 'unavailable', `${request.service} failed after ${attempts}: ${lastProblem}.`);
}

const rethrowAbort = (signal: AbortSignal | undefined) => (error: unknown) => {
  signal?.throwIfAborted();
  throw error;
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function causeText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

/** The server's own error message (`{error: {message}}`, `{error: "…"}` or `{message}`), scrubbed, as `: message`. */
export function detailOf(answer: JsonResponse, secrets: readonly string[]): string {
  const body = answer.json as { error?: unknown; message?: unknown } | undefined;
  const error = body?.error as { message?: unknown } | string | undefined;
  const message = typeof error === 'string' ? error : typeof error?.message === 'string' ? error.message : typeof body?.message === 'string' ? body.message : '';
  const short = message.length > 300 ? `${message.slice(0, 300)}…` : message;
  return short ? `: ${scrub(short, secrets)}` : '';
}

/** Replaces each secret and every 8-character piece of it, so neither a whole nor a partly quoted key survives. */
export function scrub(text: string, secrets: readonly string[]): string {
  const pieces: string[] = [];
  for (const secret of secrets.filter((s) => s.length > 0)) {
    pieces.push(secret);
    for (let i = 0; i + 8 <= secret.length; i++) pieces.push(secret.slice(i, i + 8));
  }
  return pieces.reduce((out, piece) => out.split(piece).join('[key]'), text);
}

/** `retry-after-ms` (OpenAI), else `retry-after` in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = Number(headers.get('retry-after-ms') ?? Number.NaN);
  if (Number.isFinite(ms) && ms >= 0) return Math.ceil(ms);
  const raw = headers.get('retry-after')?.trim();
  if (!raw) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Math.ceil(Number(raw) * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function readPositiveInteger(provider: string, env: ProviderSettings['env'], name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^[1-9]\d*$/.test(raw)) throw new ProviderError(provider, 'config', `${name} must be a whole number above 0, e.g. ${fallback}; found ${JSON.stringify(raw)}.`);
  return Number(raw);
}

/** An http(s) URL without a trailing slash, or a config error naming the variable. */
export function readBaseUrl(provider: string, name: string, raw: string, example: string): string {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new ProviderError(provider, 'config', `${name} must be an http(s) URL such as ${example}; found ${JSON.stringify(raw)}.`);
  }
  return raw.replace(/\/+$/, '');
}
