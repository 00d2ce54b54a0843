import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TranslationEntry, TranslationFile } from '../../src/core/translation.ts';
import { entryLines, renderEntry, renderEntryWithDocument, renderNewFile, renderNewFileWithDocument } from '../../src/store/list-file-render.ts';
import type { Fields } from '../../src/store/list-file-format.ts';
import { oneLineScalar } from '../../src/store/one-line-scalar.ts';
import { TRANSLATION_FORMAT } from '../../src/store/translation-file.ts';

const pieces = ['Der', 'Satz', 'Kim Jong Un', '김정은은', '평양에서', '„Zitat“', '"quote"', "'s", ':', ': ', ' #', '#', '- ', '-', '?', '[x]', '{y}', ',', '&', '*', '!', '|', '>', '%', '@', '`', '.', '1.200', '3. Juni', '12', 'true', 'null', '~', 'yes', '\\', '\t', '\n', ' ', '…', '😀', '\u00a0', '\u2028', '\ufeff', 'é', '⟦en: ', '⟧', 'RENEWZ.de', 'https://x.org/a', '0x1F', '.inf', '+1', 'e5', 'NaN',
  'no', 'yes', 'off', 'Null', 'NULL', 'TRUE', 'False', '0o17', '-3', '1e3', '.5', '2.', '0x', '---', '...', '%YAML', '--- x', '... x',
  "'", '"', '""', "''", '\u0000', '\u0007', '\u000b', '\u001b', '\u0085', '\u0080', '\u009f', '\u007f', '\r', '\ud800', '\udc00', '\u2029',
  '\\u0041', '\\n', '\\', '한국어 문장', '👩‍👩‍👧', '  ', ' \n', '\n ', '? ', '-\t', ': x', 'a:', 'http://x'];
const text = fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 8 }).map((parts) => parts.join(''));
const id = fc.constantFrom('kim-jong-un', 'pyongyang', 'true', 'null', '1abc', 'a b', 'x,y', 'renewz');
const hash = fc.constantFrom('1a2b3c4d5e6f', '123456789012', 'abcdef', 'e5', '0e12', '8e91234567', 'null');

const entry: fc.Arbitrary<TranslationEntry> = fc.record(
  {
    id: fc.constantFrom('s3f9a2c1d7b', 's1', 's12-2'),
    source: text,
    target: text,
    status: fc.constantFrom('new', 'machine', 'edited', 'reviewed', 'stale'),
    glossary: fc.array(id, { maxLength: 3 }),
    machine: fc.record({ provider: fc.constantFrom('deepl', 'pseudo', 'memory', 'true'), hash }),
    previousSource: text,
    suggestion: text,
    review: text,
    note: text,
  },
  { requiredKeys: ['id', 'source', 'target', 'status'] },
);

const words = ['Der', 'Satz', 'Kim Jong Un', '김정은은', '평양에서', '„Zitat“', 'RENEWZ.de', '(KCNA)', '–', 'über', 'Lee’s', "Shoigu's", '3.', 'Juni', 'z. B.', 'C#', 'a-b', '⟦en:', 'Ðéŕ⟧', '50%', '[x](https://x.org)', '*Wort*'];
const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));

describe('rendering a new translation file', () => {
  it('writes values that need quotes line by line, without a yaml Document per entry', () => {
    const fields: Fields = [
      ['id', 's1'], ['source', '„Zitat“: Kim sagte #1'], ['target', '⟦en: "Quote": Kim said #1⟧'], ['status', 'machine'],
      ['note', "'no', sagt Lee"], ['review', ' leading space'], ['suggestion', 'no'],
    ];
    const lines = entryLines(fields, 2);
    expect(lines).toBe(
      '  - id: s1\n    source: "„Zitat“: Kim sagte #1"\n    target: \'⟦en: "Quote": Kim said #1⟧\'\n    status: machine\n' +
        '    note: "\'no\', sagt Lee"\n    review: " leading space"\n    suggestion: no\n',
    );
    expect(lines).toBe(renderEntryWithDocument(fields, 2));
  });

  it('keeps a U+2028 inside a value when an entry is shifted right (it is no line break to YAML)', () => {
    const fields: Fields = [['id', 's1'], ['target', 'a\u2028b\u2029c']];
    expect(renderEntryWithDocument(fields, 4)).toBe('    - id: s1\n      target: a\u2028b\u2029c\n');
    expect(renderEntry(fields, 4)).toBe(renderEntryWithDocument(fields, 4));
  });

  it('writes lists and records of any one-line text exactly as the yaml Document does (`[ … ]`, `{ … }`)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), text, text, (glossary, provider, hash) => {
        const fields: Fields = [['id', 's1'], ['glossary', glossary], ['machine', { provider, hash }]];
        expect(renderEntry(fields, 2)).toBe(renderEntryWithDocument(fields, 2));
        if (![...glossary, provider, hash].some((value) => value.includes('\n'))) expect(entryLines(fields, 2)).toBeDefined();
      }),
      { numRuns: 3000 },
    );
  });

  it('quotes and escapes one-line values exactly as the yaml Document does', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(0, 2, 4), (value, column) => {
        const fields: Fields = [['id', 's1'], ['target', value]];
        expect(renderEntry(fields, column)).toBe(renderEntryWithDocument(fields, column));
        if (!value.includes('\n')) expect(oneLineScalar(value)).toBeDefined();
      }),
      { numRuns: 3000 },
    );
  });

  it('writes ordinary sentences line by line, byte for byte as the yaml Document would', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ source: sentence, target: fc.oneof(sentence, fc.constant('')) }), { minLength: 1, maxLength: 5 }), (pairs) => {
        const segments: TranslationEntry[] = pairs.map((p, i) => ({
          id: `s${i}`,
          ...p,
          status: 'machine',
          glossary: ['kim-jong-un'],
          machine: { provider: 'deepl', hash: '1a2b3c4d5e6f' },
        }));
        const model: TranslationFile = { article: 'a', language: 'ko', source: 'source/a.md', segments };
        expect(renderNewFile(TRANSLATION_FORMAT, model)).toBe(renderNewFileWithDocument(TRANSLATION_FORMAT, model));
      }),
      { numRuns: 1000 },
    );
  });

  it('the line-by-line path gives exactly the bytes of the yaml Document', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), text, (segments, source) => {
        const model: TranslationFile = { article: 'a', language: 'en', source: source || 'source/a.md', segments };
        expect(renderNewFile(TRANSLATION_FORMAT, model)).toBe(renderNewFileWithDocument(TRANSLATION_FORMAT, model));
      }),
      { numRuns: 2000 },
    );
  });

  it('quotes a hash a YAML reader would take for a number (8e91234567 is not a string to it)', () => {
    const segments: TranslationEntry[] = [
      { id: 's1', source: 'Ein Satz.', target: 'A sentence.', status: 'machine', machine: { provider: 'deepl', hash: '8e91234567' } },
    ];
    const text = renderNewFile(TRANSLATION_FORMAT, { article: 'a', language: 'en', source: 'source/a.md', segments });
    expect(text).toContain('hash: "8e91234567"');
    expect(text).toBe(renderNewFileWithDocument(TRANSLATION_FORMAT, { article: 'a', language: 'en', source: 'source/a.md', segments }));
  });
});
