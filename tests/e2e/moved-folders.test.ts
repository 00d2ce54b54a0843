/**
 * A project whose dolmetsch.config.yaml moves every folder (tests/fixtures/moved-folders: sources in artikel/,
 * translations in uebersetzungen/, the glossary in redaktion/glossar.yaml): every command reads and writes
 * there, and nothing appears at the default places.
 */
import { access, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCli } from '../helpers/cli.ts';

const FIXTURE = new URL('../fixtures/moved-folders', import.meta.url).pathname;
const read = (repo: string, file: string) => readFile(path.join(repo, file), 'utf8');
const exists = (repo: string, file: string) => access(path.join(repo, file)).then(() => true, () => false);

async function translated(): Promise<string> {
  const repo = await copyFixture(FIXTURE);
  const run = await runCli(repo, ['translate', '--provider', 'pseudo']);
  expect(run.code, run.stderr).toBe(0);
  return repo;
}

describe('the config\'s source, translations and glossary paths', () => {
  it('translate reads artikel/ and the moved glossary, and writes uebersetzungen/<lang>/ with the slug below artikel/', async () => {
    const repo = await translated();
    const en = await read(repo, 'uebersetzungen/en/politik/bericht.yaml');
    expect(en).toContain('source: artikel/politik/bericht.md');
    expect(en).toContain('ñáçh Pyongyang.⟧'); // the glossary of redaktion/glossar.yaml applied
    expect(await exists(repo, 'uebersetzungen/ko/politik/bericht.yaml')).toBe(true);
    expect(await exists(repo, 'translations')).toBe(false);
    expect(await exists(repo, 'glossary.yaml')).toBe(false);
  });

  it('a sentence leaving the article goes to uebersetzungen/memory/', async () => {
    const repo = await translated();
    await writeFile(path.join(repo, 'artikel/politik/bericht.md'), '---\ntitle: Ein Bericht aus Pjöngjang\n---\n\nDie Delegation reiste nach Pjöngjang.\n');
    const run = await runCli(repo, ['translate', '--provider', 'pseudo']);
    expect(run.code, run.stderr).toBe(0);
    expect(await read(repo, 'uebersetzungen/memory/en.yaml')).toContain('Der zweite Satz folgt sogleich.');
  });

  it('check, status, publish, export, import, terms and segment work on the moved folders', async () => {
    const repo = await translated();
    const check = await runCli(repo, ['check']);
    expect(check.stdout).toContain('Checked redaktion/glossar.yaml and 2 translation file(s) in uebersetzungen/en/, uebersetzungen/ko/.');
    const status = await runCli(repo, ['status', '--format', 'json']);
    expect(status.code, status.stderr).toBe(0);
    expect((JSON.parse(status.stdout) as Array<{ article: string }>).map((row) => row.article)).toEqual(['politik/bericht', 'politik/bericht']);
    const publish = await runCli(repo, ['publish', '--drafts']);
    expect(publish.code, publish.stderr).toBe(0);
    expect(await exists(repo, 'dist/en/politik/bericht.html')).toBe(true);

    expect((await runCli(repo, ['export', '--format', 'xliff2', '--lang', 'en'])).code).toBe(0);
    const xliff = await read(repo, 'dist/exchange/en.xliff2.xlf');
    expect(xliff).toContain('original="uebersetzungen/en/politik/bericht.yaml"');
    await writeFile(path.join(repo, 'edited.xlf'), xliff.replace(/(<target xml:space="preserve">)[^<]*Délégátíóñ[^<]*<\/target>/, '$1The delegation travelled to Pyongyang.</target>'));
    const imported = await runCli(repo, ['import', 'edited.xlf']);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    expect(await read(repo, 'uebersetzungen/en/politik/bericht.yaml')).toContain('target: "The delegation travelled to Pyongyang."');

    const terms = await runCli(repo, ['terms', 'suggest']);
    expect(terms.code, terms.stderr).toBe(0);
    const segment = await runCli(repo, ['segment', 'artikel/politik/bericht.md']);
    expect(segment.code, segment.stderr).toBe(0);
    expect(segment.stdout).toContain('Der zweite Satz folgt sogleich.');
  });

  it('a missing glossary is named at its configured path', async () => {
    const repo = await copyFixture(FIXTURE);
    await rm(path.join(repo, 'redaktion/glossar.yaml'));
    const run = await runCli(repo, ['translate', '--provider', 'pseudo']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('redaktion/glossar.yaml is missing');
  });
});
