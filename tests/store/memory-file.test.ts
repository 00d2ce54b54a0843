import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/diagnostic.ts';
import type { MemoryFile } from '../../src/core/translation.ts';
import { parseMemoryFile, serializeMemoryFile } from '../../src/store/memory-file.ts';
import { changedLines, commentLines, readFixture, VALID_PATHS } from './fixture-files.ts';

const path = VALID_PATHS.memory!;
const parseFixture = () => parseMemoryFile(readFixture('valid', 'memory', 'input.yaml'), path);

describe('memory files', () => {
  it('parses into the expected model', () => {
    expect(parseFixture().model).toEqual(JSON.parse(readFixture('valid', 'memory', 'model.json')));
  });

  it('writes the unchanged model back byte for byte', () => {
    const parsed = parseFixture();
    expect(serializeMemoryFile(structuredClone(parsed.model), parsed)).toBe(parsed.text);
  });

  it('a new file reads back as its model', () => {
    const model: MemoryFile = {
      language: 'ko',
      entries: [{ source: 'Ja.', target: '네.', status: 'reviewed', article: 'a' }, { source: 'Nein: nie', target: '아니요', status: 'machine', machine: { provider: 'deepl', hash: 'abcdef012345' } }],
    };
    const text = serializeMemoryFile(model);
    expect(text.startsWith('# dolmetsch translation memory')).toBe(true);
    expect(text).toContain('\nentries:\n  - source: Ja.\n');
    expect(parseMemoryFile(text, 'translations/memory/ko.yaml').model).toEqual(model);
  });

  it('edits one target on one line and keeps comments when entries come and go', () => {
    const parsed = parseFixture();
    const edited = structuredClone(parsed.model);
    edited.entries[1]!.target = 'The meeting lasted three hours and ten minutes.';
    const output = serializeMemoryFile(edited, parsed);
    expect(changedLines(parsed.text, output)).toEqual(['    target: The meeting lasted three hours and ten minutes.   # desk-approved']);

    const reshaped = structuredClone(parsed.model);
    reshaped.entries.reverse();
    reshaped.entries.push({ source: 'Neu.', target: 'New.', status: 'edited' });
    const reshapedText = serializeMemoryFile(reshaped, parsed);
    expect(commentLines(reshapedText).sort()).toEqual(commentLines(parsed.text).sort());
    expect(parseMemoryFile(reshapedText, path).model).toEqual(reshaped);
  });

  it('writes the comments an entry brings above it, once, in a new file and over an existing one', () => {
    const brought = { source: 'Neu.', target: 'Zeile eins\nZeile zwei', status: 'edited' as const, note: 'keep', comments: [' from bericht', 'tight'] };
    const fresh = serializeMemoryFile({ language: 'en', entries: [brought] });
    expect(fresh).toContain('entries:\n  # from bericht\n  #tight\n  - source: Neu.\n');
    expect(parseMemoryFile(fresh, path).model.entries[0]).toEqual({ source: 'Neu.', target: 'Zeile eins\nZeile zwei', status: 'edited', note: 'keep' });

    const parsed = parseFixture();
    const model = structuredClone(parsed.model);
    model.entries[1]!.comments = [' from bericht'];
    model.entries.push(brought);
    const output = serializeMemoryFile(model, parsed);
    expect(output).toBe(`${parsed.text.replace('  - source: "Das', '  # from bericht\n  - source: "Das')}${fresh.slice(fresh.indexOf('  # from'))}`);
    // Written again over its own output with the same comments: nothing is repeated.
    expect(serializeMemoryFile(model, parseMemoryFile(output, path))).toBe(output);
  });

  it('reports memory problems with positions', () => {
    let error: unknown;
    try {
      parseMemoryFile(readFixture('invalid', 'memory-problems', 'input.yaml'), path);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    const found = (error as InputError).diagnostics.map((d) => ({ ruleId: d.ruleId, line: d.line, column: d.column }));
    expect(found).toEqual(JSON.parse(readFixture('invalid', 'memory-problems', 'expected.json')));
  });

  it('finds the same German twice and a language that does not match the file name', () => {
    const text = 'language: ko\nentries:\n  - source: A.\n    target: a\n    status: machine\n  - source: A.\n    target: b\n    status: machine\n';
    let error: InputError | undefined;
    try {
      parseMemoryFile(text, 'translations/memory/en.yaml');
    } catch (caught) {
      error = caught as InputError;
    }
    expect(error?.diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([
      ['translation-language-mismatch', 1, 11],
      ['translation-duplicate-id', 6, 13],
    ]);
  });
});
