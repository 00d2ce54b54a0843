import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/diagnostic.ts';
import { applyImport, EXCHANGE_FORMATS, exportExchange, readExchange } from '../../src/exchange/index.ts';
import { parseTranslationFile, type ParsedTranslationFile } from '../../src/store/index.ts';
import { contentHash } from '../../src/core/hash.ts';
import { copyFixture, runCli, snapshot } from '../helpers/cli.ts';

const FIXTURE = fileURLToPath(new URL('../publish/fixtures/newsroom', import.meta.url));
const EN = 'translations/en/bericht.yaml';

async function parsed(file = EN): Promise<ParsedTranslationFile> {
  return parseTranslationFile(await readFile(path.join(FIXTURE, file), 'utf8'), file);
}

async function exported(format: string): Promise<{ xml: string; files: Map<string, ParsedTranslationFile> }> {
  const file = await parsed();
  const xml = exportExchange(format, 'en', [{ path: EN, source: 'source/bericht.md', language: 'en', entries: file.model.segments }]);
  return { xml, files: new Map([[EN, file]]) };
}

/** The XML of one unit/trans-unit/tu, for editing it in a test. */
function unitOf(xml: string, id: string): string {
  const match = new RegExp(`<(unit|trans-unit|tu) (?:id|tuid)="${id}"[^]*?</\\1>`).exec(xml);
  if (!match) throw new Error(`no unit ${id}`);
  return match[0];
}

describe('import', () => {
  it('marks a changed target edited, or reviewed when the XLIFF 2 state says so', async () => {
    const { xml, files } = await exported('xliff2');
    const first = unitOf(xml, 'sd289538d36');
    const title = unitOf(xml, 's57376042cc');
    const edited = xml
      .replace(first, first.replace(/<target xml:space="preserve">[^<]*<\/target>/, '<target xml:space="preserve">The first sentence is here.</target>').replace('state="translated"', 'state="final"'))
      .replace(title, title.replace('<target xml:space="preserve">A subheading', '<target xml:space="preserve">An intertitle').replace('state="reviewed"', 'state="translated"'));
    const { files: written, report } = applyImport(readExchange(edited, 'ko.xlf').units, files);
    expect(report.changes).toEqual([
      { file: EN, id: 'sd289538d36', from: 'edited', to: 'reviewed', targetChanged: true },
      { file: EN, id: 's57376042cc', from: 'reviewed', to: 'edited', targetChanged: true },
    ]);
    expect(report.unchanged).toBe(7);
    const before = files.get(EN)!.text;
    const after = written[0]!.text;
    expect(after).toBe(
      before
        .replace('target: "The first sentence is \\"><img src=x onerror=alert(2)> here."\n    status: edited', 'target: "The first sentence is here."\n    status: reviewed')
        .replace('target: "A subheading"\n    status: reviewed', 'target: "An intertitle"\n    status: edited'),
    );
  });

  it('never touches segments the file does not contain', async () => {
    const { xml, files } = await exported('xliff1');
    const keep = unitOf(xml, 's8d5163b9fd');
    const only = xml.replace(/<body>[^]*<\/body>/, `<body>\n      ${keep.replace('A point in the list.', 'One point in the list.')}\n    </body>`);
    const { files: written, report } = applyImport(readExchange(only, 'en.xlf').units, files);
    expect(report.changes.map((change) => change.id)).toEqual(['s8d5163b9fd']);
    expect(written[0]!.text).toBe(files.get(EN)!.text.replace('target: "A point in the list."\n    status: reviewed', 'target: "One point in the list."\n    status: reviewed'));
  });

  it('promotes an unchanged target when XLIFF 1.2 approves it, and resolves a stale segment', async () => {
    const { xml, files } = await exported('xliff1');
    const stale = unitOf(xml, 's25da321098');
    const approved = xml.replace(stale, stale.replace('<trans-unit id="s25da321098"', '<trans-unit id="s25da321098" approved="yes"'));
    const { files: written, report } = applyImport(readExchange(approved, 'en.xlf').units, files);
    expect(report.changes).toEqual([{ file: EN, id: 's25da321098', from: 'stale', to: 'reviewed', targetChanged: false }]);
    const entry = parseTranslationFile(written[0]!.text, EN).model.segments.find((segment) => segment.id === 's25da321098')!;
    expect(entry).toEqual({ id: 's25da321098', source: 'Der zweite Satz nennt Kim Jong-un in Pjöngjang.', target: 'The second sentence names Kim Jong-un.', status: 'reviewed', glossary: ['kim-jong-un', 'pyongyang'] });
  });

  it('brings back a TMX target as edited', async () => {
    const { xml, files } = await exported('tmx');
    const changed = xml.replace('<seg>A deeper point.</seg>', '<seg>A point one level down.</seg>');
    const { report } = applyImport(readExchange(changed, 'en.tmx').units, files);
    expect(report.changes).toEqual([{ file: EN, id: 's737bb2fe39', from: 'reviewed', to: 'edited', targetChanged: true }]);
  });

  it('reports unknown ids, changed German and another language, and skips them', async () => {
    const { xml, files } = await exported('xliff2');
    const unit = unitOf(xml, 's8d5163b9fd');
    const changed = xml
      .replace(unit, `${unit.replaceAll('s8d5163b9fd', 'sffffffffff').replace('A point', 'Some point')}\n    ${unit.replace('Ein Punkt in der Liste.', 'Ein Punkt auf der Liste.').replace('A point', 'Some point')}`);
    const { files: written, report } = applyImport(readExchange(changed, 'en.xlf').units, files);
    expect(written).toEqual([]);
    expect(report.skipped).toEqual([
      { reason: 'unknown-id', id: 'sffffffffff', file: EN, line: expect.any(Number), column: 5 },
      { reason: 'source-changed', id: 's8d5163b9fd', file: EN, line: expect.any(Number), column: 5 },
    ]);
    const korean = applyImport(readExchange(xml.replace('trgLang="en"', 'trgLang="ko-KR"'), 'x.xlf').units, files);
    expect(new Set(korean.report.skipped.map((skip) => skip.reason))).toEqual(new Set(['language-mismatch']));
  });

  it('refuses a file that is not well-formed, with the place', () => {
    expect(() => readExchange('<?xml version="1.0"?>\n<xliff version="2.1">\n  <file id="f1">\n</xliff>\n', 'bad.xlf')).toThrow(InputError);
    try {
      readExchange('<?xml version="1.0"?>\n<xliff version="2.1">\n  <file id="f1">\n</xliff>\n', 'bad.xlf');
    } catch (error) {
      expect((error as InputError).diagnostics[0]).toMatchObject({ file: 'bad.xlf', line: 4, column: 1, ruleId: 'exchange-format' });
    }
    expect(() => readExchange('<po/>', 'x.po')).toThrow(/neither XLIFF 1.2, XLIFF 2.x nor TMX/);
  });
});

describe('dolmetsch export + import', () => {
  it.each(['xliff2', 'xliff1', 'tmx'] as const)('%s: an unchanged round trip leaves every YAML byte-identical', async (format) => {
    const repo = await copyFixture(FIXTURE);
    const before = await snapshot(path.join(repo, 'translations'));
    const out = await runCli(repo, ['export', '--format', format]);
    expect(out.code, out.stderr).toBe(0);
    for (const language of ['en', 'ko']) {
      const file = format === 'tmx' ? `dist/exchange/${language}.tmx` : `dist/exchange/${language}.${format}.xlf`;
      const result = await runCli(repo, ['import', file]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/: 0 segment\(s\) changed/);
    }
    expect(await snapshot(path.join(repo, 'translations'))).toEqual(before);
  });

  it('writes edits and exits 1 when units were skipped', async () => {
    const repo = await copyFixture(FIXTURE);
    expect((await runCli(repo, ['export', '--format', 'xliff2', '--lang', 'ko'])).code).toBe(0);
    const file = path.join(repo, 'dist/exchange/ko.xliff2.xlf');
    const xml = await readFile(file, 'utf8');
    await writeFile(file, xml.replace('<unit id="s42b5abac8d" xml:space="preserve">', '<unit id="snotthere00">'.concat('<segment><source>x</source><target>y</target></segment></unit>\n    <unit id="s42b5abac8d" xml:space="preserve">'))
      .replace(/(<unit id="s8d5163b9fd" xml:space="preserve">[^]*?<segment id="s8d5163b9fd" state=")initial" subState="dolmetsch:machine(">[^]*?<target xml:space="preserve">)[^<]*/, '$1reviewed$2목록의 한 항목.'));
    const result = await runCli(repo, ['import', 'dist/exchange/ko.xliff2.xlf']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('translations/ko/bericht.yaml  s8d5163b9fd: machine → reviewed (new target)');
    expect(result.stderr).toMatch(/^dist\/exchange\/ko\.xliff2\.xlf:\d+:5: warning: segment "snotthere00" \(translations\/ko\/bericht\.yaml\): no segment with this id/m);
    expect(await readFile(path.join(repo, 'translations/ko/bericht.yaml'), 'utf8')).toContain('target: "목록의 한 항목."\n    status: reviewed');
  });
});

/** The file's target of one unit replaced (the unit's own target, never the base the export recorded). */
function editTarget(xml: string, id: string, from: string, to: string): string {
  const unit = unitOf(xml, id);
  const edited = unit.replace(new RegExp(`(<(?:target|seg)[^>]*>)${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}<`), `$1${to}<`);
  if (edited === unit) throw new Error(`no target "${from}" in unit ${id}`);
  return xml.replace(unit, edited);
}

/** The YAML after a person worked on it since the export. */
function yamlEdited(file: ParsedTranslationFile, edit: (text: string) => string): Map<string, ParsedTranslationFile> {
  const text = edit(file.text);
  if (text === file.text) throw new Error('the YAML edit changed nothing');
  return new Map([[EN, parseTranslationFile(text, EN)]]);
}

const OUR_EDITS = (text: string): string =>
  text
    .replace('target: "A short report from Pyongyang"\n    status: reviewed', 'target: "A brief report from Pyongyang"\n    status: reviewed')
    .replace('target: The second sentence names Kim Jong-un.\n', 'target: The second sentence names Kim Jong-un in Pyongyang.\n');

describe('import is a three-way merge with the base the export recorded', () => {
  it.each(EXCHANGE_FORMATS.ids())('%s: an older export in which another unit changed leaves newer YAML work alone', async (format) => {
    const { xml } = await exported(format);
    const files = yamlEdited(await parsed(), OUR_EDITS);
    const theirs = editTarget(xml, 's8d5163b9fd', 'A point in the list.', 'One point on the list.');
    const { files: written, report } = applyImport(readExchange(theirs, 'old.xlf').units, files);
    expect(report.conflicts).toEqual([]);
    // XLIFF's state still says reviewed; TMX has no state, so a new target is a person's edit.
    const to = format === 'tmx' ? 'edited' : 'reviewed';
    expect(report.changes).toEqual([{ file: EN, id: 's8d5163b9fd', from: 'reviewed', to, targetChanged: true }]);
    // The reviewed segment keeps its newer text and label; the stale one its newer text and its marks.
    expect(written[0]!.text).toBe(
      files.get(EN)!.text.replace('target: "A point in the list."\n    status: reviewed', `target: "One point on the list."\n    status: ${to}`),
    );
  });

  it.each(EXCHANGE_FORMATS.ids())('%s: a unit changed in the file and in the YAML is a conflict, applied only when theirs is taken', async (format) => {
    const { xml } = await exported(format);
    const files = yamlEdited(await parsed(), OUR_EDITS);
    const theirs = editTarget(xml, 's42b5abac8d', 'A short report from Pyongyang', 'A little report from Pyongyang');
    const { files: written, report } = applyImport(readExchange(theirs, 'old.xlf').units, files);
    expect(written).toEqual([]);
    expect(report.changes).toEqual([]);
    expect(report.conflicts).toEqual([{
      file: EN, id: 's42b5abac8d', why: 'both-changed', line: expect.any(Number), column: expect.any(Number),
      ours: { target: 'A brief report from Pyongyang', status: 'reviewed' },
      theirs: { target: 'A little report from Pyongyang', ...(format === 'xliff1' ? { status: 'reviewed' } : format === 'xliff2' ? { status: 'reviewed' } : {}) },
    }]);
    const taken = applyImport(readExchange(theirs, 'old.xlf').units, files, { takeTheirs: true });
    expect(taken.report.conflicts).toEqual([]);
    expect(taken.report.changes).toEqual([{ file: EN, id: 's42b5abac8d', from: 'reviewed', to: format === 'tmx' ? 'edited' : 'reviewed', targetChanged: true, overrodeOurs: true }]);
  });

  it('a unit changed the same way on both sides is no conflict and changes nothing', async () => {
    const { xml } = await exported('xliff2');
    const files = yamlEdited(await parsed(), OUR_EDITS);
    const theirs = editTarget(xml, 's42b5abac8d', 'A short report from Pyongyang', 'A brief report from Pyongyang');
    const { files: written, report } = applyImport(readExchange(theirs, 'x.xlf').units, files);
    expect(report).toMatchObject({ changes: [], conflicts: [] });
    expect(written).toEqual([]);
  });

  it('a confirmed state alone is a change of theirs too: applied over an unchanged YAML, a conflict over a changed one', async () => {
    const { xml } = await exported('xliff2');
    const confirm = (id: string) => {
      const unit = unitOf(xml, id);
      return xml.replace(unit, unit.replace(/state="[^"]*"( subState="[^"]*")?/, 'state="final"'));
    };
    const stale = applyImport(readExchange(confirm('s25da321098'), 'x.xlf').units, new Map([[EN, await parsed()]]));
    expect(stale.report.changes).toEqual([{ file: EN, id: 's25da321098', from: 'stale', to: 'reviewed', targetChanged: false }]);
    const files = yamlEdited(await parsed(), OUR_EDITS);
    const over = applyImport(readExchange(confirm('s25da321098'), 'x.xlf').units, files);
    expect(over.report.conflicts.map((conflict) => [conflict.id, conflict.why])).toEqual([['s25da321098', 'both-changed']]);
  });

  it.each(EXCHANGE_FORMATS.ids())('%s: a translator\'s text wins over machine text a run wrote since the export (no conflict)', async (format) => {
    const ko = 'translations/ko/bericht.yaml';
    const file = parseTranslationFile(await readFile(path.join(FIXTURE, ko), 'utf8'), ko);
    const xml = exportExchange(format, 'ko', [{ path: ko, source: 'source/bericht.md', language: 'ko', entries: file.model.segments }]);
    // Since the export a run replaced the machine text (untouched by a person: its machine hash matches).
    const newer = '⟦ko: néúér Béríçht áúš 평양⟧';
    const ours = parseTranslationFile(
      file.text.replace('target: "⟦ko: Éíñ kléíñér Béríçht áúš 평양⟧"', `target: "${newer}"`).replace('hash: a1f3884a92cd', `hash: ${contentHash(newer)}`),
      ko,
    );
    const theirs = editTarget(xml, 's42b5abac8d', '⟦ko: Éíñ kléíñér Béríçht áúš 평양⟧', '평양에서 온 짧은 보고');
    const { report } = applyImport(readExchange(theirs, 'x').units, new Map([[ko, ours]]));
    expect(report.conflicts).toEqual([]);
    expect(report.changes).toEqual([{ file: ko, id: 's42b5abac8d', from: 'machine', to: format === 'tmx' ? 'edited' : expect.any(String), targetChanged: true }]);
  });
});

describe('a file exported before bases were recorded', () => {
  /** What an export wrote before this change: no mda:metadata, no base alt-trans, no base prop. */
  const withoutBase = (xml: string): string =>
    xml
      .replace(/\n\s*<mda:metadata>[^]*?<\/mda:metadata>/g, '')
      .replace(/\n\s*<alt-trans[^>]*origin="dolmetsch-export"[^]*?<\/alt-trans>/g, '')
      .replace(/\n\s*<prop type="x-dolmetsch-base-target">[^<]*<\/prop>/g, '');

  it.each(EXCHANGE_FORMATS.ids())('%s: applies over untouched machine text, is a conflict over a person\'s target, changes nothing where equal', async (format) => {
    const ko = 'translations/ko/bericht.yaml';
    const file = parseTranslationFile(await readFile(path.join(FIXTURE, ko), 'utf8'), ko);
    const xml = withoutBase(exportExchange(format, 'ko', [{ path: ko, source: 'source/bericht.md', language: 'ko', entries: file.model.segments }]));
    expect(readExchange(xml, 'old').units.every((unit) => unit.base === undefined)).toBe(true);
    // Since that export a person edited one machine target in the YAML (status left alone: still a person's edit).
    const ours = parseTranslationFile(file.text.replace('target: "⟦ko: Dér éršté Šátž štéht híér.⟧"', 'target: "첫 문장이 여기 있다."'), ko);
    let theirs = editTarget(xml, 's42b5abac8d', '⟦ko: Éíñ kléíñér Béríçht áúš 평양⟧', '평양에서 온 짧은 보고');
    theirs = editTarget(theirs, 'sd289538d36', '⟦ko: Dér éršté Šátž štéht híér.⟧', '첫 번째 문장은 여기.');
    const { report } = applyImport(readExchange(theirs, 'old').units, new Map([[ko, ours]]));
    expect(report.changes).toEqual([{ file: ko, id: 's42b5abac8d', from: 'machine', to: 'edited', targetChanged: true }]);
    expect(report.conflicts).toMatchObject([{ id: 'sd289538d36', why: 'no-base', ours: { target: '첫 문장이 여기 있다.', status: 'machine' }, theirs: { target: '첫 번째 문장은 여기.' } }]);
    expect(report.unchanged).toBe(6);
  });

  it('never demotes: an old file\'s state is older than the YAML', async () => {
    const { xml, files } = await exported('xliff2');
    const old = withoutBase(xml).replace('<segment id="s42b5abac8d" state="reviewed">', '<segment id="s42b5abac8d" state="translated">');
    const promoted = withoutBase(xml).replace('<segment id="sd289538d36" state="translated">', '<segment id="sd289538d36" state="final">');
    expect(applyImport(readExchange(old, 'old').units, files).report).toMatchObject({ changes: [], conflicts: [] });
    expect(applyImport(readExchange(promoted, 'old').units, files).report.changes).toEqual([{ file: EN, id: 'sd289538d36', from: 'edited', to: 'reviewed', targetChanged: false }]);
  });
});

describe('dolmetsch import: conflicts', () => {
  it('shows both texts of a conflict, applies the rest, exits 1; --theirs takes the file\'s version', async () => {
    const repo = await copyFixture(FIXTURE);
    expect((await runCli(repo, ['export', '--format', 'xliff1', '--lang', 'ko'])).code).toBe(0);
    const yamlPath = path.join(repo, 'translations/ko/bericht.yaml');
    // After the export a reviewer finishes the title in the YAML.
    const yaml = (await readFile(yamlPath, 'utf8')).replace('target: "⟦ko: Éíñ kléíñér Béríçht áúš 평양⟧"\n    status: machine', 'target: "평양발 짧은 보고"\n    status: reviewed');
    await writeFile(yamlPath, yaml);
    // Meanwhile the translator works on the old export: the title differently, and another unit.
    const file = path.join(repo, 'dist/exchange/ko.xliff1.xlf');
    let xml = await readFile(file, 'utf8');
    xml = editTarget(xml, 's42b5abac8d', '⟦ko: Éíñ kléíñér Béríçht áúš 평양⟧', '평양에서 온 작은 보고');
    xml = editTarget(xml, 's8d5163b9fd', '⟦ko: Éíñ Púñkt íñ dér Líšté.⟧', '목록의 한 항목.');
    await writeFile(file, xml);

    const result = await runCli(repo, ['import', 'dist/exchange/ko.xliff1.xlf']);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('1 segment(s) changed');
    expect(result.stdout).toContain('1 conflict(s)');
    expect(result.stderr).toMatch(/^dist\/exchange\/ko\.xliff1\.xlf:\d+:\d+: warning: segment "s42b5abac8d" \(translations\/ko\/bericht\.yaml\): changed in this file and in the YAML since the export, not applied\. YAML: "평양발 짧은 보고" \(reviewed\); file: "평양에서 온 작은 보고" \[import-conflict\]\n  fix: .*--theirs/m);
    const after = await readFile(yamlPath, 'utf8');
    expect(after).toBe(yaml.replace('target: "⟦ko: Éíñ Púñkt íñ dér Líšté.⟧"\n    status: machine', 'target: "목록의 한 항목."\n    status: edited'));

    const theirs = await runCli(repo, ['import', 'dist/exchange/ko.xliff1.xlf', '--theirs']);
    expect(theirs.code, theirs.stderr).toBe(0);
    expect(theirs.stdout).toContain("s42b5abac8d: reviewed → edited (new target) (over the YAML's change, --theirs)");
    expect(await readFile(yamlPath, 'utf8')).toContain('target: "평양에서 온 작은 보고"\n    status: edited');
  });
});
