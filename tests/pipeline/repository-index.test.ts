/**
 * The repository index in .dolmetsch/cache.json: a file is known by its stat only when nothing about it changed,
 * a hand edit always wins, a corrupt or foreign index is rebuilt, and the memory opens only the files that may hold
 * a wanted sentence.
 */
import { mkdir, mkdtemp, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { addWantedTranslations, MemoryIndex } from '../../src/pipeline/plan/memory-index.ts';
import { TranslationMemory } from '../../src/pipeline/plan/translation-memory.ts';
import { sentenceHash } from '../../src/pipeline/sentence-key.ts';
import { CACHE_FILE, RunCache } from '../../src/pipeline/survey/run-cache.ts';
import { translateRun } from '../../src/pipeline/translate-run.ts';
import { FileStamps, RACY_MS } from '../../src/workspace/file-stamps.ts';
import { InputProblems } from '../../src/workspace/index.ts';
import { runCli } from '../helpers/cli.ts';
import { pseudoEnglishRun, smallRepo } from '../helpers/small-repo.ts';

/** A clock well past every file's change: records made with it are settled, not racy. */
const later = () => Date.now() + 10 * RACY_MS;

async function folderWith(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-index-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

describe('file stamps', () => {
  it('know an unchanged file by its stat without opening it, once the record is settled', async () => {
    const root = await folderWith({ 'source/a.md': 'Ein Satz.\n' });
    const stamps = new FileStamps(undefined, later);
    const first = await stamps.hash(root, 'source/a.md');
    expect(first?.bytes).toBeDefined();
    const again = new FileStamps(stamps.toJSON(), later);
    expect(await again.hash(root, 'source/a.md')).toEqual({ hash: first!.hash });
  });

  it('read a hand edit of the same size again after its mtime was put back (touch -d)', async () => {
    const root = await folderWith({ 'source/a.md': 'Ein Satz.\n' });
    const file = path.join(root, 'source/a.md');
    const old = new Date(Date.now() - 3_600_000);
    await utimes(file, old, old);
    const stamps = new FileStamps(undefined, later);
    const first = await stamps.hash(root, 'source/a.md');
    const before = await stat(file);

    await writeFile(file, 'Ein Titel\n');
    await utimes(file, old, old);
    const after = await stat(file);
    expect([after.size, after.mtimeMs, after.ino]).toEqual([before.size, before.mtimeMs, before.ino]);

    const edited = await new FileStamps(stamps.toJSON(), later).hash(root, 'source/a.md');
    expect(edited?.hash).not.toBe(first!.hash);
    expect(Buffer.from(edited!.bytes!).toString()).toBe('Ein Titel\n');
  });

  it('never trust the stat of a file recorded right after it changed (racily clean): its bytes are hashed again', async () => {
    const root = await folderWith({ 'source/a.md': 'Ein Satz.\n' });
    const stamps = new FileStamps();
    await stamps.hash(root, 'source/a.md');
    expect(stamps.toJSON()['source/a.md']!.racy).toBe(true);
    const again = await new FileStamps(stamps.toJSON()).hash(root, 'source/a.md');
    expect(again?.bytes).toBeDefined();
  });

  it('drop malformed records instead of failing', async () => {
    const root = await folderWith({ 'source/a.md': 'Ein Satz.\n' });
    const stamps = new FileStamps({ 'source/a.md': { size: 'big', hash: 3 }, other: null }, later);
    expect((await stamps.hash(root, 'source/a.md'))?.bytes).toBeDefined();
  });
});

describe('the index file', () => {
  for (const [what, text] of [
    ['corrupt', '{"version": "dolmetsch-cache-4", "files": {'],
    ['of a foreign version', JSON.stringify({ version: 'dolmetsch-cache-0', files: { 'en:source/a.md': { key: 'x', counts: {} } } })],
    ['of the wrong shape', JSON.stringify({ version: 'dolmetsch-cache-4', files: [], stamps: 7, memory: 'x' })],
  ] as const) {
    it(`is rebuilt when it is ${what}, never an error`, async () => {
      const root = await smallRepo();
      await translateRun(pseudoEnglishRun(root));
      const translated = await readFile(path.join(root, 'translations/en/bericht.yaml'), 'utf8');
      await writeFile(path.join(root, CACHE_FILE), text);
      const summary = await translateRun(pseudoEnglishRun(root));
      expect(summary.requests).toBe(0);
      expect(await readFile(path.join(root, 'translations/en/bericht.yaml'), 'utf8')).toBe(translated);
      const rebuilt = JSON.parse(await readFile(path.join(root, CACHE_FILE), 'utf8'));
      expect(rebuilt.version).toBe('dolmetsch-cache-4');
      expect(Object.keys(rebuilt.stamps)).toContain('translations/en/bericht.yaml');
      expect(Object.keys(rebuilt.memory)).toContain('translations/en/bericht.yaml');
    });
  }
});

describe('the memory index', () => {
  const file = (language: string, entries: Array<[string, string]>) =>
    ['article: x', `language: ${language}`, 'source: source/x.md', 'segments:', ...entries.flatMap(([source, target], i) => [`  - id: s${i}`, `    source: ${source}`, `    target: ${target}`, '    status: reviewed'])].join('\n') + '\n';

  it('opens only the files that may hold a wanted sentence, and a file whose bytes changed', async () => {
    const root = await folderWith({
      'translations/en/a.yaml': file('en', [['Erster Satz.', 'First sentence.']]),
      'translations/en/b.yaml': file('en', [['Zweiter Satz.', 'Second sentence.']]),
    });
    const files = ['translations/en/a.yaml', 'translations/en/b.yaml'];
    const stamps = new FileStamps(undefined, later);
    const index = new MemoryIndex();
    const problems = new InputProblems();
    await addWantedTranslations(root, files, stamps, index, new TranslationMemory(), new Set([sentenceHash('en', 'Erster Satz.')]), problems);
    expect(problems.diagnostics).toEqual([]);

    const settled = new FileStamps(stamps.toJSON(), later);
    const read = vi.spyOn(settled, 'read');
    const memory = new TranslationMemory();
    const reloaded = new MemoryIndex(index.toJSON());
    await addWantedTranslations(root, files, settled, reloaded, memory, new Set([sentenceHash('en', 'Zweiter Satz.')]), new InputProblems());
    expect(read.mock.calls.map(([, name]) => name)).toEqual(['translations/en/b.yaml']);
    expect(memory.lookup('en', 'Zweiter Satz.')).toBe('Second sentence.');

    // A person adds the wanted sentence to a.yaml: its bytes changed, so it is read whatever the index said.
    await writeFile(path.join(root, 'translations/en/a.yaml'), file('en', [['Erster Satz.', 'First sentence.'], ['Dritter Satz.', 'Third, by hand.']]));
    const afterEdit = new TranslationMemory();
    await addWantedTranslations(root, files, new FileStamps(settled.toJSON(), later), new MemoryIndex(reloaded.toJSON()), afterEdit, new Set([sentenceHash('en', 'Dritter Satz.')]), new InputProblems());
    expect(afterEdit.lookup('en', 'Dritter Satz.')).toBe('Third, by hand.');
  });

  it("gives a new article a person's edit made by hand in another article's file since the last run", async () => {
    const root = await smallRepo();
    const run = await runCli(root, ['translate', '--provider', 'pseudo', '--to', 'en']);
    expect(run.code, run.stderr).toBe(0);
    const translated = path.join(root, 'translations/en/bericht.yaml');
    const text = await readFile(translated, 'utf8');
    const first = /source: (.+)\n\s+target: (.+)\n/.exec(text)!;
    const [sentence, machine] = [first[1]!, first[2]!];
    const byHand = 'X'.repeat(machine.length);
    const { mtime } = await stat(translated);
    await writeFile(translated, text.replace(`target: ${machine}`, `target: ${byHand}`));
    await utimes(translated, mtime, mtime);

    await writeFile(path.join(root, 'source/neu.md'), `---\ntitle: Neu\n---\n\n${sentence}\n`);
    const again = await runCli(root, ['translate', '--provider', 'pseudo', '--to', 'en']);
    expect(again.code, again.stderr).toBe(0);
    expect(await readFile(path.join(root, 'translations/en/neu.yaml'), 'utf8')).toContain(`target: ${byHand}`);
  });
});

describe('a run over the index', () => {
  it('counts an article clean from the index alone and still sees a source edited since', async () => {
    const root = await smallRepo();
    await translateRun(pseudoEnglishRun(root));
    const cache = await RunCache.read(root, '', later);
    expect(Object.keys(cache.stamps.toJSON())).toContain('source/bericht.md');
    const source = path.join(root, 'source/bericht.md');
    const text = await readFile(source, 'utf8');
    const { mtime } = await stat(source);
    await writeFile(source, text.replace('erste Satz', 'erste Absatz'));
    await utimes(source, mtime, mtime);
    const summary = await translateRun(pseudoEnglishRun(root));
    expect(summary.requests).toBeGreaterThan(0);
  });
});

describe('a run with nothing to do', () => {
  it('stats each source once: the hash that keys the learned abbreviations is the one the scan judges it by', async () => {
    const root = await smallRepo();
    await translateRun(pseudoEnglishRun(root));
    const hash = vi.spyOn(FileStamps.prototype, 'hash');
    try {
      const summary = await translateRun(pseudoEnglishRun(root));
      expect(summary.requests).toBe(0);
      const asked = hash.mock.calls.map(([, file]) => file);
      expect(asked.filter((file) => file === 'source/bericht.md')).toEqual(['source/bericht.md']);
      expect(asked).toContain('translations/en/bericht.yaml');
    } finally {
      hash.mockRestore();
    }
  });

  it('never asks the memory index (nor checks what it recorded) and does not rewrite the index', async () => {
    const root = await smallRepo();
    await translateRun(pseudoEnglishRun(root));
    // Once the files the first run wrote are settled (no longer racily clean), a second run records them for good.
    await new Promise((resolve) => setTimeout(resolve, RACY_MS + 100));
    await translateRun(pseudoEnglishRun(root));
    const before = await readFile(path.join(root, CACHE_FILE), 'utf8');
    expect(JSON.parse(before).memory).not.toEqual({});
    const memoryIndex = vi.spyOn(RunCache.prototype, 'memoryIndex', 'get');
    try {
      const summary = await translateRun(pseudoEnglishRun(root));
      expect(summary.requests).toBe(0);
      expect(memoryIndex).not.toHaveBeenCalled();
    } finally {
      memoryIndex.mockRestore();
    }
    expect(await readFile(path.join(root, CACHE_FILE), 'utf8')).toBe(before);
  });
});

describe('the glossary a run knows', () => {
  it('is parsed when an article needs it, also when the index knows its bytes loaded cleanly', async () => {
    const root = await smallRepo();
    await translateRun(pseudoEnglishRun(root));
    expect(JSON.parse(await readFile(path.join(root, CACHE_FILE), 'utf8')).goodGlossary).toMatch(/^[0-9a-f]{32}$/);
    await writeFile(path.join(root, 'source/neu.md'), '---\ntitle: Neu\n---\n\nEin Besuch in Pjöngjang.\n');
    await translateRun(pseudoEnglishRun(root));
    expect(await readFile(path.join(root, 'translations/en/neu.yaml'), 'utf8')).toContain('glossary: [ pyongyang ]');
  });

  it('is not trusted when another build of dolmetsch wrote it: its sentence hashes and verdicts may mean something else', async () => {
    const root = await folderWith({ 'source/a.md': 'Ein Satz.\n' });
    const written = await RunCache.read(root, '0.1.0+aaa');
    written.rememberAbbreviations('key', { abbreviations: [] });
    await written.write(root);
    expect((await RunCache.read(root, '0.1.0+aaa')).knowsAbbreviations).toBe(true);
    expect((await RunCache.read(root, '0.1.0+bbb')).knowsAbbreviations).toBe(false);
    expect(JSON.parse(await readFile(path.join(root, CACHE_FILE), 'utf8'))).toMatchObject({ tool: '0.1.0+aaa' });
  });
});
