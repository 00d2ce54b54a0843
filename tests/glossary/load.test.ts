import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, type Diagnostic } from '../../src/core/diagnostic.ts';
import { emptyGlossary, loadGlossary } from '../../src/glossary/load.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

function diagnosticsOf(name: string): Diagnostic[] {
  try {
    loadGlossary(fixture(name), `fixtures/${name}`);
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics;
    throw error;
  }
  throw new Error(`${name} loaded without an InputError`);
}

const where = (d: Diagnostic) => `${d.ruleId} ${d.line}:${d.column}`;

describe('loadGlossary: schema errors point at file:line:col', () => {
  it('reports unknown keys with the closest allowed key', () => {
    const found = diagnosticsOf('unknown-key.yaml');
    expect(found.map(where)).toEqual([
      'glossary-unknown-key 7:7',
      'glossary-missing-key 8:5',
      'glossary-unknown-key 9:7',
      'glossary-unknown-key 12:5',
    ]);
    expect(found[0]!.message).toContain('`froms`');
    expect(found[0]!.hint).toContain('did you mean `forms`?');
    expect(found[2]!.hint).toContain('did you mean `preferred`?');
    expect(found[3]!.hint).not.toContain('did you mean');
    expect(found.every((d) => d.file === 'fixtures/unknown-key.yaml' && d.severity === 'error')).toBe(true);
  });

  it('reports a duplicate id at the second one, naming the line of the first', () => {
    const [duplicate, ...rest] = diagnosticsOf('duplicate-id.yaml');
    expect(rest).toEqual([]);
    expect(where(duplicate!)).toBe('glossary-duplicate-id 8:9');
    expect(duplicate!.message).toContain('line 3');
  });

  it('reports German forms claimed by two entries (listed or derived), repeats and empty terms', () => {
    const found = diagnosticsOf('duplicate-term.yaml');
    expect(found.map(where)).toEqual([
      'glossary-duplicate-term 14:13', // Putin: a short form of `putin`
      'glossary-duplicate-term 15:15', // Putins: derived by genitive-s in `putin`
      'glossary-duplicate-term 15:23', // "  Putins " again, after trimming
      'glossary-empty-term 21:13',
    ]);
    expect(found[1]!.message).toContain('entry `putin` (line 8)');
    expect(found[2]!.message).toContain('twice');
  });

  it('reports wrong kinds, ids, case and derive values, booleans and lists, and keeps going', () => {
    const found = diagnosticsOf('wrong-kind.yaml');
    expect(found.map(where)).toEqual([
      'glossary-invalid-value 3:9',
      'glossary-invalid-value 4:11',
      'glossary-invalid-value 5:11',
      'glossary-invalid-value 8:16',
      'glossary-invalid-value 11:12',
      'glossary-invalid-value 14:17',
    ]);
    expect(found[0]!.hint).toContain('kim-jong-un');
    expect(found[1]!.message).toContain('found "persn"');
    expect(found[1]!.hint).toContain('did you mean `person`?');
    expect(found[3]!.hint).toContain('did you mean `genitive-s`?');
    expect(found[5]!.hint).toBe('write a list: [김 위원장]');
  });

  it('requires a preferred target unless the term is do-not-translate', () => {
    const found = diagnosticsOf('missing-preferred.yaml');
    expect(found.map(where)).toEqual([
      'glossary-missing-key 3:5', // moscow has no ko
      'glossary-missing-key 7:5', // moscow's en has no preferred
      'glossary-invalid-value 20:18', // dnt with a different preferred
      'glossary-duplicate-term 23:18', // 블룸버그 preferred and accepted
    ]);
    expect(found[0]!.message).toContain('has no `ko`');
  });

  it('rejects anchors and aliases', () => {
    expect(diagnosticsOf('anchors.yaml').map(where)).toEqual(['glossary-yaml-alias 6:16', 'glossary-yaml-alias 11:9']);
  });

  it('reports YAML syntax errors with their position', () => {
    const found = diagnosticsOf('syntax.yaml');
    expect(found.map(where)).toEqual(['yaml-syntax 5:9']); // where the { opens, not the next line
  });

  it('explains an empty file, and accepts an empty list of entries', () => {
    expect(() => loadGlossary('', 'g.yaml')).toThrow(/g\.yaml:1:1: error: the glossary must be a mapping; found nothing/);
    expect(loadGlossary('version: 1\nentries: []\n', 'g.yaml').entries).toEqual([]);
  });

  it('checks the top level: version 1 and entries', () => {
    expect(diagnosticsOf('top-level.yaml').map(where)).toEqual([
      'glossary-missing-key 1:1',
      'glossary-invalid-value 1:10',
      'glossary-unknown-key 2:1',
    ]);
  });
});

describe('loadGlossary: normalised entries', () => {
  const text = [
    'version: 1',
    'entries:',
    '  - id: renewz',
    '    kind: organisation',
    '    dnt: true',
    '    de: { term: "  RENEWZ.de " }',
    '  - id: bloomberg',
    '    kind: organisation',
    '    de: { term: Bloomberg, derive: [genitive-s] }',
    '    en: { dnt: true }',
    '    ko: { preferred: 블룸버그 }',
    '  - id: rodong-website',
    '    kind: other',
    '    dnt: true',
    '    de: { term: rodong.rep.kp }',
    '',
  ].join('\n');
  const glossary = loadGlossary(text, 'g.yaml');

  it('trims terms, applies dnt per entry or per language, and defaults case by kind', () => {
    const [renewz, bloomberg, rodong] = glossary.entries;
    expect(renewz!.de.term).toBe('RENEWZ.de');
    expect(renewz!.en).toEqual({ preferred: 'RENEWZ.de', accepted: [], forbiddenExceptions: [], allowGerman: false, forbidden: [], doNotTranslate: true });
    expect(renewz!.ko.doNotTranslate).toBe(true);
    expect(bloomberg!.en).toMatchObject({ preferred: 'Bloomberg', doNotTranslate: true });
    expect(bloomberg!.ko).toMatchObject({ preferred: '블룸버그', doNotTranslate: false });
    expect(bloomberg!.de.matchForms).toEqual(['Bloomberg', 'Bloombergs']);
    expect([renewz!.caseSensitive, rodong!.caseSensitive]).toEqual([true, false]);
  });

  it('resolves terms for a segment, skipping ids the glossary no longer has', () => {
    expect(glossary.termsFor(['bloomberg', 'gone', 'bloomberg'], 'ko')).toEqual([
      { entry: 'bloomberg', source: 'Bloomberg', target: '블룸버그', doNotTranslate: false },
    ]);
    expect(glossary.termsFor(['bloomberg'], 'en')[0]!.doNotTranslate).toBe(true);
  });

  it('locates entries and keys below them', () => {
    expect(glossary.locate('bloomberg')).toEqual({ line: 7, column: 5 });
    expect(glossary.locate('bloomberg', ['ko', 'preferred'])).toEqual({ line: 11, column: 22 });
    expect(glossary.locate('bloomberg', ['de', 'derive', '0'])).toEqual({ line: 9, column: 37 });
    expect(() => glossary.locate('nobody')).toThrow();
  });

  it('offers an empty glossary for repositories without glossary.yaml', () => {
    const empty = emptyGlossary();
    expect(empty.entries).toEqual([]);
    expect(empty.matchGerman('Kim Jong-un in Pjöngjang')).toEqual([]);
    expect(empty.export().pairs).toEqual({ en: [], ko: [] });
  });
});
