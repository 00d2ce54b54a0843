/**
 * Symbolic links that lead out of the repository are refused, whether named on the command line or met while
 * walking a folder; links that stay inside are read like the files they point to.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, runCli } from '../helpers/cli.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;
const TRANSLATE = ['translate', '--provider', 'pseudo'];
const SECRET = 'Geheimnis aus einem fremden Ordner.';

let base: string;
let outside: string;
beforeAll(async () => {
  base = await copyFixture(FIXTURE);
  const result = await runCli(base, TRANSLATE);
  expect(result.code, result.stderr).toBe(0);
  outside = await mkdtemp(path.join(tmpdir(), 'dolmetsch-outside-'));
  await writeFile(path.join(outside, 'geheim.md'), `---\ntitle: Geheim\n---\n\n${SECRET}\n`);
  await writeFile(path.join(outside, 'fremd.yaml'), 'article: bericht\nlanguage: en\nsource: source/bericht.md\nsegments: []\n');
}, 60_000);

/** Every file's text below translations/ and dist/ (links not followed), to show the secret went nowhere. */
async function written(root: string): Promise<string> {
  const texts: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    for (const item of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(dir, item.name);
      if (item.isDirectory()) await visit(full);
      else if (item.isFile()) texts.push(await readFile(full, 'utf8'));
    }
  };
  await visit(path.join(root, 'translations'));
  await visit(path.join(root, 'dist'));
  return texts.join('\n');
}

async function expectOutside(root: string, args: string[], named: string): Promise<void> {
  const result = await runCli(root, args);
  expect(result.code, result.stdout + result.stderr).toBe(2);
  expect(result.stderr).not.toMatch(/internal error/);
  expect(result.stderr).toContain(`${named}: error: ${named} is a symbolic link to ${outside}`);
  expect(result.stderr).toContain('outside the repository');
  expect(result.stderr).toMatch(/\n {2}fix: \S/);
  expect(await written(root)).not.toContain('Geheimnis');
}

describe('a symbolic link out of the repository', () => {
  it('named as a file: refused by translate, publish and export, naming the link and where it leads', async () => {
    const root = await copyFixture(base);
    await symlink(path.join(outside, 'geheim.md'), path.join(root, 'source/geheim.md'));
    await expectOutside(root, [...TRANSLATE, 'source/geheim.md'], 'source/geheim.md');
    await expectOutside(root, ['publish', '--drafts', 'source/geheim.md'], 'source/geheim.md');
    await expectOutside(root, ['export', '--format', 'tmx', 'source/geheim.md'], 'source/geheim.md');
  }, 60_000);

  it('named as a folder: refused', async () => {
    const root = await copyFixture(base);
    await symlink(outside, path.join(root, 'source/extern'));
    await expectOutside(root, [...TRANSLATE, 'source/extern'], 'source/extern');
  }, 60_000);

  it('met while walking source/: refused, not silently skipped', async () => {
    const root = await copyFixture(base);
    await mkdir(path.join(root, 'source/2025'));
    await symlink(outside, path.join(root, 'source/2025/extern'));
    await expectOutside(root, TRANSLATE, 'source/2025/extern');
    await expectOutside(root, ['publish', '--drafts'], 'source/2025/extern');
  }, 60_000);

  it('a translation file that is a link out: check refuses it instead of passing without it', async () => {
    const root = await copyFixture(base);
    await symlink(path.join(outside, 'fremd.yaml'), path.join(root, 'translations/en/fremd.yaml'));
    const result = await runCli(root, ['check']);
    expect(result.code, result.stdout + result.stderr).toBe(2);
    expect(result.stdout + result.stderr).toContain(`translations/en/fremd.yaml is a symbolic link to ${path.join(outside, 'fremd.yaml')}, which is outside the repository`);
  }, 60_000);

  it('a translation file of an article that is a link out: status leaves that language out, shows the rest, exit 2', async () => {
    const root = await copyFixture(base);
    await rm(path.join(root, 'translations/en/bericht.yaml'));
    await symlink(path.join(outside, 'fremd.yaml'), path.join(root, 'translations/en/bericht.yaml'));
    const result = await runCli(root, ['status']);
    expect(result.code, result.stdout + result.stderr).toBe(2);
    expect(result.stderr).toContain('translations/en/bericht.yaml is a symbolic link to');
    expect(result.stdout).toMatch(/bericht\s+ko/);
    expect(result.stdout + result.stderr).not.toContain(SECRET);
  }, 60_000);
});

describe('a symbolic link that stays inside the repository', () => {
  it('is followed while walking, and a link loop ends', async () => {
    const root = await copyFixture(base);
    await mkdir(path.join(root, 'archiv'));
    await writeFile(path.join(root, 'archiv/alt.md'), '---\ntitle: Alt\n---\n\nEin alter Satz aus dem Archiv.\n');
    await symlink('../archiv/alt.md', path.join(root, 'source/alt.md'));
    await mkdir(path.join(root, 'source/2025'));
    await symlink('..', path.join(root, 'source/2025/zurueck'));
    const result = await runCli(root, TRANSLATE);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(await readFile(path.join(root, 'translations/en/alt.yaml'), 'utf8')).toContain('Ein alter Satz aus dem Archiv.');
    expect(await readdir(path.join(root, 'translations/en'))).toEqual(['alt.yaml', 'bericht.yaml']); // source/ once, not again through the loop
  }, 60_000);
});
