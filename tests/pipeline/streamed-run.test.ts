/**
 * A first run sends while the survey still reads, and its cost guards still hold. To make "still reads" certain
 * rather than likely, the last source is a named pipe: the survey cannot read it until the test writes it, and the
 * test writes it only once a translate request has reached the fake DeepL.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { translateRun } from '../../src/pipeline/translate-run.ts';
import { startFakeDeepL, type FakeDeepL } from '../fakes/deepl-server.ts';
import { deeplRunOptions } from '../helpers/deepl-run.ts';

const KEY = 'streamed-key:fx';
const GLOSSARY = new URL('../e2e/fixtures/small-repo/glossary.yaml', import.meta.url).pathname;
const LAST = '---\ntitle: Zuletzt\n---\n\nEin letzter Bericht. Er ist kurz.\n';

let fake: FakeDeepL | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function article(name: string, count: number): string {
  const sentences = Array.from({ length: count }, (_, i) => `Im Bericht ${name} steht Satz Nummer ${i + 1} über Pjöngjang.`);
  return `---\ntitle: Bericht ${name}\n---\n\n${sentences.join(' ')}\n`;
}

/** Four articles of 45 sentences, then `source/zz-last.md`, a named pipe the survey waits on. */
async function repoWithPipe(): Promise<{ root: string; paths: string[] }> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-streamed-'));
  await mkdir(path.join(root, 'source'));
  await cp(GLOSSARY, path.join(root, 'glossary.yaml'));
  const paths: string[] = [];
  for (const name of ['a', 'b', 'c', 'd']) {
    await writeFile(path.join(root, `source/${name}.md`), article(name.toUpperCase(), 45));
    paths.push(`source/${name}.md`);
  }
  execFileSync('mkfifo', [path.join(root, 'source/zz-last.md')]);
  return { root, paths: [...paths, 'source/zz-last.md'] };
}

/** Once a translate request has arrived (or after 15 s, to fail rather than hang), the pipe is written for every reader. */
async function releasePipeAfterFirstRequest(root: string, server: FakeDeepL, surveyEnded: () => boolean): Promise<{ requestBeforeSurveyEnded: boolean }> {
  const started = Date.now();
  while (!server.requests.some((r) => r.path === '/v2/translate') && Date.now() - started < 15_000) await new Promise((resolve) => setTimeout(resolve, 5));
  const requestBeforeSurveyEnded = server.requests.some((r) => r.path === '/v2/translate') && !surveyEnded();
  // Read once: the survey hands the article over parsed, the translate pass does not read it again.
  await writeFile(path.join(root, 'source/zz-last.md'), LAST);
  return { requestBeforeSurveyEnded };
}


const translateRequests = (server: FakeDeepL) => server.requests.filter((r) => r.path === '/v2/translate');

describe('a first run', () => {
  it('sends its first request while the survey still reads, and finishes every article', async () => {
    fake = await startFakeDeepL({ authKey: KEY });
    const { root, paths } = await repoWithPipe();
    let surveyEnded = false;
    const released = releasePipeAfterFirstRequest(root, fake, () => surveyEnded);
    const summary = await translateRun(deeplRunOptions(root, fake, KEY, { paths,  onEvent: (event) => void (event.type === 'loaded' && (surveyEnded = true)) }));
    expect((await released).requestBeforeSurveyEnded).toBe(true);
    expect(summary.stopped).toBeUndefined();
    expect(summary.untranslated).toBe(0);
    for (const slug of ['a', 'b', 'c', 'd', 'zz-last']) expect(existsSync(path.join(root, `translations/ko/${slug}.yaml`))).toBe(true);
    // Requests as few as a run that priced everything first: the packing is the same.
    expect(translateRequests(fake)).toHaveLength(summary.cost.reduce((n, c) => n + c.requests, 0));
  });

  it('stops before the request that would cross --max-chars, when sending started before planning ended', async () => {
    fake = await startFakeDeepL({ authKey: KEY });
    const { root, paths } = await repoWithPipe();
    let surveyEnded = false;
    const released = releasePipeAfterFirstRequest(root, fake, () => surveyEnded);
    const maxChars = 6000; // two requests of 50 sentences fit, a third does not
    const summary = await translateRun(deeplRunOptions(root, fake, KEY, { paths,  maxChars, onEvent: (event) => void (event.type === 'loaded' && (surveyEnded = true)) }));
    expect((await released).requestBeforeSurveyEnded).toBe(true);
    const priced = summary.cost.reduce((n, c) => n + c.characters, 0);
    expect(priced).toBeGreaterThan(maxChars);
    expect(translateRequests(fake).length).toBeGreaterThan(0);
    expect(fake.used).toBeLessThanOrEqual(maxChars);
    // Stopped only when the next request would have crossed: it would have billed more than what was left.
    const next = Number(/a request of (\d+) characters/.exec(summary.stopped?.message ?? '')?.[1]);
    expect(fake.used + next).toBeGreaterThan(maxChars);
    expect(summary.stopped).toMatchObject({ kind: 'quota' });
    expect(summary.stopped?.message).toContain(`more than --max-chars ${maxChars}`);
    expect(summary.billedCharacters).toBe(fake.used);
  });

  it('stops before the request that would cross the quota left, instead of running into it', async () => {
    fake = await startFakeDeepL({ authKey: KEY, quota: 6000 });
    const { root, paths } = await repoWithPipe();
    let surveyEnded = false;
    const released = releasePipeAfterFirstRequest(root, fake, () => surveyEnded);
    const summary = await translateRun(deeplRunOptions(root, fake, KEY, { paths,  onEvent: (event) => void (event.type === 'loaded' && (surveyEnded = true)) }));
    expect((await released).requestBeforeSurveyEnded).toBe(true);
    expect(translateRequests(fake).length).toBeGreaterThan(0);
    expect(translateRequests(fake).every((r) => r.status === 200)).toBe(true); // never a 456
    expect(summary.stopped?.message).toMatch(/but only 6000 of 6000 were left this period/);
  });
});

describe('a first run whose glossary DeepL cannot take', () => {
  it('stops before any translate request, writing every file it planned, as a run that never queued a sentence', async () => {
    fake = await startFakeDeepL({ authKey: KEY });
    fake.glossaryFaults.create.push({ status: 503 });
    const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-streamed-'));
    await mkdir(path.join(root, 'source'));
    await cp(GLOSSARY, path.join(root, 'glossary.yaml'));
    for (const name of ['a', 'b']) await writeFile(path.join(root, `source/${name}.md`), article(name.toUpperCase(), 30));
    const summary = await translateRun(deeplRunOptions(root, fake, KEY));
    expect(summary.stopped).toMatchObject({ kind: 'unavailable' });
    expect(summary.stopped?.message).toContain(fake.url);
    expect(translateRequests(fake)).toHaveLength(0);
    expect(fake.glossaries.size).toBe(0);
    // As a run that never queued a sentence: every file written, every sentence waiting for a provider.
    expect(summary.untranslated).toBe(summary.cost.reduce((n, c) => n + c.segments, 0));
    for (const slug of ['a', 'b']) expect(existsSync(path.join(root, `translations/en/${slug}.yaml`))).toBe(true);
  });
});
