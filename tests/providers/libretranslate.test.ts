import { afterEach, describe, expect, it } from 'vitest';
import { fromHtml, libretranslateFactory, toHtml } from '../../src/providers/libretranslate.ts';
import type { ProviderError } from '../../src/providers/types.ts';
import type { GlossaryTerm } from '../../src/core/glossary-terms.ts';
import type { ProviderClient, ProviderSegment } from '../../src/providers/types.ts';
import { expectNoKey as expectNoKeyIn, failure } from '../helpers/provider-errors.ts';
import { startFakeLibreTranslate } from '../fakes/libretranslate-server.ts';
import type { FakeLibreTranslate, FakeLibreTranslateOptions } from '../fakes/libretranslate-server.ts';

const SENTINEL_KEY = 'lt-SENTINEL-8c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f';

let fake: FakeLibreTranslate | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: FakeLibreTranslateOptions = {}): Promise<FakeLibreTranslate> {
  fake = await startFakeLibreTranslate({ apiKey: SENTINEL_KEY, ...options });
  return fake;
}

const provider = (server: FakeLibreTranslate, env: Record<string, string> = {}): ProviderClient =>
  libretranslateFactory.create({
    env: { LIBRETRANSLATE_URL: server.url, LIBRETRANSLATE_API_KEY: SENTINEL_KEY, DOLMETSCH_LIBRETRANSLATE_MAX_RETRIES: '2', DOLMETSCH_LIBRETRANSLATE_BACKOFF_MS: '10', ...env },
    englishVariant: 'en-US',
  });

const segment = (key: string, text: string, terms: GlossaryTerm[] = []): ProviderSegment => ({ key, text, before: '', after: '', terms });
const term = (source: string, target: string, doNotTranslate = false): GlossaryTerm => ({ entry: source.toLowerCase(), source, target, doNotTranslate });
const terms = [term('Schoigu', 'Shoigu'), term('Pjöngjang', 'Pyongyang'), term('Kim', 'Kim', true)];

const expectNoKey = (error: ProviderError): void => expectNoKeyIn(error, SENTINEL_KEY);

describe('libretranslate provider: translate', () => {
  it('sends a batch as one q list in HTML, protects glossary terms, and restores markup and terms', async () => {
    const server = await start();
    const segments = [
      segment('a', 'Schoigu besucht <em>Pjöngjang</em> und <a id="1">Seoul</a><code id="2"/>.', terms.slice(0, 2)),
      segment('b', 'Kim und Tom&amp;Jerry<br id="3"/>Satz.', terms.slice(2)),
    ];
    const result = await provider(server).translate({ targetLanguage: 'en', segments });

    expect(result.translations).toEqual([
      { key: 'a', text: 'Shoigu visits <em>Pyongyang</em> and <a id="1">SEOUL</a><code id="2"/>.', billedCharacters: 0 },
      { key: 'b', text: 'Kim and TOM&amp;JERRY<br id="3"/>sentence.', billedCharacters: 0 },
    ]);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.body).toEqual({
      q: [
        '<span translate="no" data-term="0">Shoigu</span> besucht <em><span translate="no" data-term="1">Pyongyang</span></em> und <a id="1">Seoul</a><span translate="no" data-tag="code" data-id="2"></span>.',
        '<span translate="no" data-term="0">Kim</span> und Tom&amp;Jerry<span translate="no" data-tag="br" data-id="3"></span>Satz.',
      ],
      source: 'de',
      target: 'en',
      format: 'html',
      api_key: SENTINEL_KEY,
    });
  });

  it('translates into Korean, and sends nothing for an empty batch or blank segments', async () => {
    const server = await start();
    const libre = provider(server);
    expect(await libre.translate({ targetLanguage: 'ko', segments: [] })).toEqual({ translations: [] });
    expect((await libre.translate({ targetLanguage: 'ko', segments: [segment('blank', ' ')] })).translations).toEqual([{ key: 'blank', text: '', billedCharacters: 0 }]);
    expect(server.requests).toHaveLength(0);
    const result = await libre.translate({ targetLanguage: 'ko', segments: [segment('a', 'Schoigu besucht Pjöngjang.', [term('Schoigu', '쇼이구'), term('Pjöngjang', '평양')])] });
    expect(result.translations[0]!.text).toBe('쇼이구 방문한다 평양.');
    expect(server.requests[0]!.body.target).toBe('ko');
  });

  it('leaves an inflected term to the engine and flags the missing target for review', async () => {
    const server = await start();
    const result = await provider(server).translate({ targetLanguage: 'en', segments: [segment('a', 'Pjöngjangs Rolle.', [terms[1]!])] });
    expect(result.translations[0]).toEqual({
      key: 'a',
      text: 'PJÖNGJANGS ROLLE.',
      billedCharacters: 0,
      review: 'LibreTranslate\'s text failed the checks: the glossary term "Pyongyang" (for "Pjöngjang") is missing.',
    });
  });

  it('flags lost placeholders (do-not-translate and glossary terms) and lost tags', async () => {
    const server = await start();
    server.faults.push({ loseProtected: true }, { dropTags: true });
    const libre = provider(server);
    const lost = await libre.translate({ targetLanguage: 'en', segments: [segment('a', 'Kim besucht Pjöngjang.', terms.slice(1))] });
    expect(lost.translations[0]!.review).toMatch(/the glossary term "Pyongyang" \(for "Pjöngjang"\) is missing; the do-not-translate term "Kim" is missing/);
    const untagged = await libre.translate({ targetLanguage: 'en', segments: [segment('a', 'Ein <strong>Satz</strong>.')] });
    expect(untagged.translations[0]).toMatchObject({ text: 'EIN sentence.', review: expect.stringContaining('<strong> missing') });
  });

  it('converts its HTML back whatever the engine did to the placeholder text', () => {
    const { html, placeholders } = toHtml('<em>Schoigu</em> &amp; <img id="4"/>', terms);
    expect(placeholders).toEqual(['Shoigu']);
    expect(fromHtml(html, placeholders)).toBe('<em>Shoigu</em> &amp; <img id="4"/>');
    const mangled = '<em><span data-term="0" translate="no">SHOYGU <b>x</b></span></em> &amp; <span translate=\'no\' data-tag="img" data-id="4"/>';
    expect(fromHtml(mangled, placeholders)).toBe('<em>Shoigu</em> &amp; <img id="4"/>');
  });
});

describe('libretranslate provider: failures', () => {
  const one = { targetLanguage: 'en' as const, segments: [segment('a', 'Ein Satz.')] };

  it('maps 403, 429 with Retry-After, 5xx, dropped connections and broken answers to typed errors, never showing the key', async () => {
    const server = await start({ echoKeyInErrors: true });
    const libre = provider(server);
    const cases = [
      [[{ status: 403 as const }], 'auth'],
      [[{ status: 429 as const, retryAfter: '3' }], 'rate-limit'],
      [[{ status: 500 as const }, { status: 500 as const }], 'unavailable'],
      [[{ drop: true as const }], 'unavailable'],
      [[{ malformed: true as const }], 'bad-response'],
      [[{ omitTranslations: 1 }], 'bad-response'],
      [[{ status: 400 as const, message: 'Invalid request: unsupported format' }], 'bad-response'],
    ] as const;
    for (const [faults, kind] of cases) {
      server.faults.push(...faults);
      const error = await failure(libre.translate(one));
      expect(server.faults).toHaveLength(0); // a dropped connection is not re-sent (it may have been processed)
      expect(error.kind).toBe(kind);
      expectNoKey(error);
      if (kind === 'rate-limit') expect(error.retryAfterMs).toBe(3000);
    }
    const wrongKey = await failure(provider(server, { LIBRETRANSLATE_API_KEY: `${SENTINEL_KEY}-old` }).translate(one));
    expect(wrongKey.kind).toBe('auth');
    expect(wrongKey.message).toMatch(/LIBRETRANSLATE_API_KEY/);
    expectNoKey(wrongKey);
  });

  it('recovers from one 500 within its own retries', async () => {
    const server = await start();
    server.faults.push({ status: 500 });
    expect((await provider(server).translate(one)).translations[0]!.text).toBe('EIN sentence.');
    expect(server.requests.map((r) => r.status)).toEqual([500, 200]);
  });
});

describe('libretranslate provider: settings', () => {
  it('needs LIBRETRANSLATE_URL, sends no api_key without one, and is free', async () => {
    expect(libretranslateFactory.isConfigured({ env: {}, englishVariant: 'en-US' })).toBe(false);
    for (const env of [{}, { LIBRETRANSLATE_URL: 'localhost:5000' }, { LIBRETRANSLATE_URL: 'http://x', DOLMETSCH_LIBRETRANSLATE_MAX_RETRIES: '0' }]) {
      expect(() => libretranslateFactory.create({ env, englishVariant: 'en-US' })).toThrow(expect.objectContaining({ kind: 'config' }));
    }
    const server = await start({ apiKey: undefined });
    const libre = libretranslateFactory.create({ env: { LIBRETRANSLATE_URL: `${server.url}/` }, englishVariant: 'en-US' });
    expect(libretranslateFactory.billing.charges).toBe('nothing');
    await libre.translate({ targetLanguage: 'en', segments: [segment('a', 'Satz.')] });
    expect(server.requests[0]!.body).not.toHaveProperty('api_key');
  });
});
