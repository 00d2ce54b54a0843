import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/diagnostic.ts';
import type { TranslationFile } from '../../src/core/translation.ts';
import { locate, parseTranslationFile, serializeTranslationFile } from '../../src/store/translation-file.ts';
import { changedLines, commentLines, fixtureNames, readFixture, VALID_PATHS } from './fixture-files.ts';

const translationFixtures = fixtureNames('valid').filter((name) => name !== 'memory');

function parseFixture(name: string) {
  return parseTranslationFile(readFixture('valid', name, 'input.yaml'), VALID_PATHS[name]!);
}

function diagnosticsOf(action: () => unknown): InputError {
  try {
    action();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('valid translation files', () => {
  for (const name of translationFixtures) {
    it(`${name}: parses into the expected model`, () => {
      expect(parseFixture(name).model).toEqual(JSON.parse(readFixture('valid', name, 'model.json')));
    });

    it(`${name}: serializing the unchanged model gives the same bytes`, () => {
      const parsed = parseFixture(name);
      expect(serializeTranslationFile(structuredClone(parsed.model), parsed)).toBe(parsed.text);
    });

    it(`${name}: CRLF line breaks survive an edit`, () => {
      const text = readFixture('valid', name, 'input.yaml').replace(/\n/g, '\r\n');
      const parsed = parseTranslationFile(text, VALID_PATHS[name]!);
      expect(serializeTranslationFile(structuredClone(parsed.model), parsed)).toBe(text);
      const model = structuredClone(parsed.model);
      model.segments[0]!.target = 'Edited on Windows';
      model.segments.push({ id: 'snew', source: 'Neu.\nZweite Zeile.', target: '', status: 'new' });
      const output = serializeTranslationFile(model, parsed);
      expect(output.replace(/\r\n/g, '')).not.toContain('\n');
      expect(parseTranslationFile(output, parsed.path).model).toEqual(model);
    });

    it(`${name}: editing one target changes exactly one line`, () => {
      const parsed = parseFixture(name);
      const model = structuredClone(parsed.model);
      const index = model.segments.findIndex((segment) => !segment.target.includes('\n'));
      model.segments[index]!.target = 'A new translation: with a colon, "quotes" and # a hash';
      const output = serializeTranslationFile(model, parsed);
      const changed = changedLines(parsed.text, output);
      expect(changed).toHaveLength(1);
      expect(changed[0]).toContain('target:');
      expect(parseTranslationFile(output, parsed.path).model).toEqual(model);
    });
  }

  it('a new file has the documented layout and reads back as its model', () => {
    const parsed = parseFixture('generated');
    const text = serializeTranslationFile(parsed.model);
    expect(text).toBe(parsed.text);
    expect(text.split('\n').slice(0, 6)).toEqual([
      '# dolmetsch translation file — edit `target`; set `status: reviewed` when a segment is done.',
      "# Statuses: new · machine · edited · reviewed · stale (the German changed after a person's edit; see previous_source/suggestion).",
      'article: kim-russland',
      'language: en',
      'source: source/kim-russland.md',
      'segments:',
    ]);
    expect(text).toContain('    glossary: [ kim-jong-un, vladimir-putin ]\n    machine: { provider: deepl, hash: 1a2b3c4d5e6f }\n');
    expect(text).toContain('    source: "123"\n');
    expect(text).not.toContain('glossary: []');
  });

  it('a long sentence stays on one line', () => {
    const long = 'Wort '.repeat(400).trim();
    const model: TranslationFile = { article: 'a', language: 'en', source: 'source/a.md', segments: [{ id: 's1', source: long, target: long, status: 'machine' }] };
    const text = serializeTranslationFile(model);
    expect(text).toContain(`    source: ${long}\n`);
    expect(parseTranslationFile(text, 'translations/en/a.yaml').model).toEqual(model);
  });

  it('an empty segment list is written as [] and can be filled later', () => {
    const empty: TranslationFile = { article: 'a', language: 'ko', source: 'source/a.md', segments: [] };
    const text = serializeTranslationFile(empty);
    expect(text).toContain('segments: []\n');
    const parsed = parseTranslationFile(`# keep me\n${text}`, 'translations/ko/a.yaml');
    const filled = { ...empty, segments: [{ id: 's1', source: 'Satz.', target: '문장.', status: 'machine' as const }] };
    const output = serializeTranslationFile(filled, parsed);
    expect(output).toContain('# keep me\n');
    expect(parseTranslationFile(output, parsed.path).model).toEqual(filled);
    const emptied = serializeTranslationFile(empty, parseTranslationFile(output, parsed.path));
    expect(parseTranslationFile(emptied, parsed.path).model).toEqual(empty);
    expect(emptied).toContain('# keep me\n');
  });
});

describe('structural edits keep the comments of every other segment', () => {
  const parsed = parseFixture('hand-edited');
  const byId = (model: TranslationFile, id: string) => model.segments.findIndex((segment) => segment.id === id);

  it('removing a segment drops only its own comments', () => {
    const model = structuredClone(parsed.model);
    model.segments.splice(byId(model, 's0a1b2c3d4e'), 1);
    const output = serializeTranslationFile(model, parsed);
    const own = ['# The lead paragraph: "Diktator" is on purpose.', '# a comment between two keys', '# deeper trailing comment stays with s0a1b2c3d4e'];
    expect(commentLines(output)).toEqual(commentLines(parsed.text).filter((line) => !own.includes(line)));
    expect(parseTranslationFile(output, parsed.path).model).toEqual(model);
  });

  it('inserting a segment keeps every comment and touches no other line', () => {
    const model = structuredClone(parsed.model);
    model.segments.splice(2, 0, { id: 'sinserted0', source: 'Eingefügt.', target: 'Inserted.', status: 'machine', glossary: ['kim-jong-un'] });
    const output = serializeTranslationFile(model, parsed);
    expect(commentLines(output)).toEqual(commentLines(parsed.text));
    const inserted = '  - id: sinserted0\n    source: Eingefügt.\n    target: Inserted.\n    status: machine\n    glossary: [ kim-jong-un ]\n';
    expect(output.replace(inserted, '')).toBe(parsed.text);
  });

  it('moving a segment moves its comments with it', () => {
    const model = structuredClone(parsed.model);
    const [first] = model.segments.splice(0, 1);
    model.segments.push(first!);
    const output = serializeTranslationFile(model, parsed);
    expect(commentLines(output).sort()).toEqual(commentLines(parsed.text).sort());
    const headline = output.indexOf('# Headline — keep it short.\n  - id: s3f9a2c1d7b\n');
    expect(headline).toBeGreaterThan(output.indexOf('id: s5e6f7a8b9c'));
    expect(output.trimEnd().endsWith('# end of file comment')).toBe(true);
    expect(parseTranslationFile(output, parsed.path).model).toEqual(model);
  });

  it('adding and removing optional fields keeps the other keys, their order and comments', () => {
    const model = structuredClone(parsed.model);
    const lead = model.segments[byId(model, 's0a1b2c3d4e')]!;
    lead.status = 'stale';
    lead.previousSource = 'Der alte Satz.';
    lead.suggestion = 'A fresh machine suggestion.';
    delete lead.note;
    const headline = model.segments[byId(model, 's3f9a2c1d7b')]!;
    headline.glossary = ['kim-jong-un'];
    delete headline.machine;
    const output = serializeTranslationFile(model, parsed);
    expect(parseTranslationFile(output, parsed.path).model).toEqual(model);
    expect(output).toContain([
      '  - id: s0a1b2c3d4e',
      '    status: stale',
      '    source: Der nordkoreanische Diktator Kim Jong-un hat Russlands Präsidenten Wladimir Putin getroffen, zum zweiten Mal in diesem Jahr.',
      '    target: "North Korean dictator Kim Jong Un met Russia\\u2019s president Vladimir Putin: the second time this year."',
      '    # a comment between two keys',
      '    machine: { provider: deepl, hash: 9f8e7d6c5b4a }',
      '      # deeper trailing comment stays with s0a1b2c3d4e',
      '    previous_source: Der alte Satz.',
      '    suggestion: A fresh machine suggestion.',
    ].join('\n'));
    expect(output).toContain("    target: 'Kim Jong Un travels to Russia'   # checked with the desk\n    status: reviewed\n    glossary: [kim-jong-un]\n");
  });

  it('a second serialize from the same parse result gives the same text', () => {
    const model = structuredClone(parsed.model);
    model.segments.reverse();
    model.segments[0]!.target = 'Changed.';
    const first = serializeTranslationFile(model, parsed);
    const second = serializeTranslationFile(model, parsed);
    expect(second).toBe(first);
    expect(serializeTranslationFile(structuredClone(parsed.model), parsed)).toBe(parsed.text);
    expect(parsed.document.toJS()).toMatchObject({ article: 'kim-russland' });
  });

  it('writes a change made to the parse result\'s own model, and never changes the parse result', () => {
    const own = parseFixture('hand-edited');
    const documentBefore = own.document.toString();
    own.model.segments[0]!.target = 'Edited in place';
    const output = serializeTranslationFile(own.model, own);
    expect(changedLines(own.text, output)).toEqual(["    target: 'Edited in place'   # checked with the desk"]);
    expect(own.document.toString()).toBe(documentBefore);
    expect(own.text).toBe(readFixture('valid', 'hand-edited', 'input.yaml'));
  });

  it('a changed top-level value changes its line only, keeping the comment after it', () => {
    const model = { ...structuredClone(parsed.model), source: 'source/kim-russland-neu.md' };
    expect(changedLines(parsed.text, serializeTranslationFile(model, parsed))).toEqual(['source: source/kim-russland-neu.md   # the German original']);
  });

  it('a file without a final newline can be edited', () => {
    const text = parsed.text.replace(/\n# end of file comment\n$/, '');
    const withoutNewline = parseTranslationFile(text, parsed.path);
    const model = structuredClone(withoutNewline.model);
    model.segments.reverse();
    const output = serializeTranslationFile(model, withoutNewline);
    expect(parseTranslationFile(output, parsed.path).model).toEqual(model);
  });
});

describe('invalid translation files', () => {
  for (const name of fixtureNames('invalid').filter((fixture) => !fixture.startsWith('memory'))) {
    it(`${name}: reports exactly the expected diagnostics`, () => {
      const path = `translations/en/${name}.yaml`;
      const error = diagnosticsOf(() => parseTranslationFile(readFixture('invalid', name, 'input.yaml'), path));
      const found = error.diagnostics.map((d) => (d.line === undefined ? { ruleId: d.ruleId } : { ruleId: d.ruleId, line: d.line, column: d.column }));
      expect(found).toEqual(JSON.parse(readFixture('invalid', name, 'expected.json')));
      for (const diagnostic of error.diagnostics) {
        expect(diagnostic.file).toBe(path);
        expect(diagnostic.hint).toBeTruthy();
      }
      expect(error.message).toContain(path);
    });
  }

  it('explains what was expected and what was found', () => {
    const error = diagnosticsOf(() => parseTranslationFile(readFixture('invalid', 'wrong-types', 'input.yaml'), 'translations/en/x.yaml'));
    expect(error.diagnostics[0]).toMatchObject({ message: 'expected text for "target", found the number 12', hint: 'Put the value in double quotes so it stays text: target: "12"' });
    const keys = diagnosticsOf(() => parseTranslationFile(readFixture('invalid', 'unknown-keys', 'input.yaml'), 'translations/en/x.yaml'));
    expect(keys.diagnostics.find((d) => d.line === 7)?.hint).toBe('Rename "taget" to "target".');
    const status = diagnosticsOf(() => parseTranslationFile(readFixture('invalid', 'unknown-status', 'input.yaml'), 'translations/en/x.yaml'));
    expect(status.diagnostics[0]!.message).toContain('new, machine, edited, reviewed, stale');
  });

  it('refuses a value over 100,000 characters, pointing at it', () => {
    const text = `article: a\nlanguage: en\nsource: s.md\nsegments:\n  - id: s1\n    source: x\n    target: ${'y'.repeat(100_001)}\n    status: machine\n`;
    const error = diagnosticsOf(() => parseTranslationFile(text, 'translations/en/a.yaml'));
    expect(error.diagnostics).toMatchObject([{ ruleId: 'input-too-large', line: 7, column: 13 }]);
  });

  it('refuses a file over 20 MB before parsing it', () => {
    const text = `# ${'x'.repeat(20 * 1024 * 1024)}\n`;
    const error = diagnosticsOf(() => parseTranslationFile(text, 'translations/en/a.yaml'));
    expect(error.diagnostics).toMatchObject([{ ruleId: 'input-too-large', file: 'translations/en/a.yaml' }]);
  });

  it('refuses an alias bomb without expanding it', () => {
    const levels = Array.from({ length: 12 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`);
    const text = `l0: &l0 lol\n${levels.join('\n')}\n`;
    const error = diagnosticsOf(() => parseTranslationFile(text, 'translations/en/a.yaml'));
    expect(error.diagnostics.some((d) => d.ruleId === 'yaml-alias')).toBe(true);
  });
});

describe('locate', () => {
  const parsed = parseFixture('hand-edited');

  it('points at a field value of a segment', () => {
    expect(locate(parsed, 1, 'target')).toMatchObject({ line: 20, column: 13, endLine: 20 });
    expect(locate(parsed, 2, 'target')).toMatchObject({ line: 30, column: 13 });
    expect(locate(parsed, 0, 'machine')).toMatchObject({ line: 14, column: 14, endLine: 14, endColumn: 51 });
  });

  it('accepts model field names and falls back to the segment itself', () => {
    const text = `${parsed.text.replace('    note: >-', '    previous_source: Alt.\n    note: >-')}`;
    const withPrevious = parseTranslationFile(text, parsed.path);
    expect(locate(withPrevious, 1, 'previousSource')).toMatchObject({ line: 21, column: 22 });
    expect(locate(parsed, 3, 'suggestion')).toMatchObject({ line: 37, column: 5 });
    expect(locate(parsed, 3)).toMatchObject({ line: 37, column: 5 });
  });
});
