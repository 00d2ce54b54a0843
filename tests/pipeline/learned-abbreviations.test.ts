/**
 * The abbreviations learned from all sources reach every command that segments: translate (whatever paths it is
 * given), status and publish cut the same sentences, and the learned result is kept in the run cache.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, snapshot } from '../helpers/cli.ts';
import { sourceAbbreviations, type SourceAbbreviations } from '../../src/pipeline/survey/learned-abbreviations.ts';
import { RunCache } from '../../src/pipeline/survey/run-cache.ts';
import { SOURCE_COUNTS_FILE } from '../../src/pipeline/survey/source-token-counts.ts';
import { learnAbbreviations } from '../../src/segment/index.ts';

const TEACHER = [
  '---', 'title: Förderung', '---', '',
  'Die Förderung steigt laut Beil. 2 zum Budgetbegleitgesetz um zwölf Prozent.',
  '',
  'Der Antrag nach Beil. 3 muss bis Ende Mai gestellt werden. Gemeint ist die Beil. 4 nicht.',
  '',
].join('\n');
const LEARNER = ['---', 'title: Bauamt', '---', '', 'Zuständig ist laut Beil. Bauamt die Gemeinde. Sie prüft.', ''].join('\n');

/** A run's learning, with what it keeps written to .dolmetsch/ as a run leaves it. */
async function learnAndKeep(root: string): Promise<void> {
  const cache = await RunCache.read(root);
  await sourceAbbreviations(root, cache);
  await cache.write(root);
}

/** `beil` loses its evidence, bauamt.md goes and neu.md (teaching `ziff`) comes; then a run learns and keeps. */
async function changeSourcesAndLearn(root: string): Promise<SourceAbbreviations> {
  await writeFile(path.join(root, 'source/foerderung.md'), TEACHER.replaceAll('Beil.', 'Beilage'));
  await rm(path.join(root, 'source/bauamt.md'));
  await writeFile(path.join(root, 'source/neu.md'), ['---', 'title: Neu', '---', '', 'Laut Ziff. 3 und Ziff. 7 gilt das.', ''].join('\n'));
  const cache = await RunCache.read(root);
  const learned = await sourceAbbreviations(root, cache);
  await cache.write(root);
  return learned;
}

async function repository(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-learned-'));
  await mkdir(path.join(root, 'source'));
  await writeFile(path.join(root, 'glossary.yaml'), 'version: 1\nentries: []\n');
  await writeFile(path.join(root, 'source/foerderung.md'), TEACHER);
  await writeFile(path.join(root, 'source/bauamt.md'), LEARNER);
  return root;
}

describe('abbreviations learned from the sources', () => {
  it('keep a sentence whole in translate, even when only another article is translated, and in status', async () => {
    const root = await repository();
    const run = await runCli(root, ['translate', 'source/bauamt.md', '--provider', 'pseudo', '--to', 'en']);
    expect(run.code, run.stderr).toBe(0);
    const file = await readFile(path.join(root, 'translations/en/bauamt.yaml'), 'utf8');
    expect(file).toContain('source: Zuständig ist laut Beil. Bauamt die Gemeinde.');
    expect(file).toContain('source: Sie prüft.');
    expect(file).not.toContain('source: Bauamt die Gemeinde.');

    const cache = JSON.parse(await readFile(path.join(root, '.dolmetsch/cache.json'), 'utf8'));
    expect(cache.abbreviations.stats.abbreviations).toEqual([{ token: 'beil', withStop: 4, without: 0, beforeLowerOrDigit: 3 }]);

    const status = await runCli(root, ['status', '--to', 'en', '--format', 'json']);
    const rows = JSON.parse(status.stdout) as Array<{ article: string }>;
    expect(rows.find((row) => row.article === 'bauamt')).toMatchObject({ counts: { missing: 0 } });

    const before = await snapshot(root);
    const again = await runCli(root, ['translate', '--provider', 'pseudo', '--to', 'en']);
    expect(again.code, again.stderr).toBe(0);
    const after = await snapshot(root);
    for (const [name, bytes] of before) if (name.startsWith('translations/')) expect(after.get(name), name).toBe(bytes);
  });

  it('are the same whether learned in the one read of a first run or read again after a source changed', async () => {
    const root = await repository();
    // First run: nothing learned before, so learned while the sources are hashed.
    const first = await sourceAbbreviations(root, await RunCache.read(root));
    expect([...first.abbreviations]).toEqual(['beil']);
    const cache = await RunCache.read(root);
    cache.rememberAbbreviations('a key of other sources', { abbreviations: [] });
    // A cache that knows other sources: hashed first, then learned in a second read.
    const again = await sourceAbbreviations(root, cache);
    expect([...again.abbreviations]).toEqual([...first.abbreviations]);
    expect(again.hash).toBe(first.hash);
  });

  it('after sources changed, came and went, equal learning from every source again, reading only the changed ones', async () => {
    const root = await repository();
    const extra = ['---', 'title: Nachtrag', '---', '', 'Siehe Abs. 4 und Abs. 5 der Regel.', ''].join('\n');
    await writeFile(path.join(root, 'source/nachtrag.md'), extra);
    await learnAndKeep(root);

    // `beil` loses its evidence, `abs` stays, one source goes and one comes.
    const incremental = await changeSourcesAndLearn(root);
    const full = learnAbbreviations([await readFile(path.join(root, 'source/foerderung.md'), 'utf8'), extra, await readFile(path.join(root, 'source/neu.md'), 'utf8')]);
    expect([...incremental.abbreviations]).toEqual(full.abbreviations.map((a) => a.token));
    expect([...incremental.abbreviations]).toEqual(['abs', 'ziff']);
    expect(Object.keys(JSON.parse(await readFile(path.join(root, SOURCE_COUNTS_FILE), 'utf8')).sources)).toEqual(['source/foerderung.md', 'source/nachtrag.md', 'source/neu.md']);

    // The unchanged source is not read again: its kept counts are what the learner adds (here made to teach `abs` away).
    const kept = JSON.parse(await readFile(path.join(root, SOURCE_COUNTS_FILE), 'utf8'));
    kept.sources['source/nachtrag.md'].counts = 'abs 0 0 9';
    await writeFile(path.join(root, SOURCE_COUNTS_FILE), JSON.stringify(kept));
    await writeFile(path.join(root, 'source/neu.md'), ['---', 'title: Neu', '---', '', 'Laut Ziff. 3 und Ziff. 8 gilt das.', ''].join('\n'));
    const after = await sourceAbbreviations(root, await RunCache.read(root));
    expect([...after.abbreviations]).toEqual(['ziff']);
  });

  it('are learned again from the sources when the kept counts are damaged or missing', async () => {
    const root = await repository();
    await learnAndKeep(root);
    await writeFile(path.join(root, SOURCE_COUNTS_FILE), '{"version":"dolmetsch-abbreviation-counts-1","sources":{"source/foerderung.md":{"hash":"x","counts":"beil 1"}}');
    await writeFile(path.join(root, 'source/bauamt.md'), LEARNER.replace('Sie prüft.', 'Sie prüft genau.'));
    const again = await sourceAbbreviations(root, await RunCache.read(root));
    expect([...again.abbreviations]).toEqual(['beil']);
  });

  it('keep the sum of the kept counts, equal to adding every entry, after sources changed, came and went', async () => {
    const root = await repository();
    await learnAndKeep(root);
    expectSumOfEntries(await keptCounts(root));

    const incremental = await changeSourcesAndLearn(root);
    const kept = await keptCounts(root);
    expectSumOfEntries(kept);
    expect(Object.keys(kept.sources)).toEqual(['source/foerderung.md', 'source/neu.md']);
    expect([...incremental.abbreviations]).toEqual(['ziff']);
  });

  it('add the kept counts up again when the kept sum does not match them', async () => {
    const root = await repository();
    await learnAndKeep(root);
    const kept = await keptCounts(root);
    // A sum that would teach `beil` away; its key no longer matches, so the entries are added up instead.
    kept.total.counts = 'beil 0 0 99';
    await writeFile(path.join(root, SOURCE_COUNTS_FILE), JSON.stringify(kept));
    await writeFile(path.join(root, 'source/bauamt.md'), LEARNER.replace('Sie prüft.', 'Sie prüft genau.'));
    const cache = await RunCache.read(root);
    const again = await sourceAbbreviations(root, cache);
    await cache.write(root);
    expect([...again.abbreviations]).toEqual(['beil']);
    expectSumOfEntries(await keptCounts(root));
  });
});

interface KeptCounts {
  total: { key: string; counts: string };
  sources: Record<string, { hash: string; counts: string }>;
}

async function keptCounts(root: string): Promise<KeptCounts> {
  return JSON.parse(await readFile(path.join(root, SOURCE_COUNTS_FILE), 'utf8')) as KeptCounts;
}

/** The kept sum is what adding up every kept entry gives (token → three counts, tokens with none left out). */
function expectSumOfEntries(kept: KeptCounts): void {
  const sum = new Map<string, number[]>();
  for (const { counts } of Object.values(kept.sources)) {
    const parts = counts === '' ? [] : counts.split(' ');
    for (let i = 0; i < parts.length; i += 4) {
      const mine = sum.get(parts[i]!) ?? [0, 0, 0];
      for (let k = 0; k < 3; k++) mine[k]! += Number(parts[i + 1 + k]);
      sum.set(parts[i]!, mine);
    }
  }
  const parts = kept.total.counts === '' ? [] : kept.total.counts.split(' ');
  const total = new Map<string, number[]>();
  for (let i = 0; i < parts.length; i += 4) total.set(parts[i]!, [Number(parts[i + 1]), Number(parts[i + 2]), Number(parts[i + 3])]);
  expect(sum.size).toBeGreaterThan(0);
  expect(total).toEqual(new Map([...sum].filter(([, counts]) => counts.some((n) => n !== 0))));
}
