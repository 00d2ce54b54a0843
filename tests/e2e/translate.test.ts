/**
 * End to end: the real CLI in a temporary copy of a small repository, against a fake DeepL server that records
 * every request. Covers the life of a translation file: first run, no-op re-run, a hand edit, a changed sentence,
 * an inserted paragraph, a broken file, and a run without any key.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startFakeDeepL, type FakeDeepL } from '../fakes/deepl-server.ts';
import { cleanEnv, copyFixture, runCli, snapshot } from '../helpers/cli.ts';

/** Every file but the index in .dolmetsch/, which a no-op run may update (the stats of files it learnt). */
async function repositoryFiles(repo: string): Promise<Map<string, string>> {
  const files = await snapshot(repo);
  files.delete('.dolmetsch/cache.json');
  return files;
}

const FIXTURE = new URL('./fixtures/small-repo', import.meta.url).pathname;

interface Entry {
  id: string;
  source: string;
  target: string;
  status: string;
  previous_source?: string;
  suggestion?: string;
  machine?: { provider: string; hash: string };
}

async function entries(repo: string, language: string): Promise<Entry[]> {
  const text = await readFile(path.join(repo, `translations/${language}/bericht.yaml`), 'utf8');
  return (parse(text) as { segments: Entry[] }).segments;
}

function translateTexts(server: FakeDeepL, from = 0): string[] {
  return server.requests.slice(from).filter((r) => r.path === '/v2/translate').flatMap((r) => r.texts);
}

describe('translate, end to end with DeepL', () => {
  let server: FakeDeepL;
  let repo: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    server = await startFakeDeepL();
    repo = await copyFixture(FIXTURE);
    env = cleanEnv({ DEEPL_AUTH_KEY: 'test-key:fx', DEEPL_SERVER_URL: server.url, DOLMETSCH_DEEPL_MAX_RETRIES: '1' });
  });
  afterAll(() => server.close());

  it('translates every segment on the first run, in article order', async () => {
    const result = await runCli(repo, ['translate'], env);
    expect(result.stderr).not.toContain('internal error');
    expect(result.code).toBe(0);
    const en = await entries(repo, 'en');
    expect(en.map((e) => e.source)).toEqual([
      'Ein kleiner Bericht aus Pjöngjang',
      'Der erste Satz steht hier.',
      'Der zweite Satz folgt sogleich.',
      'Eine Zwischenüberschrift',
      'Ein Punkt in der Liste.',
      'Noch ein Punkt mit *Betonung* darin.',
      'Ein letzter Absatz mit [einem Link](https://example.org/a.b) am Ende.',
    ]);
    // The fake DeepL answers "[EN] " + text; Markdown-escaped on the way back into the file.
    expect(en.every((e) => e.status === 'machine' && e.target.startsWith('\\[EN\\] '))).toBe(true);
    // Inline markup went out as tags and came back as the same Markdown around the translated words.
    expect(en[5]!.target).toContain('*Betonung*');
    expect(en[6]!.target).toContain('[einem Link](https://example.org/a.b)');
    const ko = await entries(repo, 'ko');
    expect(ko.map((e) => e.id)).toEqual(en.map((e) => e.id));
    expect(translateTexts(server)).toHaveLength(14);
    // Progress says what was read and counts each request's own segments.
    expect(result.stderr).toContain('Read 1 article(s) with 7 segment(s).\nSending 14 segment(s) to deepl in 2 request(s).\nprogress: 1/2 requests, 7/14 segments\nprogress: 2/2 requests, 14/14 segments\n');
  });

  it('sends nothing and changes no byte on a re-run', async () => {
    const before = await repositoryFiles(repo);
    const sent = server.requests.length;
    const result = await runCli(repo, ['translate'], env);
    expect(result.code).toBe(0);
    expect(translateTexts(server, sent)).toEqual([]);
    expect(await repositoryFiles(repo)).toEqual(before);
    // Up to date, but not done: the machine translations still wait for a person.
    expect(result.stdout).not.toContain('Everything is up to date.');
    expect(result.stdout).toContain('Translations are up to date: nothing new to translate.\n14 machine-translated segment(s) in 2 file(s) await review: `dolmetsch status` shows where;');
    expect(result.stderr).toContain('Nothing to read: 1 article(s) unchanged since the last run, skipped unread.');
  });

  it("keeps a translator's edit, even when the status was left as machine", async () => {
    const file = path.join(repo, 'translations/en/bericht.yaml');
    const text = await readFile(file, 'utf8');
    const original = (await entries(repo, 'en'))[2]!.target;
    await writeFile(file, text.replace(original, 'The second sentence follows at once.'));
    const sent = server.requests.length;
    const result = await runCli(repo, ['translate'], env);
    expect(result.code).toBe(0);
    expect(translateTexts(server, sent)).toEqual([]);
    const edited = (await entries(repo, 'en'))[2]!;
    expect(edited.target).toBe('The second sentence follows at once.');
    expect(edited.status).toBe('edited');
  });

  it('marks an edited segment stale when its German changes, and retranslates a machine one', async () => {
    const source = path.join(repo, 'source/bericht.md');
    await writeFile(source, (await readFile(source, 'utf8')).replace('folgt sogleich.', 'folgt etwas später.'));
    const sent = server.requests.length;
    const result = await runCli(repo, ['translate'], env);
    expect(result.code).toBe(0);
    // One changed sentence: one suggestion for English, one new machine target for Korean.
    expect(translateTexts(server, sent)).toEqual(['Der zweite Satz folgt etwas später.', 'Der zweite Satz folgt etwas später.']);
    const en = (await entries(repo, 'en'))[2]!;
    expect(en).toMatchObject({
      source: 'Der zweite Satz folgt etwas später.',
      target: 'The second sentence follows at once.',
      status: 'stale',
      previous_source: 'Der zweite Satz folgt sogleich.',
    });
    expect(en.suggestion).toContain('Der zweite Satz folgt etwas später.');
    const ko = (await entries(repo, 'ko'))[2]!;
    expect(ko.status).toBe('machine');
    expect(ko.target).toContain('folgt etwas später');
    expect(result.stdout).toMatch(/1 segment\(s\) are stale/);
  });

  it('sends only the segments of an inserted paragraph, and changes no other id', async () => {
    const idsBefore = (await entries(repo, 'en')).map((e) => e.id);
    const source = path.join(repo, 'source/bericht.md');
    await writeFile(
      source,
      (await readFile(source, 'utf8')).replace('## Eine', 'Ein neuer Absatz kommt hinzu. Er hat zwei Sätze.\n\n## Eine'),
    );
    const sent = server.requests.length;
    const result = await runCli(repo, ['translate'], env);
    expect(result.code).toBe(0);
    expect(translateTexts(server, sent).sort()).toEqual(
      ['Ein neuer Absatz kommt hinzu.', 'Ein neuer Absatz kommt hinzu.', 'Er hat zwei Sätze.', 'Er hat zwei Sätze.'].sort(),
    );
    const idsAfter = (await entries(repo, 'en')).map((e) => e.id);
    expect(idsAfter.filter((id) => !idsBefore.includes(id))).toHaveLength(2);
    expect(idsBefore.every((id) => idsAfter.includes(id))).toBe(true);
  });

  it('names a broken translation file with file:line:col, leaves it as it is, translates the rest, exit 2', async () => {
    const file = path.join(repo, 'translations/ko/bericht.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^segments:/m, 'segments: [\n'));
    const source = path.join(repo, 'source/bericht.md');
    await writeFile(source, `${await readFile(source, 'utf8')}\nNoch ein ganz neuer Satz.\n`);
    const broken = await readFile(file, 'utf8');
    const sent = server.requests.length;
    const result = await runCli(repo, ['translate'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/translations\/ko\/bericht\.yaml:\d+:\d+: error: YAML syntax/);
    expect(result.stderr).toContain('1 file(s) could not be read: they were left out and not written; every other article was translated.');
    expect(await readFile(file, 'utf8')).toBe(broken);
    // Only the English of the new sentence was sent; the Korean waits until its file reads again.
    expect(translateTexts(server, sent)).toEqual(['Noch ein ganz neuer Satz.']);
    expect((await entries(repo, 'en')).at(-1)!.source).toBe('Noch ein ganz neuer Satz.');
  });
});

describe('translate without a provider key', () => {
  it('fills what the memory knows, leaves the rest new, says how to configure DeepL, exits 0', async () => {
    const repo = await copyFixture(FIXTURE);
    const result = await runCli(repo, ['translate']);
    expect(result.code).toBe(0);
    const en = await entries(repo, 'en');
    expect(en).toHaveLength(7);
    expect(en.every((e) => e.status === 'new' && e.target === '')).toBe(true);
    expect(result.stdout).toContain('14 segment(s) are waiting for a provider');
    expect(result.stdout).toContain('DEEPL_AUTH_KEY');

    const strict = await runCli(repo, ['translate', '--require-complete']);
    expect(strict.code).toBe(1);
  });

  it('dry run writes nothing', async () => {
    const repo = await copyFixture(FIXTURE);
    const before = await snapshot(repo);
    const result = await runCli(repo, ['translate', '--dry-run', '--provider', 'pseudo']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Dry run with pseudo');
    expect(result.stdout).toMatch(/en: 7 segment\(s\) to translate/);
    expect(await snapshot(repo)).toEqual(before);
  });
});
