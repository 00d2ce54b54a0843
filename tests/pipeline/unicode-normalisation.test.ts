/**
 * The same German in NFC and NFD (macOS file names, some editors) is one sentence: every reader normalises to NFC,
 * so it has one segment id and is paid for once.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { translateRun } from '../../src/pipeline/translate-run.ts';
import { segmentId } from '../../src/source/segment-id.ts';
import { startFakeDeepL, type FakeDeepL } from '../fakes/deepl-server.ts';
import { deeplRunOptions } from '../helpers/deepl-run.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;
const KEY = 'nfc-test-key:fx';
const SENTENCE = 'Die Straße vor dem Außenministerium in Pjöngjang wurde am Montag für Schüler geräumt.';
const NFD = SENTENCE.normalize('NFD');

let fake: FakeDeepL | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function repo(articles: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-nfc-'));
  await cp(FIXTURE, root, { recursive: true });
  for (const [slug, text] of Object.entries(articles)) await writeFile(path.join(root, 'source', `${slug}.md`), text);
  return root;
}

const options = (root: string, server: FakeDeepL) => deeplRunOptions(root, server, KEY, { force: true });

const sent = (server: FakeDeepL) => server.requests.filter((r) => r.path === '/v2/translate').flatMap((r) => r.texts);

async function segments(root: string, language: string, slug: string) {
  return (parse(await readFile(path.join(root, `translations/${language}/${slug}.yaml`), 'utf8')) as { segments: Array<{ id: string; source: string; target: string }> }).segments;
}

describe('NFC and NFD are one sentence', () => {
  it('gives both spellings one segment id', () => {
    expect(NFD).not.toBe(SENTENCE);
    expect(segmentId(NFD)).toBe(segmentId(SENTENCE));
  });

  it('sends a sentence once whether a source file spells it in NFC or NFD, and writes it in NFC', async () => {
    fake = await startFakeDeepL({ authKey: KEY });
    const root = await repo({ komponiert: `---\ntitle: Erster\n---\n\n${SENTENCE}\n`, zerlegt: `---\ntitle: Zweiter\n---\n\n${NFD}\n` });
    await translateRun(options(root, fake));
    const texts = sent(fake).map((t) => t.normalize('NFC'));
    expect(texts.filter((t) => t === SENTENCE)).toHaveLength(2); // once per language
    expect(sent(fake).filter((t) => t === NFD)).toHaveLength(0);
    const [a, b] = [(await segments(root, 'en', 'komponiert')).at(-1)!, (await segments(root, 'en', 'zerlegt')).at(-1)!];
    expect(b.id).toBe(a.id);
    expect(b.source).toBe(SENTENCE);
    expect(b.target).toBe(a.target);
  });

  it('keeps a translation whose file holds the German in NFD when the source is in NFC (and the other way round): nothing is sent', async () => {
    fake = await startFakeDeepL({ authKey: KEY });
    const root = await repo({ artikel: `---\ntitle: Artikel\n---\n\n${SENTENCE}\n` });
    await translateRun(options(root, fake));
    const before = sent(fake).length;
    // The file as an NFD-writing editor saves it, with a translator's edit; then the source the same way.
    for (const language of ['en', 'ko']) {
      const file = path.join(root, `translations/${language}/artikel.yaml`);
      const text = await readFile(file, 'utf8');
      const edited = text.replace(/target: (.*Stra(ß|ss)e.*)/u, (_, target: string) => `target: ${target} (checked)`);
      expect(edited).not.toBe(text);
      await writeFile(file, edited.normalize('NFD'));
    }
    const summary = await translateRun(options(root, fake));
    expect(sent(fake)).toHaveLength(before);
    expect(summary.files.every((f) => f.counts.stale === 0 && f.untranslated === 0)).toBe(true);
    await writeFile(path.join(root, 'source/artikel.md'), `---\ntitle: Artikel\n---\n\n${NFD}\n`);
    await translateRun(options(root, fake));
    expect(sent(fake)).toHaveLength(before);
    expect((await segments(root, 'en', 'artikel')).at(-1)!.target).toMatch(/\(checked\)$/);
  });
});
