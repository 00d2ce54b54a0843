/** `dolmetsch export --status`: only segments of the given statuses, e.g. the reviewed ones as a DeepL translation memory. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCli } from '../helpers/cli.ts';

const FIXTURE = new URL('../publish/fixtures/newsroom', import.meta.url).pathname;
const statuses = (tmx: string) => [...tmx.matchAll(/<prop type="x-dolmetsch-status">([^<]+)<\/prop>/g)].map((m) => m[1]);

describe('dolmetsch export --status', () => {
  it('--format tmx --status reviewed holds the reviewed segments and nothing else', async () => {
    const repo = await copyFixture(FIXTURE);
    const all = await runCli(repo, ['export', '--format', 'tmx', '--lang', 'en', '--out', 'all']);
    expect(all.code).toBe(0);
    expect(new Set(statuses(await readFile(path.join(repo, 'all/en.tmx'), 'utf8')))).toEqual(new Set(['reviewed', 'edited', 'stale']));

    const result = await runCli(repo, ['export', '--format', 'tmx', '--lang', 'en', '--status', 'reviewed']);
    expect(result.code).toBe(0);
    const tmx = await readFile(path.join(repo, 'dist/exchange/en.tmx'), 'utf8');
    expect(statuses(tmx)).toEqual(Array(24).fill('reviewed'));
    expect(tmx).not.toContain('The second sentence names Kim Jong-un.'); // stale
    expect(result.stdout).toContain('dist/exchange/en.tmx: 2 file(s), 24 segment(s) (status reviewed)');
  });

  it('takes several statuses, and counts a target a person changed under `machine` as edited', async () => {
    const repo = await copyFixture(FIXTURE);
    const ko = path.join(repo, 'translations/ko/bericht.yaml');
    await writeFile(ko, (await readFile(ko, 'utf8')).replace('"⟦ko: Dér éršté Šátž štéht híér.⟧"', '첫 문장은 여기에 있다.'));
    const result = await runCli(repo, ['export', '--format', 'xliff2', '--lang', 'en,ko', '--status', 'edited,reviewed']);
    expect(result.code).toBe(0);
    const en = await readFile(path.join(repo, 'dist/exchange/en.xliff2.xlf'), 'utf8');
    expect(en).toContain('The first sentence is'); // edited
    expect(en).not.toContain('The second sentence names Kim Jong-un.'); // stale
    const koExport = await readFile(path.join(repo, 'dist/exchange/ko.xliff2.xlf'), 'utf8');
    expect(koExport).toContain('첫 문장은 여기에 있다.'); // status machine, target a person's
    expect(koExport).not.toContain('⟦ko: Éíñ kléíñér'); // machine
  });

  it('refuses an unknown status with the ones it accepts', async () => {
    const repo = await copyFixture(FIXTURE);
    const result = await runCli(repo, ['export', '--format', 'tmx', '--status', 'reviwed']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--status: "reviwed" is not a status; use new, machine, edited, reviewed, stale (did you mean reviewed?)');
  });
});
