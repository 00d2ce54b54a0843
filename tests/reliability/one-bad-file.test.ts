/**
 * One file that cannot be read never stops the newsroom: every other article goes through translate, status,
 * publish, export and import; the bad file gets its diagnostics and is left exactly as it is; the exit code is 2.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, runCli } from '../helpers/cli.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;
const TRANSLATE = ['translate', '--provider', 'pseudo'];
const BROKEN = 'translations/en/bericht.yaml';
const TAB_ERROR = `${BROKEN}:10:1: error: YAML syntax: a tab in the indentation; YAML indents with spaces only [yaml-syntax]`;
const zweiter = (text: string) => `---\ntitle: Zweiter\n---\n\n${text}\n`;

/** Two articles translated once; then a tab breaks one translation file and the other article gains a sentence. */
let base: string;
beforeAll(async () => {
  base = await copyFixture(FIXTURE);
  await writeFile(path.join(base, 'source/zweiter.md'), zweiter('Ein zweiter Bericht. Er ist kurz.'));
  const first = await runCli(base, TRANSLATE);
  expect(first.code, first.stderr).toBe(0);
  expect((await runCli(base, ['export', '--format', 'xliff2', '--lang', 'en'])).code).toBe(0);
  const file = path.join(base, BROKEN);
  await writeFile(file, (await readFile(file, 'utf8')).replace('    status: machine', '\tstatus: machine'));
  await writeFile(path.join(base, 'source/zweiter.md'), zweiter('Ein zweiter Bericht. Er ist kurz. Ein neuer Satz kommt dazu.'));
}, 120_000);

const read = (root: string, file: string) => readFile(path.join(root, file), 'utf8');

describe('one unreadable file', () => {
  it('translate: every other article is translated, the bad file is named and left as it is, exit 2', async () => {
    const repo = await copyFixture(base);
    const before = await read(repo, BROKEN);
    const result = await runCli(repo, TRANSLATE);
    expect(result.code, result.stdout + result.stderr).toBe(2);
    expect(result.stderr).toContain(`${TAB_ERROR}\n  fix: Replace the indentation of line 10 with spaces`);
    expect(result.stderr).toContain('1 file(s) could not be read: they were left out and not written; every other article was translated.');
    expect(await read(repo, BROKEN)).toBe(before);
    for (const language of ['en', 'ko']) expect(await read(repo, `translations/${language}/zweiter.yaml`)).toContain('Ein neuer Satz kommt dazu.');
    // The Korean file of the same article is still worked on; the broken English one is not planned or priced.
    expect(result.stdout).toMatch(/^bericht {2}ko /m);
    expect(result.stdout).not.toMatch(/^bericht {2}en /m);
    expect(result.stdout).not.toContain('waiting for a provider');
  });

  it('translate: an unreadable source leaves out its article only', async () => {
    const repo = await copyFixture(base);
    await writeFile(path.join(repo, BROKEN), await read(base, BROKEN).then((t) => t.replace('\tstatus: machine', '    status: machine')));
    await writeFile(path.join(repo, 'source/kaputt.txt'), Buffer.from('Titel\n\nEin\0 Satz.\n'));
    const result = await runCli(repo, TRANSLATE);
    expect(result.code, result.stdout + result.stderr).toBe(2);
    expect(result.stderr).toContain('source/kaputt.txt:3:4: error: binary file: it contains a NUL byte');
    expect(await read(repo, 'translations/ko/zweiter.yaml')).toContain('Ein neuer Satz kommt dazu.');
    await expect(read(repo, 'translations/en/kaputt.yaml')).rejects.toThrow(/ENOENT/);
  });

  it('status, publish, export and import go through the other articles, name the file and exit 2', async () => {
    const repo = await copyFixture(base);
    const before = await read(repo, BROKEN);
    const [status, publish, exported, imported] = await Promise.all([
      runCli(repo, ['status', '--format', 'json']),
      runCli(repo, ['publish', '--drafts']),
      runCli(repo, ['export', '--format', 'tmx', '--out', 'tm']),
      runCli(repo, ['import', 'dist/exchange/en.xliff2.xlf']),
    ]);
    for (const result of [status, publish, exported, imported]) {
      expect(result.code, result.stdout + result.stderr).toBe(2);
      expect(result.stderr).toContain(TAB_ERROR);
    }
    const rows = JSON.parse(status.stdout) as Array<{ article: string; language: string }>;
    expect(rows.map((row) => `${row.article}/${row.language}`)).toEqual(['bericht/ko', 'zweiter/en', 'zweiter/ko']);
    expect(publish.stdout).toContain('  en  zweiter  (draft)');
    expect(publish.stdout).not.toContain('  en  bericht');
    expect(await read(repo, 'tm/en.tmx')).toContain('Ein zweiter Bericht.');
    expect(await read(repo, 'tm/en.tmx')).not.toContain('Ein kleiner Bericht aus Pjöngjang');
    expect(imported.stderr).toContain('the translation file cannot be read');
    expect(await read(repo, BROKEN)).toBe(before);
  }, 120_000);
});
