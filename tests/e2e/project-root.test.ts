/**
 * Every command works on the project found upwards from where it is run; paths on the command line stay relative
 * to that folder. Outside a project, or in one without its glossary, every command exits 2 with the fix.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCli } from '../helpers/cli.ts';

const NEWSROOM = fileURLToPath(new URL('../publish/fixtures/newsroom', import.meta.url));

describe('the project root', () => {
  it('check from translations/en/ checks the whole project and reports its errors', async () => {
    const repo = await copyFixture(NEWSROOM);
    const fromRoot = await runCli(repo, ['check', '--format', 'json']);
    const fromSubfolder = await runCli(path.join(repo, 'translations/en'), ['check', '--format', 'json']);
    expect(fromRoot.code).toBe(1);
    expect(fromSubfolder.code).toBe(1);
    expect(fromSubfolder.stdout).toBe(fromRoot.stdout);
    expect(fromSubfolder.stdout).toContain('translations/ko/kim-russland.yaml');
  });

  it('paths on the command line are relative to where the person stands', async () => {
    const repo = await copyFixture(NEWSROOM);
    const status = await runCli(path.join(repo, 'source'), ['status', 'bericht.md', '--format', 'json']);
    expect(status.code, status.stderr).toBe(0);
    const fromRoot = await runCli(repo, ['status', 'source/bericht.md', '--format', 'json']);
    expect((JSON.parse(status.stdout) as Array<{ article: string }>).map((row) => row.article)).toEqual(['bericht', 'bericht']);
    expect(status.stdout).toBe(fromRoot.stdout);
  });

  it('outside a project every command exits 2, says how to make one, and writes nothing', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'dolmetsch-empty-'));
    const commands = [['translate'], ['check'], ['status'], ['publish'], ['export', '--format', 'tmx'], ['import', 'x.xlf'], ['deepl', 'memories']];
    const results = await Promise.all(commands.map((args) => runCli(empty, args)));
    for (const [i, result] of results.entries()) {
      const args = commands[i]!;
      expect(result.code, `${args[0]}: ${result.stdout}${result.stderr}`).toBe(2);
      expect(result.stderr).toContain(`not inside a dolmetsch project: no glossary.yaml (or dolmetsch.config.yaml) in ${empty}`);
      expect(result.stderr).toContain('fix: Run the command inside a project, or make this folder one with `dolmetsch init`. A dolmetsch project is a folder with glossary.yaml at its root');
    }
    expect(await readdir(empty)).toEqual([]);
  }, 120_000);

  it('a project without its glossary.yaml: check and translate exit 2 naming the missing file', async () => {
    const repo = await copyFixture(NEWSROOM);
    await rm(path.join(repo, 'glossary.yaml'));
    for (const args of [['check'], ['translate', '--provider', 'pseudo']]) {
      const result = await runCli(path.join(repo, 'translations'), args);
      expect(result.code, result.stdout).toBe(2);
      expect(result.stderr).toContain(`${repo} looks like a dolmetsch project (it has source/) but has no glossary.yaml`);
    }
  });
});
