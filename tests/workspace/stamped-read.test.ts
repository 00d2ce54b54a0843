/**
 * The second pass reads an article's files through the index's reader (FileStamps.read: a stat and one open for a
 * plain file) instead of readOptional (a real-path look-up first). Both must give the same bytes and the same
 * refusals for every kind of path.
 */
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileStamps } from '../../src/workspace/file-stamps.ts';
import { readOptional } from '../../src/workspace/layout.ts';

async function outcome(read: () => Promise<Uint8Array | undefined>): Promise<string> {
  try {
    const bytes = await read();
    return bytes === undefined ? 'missing' : `bytes:${Buffer.from(bytes).toString('utf8')}`;
  } catch (error) {
    return `error:${(error as Error).message}`;
  }
}

describe('reading an article file through the index', () => {
  it('gives what readOptional gives: plain files, missing files and folders, links inside and out', async () => {
    // One difference: below a file where a folder should be, readOptional fails (ENOTDIR) and the index's reader finds
    // no file, as the survey (which reads through the index) found none: the pass now agrees with the survey.
    const outside = await mkdtemp(path.join(tmpdir(), 'dolmetsch-outside-'));
    await writeFile(path.join(outside, 'secret.yaml'), 'secret\n');
    const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-stamped-'));
    await mkdir(path.join(root, 'translations/en'), { recursive: true });
    await writeFile(path.join(root, 'translations/en/plain.yaml'), '\uFEFFplain\n');
    await writeFile(path.join(root, 'translations/en/empty.yaml'), '');
    await symlink(path.join(root, 'translations/en/plain.yaml'), path.join(root, 'translations/en/inside.yaml'));
    await symlink(path.join(outside, 'secret.yaml'), path.join(root, 'translations/en/outside.yaml'));
    await symlink(path.join(root, 'translations/en/none.yaml'), path.join(root, 'translations/en/dangling.yaml'));
    await symlink(outside, path.join(root, 'translations/ko'));
    await writeFile(path.join(root, 'translations/ja'), 'a file, not a folder\n');
    const files = ['plain', 'empty', 'inside', 'outside', 'dangling', 'missing'].map((name) => `translations/en/${name}.yaml`);
    files.push('translations/ko/secret.yaml', 'translations/fr/a.yaml', 'translations/ja/a.yaml');

    const stamps = new FileStamps();
    const seen: Record<string, string> = {};
    for (const file of files) {
      const expected = await outcome(() => readOptional(root, file));
      seen[file] = expected;
      if (expected.startsWith('error:ENOTDIR')) {
        expect(await stamps.read(root, file)).toBeUndefined();
        continue;
      }
      expect(await outcome(async () => (await stamps.read(root, file))?.bytes), file).toBe(expected);
    }
    // The cases are what they claim to be.
    expect(seen['translations/en/plain.yaml']).toBe('bytes:\uFEFFplain\n');
    expect(seen['translations/en/inside.yaml']).toBe('bytes:\uFEFFplain\n');
    expect(seen['translations/en/outside.yaml']).toMatch(/^error:.*outside the repository/);
    expect(seen['translations/ko/secret.yaml']).toMatch(/^error:.*outside the repository/);
    expect(seen['translations/en/missing.yaml']).toBe('missing');
    expect(seen['translations/fr/a.yaml']).toBe('missing');
    expect(seen['translations/ja/a.yaml']).toMatch(/^error:ENOTDIR/);
  });
});
