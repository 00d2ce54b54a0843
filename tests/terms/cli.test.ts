import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadGlossary } from '../../src/glossary/index.ts';
import { PROJECT_ROOT, runCli } from '../helpers/cli.ts';

/** The shipped sample with the Shoigu entry taken out of its glossary. */
async function sampleWithoutShoigu(): Promise<string> {
  const repo = await mkdtemp(path.join(tmpdir(), 'dolmetsch-terms-'));
  for (const part of ['glossary.yaml', 'source', 'translations']) await cp(path.join(PROJECT_ROOT, part), path.join(repo, part), { recursive: true });
  const file = path.join(repo, 'glossary.yaml');
  const document = parseDocument(await readFile(file, 'utf8'));
  const entries = document.get('entries') as { items: Array<{ get(key: string): unknown }> };
  entries.items = entries.items.filter((item) => item.get('id') !== 'sergei-shoigu');
  await writeFile(file, document.toString());
  return repo;
}

describe('dolmetsch terms', () => {
  it('suggest lists the name the glossary lacks, with its English and Korean forms and an example', async () => {
    const repo = await sampleWithoutShoigu();
    const result = await runCli(repo, ['terms', 'suggest']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/sergej-schoygu {2}Sergej Schoygu {2}\(also Schoygus, Schoygu \(short\)\)/);
    expect(result.stdout).toContain('en: Sergei Shoigu (short Shoigu)');
    expect(result.stdout).toContain('ko: 세르게이 쇼이구 (short 쇼이구)');
    expect(result.stdout).toContain('derive: [genitive-s]');
    expect(result.stdout).toContain('e.g. kim-russland: ');
  });

  it('suggest --format json and yaml give the same candidates for scripts', async () => {
    const repo = await sampleWithoutShoigu();
    const json = JSON.parse((await runCli(repo, ['terms', 'suggest', '--format', 'json'])).stdout);
    expect(json.map((c: { id: string }) => c.id)).toEqual(['sergej-schoygu']);
    expect(json[0].proposals.en).toMatchObject({ form: 'Sergei Shoigu', basis: 'person' });
    const yaml = parseDocument((await runCli(repo, ['terms', 'suggest', '--format', 'yaml'])).stdout).toJS();
    expect(yaml).toEqual(json);
  });

  it('--write adds a proposed entry, keeps the comments and order, and its findings stay warnings until confirmed', async () => {
    const repo = await sampleWithoutShoigu();
    const file = path.join(repo, 'glossary.yaml');
    const before = await readFile(file, 'utf8');
    const result = await runCli(repo, ['terms', 'suggest', '--write', 'sergej-schoygu']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Added 1 proposed entry to glossary.yaml: sergej-schoygu');
    const after = await readFile(file, 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    const glossary = loadGlossary(after, 'glossary.yaml');
    const entry = glossary.entry('sergej-schoygu')!;
    expect(entry.status).toBe('proposed');
    expect(entry.en).toMatchObject({ preferred: 'Sergei Shoigu', short: 'Shoigu' });
    expect(entry.ko).toMatchObject({ preferred: '세르게이 쇼이구', short: '쇼이구' });
    expect(glossary.matchGerman('Schoygus Besuch').map((m) => m.entry)).toEqual(['sergej-schoygu']);
    expect((await runCli(repo, ['terms', 'suggest', '--format', 'json'])).stdout.trim()).toBe('[]');

    // Break the English of a Shoigu sentence: a proposed entry warns; confirmed, it is an error.
    const english = path.join(repo, 'translations/en/kim-russland.yaml');
    await writeFile(english, (await readFile(english, 'utf8')).replace("Shoigu's visit", "The general's visit"));
    const proposed = await runCli(repo, ['check', '--format', 'json']);
    const missing = JSON.parse(proposed.stdout).diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'glossary-missing-target');
    expect(missing.map((d: { severity: string }) => d.severity)).toEqual(['warning']);
    expect(proposed.code).toBe(0);
    await writeFile(file, after.replace('    status: proposed\n', ''));
    const confirmed = await runCli(repo, ['check', '--format', 'json']);
    expect(confirmed.code).toBe(1);
    expect(JSON.parse(confirmed.stdout).diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'glossary-missing-target').map((d: { severity: string }) => d.severity)).toEqual(['error']);
  });

  it('--write refuses an unknown id and changes nothing', async () => {
    const repo = await sampleWithoutShoigu();
    const before = await readFile(path.join(repo, 'glossary.yaml'), 'utf8');
    const result = await runCli(repo, ['terms', 'suggest', '--write', 'nobody']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no candidate "nobody"');
    expect(await readFile(path.join(repo, 'glossary.yaml'), 'utf8')).toBe(before);
  });

  it('inconsistent and the check rule term-inconsistent list a name rendered two ways, with every place', async () => {
    const repo = await sampleWithoutShoigu();
    const english = path.join(repo, 'translations/en/kim-russland.yaml');
    await writeFile(english, (await readFile(english, 'utf8')).replace("Shoigu's visit", "Shoygu's visit"));
    const listed = await runCli(repo, ['terms', 'inconsistent', '--to', 'en']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/Sergej Schoygu \(sergej-schoygu\) in en: 2 renderings\n {2}Shoigu \(\d×\): translations\/en\/kim-russland\.yaml:\d+.*\n {2}Shoygu \(1×\): translations\/en\/kim-russland\.yaml:\d+/);
    const check = await runCli(repo, ['check', '--format', 'json']);
    const found = JSON.parse(check.stdout).diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'term-inconsistent');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', file: 'translations/en/kim-russland.yaml' });
    expect(found[0].message).toContain('"Sergej Schoygu" is rendered "Shoygu" here but "Shoigu" in translations/en/kim-russland.yaml:');
  });

  it('a translation file that cannot be read is named with its place and left out; the rest is still looked at (exit 2)', async () => {
    const repo = await sampleWithoutShoigu();
    await writeFile(path.join(repo, 'translations/ko/kim-russland.yaml'), 'article: kim-russland\nsegments: [\n');
    const result = await runCli(repo, ['terms', 'suggest', '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/translations\/ko\/kim-russland\.yaml:\d+:\d+/);
    const candidates = JSON.parse(result.stdout);
    expect(candidates[0]).toMatchObject({ id: 'sergej-schoygu', proposals: { en: { form: 'Sergei Shoigu' } } });
    expect(candidates[0].proposals.ko).toBeUndefined();
  });

  it('refuses a confidence outside 0–1 and an unknown action, saying what is expected', async () => {
    const repo = await sampleWithoutShoigu();
    const bad = await runCli(repo, ['terms', 'suggest', '--min-confidence', '2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--min-confidence takes a number from 0 to 1, not "2"');
    const unknown = await runCli(repo, ['terms', 'list']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"list" is not a terms action; use suggest or inconsistent.');
  });
});
