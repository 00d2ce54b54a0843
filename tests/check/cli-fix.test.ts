/** `dolmetsch check --fix`: only certain fixes, only where allowed, comments kept, a diff first with --dry-run. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCli } from '../helpers/cli.ts';

const REPO = fileURLToPath(new URL('fix-repo', import.meta.url));
const read = (root: string, lang: string) => readFile(path.join(root, `translations/${lang}/bericht.yaml`), 'utf8');

describe('check --fix', () => {
  it('--dry-run prints the diff and writes nothing', async () => {
    const root = await copyFixture(REPO);
    const [ko, en] = [await read(root, 'ko'), await read(root, 'en')];
    const result = await runCli(root, ['check', '--fix', '--dry-run']);
    expect(result.stdout).toContain('--- translations/ko/bericht.yaml');
    expect(result.stdout).toContain('-쇼이구이 평양로 갔다.');
    expect(result.stdout).toContain('+쇼이구가 평양으로 갔다.');
    expect(result.stdout).toContain('+He said “no” and ‘maybe’.');
    expect(result.stdout).toContain('nothing written');
    expect(result.code).toBe(1);
    expect([await read(root, 'ko'), await read(root, 'en')]).toEqual([ko, en]);
  });

  it('fixes machine segments only, keeps comments and everything else byte for byte', async () => {
    const root = await copyFixture(REPO);
    const before = await read(root, 'ko');
    const result = await runCli(root, ['check', '--fix']);
    const after = await read(root, 'ko');
    // s01: both particles; s02 is reviewed (needs --fix=all); s03 suppresses quote-style, so only its particle
    // is fixed; s04 is stale.
    expect(after).toBe(
      before.replace('쇼이구이 평양로 갔다. # machine', '쇼이구가 평양으로 갔다. # machine').replace('김정은는 „그렇다“', '김정은은 „그렇다“'),
    );
    expect(result.stdout).toContain('fixed');
    const en = await read(root, 'en');
    expect(en).toContain('target: He said “no” and ‘maybe’.');
    // An unpaired German mark is not a certain fix.
    expect(en).toContain('target: He said „yes.');
  });

  it('--fix=all also fixes edited and reviewed segments, never stale ones or a suppressed rule', async () => {
    const root = await copyFixture(REPO);
    await runCli(root, ['check', '--fix=all']);
    const ko = await read(root, 'ko');
    expect(ko).toContain('target: "김정은은 “아니다”라고 말했다."');
    expect(ko).toContain('target: 김정은은 „그렇다“라고 말했다.');
    expect(ko).toContain('target: 쇼이구이 왔다.');
    expect(ko).toContain('# A translator\'s comment that --fix must keep.');
  });

  it('refuses a bad value and --dry-run without --fix', async () => {
    const root = await copyFixture(REPO);
    expect((await runCli(root, ['check', '--fix=everything'])).code).toBe(2);
    expect((await runCli(root, ['check', '--dry-run'])).code).toBe(2);
  });
});

describe('check --fix and a person saving at the same time', () => {
  it('never touches a person\'s edit left under status: machine (no machine record vouches for it) without --fix=all', async () => {
    const root = await copyFixture(REPO);
    const file = path.join(root, 'translations/en/bericht.yaml');
    const edited = (await readFile(file, 'utf8')).replace('    machine: { provider: pseudo, hash: 117c4170fe1b }\n', '');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, edited);
    await runCli(root, ['check', '--fix']);
    expect(await read(root, 'en')).toBe(edited);
    await runCli(root, ['check', '--fix=all']);
    expect(await read(root, 'en')).toContain('He said “no” and ‘maybe’.');
  });

  it('leaves a file alone that changed on disk after the check read it, and says so', async () => {
    const { writeFile } = await import('node:fs/promises');
    const { loadCheckInput } = await import('../../src/check/index.ts');
    const { applyFixes } = await import('../../src/cli/check-fix.ts');
    const root = await copyFixture(REPO);
    const { input } = await loadCheckInput(root, ['en', 'ko']);
    const file = path.join(root, 'translations/ko/bericht.yaml');
    const saved = (await readFile(file, 'utf8')).replace('쇼이구이 평양로 갔다.', '쇼이구가 평양으로 떠났다.');
    await writeFile(file, saved);
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), env: {}, cwd: root, isTTY: false };
    await applyFixes(io, root, input, 'machine', false);
    expect(await readFile(file, 'utf8')).toBe(saved);
    expect(err.join('')).toContain('translations/ko/bericht.yaml changed while the check ran');
    expect(out.join('')).toContain('in 1 file(s); 1 file(s) left as saved');
    // The other file was still fixed.
    expect(await read(root, 'en')).toContain('He said “no” and ‘maybe’.');
  });
});
