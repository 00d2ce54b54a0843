import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TargetLanguage, TranslationEntry } from '../../src/core/translation.ts';
import { EXCHANGE_FORMATS, exportExchange, readExchange, type ExchangeFile } from '../../src/exchange/index.ts';
import { loadWorkspace, type Workspace } from '../../src/workspace/index.ts';
import { PROJECT_ROOT } from '../helpers/cli.ts';
import { validate, type Grammar } from './xmllint.ts';

const FIXTURE = fileURLToPath(new URL('../publish/fixtures/newsroom', import.meta.url));
let workspace: Workspace;

const filesFor = (language: TargetLanguage): ExchangeFile[] =>
  workspace.articles.map((article) => ({
    path: article.parsed[language]!.path,
    source: article.document.path,
    language,
    entries: article.parsed[language]!.model.segments,
  }));

const awkward: TranslationEntry[] = [
  { id: 'sawkward001', source: 'A & B <c> "d" \'e\' ]]> \u0007 Glocke', target: 'A & B <c> ]]> \u0007 bell', status: 'edited', note: 'Note with <b> & "quotes"' },
  { id: 'sawkward002', source: 'Leer.', target: '', status: 'new' },
];

beforeAll(async () => {
  workspace = await loadWorkspace(FIXTURE, []);
});

describe('exports validate against the official schemas (read from ../shared/schemas)', () => {
  for (const format of EXCHANGE_FORMATS.ids() as Grammar[]) {
    for (const language of ['en', 'ko'] as const) {
      it(`${format} ${language}`, () => {
        const files = [...filesFor(language), { path: `translations/${language}/awkward.yaml`, source: 'source/awkward.md', language, entries: awkward }];
        expect(validate(exportExchange(format, language, files), format)).toBeUndefined();
      });
    }
  }

  it('and the validation does reject what the grammars forbid', () => {
    const xliff2 = exportExchange('xliff2', 'en', filesFor('en'));
    expect(validate(xliff2.replace('state="reviewed"', 'state="approved"'), 'xliff2')).toMatch(/state/);
    const xliff1 = exportExchange('xliff1', 'en', filesFor('en'));
    expect(validate(xliff1.replace('state="signed-off"', 'state="done"'), 'xliff1')).toMatch(/state/);
    const tmx = exportExchange('tmx', 'en', filesFor('en'));
    expect(validate(tmx.replace('<tmx version="1.4">', '<tmx version="1.4b">'), 'tmx')).toMatch(/version/);
  });
});

describe('schema validation that cannot run', () => {
  it('fails, naming what is missing and the set-up command, with or without CI=true', () => {
    const probe = `import('./tests/exchange/xmllint.ts').then(() => console.log('loaded'), (error) => console.log(JSON.stringify([error.name, error.message])))`;
    const emptyPath = mkdtempSync(path.join(tmpdir(), 'dolmetsch-no-xmllint-')); // node runs by its full path
    for (const ci of ['true', '']) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', probe], { cwd: PROJECT_ROOT, env: { PATH: emptyPath, CI: ci }, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(['MissingSystemDependency', expect.stringMatching(/cannot validate exports: xmllint not found.*npm run setup:system/)]);
    }
  });
});

describe('exports', () => {
  it('carry each status the way the format says it', () => {
    const xliff2 = exportExchange('xliff2', 'en', filesFor('en'));
    expect(xliff2).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.1" srcLang="de" trgLang="en">');
    expect(xliff2).toContain('<file id="f1" original="translations/en/bericht.yaml">');
    expect(xliff2).toContain('<segment id="s25da321098" state="initial" subState="dolmetsch:stale">');
    expect(xliff2).toContain('<note category="dolmetsch-previous-source">Der zweite Satz nennt Kim Jong-un.</note>');
    expect(xliff2).toContain('<segment id="sd289538d36" state="translated">');
    const xliff1 = exportExchange('xliff1', 'ko', filesFor('ko'));
    expect(xliff1).toMatch(/<trans-unit id="s42b5abac8d" xml:space="preserve">\n\s+<source>Ein kleiner Bericht aus Pjöngjang<\/source>\n\s+<target state="needs-review-translation" state-qualifier="mt-suggestion">/);
    expect(xliff1).toContain('<trans-unit id="s675d8c8399" approved="yes" xml:space="preserve">');
    const tmx = exportExchange('tmx', 'ko', filesFor('ko'));
    expect(tmx).not.toContain('tuid="s68f653d0a5"'); // no Korean yet: nothing for a memory
    expect(tmx).toContain('<tuv xml:lang="ko"><seg>김정은, 우크라이나 전쟁서 러시아 전폭 지지 약속</seg></tuv>');
  });

  it.each(EXCHANGE_FORMATS.ids())('%s records each unit\'s base (target and status at export) for a three-way import', (format) => {
    const units = readExchange(exportExchange(format, 'en', filesFor('en')), 'x').units;
    const entries = filesFor('en').flatMap((file) => file.entries).filter((entry) => format !== 'tmx' || entry.target !== '');
    expect(units.map((unit) => [unit.id, unit.base?.target, unit.base?.status])).toEqual(entries.map((entry) => [entry.id, entry.target, entry.status]));
    const awkwardBase = readExchange(exportExchange(format, 'en', [{ path: 'translations/en/awkward.yaml', source: 'source/awkward.md', language: 'en', entries: awkward }]), 'x').units[0]!.base;
    expect(awkwardBase).toEqual({ target: 'A & B <c> ]]> \ufffd bell', status: 'edited', ...(format === 'tmx' ? {} : { stateStatus: 'edited' }) });
  });

  it('reads elements by namespace: a foreign element named like a core one is not taken for it', () => {
    const xml = exportExchange('xliff2', 'en', filesFor('en')).replace(
      '<target xml:space="preserve">A subheading</target>',
      '<x:target xmlns:x="urn:example:other">Not this</x:target><target xml:space="preserve">A subheading</target>',
    );
    expect(readExchange(xml, 'x').units.find((unit) => unit.id === 's57376042cc')).toMatchObject({ target: 'A subheading' });
  });

  it.each(EXCHANGE_FORMATS.ids())('%s reads back every character it wrote', (format) => {
    const files = [{ path: 'translations/en/awkward.yaml', source: 'source/awkward.md', language: 'en' as const, entries: awkward }];
    const units = readExchange(exportExchange(format, 'en', files), 'x').units;
    const expected = format === 'xliff2' ? 'A & B <c> ]]> \u0007 bell' : 'A & B <c> ]]> \ufffd bell'; // only XLIFF 2 can carry U+0007 (<cp>)
    expect(units[0]).toMatchObject({ id: 'sawkward001', target: expected, file: 'translations/en/awkward.yaml', language: 'en' });
  });
});
