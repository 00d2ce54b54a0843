import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFilesAtomic } from '../../src/store/atomic-write.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dolmetsch-atomic-'));
});
afterEach(async () => {
  await chmod(root, 0o755).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

const isRoot = process.getuid?.() === 0;
const ATOMIC_WRITE = new URL('../../src/store/atomic-write.ts', import.meta.url).pathname;

/**
 * writeFileAtomic as a user the folder's permissions apply to. Root writes into a read-only folder anyway (CI often
 * runs as root), so then the write runs in a child process as `nobody`; it rejects with the error's code.
 */
async function writeAsUnprivileged(target: string, text: string): Promise<void> {
  if (!isRoot) return writeFileAtomic(target, text);
  const script = `import { writeFileAtomic } from ${JSON.stringify(ATOMIC_WRITE)};
await writeFileAtomic(process.argv[1], process.argv[2]).then(() => process.exit(0), (e) => { console.error(e.code); process.exit(1); });`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, target, text], { uid: 65534, gid: 65534, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`write as nobody failed: ${child.stderr.trim()}`);
}

describe('writeFileAtomic', () => {
  it('creates missing folders, writes the text and leaves no temporary file', async () => {
    const target = join(root, 'translations', 'en', 'a.yaml');
    await writeFileAtomic(target, 'article: a\n');
    expect(await readFile(target, 'utf8')).toBe('article: a\n');
    expect(await readdir(join(root, 'translations', 'en'))).toEqual(['a.yaml']);
  });

  it('writes text given in pieces one after the other, made only while they are written, and keeps the old file if a piece fails', async () => {
    const target = join(root, 'cache.json');
    await writeFile(target, 'old and much longer than the new text\n');
    const made: string[] = [];
    function* pieces() {
      for (const piece of ['{"a":', '"ü한"', '}\n']) {
        made.push(piece);
        yield piece;
      }
    }
    await writeFileAtomic(target, pieces());
    expect(made).toHaveLength(3);
    expect(await readFile(target, 'utf8')).toBe('{"a":"ü한"}\n');

    function* failing() {
      yield 'half';
      throw new Error('encoding failed');
    }
    await expect(writeFileAtomic(target, failing())).rejects.toThrow('encoding failed');
    expect(await readFile(target, 'utf8')).toBe('{"a":"ü한"}\n');
    expect(await readdir(root)).toEqual(['cache.json']);
  });

  it('replaces an existing file completely', async () => {
    const target = join(root, 'a.yaml');
    await writeFile(target, 'x'.repeat(10_000));
    await writeFileAtomic(target, 'short\n');
    expect(await readFile(target, 'utf8')).toBe('short\n');
    expect(await readdir(root)).toEqual(['a.yaml']);
  });

  it('fails cleanly when the target cannot be replaced, leaving it intact and no temporary file', async () => {
    const target = join(root, 'a.yaml');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'original');
    await expect(writeFileAtomic(target, 'new\n')).rejects.toThrow();
    expect(await readFile(join(target, 'inside'), 'utf8')).toBe('original');
    expect(await readdir(root)).toEqual(['a.yaml']);
  });

  it('fails cleanly in a read-only folder, leaving the original intact', async () => {
    const target = join(root, 'a.yaml');
    await writeFile(target, 'original\n');
    await chmod(target, 0o666);
    await chmod(root, 0o555);
    await expect(writeAsUnprivileged(target, 'new\n')).rejects.toThrow(/EACCES/);
    expect(await readFile(target, 'utf8')).toBe('original\n');
    expect(await readdir(root)).toEqual(['a.yaml']);
  });
});

describe('writeFilesAtomic', () => {
  it('writes every file', async () => {
    const files = [{ path: join(root, 'en', 'a.yaml'), text: 'a\n' }, { path: join(root, 'ko', 'a.yaml'), text: '가\n' }];
    await writeFilesAtomic(files);
    for (const file of files) expect(await readFile(file.path, 'utf8')).toBe(file.text);
  });

  it('renames nothing when one temporary file cannot be written', async () => {
    const first = join(root, 'en', 'a.yaml');
    await mkdir(join(root, 'en'));
    await writeFile(first, 'original\n');
    await writeFile(join(root, 'blocker'), 'a file where a folder should be');
    const files = [{ path: first, text: 'new\n' }, { path: join(root, 'blocker', 'ko', 'a.yaml'), text: 'new\n' }];
    await expect(writeFilesAtomic(files)).rejects.toThrow();
    expect(await readFile(first, 'utf8')).toBe('original\n');
    expect(await readdir(join(root, 'en'))).toEqual(['a.yaml']);
  });
});
