/**
 * JSON over HTTP with Node's global fetch, for the providers that have no client library (OpenAI-compatible
 * endpoints, LibreTranslate). Every request here is a translate request, which the service may bill as soon as it
 * has read it, so only what cannot be paid twice is retried with a doubling backoff: 5xx answers and connections
 * that never reached the server. A timeout or a connection dropped after sending is reported, never re-sent.
 * Every other answer goes back to the provider, which knows what its statuses mean.
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
  /** Characters the service bills for the request (0 when free): counted as possibly billed when no answer comes. */
  billableCharacters?: number;
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  /** The parsed body, or undefined when it is not JSON. */
  json: unknown;
  text: string;
}

/** Connection failures before the request reached the server: nothing can have been billed. */
const NOT_SENT = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'ENOTFOUND', 'ENETUNREACH', 'EHOSTUNREACH']);

/** Sends the request; returns any answer below 500, throws ProviderError('unavailable') when it cannot (again). */
export async function postJson(request: JsonRequest): Promise<JsonResponse> {
  const started = Date.now();
  let lastProblem = '';
  let attempt = 1;
  const tried = () => `${attempt} attempt${attempt === 1 ? '' : 's'} in ${((Date.now() - started) / 1000).toFixed(1)} s`;
  for (; ; attempt++) {
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
      if (!NOT_SENT.has(causeCode(error) ?? '')) {
        const what = timeout.aborted ? `gave no answer within ${request.timeoutMs} ms` : `dropped the connection (${scrub(causeText(error), request.secrets)})`;
        const billable = request.billableCharacters ?? 0;
        const money = billable > 0 ? `; its ${billable} characters count as possibly billed` : '';
        throw new ProviderError(request.provider, 'unavailable', `${request.service} ${what} (${tried()}). The request was not sent again, since it may have been billed${money}.`, {
          possiblyBilledCharacters: billable,
        });
      }
      lastProblem = `connection failed (${scrub(causeText(error), request.secrets)})`;
    }
    if (attempt >= request.maxAttempts) break;
  }
  throw new ProviderError(request.provider, 'unavailable', `${request.service} failed (${tried()}): ${lastProblem}.`);
}

function causeCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' ? cause.code : undefined;
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
