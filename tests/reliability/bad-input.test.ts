/**
 * Bad input through the real CLI: every problem is named at file:line:col with the fix, the run exits 2 and no
 * file changes. Inputs that only look unusual (a BOM, CRLF, names with spaces and Unicode, a translation file
 * whose article is gone) are simply handled.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTranslationFile } from '../../src/store/index.ts';
import { copyFixture, runCli, snapshot } from '../helpers/cli.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;
const TRANSLATE = ['translate', '--provider', 'pseudo'];

/** The small repository, translated once, so that translation files exist to break. */
let base: string;
beforeAll(async () => {
  base = await copyFixture(FIXTURE);
  const result = await runCli(base, TRANSLATE);
  expect(result.code, result.stderr).toBe(0);
});

async function repo(): Promise<string> {
  return copyFixture(base);
}

async function edit(root: string, file: string, change: (text: string) => string): Promise<void> {
  const full = path.join(root, file);
  await writeFile(full, change(await readFile(full, 'utf8')));
}

/** Runs translate on a broken repository: exit 2, the message at `where`, a `fix:` line, and nothing changed. */
async function expectRefused(root: string, where: string | RegExp, args: string[] = TRANSLATE): Promise<string> {
  const before = await snapshot(root);
  const result = await runCli(root, args);
  expect(result.code, result.stdout + result.stderr).toBe(2);
  expect(result.stderr).not.toMatch(/internal error/);
  if (typeof where === 'string') expect(result.stderr).toContain(where);
  else expect(result.stderr).toMatch(where);
  expect(result.stderr).toMatch(/\n {2}fix: \S/);
  // The run cache may learn the sources' abbreviations anew (they changed): .dolmetsch/ is local state; everything a
  // person keeps is untouched.
  const kept = (files: Map<string, string>) => new Map([...files].filter(([file]) => !file.startsWith('.dolmetsch/')));
  expect(kept(await snapshot(root))).toEqual(kept(before));
  return result.stderr;
}

const BILLION_LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
].join('\n');

const EN = 'translations/en/bericht.yaml';

describe('translation files that cannot be used', () => {
  it('malformed YAML: the line where the unclosed quote opens', async () => {
    const root = await repo();
    await edit(root, EN, (t) => t.replace('target: "⟦en: Dér éršté', 'target: "⟦en: Dér éršté ohne Ende\n    bad: [ '));
    const stderr = await expectRefused(root, /translations\/en\/bericht\.yaml:\d+:\d+: error: YAML syntax/);
    expect(stderr).toContain('[yaml-syntax]');
  });

  it('a duplicate key', async () => {
    const root = await repo();
    await edit(root, EN, (t) => t.replace('article: bericht\n', 'article: bericht\narticle: bericht\n'));
    await expectRefused(root, `${EN}:4:1: error: this key appears twice in the same mapping [yaml-duplicate-key]`);
  });

  it('wrong types: a number for a status, a list for a source', async () => {
    const root = await repo();
    await edit(root, EN, (t) => t.replace('status: machine', 'status: 42').replace('source: Der erste Satz steht hier.', 'source: [1, 2]'));
    const stderr = await expectRefused(root, `${EN}:10:13: error: expected text for "status", found the number 42`);
    expect(stderr).toContain(`${EN}:14:13: error: expected text for "source", found a list`);
  });

  it('__proto__ and constructor keys', async () => {
    const root = await repo();
    await edit(root, EN, (t) => t.replace('article: bericht\n', 'article: bericht\n__proto__: { polluted: true }\nconstructor: x\n'));
    const stderr = await expectRefused(root, `${EN}:4:1: error: the key "__proto__" is never allowed`);
    expect(stderr).toContain(`${EN}:5:1: error: the key "constructor" is never allowed`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an alias bomb (billion laughs) is refused without being expanded', async () => {
    const root = await repo();
    await edit(root, EN, (t) => t.replace('source: source/bericht.md\n', `source: source/bericht.md\n${BILLION_LAUGHS}\n`));
    await expectRefused(root, `${EN}:6:7: error: found the anchor &a; anchors and aliases are not allowed here [yaml-alias]`);
  });

  it('a huge scalar', async () => {
    const root = await repo();
    await edit(root, EN, (t) => t.replace('target: "⟦en: Dér éršté', `target: "${'x'.repeat(150_000)}⟦`));
    await expectRefused(root, `${EN}:15:13: error: this value has 150019 characters; at most 100000 are accepted [input-too-large]`);
  });
});

describe('a glossary that cannot be used', () => {
  const entry = (id: string, term: string) =>
    `  - id: ${id}\n    kind: place\n    de:\n      term: ${term}\n    en:\n      preferred: X\n    ko:\n      preferred: Y\n`;

  it('a German term that two entries claim, and an empty term', async () => {
    const root = await repo();
    await edit(root, 'glossary.yaml', (t) => `${t}${entry('hauptstadt', 'Pjöngjang')}${entry('leer', '"  "')}`);
    const stderr = await expectRefused(root, /glossary\.yaml:16:13: error: the German form "Pjöngjang" of entry `hauptstadt` is already a form of entry `pyongyang` \(line 7\) \[glossary-duplicate-term\]/);
    expect(stderr).toContain('glossary.yaml:24:13: error: entry `leer`: de: term must not be empty');
  });

  it('duplicate keys, __proto__, an alias bomb and a huge note', async () => {
    const root = await repo();
    await edit(root, 'glossary.yaml', (t) => t.replace('version: 1\n', 'version: 1\nversion: 1\n'));
    await expectRefused(root, 'glossary.yaml:2:1: error: this key appears twice in the same mapping [yaml-duplicate-key]');

    const proto = await repo();
    await edit(proto, 'glossary.yaml', (t) => t.replace("    note: North Korea's capital.\n", "    note: North Korea's capital.\n    __proto__: { x: 1 }\n"));
    await expectRefused(proto, 'glossary.yaml:6:5: error: unknown key `__proto__` in a glossary entry [glossary-unknown-key]');

    const bomb = await repo();
    await edit(bomb, 'glossary.yaml', (t) => `${BILLION_LAUGHS}\n${t}`);
    await expectRefused(bomb, /glossary\.yaml:1:7: error: anchors are not allowed in the glossary; found &a/);

    const huge = await repo();
    await edit(huge, 'glossary.yaml', (t) => t.replace("note: North Korea's capital.", `note: ${'Sehr lang. '.repeat(2000)}`));
    await expectRefused(huge, /glossary\.yaml:5:11: error: this value has \d+ characters; at most 10000 are accepted in the glossary/);
  });
});

describe('source files that cannot be used', () => {
  it('Windows-1252 bytes: where, and the iconv command', async () => {
    const root = await repo();
    await writeFile(path.join(root, 'source/gruss.md'), Buffer.from('---\ntitle: Gr\xfc\xdfe\n---\n\nEin Satz.\n', 'latin1'));
    const stderr = await expectRefused(root, 'source/gruss.md:2:10: error: not valid UTF-8: byte 0xFC (in Windows-1252/Latin-1 that would be "ü")');
    expect(stderr).toContain('iconv -f windows-1252 -t utf-8 source/gruss.md');
  });

  it('a NUL byte, and an empty file', async () => {
    const root = await repo();
    await writeFile(path.join(root, 'source/binaer.txt'), Buffer.from('Titel\n\nEin\0 Satz.\n'));
    await writeFile(path.join(root, 'source/leer.md'), '');
    const stderr = await expectRefused(root, 'source/binaer.txt:3:4: error: binary file: it contains a NUL byte');
    expect(stderr).toContain('source/leer.md:1:1: error: empty file [source-empty]');
  });

  it('front matter with an alias bomb or a __proto__ key', async () => {
    const root = await repo();
    await writeFile(path.join(root, 'source/bombe.md'), `---\ntitle: Bombe\n${BILLION_LAUGHS}\n---\n\nEin Satz.\n`);
    await expectRefused(root, 'source/bombe.md:3:7: error: front matter defines the anchor &a; anchors are not allowed [front-matter]');

    const proto = await repo();
    await writeFile(path.join(proto, 'source/proto.md'), '---\ntitle: Proto\n__proto__: { polluted: true }\n---\n\nEin Satz.\n');
    await expectRefused(proto, 'source/proto.md:3:1: error: front matter has the key "__proto__", which is never allowed [front-matter]');
  });

  it('a paragraph longer than any article has', async () => {
    const root = await repo();
    await writeFile(path.join(root, 'source/lang.md'), `---\ntitle: Lang\n---\n\nKurz.\n\n${'Ein Satz mehr. '.repeat(2000)}\n`);
    await expectRefused(root, 'source/lang.md:7:1: error: this paragraph has 29999 characters; at most 20000 are accepted [source-too-large]');
  });

  it('a 10 MB single line is refused at once, before it is parsed', async () => {
    const root = await repo();
    await writeFile(path.join(root, 'source/riesig.md'), `---\ntitle: Riesig\n---\n\n${'Der Minister sagte am 3. Juni, dass z. B. die Kosten steigen. '.repeat(170_000)}\n`);
    await expectRefused(root, /source\/riesig\.md:1:1: error: the file is 10\.\d MB; an article may have at most 2 MB \[source-too-large\]/);
  });

  it('a path argument that leaves the repository', async () => {
    const root = await repo();
    await expectRefused(root, '../outside.md: error: ../outside.md is outside the repository [source-path]', [...TRANSLATE, '../outside.md']);
    await expectRefused(root, 'source/../../x.md: error: source/../../x.md is outside the repository', [...TRANSLATE, 'source/../../x.md']);
  });
});

describe('unusual input that is simply handled', () => {
  it('a translation file whose article is gone: a note, the file kept as it is, exit 0', async () => {
    const root = await repo();
    const orphan = 'translations/en/alt.yaml';
    const text = (await readFile(path.join(root, EN), 'utf8')).replace('article: bericht', 'article: alt').replace('source/bericht.md', 'source/alt.md');
    await writeFile(path.join(root, orphan), text);
    await writeFile(path.join(root, 'source/neu.md'), '---\ntitle: Neu\n---\n\nEin neuer Satz.\n');
    const result = await runCli(root, TRANSLATE);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`note: ${orphan} has no source article any more; it was left as it is.`);
    expect(await readFile(path.join(root, orphan), 'utf8')).toBe(text);
  });

  it('a BOM and CRLF line ends', async () => {
    const root = await repo();
    await writeFile(path.join(root, 'source/windows.md'), '\uFEFF---\r\ntitle: Aus Windows\r\n---\r\n\r\nEin Satz. Noch ein Satz\r\nüber zwei Zeilen.\r\n');
    const result = await runCli(root, TRANSLATE);
    expect(result.code, result.stderr).toBe(0);
    const file = 'translations/en/windows.yaml';
    const segments = parseTranslationFile(await readFile(path.join(root, file), 'utf8'), file).model.segments;
    expect(segments.map((s) => s.source)).toEqual(['Aus Windows', 'Ein Satz.', 'Noch ein Satz\nüber zwei Zeilen.']);
  });

  it('file names with spaces, Unicode and dots', async () => {
    const root = await repo();
    await writeFile(path.join(root, 'source/Über uns.md'), '---\ntitle: Über uns\n---\n\nWir sind eine Zeitung.\n');
    await writeFile(path.join(root, 'source/北 korea.md'), '---\ntitle: Nordkorea\n---\n\nEin Satz über Pjöngjang.\n');
    await writeFile(path.join(root, 'source/a..b.md'), '---\ntitle: Punkte\n---\n\nZwei Punkte im Namen.\n');
    const result = await runCli(root, [...TRANSLATE, 'source/Über uns.md', 'source/北 korea.md', 'source/a..b.md']);
    expect(result.code, result.stderr).toBe(0);
    for (const slug of ['Über uns', '北 korea', 'a..b']) {
      for (const language of ['en', 'ko']) {
        const file = `translations/${language}/${slug}.yaml`;
        const model = parseTranslationFile(await readFile(path.join(root, file), 'utf8'), file).model;
        expect(model.source).toBe(`source/${slug}.md`);
        expect(model.segments.every((s) => s.status === 'machine')).toBe(true);
      }
    }
    // A second run finds them complete.
    const again = await runCli(root, TRANSLATE);
    expect(again.stdout).toContain('Translations are up to date: nothing new to translate.');
    expect(again.stdout).not.toContain('note:');
  });
});

