/**
 * A person saves a translation or memory file at the worst moment: after the run checked it and while its temporary
 * file is being written, before the rename. The save is never overwritten; the summary names the file.
 */
import { existsSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNAL_FILE } from '../../src/pipeline/journal/journal.ts';
import { translateRun } from '../../src/pipeline/translate-run.ts';
import { pseudoEnglishRun, smallRepo } from '../helpers/small-repo.ts';

const repo = () => smallRepo('dolmetsch-save-');
const options = pseudoEnglishRun;

/** Saves `text` to `file` as soon as a temporary file for it appears next to it (once). */
function saveOnTempFile(file: string, text: () => string): { watcher: FSWatcher; saved: () => boolean } {
  let done = false;
  const watcher = watch(path.dirname(file), (_event, name) => {
    if (done || !name?.startsWith(`.${path.basename(file)}.`) || !name.endsWith('.tmp')) return;
    done = true;
    writeFileSync(file, text());
  });
  return { watcher, saved: () => done };
}

describe('a save while the run writes the file', () => {
  it.each([1, 2, 3])('keeps the translator\'s save of a translation file made while its temporary file is written (%i)', async () => {
    const root = await repo();
    await translateRun(options(root));
    const yaml = path.join(root, 'translations/en/bericht.yaml');
    const source = path.join(root, 'source/bericht.md');
    await writeFile(source, `${await readFile(source, 'utf8')}\nEin neuer Satz am Ende.\n`);
    const original = await readFile(yaml, 'utf8');
    const mine = original.replace('status: machine', 'status: reviewed');
    const save = saveOnTempFile(yaml, () => mine);
    try {
      const summary = await translateRun(options(root));
      expect(save.saved()).toBe(true);
      expect(await readFile(yaml, 'utf8')).toBe(mine);
      expect(summary.changedDuringRun).toEqual(['translations/en/bericht.yaml']);
      expect(existsSync(path.join(root, JOURNAL_FILE))).toBe(true);
    } finally {
      save.watcher.close();
    }
    const next = await translateRun(options(root));
    const text = await readFile(yaml, 'utf8');
    expect(text).toContain('status: reviewed');
    expect(text).toContain('Ein neuer Satz am Ende.');
    expect(next.changedDuringRun).toBeUndefined();
  });

  it('keeps a save of the memory file made while its temporary file is written, and still adds what left the article', async () => {
    const root = await repo();
    await translateRun(options(root));
    const memory = path.join(root, 'translations/memory/en.yaml');
    const source = path.join(root, 'source/bericht.md');
    // Two sentences leave the article: the first run writes the memory file, the second one adds to it.
    await writeFile(source, (await readFile(source, 'utf8')).replace(' Der zweite Satz folgt sogleich.', ''));
    await translateRun(options(root));
    const first = await readFile(memory, 'utf8');
    await writeFile(source, (await readFile(source, 'utf8')).replace('- Ein Punkt in der Liste.\n', ''));
    const mine = first.replace(/^(\s*target: ).*$/m, '$1The second sentence follows, in my words.');
    expect(mine).not.toBe(first);
    const save = saveOnTempFile(memory, () => mine);
    try {
      await translateRun(options(root));
      expect(save.saved()).toBe(true);
    } finally {
      save.watcher.close();
    }
    const text = await readFile(memory, 'utf8');
    expect(text).toContain('The second sentence follows, in my words.');
    expect(text).toContain('Ein Punkt in der Liste.');
  });
});

describe('a run killed while a file was moved aside', () => {
  it('puts the file back before reading anything, so the next run sees it whole', async () => {
    const root = await repo();
    await translateRun(options(root));
    const yaml = path.join(root, 'translations/en/bericht.yaml');
    const mine = (await readFile(yaml, 'utf8')).replace('status: machine', 'status: reviewed');
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    await rm(yaml);
    await writeFile(path.join(root, `translations/en/.bericht.yaml.${dead}.0123456789ab.old`), mine);
    await translateRun(options(root));
    expect(await readFile(yaml, 'utf8')).toBe(mine);
    expect(await readdir(path.join(root, 'translations/en'))).toEqual(['bericht.yaml']);
  });
});
