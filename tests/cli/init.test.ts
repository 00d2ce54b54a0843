/** `dolmetsch init`: a new project that works at once, that never overwrites anything. */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, snapshot } from '../helpers/cli.ts';
import { expectValid, validator } from '../helpers/schemas.ts';

const emptyFolder = () => mkdtemp(path.join(tmpdir(), 'dolmetsch-init-'));

describe('dolmetsch init', () => {
  it('makes an empty folder a project that translate works in, with the pseudo provider', async () => {
    const folder = await emptyFolder();
    const init = await runCli(folder, ['init']);
    expect(init.code).toBe(0);
    expect([...(await snapshot(folder)).keys()].sort()).toEqual([
      '.github/workflows/dolmetsch.yml', '.gitignore', 'dolmetsch.config.yaml', 'glossary.yaml', 'source/beispiel.md',
    ]);
    expect(await readFile(path.join(folder, '.gitignore'), 'utf8')).toBe('.dolmetsch/\ndist/\n');
    const translate = await runCli(folder, ['translate', '--provider', 'pseudo']);
    expect(translate.stderr).not.toMatch(/error|warning/i);
    expect(translate.code).toBe(0);
    for (const language of ['en', 'ko']) {
      const file = parse(await readFile(path.join(folder, `translations/${language}/beispiel.yaml`), 'utf8')) as { segments: { target: string; status: string }[] };
      expect(file.segments.length).toBeGreaterThanOrEqual(4);
      expect(file.segments.every((s) => s.status === 'machine' && s.target !== '')).toBe(true);
    }
    // Pseudo-translations are previews, not translations: the check says the Korean has no Korean, and nothing else.
    const check = await runCli(folder, ['check', '--format', 'json']);
    expect(check.code).toBe(1);
    const findings = (JSON.parse(check.stdout) as { diagnostics: Array<{ ruleId: string; file: string; severity: string }> }).diagnostics.filter((d) => d.severity !== 'note');
    expect(new Set(findings.map((d) => `${d.ruleId} ${d.file}`))).toEqual(new Set(['untranslated translations/ko/beispiel.yaml']));
  });

  it('with the memory provider (no key) the run works and lists what waits for a provider', async () => {
    const folder = await emptyFolder();
    expect((await runCli(folder, ['init'])).code).toBe(0);
    const translate = await runCli(folder, ['translate']);
    expect(translate.code).toBe(0);
    expect(translate.stdout).toMatch(/wait(s|ing)? for a provider/);
    const file = parse(await readFile(path.join(folder, 'translations/en/beispiel.yaml'), 'utf8')) as { segments: { status: string }[] };
    expect(file.segments.every((s) => s.status === 'new')).toBe(true);
  });

  it('names the schemas in the YAML it writes, and what it writes passes them', async () => {
    const folder = await emptyFolder();
    expect((await runCli(folder, ['init'])).code).toBe(0);
    for (const [file, schema] of [['dolmetsch.config.yaml', 'dolmetsch.config.schema.json'], ['glossary.yaml', 'glossary.schema.json']] as const) {
      const text = await readFile(path.join(folder, file), 'utf8');
      const line = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text);
      expect(line?.[1]).toMatch(new RegExp(`/schemas/${schema.replace(/\./g, '\\.')}$`));
      const target = line![1]!.startsWith('file:') ? new URL(line![1]!) : path.join(folder, line![1]!);
      expect(JSON.parse(await readFile(target, 'utf8')).title).toBeDefined();
      expectValid(await validator(schema), parse(text), file);
    }
  });

  it('makes a named folder, created if need be, a project', async () => {
    const parent = await emptyFolder();
    const init = await runCli(parent, ['init', 'newsroom']);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Next: cd newsroom && dolmetsch translate');
    expect((await runCli(path.join(parent, 'newsroom'), ['translate', '--provider', 'pseudo', '--to', 'ko'])).code).toBe(0);
  });

  it('appends to an existing .gitignore, once', async () => {
    const folder = await emptyFolder();
    await writeFile(path.join(folder, '.gitignore'), 'node_modules/\ndist/');
    expect((await runCli(folder, ['init'])).code).toBe(0);
    expect(await readFile(path.join(folder, '.gitignore'), 'utf8')).toBe('node_modules/\ndist/\n.dolmetsch/\n');
  });

  it('refuses to overwrite anything: lists what exists, exit 2, writes nothing', async () => {
    const folder = await emptyFolder();
    await writeFile(path.join(folder, 'glossary.yaml'), 'version: 1\nentries: []\n');
    await mkdir(path.join(folder, 'source'));
    await writeFile(path.join(folder, 'source/beispiel.md'), 'Mein Text.\n');
    const before = await snapshot(folder);
    const result = await runCli(folder, ['init']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('already has glossary.yaml, source/beispiel.md; nothing was written.');
    expect(await snapshot(folder)).toEqual(before);
  });

  it('outside a project, every command names dolmetsch init as the fix', async () => {
    const folder = await emptyFolder();
    const result = await runCli(folder, ['status']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('make this folder one with `dolmetsch init`');
  });
});
