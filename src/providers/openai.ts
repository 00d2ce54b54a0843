/**
 * `openai`: any OpenAI-compatible chat endpoint — OpenAI itself, a local Ollama (`OPENAI_BASE_URL=http://localhost:11434/v1`),
 * vLLM, LM Studio. A batch goes as one request; the reply is checked segment by segment (every id exactly once, tags,
 * do-not-translate and glossary terms), and a segment that fails is asked for again alone, at most
 * SEGMENT_RETRIES times. One that still fails is returned with its best machine text and a `review` reason;
 * one that never came back is left out (the pipeline leaves it untranslated).
 *
 * Token usage: `stats()` returns the prompt and completion tokens the endpoint reported for every request of this
 * provider instance, retries and rejected replies included (they are billed too).
 */
import type { TargetLanguage } from '../core/translation.ts';
import { ChatClient, OPENAI_NAME } from './openai-chat.ts';
import type { ChatSettings } from './openai-chat.ts';
import { readBaseUrl } from './openai-http.ts';
import { readPositiveInteger } from './env-settings.ts';
import { parseReply, systemPrompt, userMessage } from './openai-prompt.ts';
import { translationProblems } from './openai-validation.ts';
import { codePoints, type BillingRule } from './declaration.ts';
import { ProviderError } from './types.ts';
import type { TokenUsage } from './types.ts';
import type { BatchResult, ProviderClient, ProviderFactory, ProviderLimits, ProviderSegment, ProviderSettings, TranslateBatch, TranslatedSegment } from './types.ts';

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';
export const OPENAI_DEFAULT_MODEL = 'gpt-4o-mini';
/** Single-segment requests for a segment whose batch answer failed the checks. */
export const SEGMENT_RETRIES = 2;

export type TokenStats = TokenUsage;

/** Kept small so a reply stays far below the models' output limits (Korean costs many tokens). */
const LIMITS: ProviderLimits = { maxSegments: 20, maxBytes: 16 * 1024 };
/** An LLM costs tokens (estimateTokens for the dry run, stats() afterwards); the German sent counts toward --max-chars as code points. */
const BILLING: BillingRule = { charges: 'tokens', characters: codePoints };

export const openaiFactory: ProviderFactory = {
  name: OPENAI_NAME,
  description: `OpenAI-compatible chat endpoint: OpenAI, or a local Ollama/vLLM via OPENAI_BASE_URL; --model names the model (default ${OPENAI_DEFAULT_MODEL} on api.openai.com, required elsewhere)`,
  examples: [{ command: 'OPENAI_BASE_URL=http://localhost:11434/v1 npm run translate -- --provider openai --model llama3.1:8b', does: 'with a local Ollama model' }],
  environment: [
    { name: 'OPENAI_API_KEY', secret: true, help: 'your OpenAI API key (a local server may need none)' },
    { name: 'OPENAI_BASE_URL', help: `a compatible server instead of ${OPENAI_DEFAULT_BASE_URL} (Ollama: http://localhost:11434/v1)` },
    { name: 'DOLMETSCH_OPENAI_MAX_RETRIES', help: 'attempts per request (default 3); only what cannot have been billed is sent again' },
    { name: 'DOLMETSCH_OPENAI_TIMEOUT_MS', help: 'wait per request in ms (default 120000)' },
    { name: 'DOLMETSCH_OPENAI_BACKOFF_MS', help: 'wait before the second attempt in ms, doubling after (default 1000)' },
  ],
  billing: BILLING,
  limits: LIMITS,
  isConfigured: (settings) => Boolean(settings.env.OPENAI_API_KEY?.trim() || settings.env.OPENAI_BASE_URL?.trim()),
  create: (settings) => new OpenAIProvider(readOpenAISettings(settings)),
};

export function readOpenAISettings(settings: ProviderSettings): ChatSettings {
  const { env } = settings;
  const rawBase = env.OPENAI_BASE_URL?.trim();
  const baseUrl = rawBase ? readBaseUrl(OPENAI_NAME, 'OPENAI_BASE_URL', rawBase, 'http://localhost:11434/v1') : OPENAI_DEFAULT_BASE_URL;
  const isOpenAI = new URL(baseUrl).hostname === 'api.openai.com';
  const apiKey = env.OPENAI_API_KEY?.trim() || undefined;
  if (isOpenAI && !apiKey) {
    throw new ProviderError(OPENAI_NAME, 'config', 'OPENAI_API_KEY is not set. Put your OpenAI API key into it, or point OPENAI_BASE_URL at a local server such as http://localhost:11434/v1 (Ollama).');
  }
  const model = settings.model?.trim() || (isOpenAI ? OPENAI_DEFAULT_MODEL : undefined);
  if (!model) {
    throw new ProviderError(OPENAI_NAME, 'config', `OPENAI_BASE_URL points to ${baseUrl}, which has no default model: name one with --model, e.g. --model llama3.1:8b.`);
  }
  return {
    baseUrl,
    apiKey,
    model,
    maxAttempts: readPositiveInteger(OPENAI_NAME, env, 'DOLMETSCH_OPENAI_MAX_RETRIES', 3),
    timeoutMs: readPositiveInteger(OPENAI_NAME, env, 'DOLMETSCH_OPENAI_TIMEOUT_MS', 120_000),
    backoffMs: readPositiveInteger(OPENAI_NAME, env, 'DOLMETSCH_OPENAI_BACKOFF_MS', 1000),
  };
}

interface Attempt {
  text?: string;
  problems: string[];
}

export class OpenAIProvider implements ProviderClient {
  readonly #chat: ChatClient;

  constructor(settings: ChatSettings) {
    this.#chat = new ChatClient(settings);
  }

  stats(): TokenStats {
    return { promptTokens: this.#chat.promptTokens, completionTokens: this.#chat.completionTokens };
  }

  /**
   * A rough count for --dry-run: about four characters of the request per prompt token (three for Korean output,
   * whose syllables cost more), the reply about as long as the texts. Real counts come from the endpoint.
   */
  estimateTokens(batch: TranslateBatch): TokenStats {
    const ids = batch.segments.map((_, i) => String(i + 1));
    const prompt = systemPrompt(batch.targetLanguage).length + userMessage(batch.segments, ids).length;
    const texts = batch.segments.reduce((n, s) => n + s.text.length, 0);
    return { promptTokens: Math.ceil(prompt / 4), completionTokens: Math.ceil(texts / (batch.targetLanguage === 'ko' ? 2 : 4)) };
  }

  async translate(batch: TranslateBatch): Promise<BatchResult> {
    const { segments, targetLanguage, signal } = batch;
    if (new Set(segments.map((s) => s.key)).size !== segments.length) throw new Error('OpenAI batch holds duplicate segment keys.');
    signal?.throwIfAborted();
    const sendable = segments.filter((s) => s.text.trim() !== '');
    const results = new Map<string, TranslatedSegment>();
    if (sendable.length > 0) await this.#translateInto(results, targetLanguage, sendable, signal);
    return {
      translations: segments.flatMap((s) => (s.text.trim() === '' ? [{ key: s.key, text: '', billedCharacters: 0 }] : results.has(s.key) ? [results.get(s.key)!] : [])),
    };
  }

  /** Settles each segment into `results`; a failure part-way hands on the segments already settled (they were paid). */
  async #translateInto(results: Map<string, TranslatedSegment>, targetLanguage: TargetLanguage, sendable: ProviderSegment[], signal?: AbortSignal): Promise<void> {
    try {
      const first = await this.#ask(targetLanguage, sendable, signal);
      let unreadable = 'reason' in first && first.unreadable ? 1 : 0;
      for (const [i, segment] of sendable.entries()) {
        const attempts: Attempt[] = ['reason' in first ? { problems: [first.reason] } : first.attempts[i]!];
        while (attempts.at(-1)!.problems.length > 0 && attempts.length <= SEGMENT_RETRIES) {
          const single = await this.#ask(targetLanguage, [segment], signal);
          if ('reason' in single && single.unreadable && ++unreadable >= 2 && results.size === 0) {
            throw new ProviderError(OPENAI_NAME, 'bad-response', `${this.#chat.service} answered nothing readable twice: ${single.reason}.`);
          }
          attempts.push('reason' in single ? { problems: [single.reason] } : single.attempts[0]!);
        }
        const outcome = settle(segment, attempts);
        if (outcome) results.set(segment.key, outcome);
      }
    } catch (error) {
      if (!(error instanceof ProviderError) || results.size === 0) throw error;
      throw new ProviderError(error.provider, error.kind, error.message, {
        cause: error.cause,
        ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
        ...(error.possiblyBilledCharacters ? { possiblyBilledCharacters: error.possiblyBilledCharacters } : {}),
        salvaged: [...results.values()],
      });
    }
  }

  /** One request; per segment, its text and what is wrong with it — or why the whole reply was refused. */
  async #ask(language: TargetLanguage, segments: ProviderSegment[], signal?: AbortSignal): Promise<{ attempts: Attempt[] } | { reason: string; unreadable: boolean }> {
    const ids = segments.map((_, i) => String(i + 1));
    const billable = segments.reduce((n, s) => n + BILLING.characters(s.text), 0);
    const content = await this.#chat.complete([{ role: 'system', content: systemPrompt(language) }, { role: 'user', content: userMessage(segments, ids) }], signal, billable);
    const reply = parseReply(content);
    if (!reply.ok) return { reason: reply.reason, unreadable: true };
    const byId = new Map<string, string>();
    for (const item of reply.items) {
      // A reply that invents or repeats ids mixed things up (or obeyed something in the data): none of it is trusted.
      if (!ids.includes(item.id)) return { reason: `the reply held id "${item.id}", which was not asked for`, unreadable: false };
      if (byId.has(item.id)) return { reason: `the reply held id "${item.id}" twice`, unreadable: false };
      byId.set(item.id, item.text);
    }
    return {
      attempts: segments.map((segment, i) => {
        const text = byId.get(ids[i]!);
        return text === undefined ? { problems: ['the reply left the segment out'] } : { text, problems: translationProblems(segment.text, text, segment.terms, language) };
      }),
    };
  }
}

/** The accepted translation, or the best text flagged for review, or undefined when no text ever came back. */
function settle(segment: ProviderSegment, attempts: Attempt[]): TranslatedSegment | undefined {
  const billedCharacters = BILLING.characters(segment.text);
  const last = attempts.at(-1)!;
  if (last.problems.length === 0 && last.text !== undefined) return { key: segment.key, text: last.text, billedCharacters };
  const best = attempts.filter((a) => a.text !== undefined).sort((a, b) => a.problems.length - b.problems.length)[0];
  if (!best) return undefined;
  const review = `Machine text kept after ${attempts.length} attempts that failed the checks: ${best.problems.join('; ')}.`;
  return { key: segment.key, text: best.text!, billedCharacters, review };
}
