/**
 * What a check keeps of each file while it goes on to the next: its facts and findings, never the file's text. A
 * string the YAML parser or a rule made is often a slice of the whole text (or a chain of concatenations), and a
 * kept slice keeps all of it alive — at 1,000 articles that was a quarter of the memory a check held.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { heapAfterCollection } from '../helpers/heap.ts';
import { CheckCache } from '../../src/check/check-cache.ts';
import { createContext } from '../../src/check/context.ts';
import { factsViews } from '../../src/check/facts-view.ts';
import { checkFile, type FileFacts } from '../../src/check/file-findings.ts';
import { KeptStrings } from '../../src/check/kept-strings.ts';
import { loadGlossary } from '../../src/glossary/index.ts';
import { parseTranslationFile } from '../../src/store/index.ts';
import { PROJECT_ROOT } from '../helpers/cli.ts';


describe('the facts a check keeps of a file', () => {
  it('keep nothing of the file’s text: a file with 16 MB of comments leaves less than 1 MB behind', async () => {
    const glossary = loadGlossary(await readFile(`${PROJECT_ROOT}/glossary.yaml`, 'utf8'), 'glossary.yaml');
    const sample = await readFile(`${PROJECT_ROOT}/translations/en/kim-russland.yaml`, 'utf8');
    const before = heapAfterCollection();
    const facts = (() => {
      // The comment is 8 million characters of UTF-16 (two bytes each): a text kept alive behind a slice shows as 16 MB.
      const text = `${sample}# ${'Anmerkung – '.repeat(8_000_000 / 12)}\n`;
      return checkFile(parseTranslationFile(text, 'translations/en/kim-russland.yaml'), glossary, {});
    })();
    const kept = heapAfterCollection() - before;
    expect(facts.segments.filter(Boolean).length).toBeGreaterThan(5);
    expect(facts.segments.find(Boolean)!.entry.source).toBe('Kim Jong-un sichert Russland volle Unterstützung im Ukraine-Krieg zu');
    expect(kept).toBeLessThan(1 << 20);
  });

  it('keep a text met twice once, equal to what it was, lone surrogates included', () => {
    const strings = new KeptStrings();
    const text = `Der ${'sehr '.repeat(3)}lange Satz`;
    const kept = strings.keep(text.slice(4));
    expect(kept).toBe('sehr sehr sehr lange Satz');
    expect(Object.is(strings.keep(`sehr sehr ${'sehr lange Satz'}`), kept)).toBe(true);
    expect(strings.keep('ein \ud800 allein')).toBe('ein \ud800 allein');
    expect(strings.keep('평양에서 \ud83d\ude00')).toBe('평양에서 😀');
    expect(strings.keep('')).toBe('');
  });

  it('are seen by the rules across files through views of some 200 bytes a segment, not 600-byte dictionaries', async () => {
    const glossary = loadGlossary(await readFile(`${PROJECT_ROOT}/glossary.yaml`, 'utf8'), 'glossary.yaml');
    const file = parseTranslationFile(await readFile(`${PROJECT_ROOT}/translations/en/kim-russland.yaml`, 'utf8'), 'translations/en/kim-russland.yaml');
    const facts = checkFile(file, glossary, {});
    const copies = Math.ceil(20_000 / facts.segments.length);
    const perView = (make: () => unknown[]): number => {
      const before = heapAfterCollection();
      const views = make();
      const bytes = (heapAfterCollection() - before) / views.length;
      expect(views.length).toBeGreaterThanOrEqual(20_000);
      return bytes;
    };
    // Views of kept facts (check-repository.ts holds every segment's at once) and of parsed files (one file at a time).
    expect(perView(() => Array.from({ length: copies }, () => factsViews(facts, glossary)).flat())).toBeLessThan(250);
    expect(perView(() => createContext({ glossary, files: Array.from({ length: copies }, () => file) }).segments as unknown[])).toBeLessThan(250);
  });
});

describe('the check cache', () => {
  it('keeps nothing in memory of a file it cannot give (another key), nor of files no longer there', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-check-memory-'));
    const glossary = loadGlossary(await readFile(`${PROJECT_ROOT}/glossary.yaml`, 'utf8'), 'glossary.yaml');
    const sample = checkFile(parseTranslationFile(await readFile(`${PROJECT_ROOT}/translations/en/kim-russland.yaml`, 'utf8'), 'translations/en/kim-russland.yaml'), glossary, {});
    const written = await CheckCache.read(root);
    for (let i = 0; i < 400; i++) {
      // Targets of its own for every file (400 × 17 × 2,000 characters): the cache cannot share them between files.
      const segments = sample.segments.map((s) => s && { ...s, entry: { ...s.entry, target: `${i} ${'Zielsatz '.repeat(222)}` } });
      const facts: FileFacts = { ...sample, path: `translations/en/artikel-${i}.yaml`, segments };
      written.keep(facts.path, 'old key', facts);
    }
    await written.write(root);

    // Every file asked for with a new key (the glossary changed): the check goes on with what it holds of none.
    const before = heapAfterCollection();
    const cache = await CheckCache.read(root);
    for (let i = 0; i < 400; i++) expect(cache.take(`translations/en/artikel-${i}.yaml`, 'new key')).toBeUndefined();
    expect(heapAfterCollection() - before).toBeLessThan(1 << 20);
    // The files are gone: once every file there is has been asked for, nothing of the others is held.
    const again = await CheckCache.read(root);
    again.dropUntaken();
    expect(heapAfterCollection() - before).toBeLessThan(2 << 20);
    expect(again.take('translations/en/artikel-300.yaml', 'old key')).toBeUndefined();
    expect(cache.take('translations/en/artikel-300.yaml', 'old key')).toBeUndefined();
  });

  it('does not read the files’ facts of a cache written with another glossary or other options', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-check-memory-'));
    await writeLargeCache(root, 'glossary 1');
    const reading = async (context: string) => {
      const before = heapAfterCollection();
      const cache = await CheckCache.read(root, context);
      const held = heapAfterCollection() - before;
      return { held, gives: cache.take('translations/en/artikel-7.yaml', 'key') !== undefined };
    };
    // The glossary changed: some 14 MB of facts in the cache, none of them usable, none of them read.
    const changed = await reading('glossary 2');
    expect(changed).toEqual({ held: expect.any(Number), gives: false });
    expect(changed.held).toBeLessThan(1 << 20);
    const same = await reading('glossary 1');
    expect(same.gives).toBe(true);
    expect(same.held).toBeGreaterThan(10 << 20);
  });
});

/** 400 files' facts, every target its own (400 × 17 × 2,000 characters), written in `context`. */
async function writeLargeCache(root: string, context: string): Promise<void> {
  const glossary = loadGlossary(await readFile(`${PROJECT_ROOT}/glossary.yaml`, 'utf8'), 'glossary.yaml');
  const sample = checkFile(parseTranslationFile(await readFile(`${PROJECT_ROOT}/translations/en/kim-russland.yaml`, 'utf8'), 'translations/en/kim-russland.yaml'), glossary, {});
  const written = await CheckCache.read(root, context);
  for (let i = 0; i < 400; i++) {
    const segments = sample.segments.map((s, index) => s && { ...s, entry: { ...s.entry, target: `${i}.${index} ${'Zielsatz '.repeat(222)}` } });
    written.keep(`translations/en/artikel-${i}.yaml`, 'key', { ...sample, path: `translations/en/artikel-${i}.yaml`, segments });
  }
  await written.write(root);
}
