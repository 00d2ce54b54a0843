import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/diagnostic.ts';
import { deeplFactory } from '../../src/providers/deepl.ts';
import { ProviderError } from '../../src/providers/types.ts';
import type { GlossaryExport } from '../../src/core/glossary-terms.ts';
import type { ProviderClient, ProviderSegment, ProviderSettings } from '../../src/providers/types.ts';
import { startFakeDeepL } from '../fakes/deepl-server.ts';
import type { FakeDeepL, FakeDeepLOptions, Fault } from '../fakes/deepl-server.ts';

const SENTINEL_KEY = 'SENTINEL-7f3c2a9e-5b1d-4e8a-b6c0-d41d8cd98f00:fx';

let fake: FakeDeepL | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: FakeDeepLOptions = {}): Promise<FakeDeepL> {
  fake = await startFakeDeepL({ authKey: SENTINEL_KEY, ...options });
  return fake;
}

function settings(server: FakeDeepL, env: Record<string, string> = {}, englishVariant: 'en-US' | 'en-GB' = 'en-US'): ProviderSettings {
  return {
    env: { DEEPL_AUTH_KEY: SENTINEL_KEY, DEEPL_SERVER_URL: server.url, DOLMETSCH_DEEPL_MAX_RETRIES: '2', DOLMETSCH_DEEPL_TIMEOUT_MS: '200', ...env },
    englishVariant,
  };
}

const provider = (server: FakeDeepL, env?: Record<string, string>, variant?: 'en-US' | 'en-GB'): ProviderClient =>
  deeplFactory.create(settings(server, env, variant));

/**
 * Sentences of one paragraph keyed `<prefix><n>`, with plain-text neighbours as the pipeline sends them: all earlier
 * and all later sentences of the block (`adjacent`: only the sentence right before and after).
 */
function paragraph(prefix: string, sentences: string[], adjacent = false): ProviderSegment[] {
  const plain = (xml: string[]) => xml.map((x) => x.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&')).join(' ');
  return sentences.map((text, i) => ({
    key: `${prefix}${i}`,
    text,
    before: plain(sentences.slice(adjacent ? Math.max(0, i - 1) : 0, i)),
    after: plain(sentences.slice(i + 1, adjacent ? i + 2 : undefined)),
    terms: [],
  }));
}

const glossary = (en: Array<[string, string]>, ko: Array<[string, string]> = []): GlossaryExport => ({
  hash: 'ignored-by-deepl',
  pairs: { en: en.map(([source, target]) => ({ source, target })), ko: ko.map(([source, target]) => ({ source, target })) },
});

const translateCalls = (server: FakeDeepL) => server.requests.filter((r) => r.path === '/v2/translate');

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

/** Every 8-character piece of the key, which must appear nowhere. */
function expectNoKey(text: string): void {
  for (let i = 0; i + 8 <= SENTINEL_KEY.length; i++) expect(text).not.toContain(SENTINEL_KEY.slice(i, i + 8));
}

function errorText(error: ProviderError): string {
  const cause = error.cause instanceof Error ? `${error.cause.name} ${error.cause.message} ${error.cause.stack}` : String(error.cause);
  return `${error.message} ${error.stack} ${cause} ${JSON.stringify(error)}`;
}

describe('deepl provider: translate', () => {
  it('translates a batch in one request, in order, with billed characters, tag handling, source language and context', async () => {
    const server = await start();
    const segments = [
      { key: 'title', text: 'Schoigu in Pjöngjang', before: '', after: '', terms: [] },
      ...paragraph('p', ['Der Minister kam am <em>Montag</em>.', 'Er traf <dnt>Kim Jong Un</dnt> &amp; Gäste.', 'Danach reiste er ab.']),
    ];
    const result = await provider(server).translate({ targetLanguage: 'en', segments });

    expect(result.translations.map((t) => t.key)).toEqual(['title', 'p0', 'p1', 'p2']);
    expect(result.translations[2]).toEqual({ key: 'p1', text: '[EN] Er traf <dnt>Kim Jong Un</dnt> &amp; Gäste.', billedCharacters: [...segments[2]!.text].length });
    const [call, ...more] = translateCalls(server);
    expect(more).toHaveLength(0);
    expect(call).toMatchObject({ texts: segments.map((s) => s.text), tagHandling: 'xml', targetLang: 'en-US' });
    expect(call!.context).toBe('Schoigu in Pjöngjang Der Minister kam am Montag. Er traf Kim Jong Un & Gäste. Danach reiste er ab.');
    expect(call!.body).toMatchObject({ source_lang: 'de', ignore_tags: 'dnt,code', tag_handling_version: 'v2', show_billed_characters: '1', split_sentences: 'nonewlines' });
    expect(call!.glossaryId).toBeUndefined();
    expect(server.used).toBe(segments.reduce((n, s) => n + [...s.text].length, 0)); // the context is not billed
  });

  it('asks for en-GB when the English variant says so, and for ko', async () => {
    const server = await start();
    const segments = [{ key: 'a', text: 'Guten Tag.', before: '', after: '', terms: [] }];
    expect((await provider(server, {}, 'en-GB').translate({ targetLanguage: 'en', segments })).translations[0]!.text).toBe('[EN] Guten Tag.');
    expect((await provider(server).translate({ targetLanguage: 'ko', segments })).translations[0]!.text).toBe('[KO] Guten Tag.');
    expect(translateCalls(server).map((r) => r.targetLang)).toEqual(['en-GB', 'ko']);
  });

  it('sends segments of several paragraphs as one request whose context holds each paragraph once, in order', async () => {
    const texts = [
      ['Der Minister kam am <em>Montag</em>.', 'Er blieb zwei Tage.', 'Am 3. Oktober reiste er „zufrieden“ ab.', 'Kim begleitete ihn.'],
      ['Die Gespräche dauerten lange.', 'Ergebnisse wurden nicht genannt.', 'Beobachter zeigten sich besorgt.'],
      ['Seoul reagierte mit Kritik.', 'Washington schwieg.'],
    ];
    const plain = (p: number) => texts[p]!.join(' ').replace(/<[^>]*>/g, '');
    const server = await start();
    for (const adjacent of [false, true]) { // the pipeline's neighbours (all earlier / later sentences), or only the next ones
      server.requests.length = 0;
      const usedBefore = server.used;
      const [p0, p1, p2] = texts.map((sentences, p) => paragraph(`p${p}-`, sentences, adjacent));
      const segments = [...p0!, p1![0]!, p1![2]!, p2![1]!]; // all of the first, some of the others
      await provider(server).translate({ targetLanguage: 'en', segments });

      const [call, ...more] = translateCalls(server);
      expect(more).toHaveLength(0);
      expect(call!.texts).toEqual(segments.map((s) => s.text)); // only the batch is sent to be translated (and billed)
      expect(server.used - usedBefore).toBe(segments.reduce((n, s) => n + [...s.text].length, 0));
      expect(call!.context).toBe(`${plain(0)} ${plain(1)} ${plain(2)}`);
    }
  });

  it('sends one request for a whole article, headings with paragraphs, and scattered single sentences', async () => {
    const sentencesOf = (p: number, n: number) => Array.from({ length: n }, (_, s) => `Absatz ${p} Satz ${s}.`);
    const heading = (key: string): ProviderSegment => ({ key, text: `Überschrift ${key}`, before: '', after: '', terms: [] });
    const article = Array.from({ length: 10 }, (_, p) => paragraph(`a${p}-`, sentencesOf(p, 5))).flat();
    const sections = [heading('h0'), ...Array.from({ length: 8 }, (_, p) => paragraph(`s${p}-`, sentencesOf(p, 6))).flat(), heading('h1')];
    const scattered = Array.from({ length: 50 }, (_, p) => paragraph(`x${p}-`, sentencesOf(p, 3))[1]!); // the middle sentence of 50 paragraphs
    const server = await start();
    for (const segments of [article, sections, scattered]) {
      expect(segments).toHaveLength(50);
      await provider(server).translate({ targetLanguage: 'en', segments });
    }
    const calls = translateCalls(server);
    expect(calls.map((c) => c.texts.length)).toEqual([50, 50, 50]);
    expect(calls[0]!.context).toBe(Array.from({ length: 10 }, (_, p) => sentencesOf(p, 5).join(' ')).join(' '));
    expect(calls[2]!.context).toBe(Array.from({ length: 50 }, (_, p) => sentencesOf(p, 3).join(' ')).join(' '));
  });

  it('sends no context for a batch whose segments have no neighbours', async () => {
    const server = await start();
    // Headings: nothing around them (a neighbour of only whitespace counts as none).
    const segments = ['Schoigu in Pjöngjang', 'Kim empfängt Gast', 'Seoul protestiert'].map((text, i) => ({ key: `h${i}`, text, before: '', after: ' ', terms: [] }));
    await provider(server).translate({ targetLanguage: 'en', segments });
    expect(translateCalls(server)).toHaveLength(1);
    expect(translateCalls(server)[0]!.texts).toHaveLength(3);
    expect(translateCalls(server)[0]!.context).toBeUndefined();
  });

  it('trims an oversized context after the last sentence that fits, keeping every text and the request within 128 KiB', async () => {
    const server = await start();
    // Every text and neighbour is 3.2 KB form-encoded ('ö' is %C3%B6): 80 KB of texts, 240 KB of context wanted.
    const long = (label: string, i: number) => `${label} ${i} ${'Größe '.repeat(200)}Ende.`;
    const texts = Array.from({ length: 25 }, (_, i) => ({ key: `k${i}`, text: long('Text', i), before: long('Davor', i), after: long('Danach', i), terms: [] }));
    await provider(server).translate({ targetLanguage: 'en', segments: texts });

    const [call] = translateCalls(server);
    expect(call!.texts).toEqual(texts.map((s) => s.text));
    expect(call!.bodyBytes).toBeLessThanOrEqual(128 * 1024);
    expect(call!.bodyBytes).toBeGreaterThan(120 * 1024); // the context fills the room the texts leave
    const pieces = texts.flatMap((s) => [s.before, s.text, s.after]);
    const prefixes = pieces.map((_, n) => pieces.slice(0, n + 1).join(' '));
    expect(prefixes.slice(0, -1)).toContain(call!.context); // cut at a sentence boundary, in order
  });

  it('cuts a single neighbour too long for the room between characters, and sends no context when no room is left', async () => {
    const server = await start();
    const emoji = '😀'.repeat(40_000); // 480 KB form-encoded, no sentence end to cut at
    await provider(server).translate({ targetLanguage: 'en', segments: [{ key: 'a', text: 'Kurz.', before: emoji, after: '', terms: [] }] });
    const fullTexts = Array.from({ length: 50 }, (_, i) => ({ key: `k${i}`, text: `${i} ${'a'.repeat(2600)}`, before: 'Davor.', after: '', terms: [] }));
    await provider(server).translate({ targetLanguage: 'en', segments: fullTexts }); // 130 KB of texts (ASCII), under the 128 KiB limit

    const [cut, full] = translateCalls(server);
    expect(cut!.texts).toEqual(['Kurz.']);
    expect(cut!.context).toMatch(/^(?:😀){10000,}$/u); // whole pairs only (a lone surrogate would arrive as U+FFFD)
    expect(cut!.bodyBytes).toBeLessThanOrEqual(128 * 1024);
    expect(full!.texts).toHaveLength(50);
    expect(full!.context).toBeUndefined();
    expect(full!.bodyBytes).toBeLessThanOrEqual(128 * 1024);
  });

  it('refuses a batch over the limits (a pipeline bug) before sending anything', async () => {
    const server = await start();
    const segments = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, text: 'Satz.', before: '', after: '', terms: [] }));
    await expect(provider(server).translate({ targetLanguage: 'en', segments })).rejects.toThrow(/exceeds 50/);
    expect(server.requests).toHaveLength(0);
  });

  it('reports a result count mismatch as bad-response', async () => {
    const server = await start();
    server.faults.push({ omitTranslations: 1 });
    const error = await failure(provider(server).translate({ targetLanguage: 'en', segments: paragraph('p', ['Eins.', 'Zwei.']) }));
    expect(error.kind).toBe('bad-response');
  });
});

describe('deepl provider: glossary', () => {
  const terms = glossary([['Schoigu', 'Shoigu'], [' Pjöngjang ', 'Pyongyang'], ['Pjöngjang', 'Pyongyang']], [['Schoigu', '쇼이구']]);

  it('creates one multilingual glossary (de→en, de→ko) and uses it for both languages', async () => {
    const server = await start();
    const deepl = provider(server);
    await deepl.prepare!({ glossary: terms });

    expect([...server.glossaries.values()]).toHaveLength(1);
    const [created] = [...server.glossaries.values()];
    expect(created!.name).toMatch(/^dolmetsch-[0-9a-f]{12}$/);
    expect(created!.dictionaries.map((d) => [d.sourceLang, d.targetLang, [...d.entries]])).toEqual([
      ['de', 'en', [['Schoigu', 'Shoigu'], ['Pjöngjang', 'Pyongyang']]],
      ['de', 'ko', [['Schoigu', '쇼이구']]],
    ]);
    const segments = [{ key: 'a', text: 'Schoigu besucht <em>Pjöngjang</em>.', before: '', after: '', terms: [] }];
    expect((await deepl.translate({ targetLanguage: 'en', segments })).translations[0]!.text).toBe('[EN] Shoigu besucht <em>Pyongyang</em>.');
    expect((await deepl.translate({ targetLanguage: 'ko', segments })).translations[0]!.text).toBe('[KO] 쇼이구 besucht <em>Pjöngjang</em>.');
    expect(translateCalls(server).map((r) => r.glossaryId)).toEqual([created!.id, created!.id]);
  });

  it('is reused by a second provider instance: the one it created beside the list is deleted, the listed one used', async () => {
    const server = await start();
    await provider(server).prepare!({ glossary: terms });
    const [first] = [...server.glossaries.values()];
    const second = provider(server);
    await second.prepare!({ glossary: glossary([['Pjöngjang', 'Pyongyang'], ['Schoigu', 'Shoigu']], [['Schoigu', '쇼이구']]) });
    await second.idle!();

    const secondCalls = server.requests.slice(2);
    expect(secondCalls.map((r) => r.method).sort()).toEqual(['DELETE', 'GET', 'POST']); // create and list side by side, then its own create deleted
    expect(secondCalls.find((r) => r.method === 'DELETE')!.path).not.toBe(`/v3/glossaries/${first!.id}`);
    expect([...server.glossaries.values()].map((g) => g.id)).toEqual([first!.id]); // same entries, other order: no duplicate left
    await second.translate({ targetLanguage: 'en', segments: [{ key: 'a', text: 'Schoigu.', before: '', after: '', terms: [] }] });
    expect(translateCalls(server)[0]!.glossaryId).toBe(first!.id);
  });

  it('is re-created after a change, and the outdated one deleted', async () => {
    const server = await start();
    await provider(server).prepare!({ glossary: terms });
    const [old] = [...server.glossaries.values()];
    await provider(server).prepare!({ glossary: glossary([['Schoigu', 'Shoygu']]) });

    const [current, ...rest] = [...server.glossaries.values()];
    expect(rest).toHaveLength(0);
    expect(current!.id).not.toBe(old!.id);
    expect(current!.dictionaries.map((d) => d.targetLang)).toEqual(['en']);
    expect(server.requests.at(-1)).toMatchObject({ method: 'DELETE', path: `/v3/glossaries/${old!.id}`, status: 204 });
  });

  it('names no glossary for a language without a dictionary, and sends nothing for an empty glossary', async () => {
    const server = await start();
    const enOnly = provider(server);
    await enOnly.prepare!({ glossary: glossary([['Schoigu', 'Shoigu']]) });
    await enOnly.translate({ targetLanguage: 'ko', segments: [{ key: 'a', text: 'Schoigu.', before: '', after: '', terms: [] }] });
    expect(translateCalls(server)[0]!.glossaryId).toBeUndefined();

    const before = server.requests.length;
    await provider(server).prepare!({ glossary: glossary([], []) });
    expect(server.requests).toHaveLength(before);
  });

  it('takes the list its warm-up asked for: prepare creates the glossary without listing again', async () => {
    const server = await start();
    const deepl = provider(server);
    await deepl.warmUp!();
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v3/glossaries']);
    await deepl.prepare!({ glossary: terms });
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v3/glossaries', 'POST /v3/glossaries']);
    expect([...server.glossaries.values()]).toHaveLength(1);
  });

  it('reports a failed warm-up list from prepare (the warm-up itself never rejects)', async () => {
    const server = await start();
    const deepl = deeplFactory.create(settings(server, { DEEPL_AUTH_KEY: 'wrong-key:fx' }));
    await expect(deepl.warmUp!()).resolves.toBeUndefined();
    const error = await deepl.prepare!({ glossary: terms }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).kind).toBe('auth');
    expect(server.requests.filter((r) => r.method === 'GET' && r.path === '/v3/glossaries')).toHaveLength(1); // not asked again
  });

  it('creates the glossary without waiting for the list: the create arrives before the list is answered', async () => {
    const server = await start({ latencyMs: 100 });
    const deepl = provider(server);
    const warmedUp = deepl.warmUp!();
    await deepl.prepare!({ glossary: terms });
    await warmedUp;
    const list = server.requests.find((r) => r.method === 'GET' && r.path === '/v3/glossaries')!;
    const create = server.requests.find((r) => r.method === 'POST' && r.path === '/v3/glossaries')!;
    expect(create.at).toBeLessThan(list.answeredAt!);
    expect(server.requests.filter((r) => r.path.startsWith('/v3/glossaries'))).toHaveLength(2); // listed once, created once
    const [created] = [...server.glossaries.values()];
    await deepl.translate({ targetLanguage: 'en', segments: [{ key: 'a', text: 'Schoigu.', before: '', after: '', terms: [] }] });
    expect(translateCalls(server)[0]!.glossaryId).toBe(created!.id);
  });

  it('waits for the list and creates nothing when the last run kept the name of a glossary the account still holds', async () => {
    const server = await start();
    const kept = await provider(server).prepare!({ glossary: terms });
    expect(kept).toMatch(/^dolmetsch-/);
    const before = server.requests.length;
    const again = provider(server);
    expect(await again.prepare!({ glossary: terms, kept: kept as string })).toBe(kept);
    expect(server.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v3/glossaries']);
    // Kept, but deleted from the account meanwhile: created after the list, as before.
    server.glossaries.clear();
    await provider(server).prepare!({ glossary: terms, kept: kept as string });
    expect(server.requests.slice(before + 1).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v3/glossaries', 'POST /v3/glossaries']);
    expect(server.glossaries.size).toBe(1);
  });

  it('keeps exactly one glossary for the entries whichever of the list and the create fails, and reports what stops it', async () => {
    type Case = { name: string; earlier: boolean; faults: Partial<Record<'list' | 'create' | 'delete', Fault[]>>; kind?: ProviderError['kind'] };
    const cases: Case[] = [
      { name: 'create refused (403), no earlier glossary', earlier: false, faults: { create: [{ status: 403 }] }, kind: 'auth' },
      { name: 'create over quota (456), no earlier glossary', earlier: false, faults: { create: [{ status: 456 }] }, kind: 'quota' },
      { name: 'create fails once (503), no earlier glossary', earlier: false, faults: { create: [{ status: 503 }] } },
      { name: 'create dropped once, no earlier glossary', earlier: false, faults: { create: [{ drop: true }] } },
      { name: 'list fails once (500) after the create succeeded', earlier: false, faults: { list: [{ status: 500 }] } },
      { name: 'list refused (403) after the create succeeded', earlier: false, faults: { list: [{ status: 403 }] }, kind: 'auth' },
      { name: 'create refused (456) beside a list that holds the glossary', earlier: true, faults: { create: [{ status: 456 }] } },
      { name: 'create dropped beside a list that holds the glossary', earlier: true, faults: { create: [{ drop: true }] } },
      { name: 'create slower than the list that holds the glossary', earlier: true, faults: { create: [{ delayMs: 300 }] } },
      { name: 'the surplus delete fails once (503)', earlier: true, faults: { delete: [{ status: 503 }] } },
    ];
    for (const { name, earlier, faults, kind } of cases) {
      const server = await startFakeDeepL({ authKey: SENTINEL_KEY });
      try {
        if (earlier) await provider(server).prepare!({ glossary: terms });
        const kept = [...server.glossaries.keys()];
        for (const [route, queue] of Object.entries(faults)) server.glossaryFaults[route as 'list' | 'create' | 'delete'].push(...queue);
        const deepl = provider(server);
        const error = await deepl.prepare!({ glossary: terms }).then(() => undefined, (e: unknown) => e);
        await deepl.idle!();
        if (kind) {
          expect(error, name).toBeInstanceOf(ProviderError);
          expect((error as ProviderError).kind, name).toBe(kind);
          expect([...server.glossaries.keys()], `${name}: nothing it created is left`).toEqual(kept);
          continue;
        }
        expect(error, name).toBeUndefined();
        const left = [...server.glossaries.keys()];
        expect(left, `${name}: one glossary, no duplicate`).toHaveLength(1);
        if (earlier && !('drop' in (faults.create?.[0] ?? {}))) expect(left, `${name}: the listed one kept`).toEqual(kept);
        await deepl.translate({ targetLanguage: 'en', segments: [{ key: 'a', text: 'Schoigu.', before: '', after: '', terms: [] }] });
        expect(translateCalls(server).at(-1)!.glossaryId, name).toBe(left[0]);
      } finally {
        await server.close();
      }
    }
  });

  it('refuses entries DeepL cannot store, listing each, before uploading anything', async () => {
    const server = await start();
    const bad = glossary([['Schoigu', 'Shoigu'], ['Tab\there', 'x'], ['', 'empty'], ['Schoigu', 'Shoygu']]);
    const error = await provider(server).prepare!({ glossary: bad }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining('U+0009'),
      expect.stringContaining('empty'),
      expect.stringContaining('both "Shoigu" and "Shoygu"'),
    ]);
    expect(server.requests).toHaveLength(0);
  });
});

describe('deepl provider: failures', () => {
  const oneSegment = { targetLanguage: 'en' as const, segments: [{ key: 'a', text: 'Hallo.', before: '', after: '', terms: [] }] };

  it('retries a 500 once and then succeeds (2 requests)', async () => {
    const server = await start();
    server.faults.push({ status: 500 });
    const result = await provider(server).translate(oneSegment);
    expect(result.translations[0]!.text).toBe('[EN] Hallo.');
    expect(translateCalls(server).map((r) => r.status)).toEqual([500, 200]);
  });

  it('maps 503 outliving the retries to unavailable, naming the endpoint', async () => {
    const server = await start();
    server.faults.push({ status: 503 }, { status: 503 });
    const error = await failure(provider(server).translate(oneSegment));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toContain(server.url);
    expect(translateCalls(server)).toHaveLength(2);
  });

  it('retries a 429 with Retry-After: 1 no sooner than 1 s (deepl-node backoff; it never reads the header)', async () => {
    const server = await start();
    server.faults.push({ status: 429, retryAfter: 1 });
    await provider(server).translate(oneSegment);
    const [limited, retried] = translateCalls(server);
    expect([limited!.status, retried!.status]).toEqual([429, 200]);
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(950);
  });

  it('maps 429 outliving the retries to rate-limit', async () => {
    const server = await start();
    server.faults.push({ status: 429, retryAfter: 3 }, { status: 429, retryAfter: 3 });
    const error = await failure(provider(server).translate(oneSegment));
    expect(error.kind).toBe('rate-limit');
    expect(error.retryAfterMs).toBeUndefined(); // deepl-node does not expose Retry-After
    expect(translateCalls(server)).toHaveLength(2);
  });

  it('maps 456 to quota without retrying, also when the fake quota runs out', async () => {
    const server = await start({ quota: 10 });
    server.faults.push({ status: 456 });
    expect((await failure(provider(server).translate(oneSegment))).kind).toBe('quota');
    await provider(server).translate(oneSegment); // 6 characters fit
    expect((await failure(provider(server).translate(oneSegment))).kind).toBe('quota');
    expect(translateCalls(server).map((r) => r.status)).toEqual([456, 200, 456]);
  });

  it('maps 403 to auth with a message that names the variable, never the key', async () => {
    const server = await start({ echoAuthorizationInErrors: true });
    server.faults.push({ status: 403 });
    const injected = await failure(provider(server).translate(oneSegment));
    const wrongKey = await failure(provider(server, { DEEPL_AUTH_KEY: `${SENTINEL_KEY.slice(0, -3)}-wrong:fx` }).translate(oneSegment));
    for (const error of [injected, wrongKey]) {
      expect(error.kind).toBe('auth');
      expect(error.message).toBe("DeepL rejected the key (HTTP 403). Check DEEPL_AUTH_KEY: a free-API key ends in ':fx'.");
      expectNoKey(errorText(error));
    }
    expect(translateCalls(server)).toHaveLength(2); // 403 is not retried
  });

  it('never passes the key on, even when the server quotes it back in every error', async () => {
    const server = await start({ echoAuthorizationInErrors: true });
    const deepl = provider(server, { DOLMETSCH_DEEPL_MAX_RETRIES: '1' });
    const errors: ProviderError[] = [];
    for (const fault of [{ status: 500 }, { status: 503 }, { status: 429 }, { status: 456 }, { drop: true }] as const) {
      server.faults.push(fault);
      errors.push(await failure(deepl.translate(oneSegment)));
    }
    expect(errors.map((e) => e.kind)).toEqual(['unavailable', 'unavailable', 'rate-limit', 'quota', 'unavailable']);
    expect(server.requests.some((r) => r.status === 500)).toBe(true);
    for (const error of errors) expectNoKey(errorText(error));
  });

  it('never sends a translate request again once the connection dropped after sending: one request, possibly billed', async () => {
    const server = await start();
    server.faults.push({ drop: true }, { drop: true });
    const error = await failure(provider(server).translate(oneSegment));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toContain(server.url);
    expect(error.message).toMatch(/1 attempt in \d+\.\d s/);
    expect(error.message).toMatch(/not sent again.*may have billed/);
    expect(error.possiblyBilledCharacters).toBe('Hallo.'.length);
    expect(translateCalls(server)).toHaveLength(1);
    expectNoKey(errorText(error));
  });

  it('never sends a timed-out translate request again, and counts it as possibly billed, saying so', async () => {
    const server = await start();
    server.faults.push({ delayMs: 1500 }, { delayMs: 1500 });
    const error = await failure(provider(server).translate(oneSegment));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toContain(server.url);
    expect(error.message).toMatch(/gave no answer in time \(1 attempt in \d+\.\d s\)/);
    expect(error.possiblyBilledCharacters).toBe(6);
    await new Promise((resolve) => setTimeout(resolve, 1600)); // the slow answer arrives; nothing was re-sent meanwhile
    expect(translateCalls(server)).toHaveLength(1);
    expect(server.used).toBe(6);
  });

  it('gives a batch of long sentences a timeout that grows with its characters', async () => {
    const server = await start();
    const long = `${'Die Regierung in Pjöngjang kündigte am Montag weitere Gespräche an, '.repeat(4)}sagte er.`;
    const segments = Array.from({ length: 50 }, (_, i) => ({ key: `k${i}`, text: `${i}: ${long}`, before: '', after: '', terms: [] }));
    server.faults.push({ delayMs: 1200 }); // far over the 200 ms floor of these tests
    const result = await provider(server).translate({ targetLanguage: 'en', segments });
    expect(result.translations).toHaveLength(50);
    expect(translateCalls(server)).toHaveLength(1);
  });

  it('retries what cannot have been billed (refused connection, 5xx, 429) and counts the attempts it really made', async () => {
    const closed = await start();
    const url = closed.url;
    await closed.close();
    fake = undefined;
    const begun = Date.now();
    const error = await failure(deeplFactory.create({ env: { DEEPL_AUTH_KEY: SENTINEL_KEY, DEEPL_SERVER_URL: url, DOLMETSCH_DEEPL_MAX_RETRIES: '2' }, englishVariant: 'en-US' }).translate(oneSegment));
    const seconds = (Date.now() - begun) / 1000;
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/could not be reached \(2 attempts in (\d+\.\d) s\)/);
    expect(Math.abs(Number(/in (\d+\.\d) s/.exec(error.message)![1]) - seconds)).toBeLessThan(0.5);
    expect(seconds).toBeGreaterThanOrEqual(0.9); // the backoff between the two
    expect(error.possiblyBilledCharacters).toBeUndefined();
  });
});

describe('deepl provider: a broken answer', () => {
  const three = () => ({ targetLanguage: 'en' as const, segments: paragraph('p', ['Eins.', 'Zwei.', 'Drei.']) });
  const BROKEN_BODIES = ['{"translations": [', '', '<html><body>502 Bad Gateway</body></html>', '{"error": "none"}'];

  it('a 200 that is not JSON, empty, HTML or without translations is bad-response, billed, and not sent again', async () => {
    for (const billedBody of BROKEN_BODIES) {
      const server = await start();
      server.faults.push({ billedBody });
      const error = await failure(provider(server).translate(three()));
      expect(error.kind, billedBody).toBe('bad-response');
      expect(error.message).toMatch(/HTTP 200/);
      expect(error.possiblyBilledCharacters).toBe(server.used);
      expect(translateCalls(server)).toHaveLength(1);
      await server.close();
      fake = undefined;
    }
  });

  it('one translation too few: bad-response, nothing kept (no text can be tied to its segment), all of it billed', async () => {
    const server = await start();
    server.faults.push({ omitTranslations: 1 });
    const error = await failure(provider(server).translate(three()));
    expect(error.kind).toBe('bad-response');
    expect(error.message).toMatch(/2 translations for 3 texts/);
    expect(error.salvaged).toBeUndefined();
    expect(error.possiblyBilledCharacters).toBe(server.used);
  });

  it('a translation without text: bad-response that keeps the others with their billed characters', async () => {
    const server = await start();
    server.faults.push({ noTextAt: 1 });
    const error = await failure(provider(server).translate(three()));
    expect(error.kind).toBe('bad-response');
    expect(error.message).toMatch(/no text for 1 of 3 texts \(p1\)/);
    expect(error.salvaged).toEqual([
      { key: 'p0', text: '[EN] Eins.', billedCharacters: 5 },
      { key: 'p2', text: '[EN] Drei.', billedCharacters: 5 },
    ]);
    expect(error.possiblyBilledCharacters).toBe(5);
  });

  it('HTTP 400 is bad-response and not billed', async () => {
    const server = await start();
    server.faults.push({ status: 400 });
    const error = await failure(provider(server).translate(three()));
    expect(error.kind).toBe('bad-response');
    expect(error.possiblyBilledCharacters).toBeUndefined();
    expect(translateCalls(server)).toHaveLength(1);
  });
});

describe('deepl provider: usage and settings', () => {
  it('reports character usage and limit', async () => {
    const server = await start({ quota: 1000 });
    const deepl = provider(server);
    await deepl.translate({ targetLanguage: 'en', segments: [{ key: 'a', text: 'Grüße aus Pjöngjang.', before: '', after: '', terms: [] }] });
    expect(await deepl.usage!()).toEqual({ used: 20, limit: 1000 });
  });

  it('is configured by DEEPL_AUTH_KEY and rejects malformed settings with config errors', () => {
    const base = { englishVariant: 'en-US' as const };
    expect(deeplFactory.isConfigured({ ...base, env: {} })).toBe(false);
    expect(deeplFactory.isConfigured({ ...base, env: { DEEPL_AUTH_KEY: 'k:fx' } })).toBe(true);
    for (const env of [{}, { DEEPL_AUTH_KEY: 'k', DEEPL_SERVER_URL: 'api.deepl.com' }, { DEEPL_AUTH_KEY: 'k', DOLMETSCH_DEEPL_MAX_RETRIES: '0' }, { DEEPL_AUTH_KEY: 'k', DOLMETSCH_DEEPL_TIMEOUT_MS: '5s' }]) {
      const error = (() => {
        try {
          deeplFactory.create({ ...base, env });
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ProviderError);
      expect((error as ProviderError).kind).toBe('config');
    }
  });
});

describe('deepl provider: the context it sends', () => {
  it('counts a text\'s bytes in the form-encoded body exactly as URLSearchParams encodes it', async () => {
    const fc = await import('fast-check');
    const { formBytes } = await import('../../src/providers/deepl-context.ts');
    const encoded = (text: string) => new URLSearchParams({ v: text }).toString().length - 2;
    // Any UTF-16 text (lone surrogates too), and the characters near every boundary the count distinguishes.
    const edges = fc.constantFrom(' ', '+', '*', '-', '.', '_', '~', '!', '\n', '\u007f', '\u0080', '\u07ff', '\u0800', '\ud7ff', '\ud800', '\udbff', '\udc00', '\udfff', '\ue000', '\uffff', '😀', 'ä', 'ß', '평', '„');
    fc.assert(fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary' }), edges)), (parts) => {
      const text = parts.join('');
      expect(formBytes(text)).toBe(encoded(text));
    }), { numRuns: 3000 });
  });
});
