/**
 * One suite every provider passes, each against its fake service (or none, for the offline ones): the contract of
 * src/providers/types.ts as the pipeline relies on it, on the provider the registry makes (declarations and client). What a provider cannot have (a quota for a free engine,
 * cancelling a request deepl-node does not let go of) is declared per subject, not skipped silently.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTagged, tagSignatures } from '../../src/source/tagged-text.ts';
import { createProvider } from '../../src/providers/registry.ts';
import { ProviderError } from '../../src/providers/types.ts';
import type { Provider, ProviderErrorKind, ProviderSegment } from '../../src/providers/types.ts';
import { startFakeDeepL } from '../fakes/deepl-server.ts';
import { startFakeLibreTranslate } from '../fakes/libretranslate-server.ts';
import { startFakeOpenAI } from '../fakes/openai-server.ts';

type FailureKind = Extract<ProviderErrorKind, 'auth' | 'quota' | 'rate-limit' | 'unavailable'>;

interface Running {
  provider: Provider;
  /** Requests the service received so far (0 for offline providers). */
  requests(): number;
  /** Makes the next translate call fail with this kind. */
  inject?: Partial<Record<FailureKind, () => void>>;
  /** Makes the next request take this long. */
  slow?: (ms: number) => void;
  close(): Promise<void>;
}

interface Subject {
  name: string;
  start(): Promise<Running>;
  /** `in-flight`: an abort ends a pending request; `before-send`: only an abort before the call is honoured. */
  cancellation: 'in-flight' | 'before-send' | 'none';
}

const SETTINGS = { englishVariant: 'en-US' as const };

const SUBJECTS: Subject[] = [
  {
    name: 'memory',
    cancellation: 'none',
    start: async () => ({
      provider: createProvider('memory', { ...SETTINGS, env: {}, memory: { lookup: (language, text) => `[${language}] ${text}` } }),
      requests: () => 0,
      close: async () => undefined,
    }),
  },
  {
    name: 'pseudo',
    cancellation: 'none',
    start: async () => ({ provider: createProvider('pseudo', { ...SETTINGS, env: {} }), requests: () => 0, close: async () => undefined }),
  },
  {
    name: 'deepl',
    cancellation: 'before-send', // deepl-node takes no AbortSignal
    start: async () => {
      const server = await startFakeDeepL({ authKey: 'conformance:fx' });
      const env = { DEEPL_AUTH_KEY: 'conformance:fx', DEEPL_SERVER_URL: server.url, DOLMETSCH_DEEPL_MAX_RETRIES: '1', DOLMETSCH_DEEPL_TIMEOUT_MS: '2000' };
      return {
        provider: createProvider('deepl', { ...SETTINGS, env }),
        requests: () => server.requests.length,
        inject: {
          auth: () => server.faults.push({ status: 403 }),
          quota: () => server.faults.push({ status: 456 }),
          'rate-limit': () => server.faults.push({ status: 429 }),
          unavailable: () => server.faults.push({ status: 503 }),
        },
        close: () => server.close(),
      };
    },
  },
  {
    name: 'openai',
    cancellation: 'in-flight',
    start: async () => {
      const server = await startFakeOpenAI({ apiKey: 'sk-conformance' });
      const env = { OPENAI_API_KEY: 'sk-conformance', OPENAI_BASE_URL: server.url, DOLMETSCH_OPENAI_MAX_RETRIES: '1' };
      return {
        provider: createProvider('openai', { ...SETTINGS, env, model: 'test-model' }),
        requests: () => server.requests.length,
        inject: {
          auth: () => server.faults.push({ status: 401 }),
          quota: () => server.faults.push({ status: 429, quota: true }),
          'rate-limit': () => server.faults.push({ status: 429, retryAfter: '1' }),
          unavailable: () => server.faults.push({ status: 503 }),
        },
        slow: (ms) => server.faults.push({ delayMs: ms }),
        close: () => server.close(),
      };
    },
  },
  {
    name: 'libretranslate',
    cancellation: 'in-flight',
    start: async () => {
      const server = await startFakeLibreTranslate({ apiKey: 'lt-conformance' });
      const env = { LIBRETRANSLATE_URL: server.url, LIBRETRANSLATE_API_KEY: 'lt-conformance', DOLMETSCH_LIBRETRANSLATE_MAX_RETRIES: '1' };
      return {
        provider: createProvider('libretranslate', { ...SETTINGS, env }),
        requests: () => server.requests.length,
        inject: {
          auth: () => server.faults.push({ status: 403 }),
          'rate-limit': () => server.faults.push({ status: 429 }),
          unavailable: () => server.faults.push({ status: 500 }),
        },
        slow: (ms) => server.faults.push({ delayMs: ms }),
        close: () => server.close(),
      };
    },
  },
];

const segment = (key: string, text: string): ProviderSegment => ({ key, text, before: '', after: '', terms: [] });
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

describe.each(SUBJECTS)('provider conformance: $name', (subject) => {
  let running: Running;
  beforeEach(async () => {
    running = await subject.start();
  });
  afterEach(async () => {
    await running.close();
  });

  it('declares its name, cost and limits', () => {
    expect(running.provider.name).toBe(subject.name);
    expect(['characters', 'tokens', 'nothing']).toContain(running.provider.billing.charges);
    expect(running.provider.billable).toBe(running.provider.billing.charges !== 'nothing');
    expect(Number.isInteger(running.provider.limits.maxSegments) && running.provider.limits.maxSegments > 0).toBe(true);
    expect(Number.isInteger(running.provider.limits.maxBytes) && running.provider.limits.maxBytes > 0).toBe(true);
  });

  it('answers an empty batch with no translations and no request', async () => {
    expect(await running.provider.translate({ targetLanguage: 'en', segments: [] })).toEqual({ translations: [] });
    expect(running.requests()).toBe(0);
  });

  it('keeps keys and order for a full batch, duplicates of the same text included', async () => {
    const { maxSegments } = running.provider.limits;
    const segments = Array.from({ length: Math.min(maxSegments, 50) }, (_, i) => segment(`key-${(i * 7919) % 1000}-${i}`, i % 10 === 9 ? 'Derselbe Satz.' : `Satz Nummer ${i}.`));
    for (const targetLanguage of ['en', 'ko'] as const) {
      const { translations } = await running.provider.translate({ targetLanguage, segments });
      expect(translations.map((t) => t.key)).toEqual(segments.map((s) => s.key));
      for (const t of translations) {
        expect(t.text).not.toBe('');
        expect(Number.isInteger(t.billedCharacters) && t.billedCharacters >= 0).toBe(true);
        if (!running.provider.billable) expect(t.billedCharacters).toBe(0);
      }
    }
    expect(running.requests()).toBeLessThanOrEqual(2);
  });

  it('passes Korean, emoji and combining marks through intact', async () => {
    const segments = [
      segment('ko', 'Kim sagte: „김정은은 평양에 있다.“'),
      segment('emoji', 'Flaggen 🇰🇵🇷🇺 und 😀 im Text.'),
      segment('nfd', 'Pjo\u0308ngjang und Cafe\u0301.'),
    ];
    const { translations } = await running.provider.translate({ targetLanguage: 'ko', segments });
    const [korean, emoji, marks] = translations.map((t) => t.text);
    expect(korean).toContain('김정은은 평양에 있다');
    expect(emoji).toContain('🇰🇵🇷🇺');
    expect(emoji).toContain('😀');
    expect(marks).toContain('\u0308');
    expect(marks).toContain('\u0301');
    for (const t of translations) {
      expect(t.text).not.toMatch(LONE_SURROGATE);
      expect(t.text).not.toContain('\uFFFD');
    }
  });

  it('returns the markup it was given: the same tags, well nested', async () => {
    const text = 'Der <strong>Minister</strong> traf <a id="1">Kim <em>selbst</em></a> &amp; Gäste<code id="2"/>.<br id="3"/>Dann <img id="4"/> ging er <x id="5"/>.';
    const { translations } = await running.provider.translate({ targetLanguage: 'en', segments: [segment('m', text)] });
    const source = parseTagged(text);
    const result = parseTagged(translations[0]!.text);
    expect(result.ok).toBe(true);
    if (!source.ok || !result.ok) return;
    expect(tagSignatures(result.nodes).sort()).toEqual(tagSignatures(source.nodes).sort());
    expect(translations[0]!.review).toBeUndefined();
  });

  for (const kind of ['auth', 'quota', 'rate-limit', 'unavailable'] as const) {
    it(`reports ${kind} as a typed ProviderError, where the service has it`, async () => {
      const inject = running.inject?.[kind];
      if (!inject) return expect(subject.name).toMatch(kind === 'quota' ? /memory|pseudo|libretranslate/ : /memory|pseudo/);
      inject();
      const error = await running.provider.translate({ targetLanguage: 'en', segments: [segment('a', 'Hallo.')] }).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderError);
      expect(error).toMatchObject({ kind, provider: subject.name });
    });
  }

  it('honours the batch signal', async () => {
    const segments = [segment('a', 'Eins.'), segment('b', 'Zwei.')];
    if (subject.cancellation === 'none') return expect(subject.name).toMatch(/memory|pseudo/);
    if (subject.cancellation === 'before-send') {
      const error = await running.provider.translate({ targetLanguage: 'en', segments, signal: AbortSignal.abort() }).then(() => undefined, (e: unknown) => e);
      expect(error).toMatchObject({ name: 'AbortError' });
      expect(running.requests()).toBe(0);
      return;
    }
    running.slow!(2000);
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    const error = await running.provider.translate({ targetLanguage: 'en', segments, signal: controller.signal }).then(() => undefined, (e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(running.requests()).toBe(1);
  });
});
