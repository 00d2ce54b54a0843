/**
 * After a change to a few files, the check cache is written by copying every unchanged file's line as it was read
 * (src/check/cache-file-lines.ts), not by encoding every file's facts again; the next check still takes every file
 * from it with a full check's result. Strings left behind by the lines not copied are bounded: once they are a
 * quarter of the table, the cache is written anew. A cache replaced since it was read is never copied from.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/index.ts';
import { CHECK_CACHE_FILE } from '../../src/check/check-cache.ts';
import { fullCheck, mixedRepository } from './mixed-repository.ts';

const repository = () => mixedRepository('dolmetsch-cache-copy-');

/** Besides, articles enough that one file's strings are a small part of the cache, as in a real repository. */
async function largerRepository(): Promise<string> {
  const root = await repository();
  for (let i = 0; i < 30; i++) {
    const article = `extra-${String(i).padStart(2, '0')}`;
    const segments = [0, 1, 2].map((n) => `  - id: s${i}x${n}\n    source: Meldung ${i} Teil ${n} aus Berlin.\n    target: Report ${i} part ${n} from Berlin.\n    status: reviewed\n`);
    await writeFile(path.join(root, `translations/en/${article}.yaml`), `article: ${article}\nlanguage: en\nsource: source/${article}.md\nsegments:\n${segments.join('')}`);
  }
  return root;
}

const check = async (root: string) => {
  const outcome = await checkRepository(root, ['en', 'ko'], { settings: 'test' });
  await outcome.saveCache();
  return outcome;
};

const cacheLines = async (root: string) => (await readFile(path.join(root, CHECK_CACHE_FILE), 'utf8')).split('\n').filter((line) => line !== '');
const fileOf = (line: string) => (JSON.parse(line) as { file?: string }).file;

/** A person's edit of every target of the file, with words no other file has (so its line adds strings). */
async function edit(root: string, file: string, words: string): Promise<void> {
  const at = path.join(root, file);
  let n = 0;
  await writeFile(at, (await readFile(at, 'utf8')).replace(/target: .*/g, () => `target: ${words} ${(n += 1)}`));
}

describe('the check cache after a change to one file', () => {
  it('copies every other file’s line as it was, and the next check takes every file from it with the full result', async () => {
    const root = await largerRepository();
    await check(root);
    const before = await cacheLines(root);
    const fileLines = before.filter((line) => fileOf(line) !== undefined);
    // The file whose line comes first: encoded anew, every later line would number its strings differently.
    const changed = fileOf(fileLines[0]!)!;
    await edit(root, changed, 'Entirely new words here.');
    const after = await check(root);
    expect(after.fromCache).toBe(after.files - 1);
    const written = await cacheLines(root);
    for (const line of fileLines.slice(1)) expect(written).toContain(line);
    expect(written.filter((line) => fileOf(line) === changed)).toHaveLength(1);

    const next = await check(root);
    expect(next.fromCache).toBe(next.files);
    expect({ result: next.result, problems: next.problems }).toEqual(await fullCheck(root));
  });

  it('writes the cache anew once the strings left behind are a quarter of its strings', async () => {
    const root = await largerRepository();
    await check(root);
    const file = fileOf((await cacheLines(root)).find((line) => fileOf(line) !== undefined)!)!;
    let carried = 0;
    let anew = 0;
    for (let round = 0; round < 12; round++) {
      await edit(root, file, `Round ${round} words ${'x'.repeat(round + 1)}.`);
      const outcome = await check(root);
      expect({ result: outcome.result, problems: outcome.problems }).toEqual(await fullCheck(root));
      const stringsOnly = (await cacheLines(root)).filter((line) => Object.keys(JSON.parse(line) as object).join() === 'strings').length;
      if (stringsOnly > 0) carried += 1;
      else anew += 1;
    }
    expect(carried).toBeGreaterThan(0);
    expect(anew).toBeGreaterThan(0);
    const next = await check(root);
    expect(next.fromCache).toBe(next.files);
  });

  it('does not copy from a cache replaced after it was read', async () => {
    const root = await largerRepository();
    await check(root);
    const cacheFile = path.join(root, CHECK_CACHE_FILE);
    const first = await readFile(cacheFile, 'utf8');
    await edit(root, 'translations/en/a.yaml', 'Other words.');
    const outcome = await checkRepository(root, ['en', 'ko'], { settings: 'test' });
    // Another process wrote the cache meanwhile: every line where it was, one of them different.
    const other = first.replace('from Berlin.', 'from Berlln.');
    expect(other).not.toBe(first);
    await writeFile(`${cacheFile}.other`, other);
    await rename(`${cacheFile}.other`, cacheFile);
    await outcome.saveCache();
    expect(await readFile(cacheFile, 'utf8')).not.toContain('Berlln');
    const next = await check(root);
    expect(next.fromCache).toBe(next.files);
    expect({ result: next.result, problems: next.problems }).toEqual(await fullCheck(root));
  });
});
