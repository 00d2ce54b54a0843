/**
 * The incremental check: a file unchanged since a check with the same inputs is not read again, yet the result is
 * the one a full check gives, finding for finding — also for the rules across files and the suppressions. Any
 * input that changed (the file, by hand; the glossary; the options) is checked again; a broken cache is ignored.
 */
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/index.ts';
import { CHECK_CACHE_FILE } from '../../src/check/check-cache.ts';
import { runCli } from '../helpers/cli.ts';
import { fullCheck, mixedRepository } from './mixed-repository.ts';

const repository = () => mixedRepository('dolmetsch-check-cache-');

/** One check as the CLI runs it: the cache is written after the check. */
const check = async (root: string, requireComplete = false) => {
  const outcome = await checkRepository(root, ['en', 'ko'], { settings: 'test', requireComplete });
  await outcome.saveCache();
  return outcome;
};

describe('the incremental check', () => {
  it('gives the full check’s result, cold and from the cache, and says how many files came from the cache', async () => {
    const root = await repository();
    const full = await fullCheck(root);
    expect(full.result.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['inconsistent-translation', 'suppression-invalid']));
    const cold = await check(root);
    expect(cold.fromCache).toBe(0);
    expect({ result: cold.result, problems: cold.problems }).toEqual(full);
    const warm = await check(root);
    expect(warm.fromCache).toBe(warm.files);
    expect(warm.files).toBe(7);
    expect({ result: warm.result, problems: warm.problems }).toEqual(full);

    const first = await runCli(root, ['check']);
    expect(first.stdout).not.toContain('unchanged since a check');
    const second = await runCli(root, ['check']);
    expect(second.stdout).toBe(first.stdout.replace(/\.\n$/, '.\n7 of them unchanged since a check with the same glossary, options, rules and version: their own findings taken from .dolmetsch/check-cache.json.\n'));
  });

  it('finds across files what a changed file does to an unchanged one', async () => {
    const root = await repository();
    await check(root);
    const b = path.join(root, 'translations/en/b.yaml');
    await writeFile(b, (await readFile(b, 'utf8')).replace(/target: .*/g, 'target: Stay informed!'));
    const after = await check(root);
    expect(after.fromCache).toBe(after.files - 1);
    expect({ result: after.result, problems: after.problems }).toEqual(await fullCheck(root));
  });

  it('reads a hand edit of the same size with its mtime put back', async () => {
    const root = await repository();
    const a = path.join(root, 'translations/en/a.yaml');
    const before = await stat(a);
    await check(root);
    const text = await readFile(a, 'utf8');
    await writeFile(a, text.replace('Stay informed!', 'Stay infurmed!'));
    await utimes(a, before.atime, before.mtime);
    expect((await stat(a)).size).toBe(before.size);
    const after = await check(root);
    expect(after.fromCache).toBe(after.files - 1);
    expect({ result: after.result, problems: after.problems }).toEqual(await fullCheck(root));
  });

  it('checks every file again after a glossary edit', async () => {
    const root = await repository();
    const warm = await check(root);
    expect(warm.result.diagnostics.some((d) => d.ruleId === 'glossary-forbidden-variant')).toBe(false);
    const glossary = path.join(root, 'glossary.yaml');
    await writeFile(glossary, `${await readFile(glossary, 'utf8')}  - id: informiert\n    kind: other\n    de: { term: informiert }\n    en: { preferred: up to date, forbidden: [informed] }\n    ko: { preferred: 소식 }\n`);
    const after = await check(root);
    expect(after.fromCache).toBe(0);
    expect(after.result.diagnostics.some((d) => d.ruleId === 'glossary-forbidden-variant' && d.file === 'translations/en/a.yaml')).toBe(true);
    expect({ result: after.result, problems: after.problems }).toEqual(await fullCheck(root));
  });

  it('checks every file again when the options change', async () => {
    const root = await repository();
    await check(root);
    const strict = await check(root, true);
    expect(strict.fromCache).toBe(0);
  });

  for (const [what, text] of [
    ['corrupt', '{"version": "dolmetsch-check-cache-1", "files": {'],
    ['of a foreign version', '{"version": "dolmetsch-check-cache-0", "files": {}}'],
  ] as const) {
    it(`ignores a cache that is ${what}`, async () => {
      const root = await repository();
      await check(root);
      await writeFile(path.join(root, CHECK_CACHE_FILE), text);
      const again = await check(root);
      expect(again.fromCache).toBe(0);
      expect({ result: again.result, problems: again.problems }).toEqual(await fullCheck(root));
    });
  }

  it('ignores kept facts that were tampered with', async () => {
    const root = await repository();
    await check(root);
    // JSON Lines: the version and stamps, a line per file, the findings across files.
    const lines = (await readFile(path.join(root, CHECK_CACHE_FILE), 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line));
    const files = lines.filter((line) => line.file !== undefined) as Array<{ facts: { s: unknown[]; f: unknown[] } }>;
    expect(files).toHaveLength(7);
    files.forEach((kept, i) => (i % 2 === 0 ? (kept.facts.s = [[0, 7]]) : (kept.facts.f = [[0, 0, 99999, 0, 0, 0, [], -1]])));
    await writeFile(path.join(root, CHECK_CACHE_FILE), lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
    const again = await check(root);
    expect(again.fromCache).toBe(0);
    expect({ result: again.result, problems: again.problems }).toEqual(await fullCheck(root));
  });
});
