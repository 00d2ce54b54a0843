import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/diagnostic.ts';
import { applyImport, exportExchange, readExchange, type ExchangeFormat } from '../../src/exchange/index.ts';
import { parseTranslationFile, type ParsedTranslationFile } from '../../src/store/index.ts';
import { copyFixture, runCli, snapshot } from '../helpers/cli.ts';

const FIXTURE = fileURLToPath(new URL('../publish/fixtures/newsroom', import.meta.url));
const EN = 'translations/en/bericht.yaml';

async function parsed(file = EN): Promise<ParsedTranslationFile> {
  return parseTranslationFile(await readFile(path.join(FIXTURE, file), 'utf8'), file);
}

async function exported(format: ExchangeFormat): Promise<{ xml: string; files: Map<string, ParsedTranslationFile> }> {
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
      .replace(title, title.replace('A subheading', 'An intertitle').replace('state="reviewed"', 'state="translated"'));
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
    await writeFile(file, xml.replace('<unit id="s42b5abac8d">', '<unit id="snotthere00">'.concat('<segment><source>x</source><target>y</target></segment></unit>\n    <unit id="s42b5abac8d">'))
      .replace(/(<unit id="s8d5163b9fd">[^]*?<segment id="s8d5163b9fd" state=")initial" subState="dolmetsch:machine(">[^]*?<target xml:space="preserve">)[^<]*/, '$1reviewed$2목록의 한 항목.'));
    const result = await runCli(repo, ['import', 'dist/exchange/ko.xliff2.xlf']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('translations/ko/bericht.yaml  s8d5163b9fd: machine → reviewed (new target)');
    expect(result.stderr).toMatch(/^dist\/exchange\/ko\.xliff2\.xlf:\d+:5: warning: segment "snotthere00" \(translations\/ko\/bericht\.yaml\): no segment with this id/m);
    expect(await readFile(path.join(repo, 'translations/ko/bericht.yaml'), 'utf8')).toContain('target: "목록의 한 항목."\n    status: reviewed');
  });
});
