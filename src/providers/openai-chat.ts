/**
 * One chat completion against an OpenAI-compatible endpoint (OpenAI, Ollama's /v1, vLLM, LM Studio):
 * temperature 0, structured output where the endpoint takes it, token usage counted, statuses mapped to
 * ProviderError kinds. Endpoints differ in which `response_format` they accept, so a 400 about it steps down
 * json_schema → json_object → none once, and the client remembers the step for the rest of the run.
 */
import { detailOf, postJson, retryAfterMs } from './openai-http.ts';
import type { JsonResponse } from './openai-http.ts';
import { REPLY_SCHEMA } from './openai-prompt.ts';
import { ProviderError } from './types.ts';

export const OPENAI_NAME = 'openai';

export type ResponseFormatMode = 'json_schema' | 'json_object' | 'none';
const STEP_DOWN: Record<ResponseFormatMode, ResponseFormatMode | undefined> = { json_schema: 'json_object', json_object: 'none', none: undefined };

export interface ChatSettings {
  baseUrl: string;
  apiKey?: string | undefined;
  model: string;
  timeoutMs: number;
  maxAttempts: number;
  backoffMs: number;
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export class ChatClient {
  readonly #settings: ChatSettings;
  #mode: ResponseFormatMode = 'json_schema';
  promptTokens = 0;
  completionTokens = 0;

  constructor(settings: ChatSettings) {
    this.#settings = settings;
  }

  get responseFormat(): ResponseFormatMode {
    return this.#mode;
  }

  get service(): string {
    return `The OpenAI-compatible endpoint at ${this.#settings.baseUrl}`;
  }

  /**
   * The message content of the first choice, or a ProviderError. `billableCharacters`: what the request counts as
   * possibly billed when it gets no usable answer.
   */
  async complete(messages: ChatMessage[], signal?: AbortSignal, billableCharacters = 0): Promise<unknown> {
    for (;;) {
      const answer = await postJson({
        provider: OPENAI_NAME,
        service: this.service,
        url: `${this.#settings.baseUrl}/chat/completions`,
        headers: this.#settings.apiKey ? { Authorization: `Bearer ${this.#settings.apiKey}` } : {},
        body: { model: this.#settings.model, messages, temperature: 0, ...responseFormat(this.#mode) },
        signal,
        timeoutMs: this.#settings.timeoutMs,
        maxAttempts: this.#settings.maxAttempts,
        backoffMs: this.#settings.backoffMs,
        secrets: this.#settings.apiKey ? [this.#settings.apiKey] : [],
        billableCharacters,
      });
      if (answer.status === 200) return this.#read(answer, billableCharacters);
      const next = STEP_DOWN[this.#mode];
      if (answer.status === 400 && next && refusesResponseFormat(answer)) {
        this.#mode = next;
        continue;
      }
      throw this.#failure(answer);
    }
  }

  #read(answer: JsonResponse, billableCharacters: number): unknown {
    const body = answer.json as { choices?: Array<{ message?: { content?: unknown } }>; usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } } | undefined;
    const usage = body?.usage;
    if (typeof usage?.prompt_tokens === 'number') this.promptTokens += usage.prompt_tokens;
    if (typeof usage?.completion_tokens === 'number') this.completionTokens += usage.completion_tokens;
    const content = body?.choices?.[0]?.message?.content;
    // A 200 without a completion in it (not JSON, empty, an HTML page from a proxy) was most likely billed; asking
    // again would most likely be billed and broken the same way.
    if (typeof content !== 'string') {
      const found = answer.text.trim() === '' ? 'an empty body' : body === undefined ? `a body that is not JSON (${JSON.stringify(answer.text.slice(0, 60))})` : 'no message content';
      throw new ProviderError(OPENAI_NAME, 'bad-response', `${this.service} answered HTTP 200 with ${found}.`, { possiblyBilledCharacters: billableCharacters });
    }
    return content;
  }

  #failure(answer: JsonResponse): ProviderError {
    const detail = detailOf(answer, this.#settings.apiKey ? [this.#settings.apiKey] : []);
    const status = `HTTP ${answer.status}${detail}`;
    const fail = (kind: ProviderError['kind'], message: string, retryAfter?: number) =>
      new ProviderError(OPENAI_NAME, kind, message, retryAfter === undefined ? {} : { retryAfterMs: retryAfter });
    if (answer.status === 401 || answer.status === 403) {
      return fail('auth', `${this.service} rejected the key (HTTP ${answer.status}). Check OPENAI_API_KEY.`);
    }
    if (answer.status === 429 && isQuotaError(answer)) {
      return fail('quota', `${this.service} reports the quota used up (${status}). Check the plan and billing of the account.`);
    }
    if (answer.status === 429) return fail('rate-limit', `${this.service} answered 429 Too Many Requests.`, retryAfterMs(answer.headers));
    if (answer.status === 404) {
      return fail('config', `${this.service} has no model "${this.#settings.model}" (${status}). Name a model it serves with --model, and check OPENAI_BASE_URL.`);
    }
    return fail('bad-response', `${this.service} refused the request (${status}).`);
  }
}

function responseFormat(mode: ResponseFormatMode): Record<string, unknown> {
  if (mode === 'json_schema') return { response_format: { type: 'json_schema', json_schema: REPLY_SCHEMA } };
  if (mode === 'json_object') return { response_format: { type: 'json_object' } };
  return {};
}

function refusesResponseFormat(answer: JsonResponse): boolean {
  const error = (answer.json as { error?: { param?: unknown; message?: unknown } | string } | undefined)?.error;
  if (typeof error === 'object' && error?.param === 'response_format') return true;
  const message = typeof error === 'string' ? error : typeof error?.message === 'string' ? error.message : answer.text;
  return /response_format|json_schema|json_object/i.test(message);
}

function isQuotaError(answer: JsonResponse): boolean {
  const error = (answer.json as { error?: { code?: unknown; type?: unknown } } | undefined)?.error;
  return error?.code === 'insufficient_quota' || error?.type === 'insufficient_quota';
}
