/** The journal of paid translations: read back after a kill, used instead of a new request, leftovers to the memory. */
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Journal, JOURNAL_FILE } from '../../src/pipeline/journal/journal.ts';
import { translateRun } from '../../src/pipeline/translate-run.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;

async function repoWithJournal(lines: string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-journal-'));
  await cp(FIXTURE, root, { recursive: true });
  await mkdir(path.join(root, '.dolmetsch'));
  await writeFile(path.join(root, JOURNAL_FILE), lines);
  return root;
}

const entry = (source: string, target: string) => JSON.stringify({ language: 'en', source, target, provider: 'deepl' });

describe('journal', () => {
  it('reads whole lines back and ignores one cut short by a kill', async () => {
    const root = await repoWithJournal(`${entry('Ein Satz.', 'A sentence.')}\n{"language":"en","sou`);
    const journal = await Journal.open(root);
    expect(journal.lookup('en', 'Ein Satz.')?.target).toBe('A sentence.');
    expect(journal.lookup('ko', 'Ein Satz.')).toBeUndefined();
  });

  it('writes appends that wait behind one being synced together, in order, with one sync for all of them', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-journal-'));
    const journal = await Journal.open(root);
    const answer = (n: number) => ({ language: 'en' as const, source: `Satz ${n}.`, raw: `Sentence ${n}.`, dnt: [], provider: 'pseudo' });
    const first = journal.appendSynced([answer(0)]);
    await new Promise((resolve) => setImmediate(resolve)); // the first is being written: the rest wait behind it
    const rest = Array.from({ length: 9 }, (_, i) => journal.appendSynced([answer(i + 1), answer(i + 11)]));
    await Promise.all([first, ...rest]);
    expect(journal.syncs).toBe(2);
    journal.close();
    const sources = (await readFile(path.join(root, JOURNAL_FILE), 'utf8')).trim().split('\n').map((line) => JSON.parse(line).source);
    expect(sources).toEqual(['Satz 0.', ...Array.from({ length: 9 }, (_, i) => [`Satz ${i + 1}.`, `Satz ${i + 11}.`]).flat()]);
    const reopened = await Journal.open(root);
    expect(reopened.lookup('en', 'Satz 19.')?.target).toBe('Sentence 19.');
  });

  it('fills what an interrupted run received without a request, keeps the rest in the memory, then empties itself', async () => {
    const root = await repoWithJournal(
      `${entry('Der erste Satz steht hier.', 'The first sentence is here.')}\n${entry('Ein Satz, den es nicht mehr gibt.', 'A sentence that is gone.')}\n`,
    );
    const summary = await translateRun({
      root,
      paths: [],
      languages: ['en'],
      provider: 'memory',
      providerSettings: { env: {}, englishVariant: 'en-US' },
      dryRun: false,
      concurrency: 1,
      force: false,
    });
    expect(summary.requests).toBe(0);
    const file = parse(await readFile(path.join(root, 'translations/en/bericht.yaml'), 'utf8')) as {
      segments: Array<{ source: string; target: string; status: string; machine?: { provider: string } }>;
    };
    expect(file.segments.find((s) => s.source === 'Der erste Satz steht hier.')).toMatchObject({
      target: 'The first sentence is here.',
      status: 'machine',
      machine: { provider: 'deepl' },
    });
    const memory = parse(await readFile(path.join(root, 'translations/memory/en.yaml'), 'utf8')) as { entries: Array<{ source: string; target: string }> };
    expect(memory.entries).toEqual([expect.objectContaining({ source: 'Ein Satz, den es nicht mehr gibt.', target: 'A sentence that is gone.' })]);
    await expect(readFile(path.join(root, JOURNAL_FILE))).rejects.toThrow();
  });
});
