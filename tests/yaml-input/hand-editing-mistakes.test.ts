/**
 * Typical mistakes people make editing translation files and glossary.yaml by hand. Each must give exactly one
 * diagnostic, at the line and column of the mistake, with a fix that fits it (not the parser's knock-on errors).
 * Files go through the real path: bytes → decodeUtf8 → parse.
 */
import { describe, expect, it } from 'vitest';
import { InputError, type Diagnostic } from '../../src/core/diagnostic.ts';
import { loadGlossary } from '../../src/glossary/load.ts';
import { parseTranslationFile } from '../../src/store/index.ts';
import { decodeUtf8 } from '../../src/workspace/index.ts';

const TRANSLATION = [
  '# a comment', //                  1
  'article: a', //                   2
  'language: en', //                 3
  'source: source/a.md', //          4
  'segments:', //                    5
  '  - id: s1', //                   6
  '    source: Ein Satz.', //        7
  '    target: A sentence.', //      8
  '    status: machine', //          9
  '    glossary: [kim, putin]', //   10
  '  - id: s2', //                   11
  '    source: Noch einer über „Kim“.', // 12
  '    target: Another one.', //     13
  '    status: edited', //           14
  '',
].join('\n');

const GLOSSARY = [
  'version: 1', //                   1
  'entries:', //                     2
  '  - id: japan', //                3
  '    kind: place', //              4
  '    de: { term: Japan, short: [Japans] }', // 5
  '    en: { preferred: Japan }', // 6
  '    ko: { preferred: 일본 }', //   7
  '  - id: kim', //                  8
  '    kind: person', //             9
  '    de:', //                      10
  '      term: Kim Jong-un', //      11
  '    en: { preferred: Kim Jong Un }', // 12
  '    ko: { preferred: 김정은 }', // 13
  '',
].join('\n');

interface Mistake {
  name: string;
  edit: (text: string) => string | Uint8Array;
  at: string;
  ruleId?: string;
  hint: RegExp;
  notHint?: RegExp;
}

const replace = (from: string, to: string) => (text: string): string => {
  if (!text.includes(from)) throw new Error(`fixture has no ${from}`);
  return text.replace(from, to);
};
const bytesWith = (from: string, to: number[]) => (text: string): Uint8Array => {
  const [before, after] = text.split(from) as [string, string];
  const enc = new TextEncoder();
  return new Uint8Array([...enc.encode(before), ...to, ...enc.encode(after)]);
};
const crlfUntil = (line: number) => (text: string): string =>
  text.split('\n').map((l, i) => (i < line - 1 ? `${l}\r` : l)).join('\n');

const TRANSLATION_MISTAKES: Mistake[] = [
  { name: 'a tab indenting a key', edit: replace('    target: A sentence.', '\ttarget: A sentence.'), at: '8:1', hint: /spaces \(likely 4/, notHint: /quotes/ },
  { name: 'a tab after the spaces', edit: replace('    status: machine', '  \tstatus: machine'), at: '9:3', hint: /with spaces/ },
  { name: 'an over-indented status', edit: replace('    status: machine', '      status: machine'), at: '9:7', hint: /Indent `status:` with 4 spaces/, notHint: /quote/ },
  { name: 'an over-indented key under a list item', edit: replace('    source: Ein Satz.', '      source: Ein Satz.'), at: '7:7', hint: /Indent `source:` with 4 spaces/ },
  { name: 'an under-indented key', edit: replace('    target: A sentence.', '   target: A sentence.'), at: '8:4', hint: /Indent `target:` with 4 spaces/, notHint: /quote|Close/ },
  { name: 'an unclosed double quote', edit: replace('target: A sentence.', 'target: "A sentence.'), at: '8:13', hint: /Close it with " .*target: "A sentence\."/ },
  { name: 'an unclosed single quote', edit: replace('target: A sentence.', "target: 'A sentence."), at: '8:13', hint: /Close it with ' / },
  { name: 'an unclosed quote in the last segment', edit: replace('target: Another one.', 'target: "Another one.'), at: '13:13', hint: /Close it with "/ },
  { name: 'an unclosed [', edit: replace('[kim, putin]', '[kim, putin'), at: '10:15', hint: /Close it with \] .*\[kim, putin\]/ },
  { name: 'a missing colon', edit: replace('target: A sentence.', 'target A sentence.'), at: '8:11', hint: /Add a colon after the key: target: A sentence\./ },
  { name: 'a colon inside a value', edit: replace('target: A sentence.', 'target: Note: a sentence.'), at: '8:13', hint: /target: "Note: a sentence\."/ },
  { name: 'a duplicate key', edit: replace('    status: machine', '    status: machine\n    status: edited'), at: '10:5', ruleId: 'yaml-duplicate-key', hint: /Delete one of the two/ },
  { name: 'target: 1e5', edit: replace('target: A sentence.', 'target: 1e5'), at: '8:13', ruleId: 'translation-schema', hint: /target: "1e5"/, notHint: /100000/ },
  { name: 'target: 0x1F', edit: replace('target: A sentence.', 'target: 0x1F'), at: '8:13', ruleId: 'translation-schema', hint: /target: "0x1F"/, notHint: /31/ },
  { name: 'target: 1.0', edit: replace('target: A sentence.', 'target: 1.0'), at: '8:13', ruleId: 'translation-schema', hint: /target: "1\.0"/ },
  { name: 'target: true', edit: replace('target: A sentence.', 'target: True'), at: '8:13', ruleId: 'translation-schema', hint: /target: "True"/ },
  { name: 'target: null', edit: replace('target: A sentence.', 'target: null'), at: '8:13', ruleId: 'translation-schema', hint: /target: "" to leave it empty, or target: "null"/ },
  { name: 'target: ~', edit: replace('target: A sentence.', 'target: ~'), at: '8:13', ruleId: 'translation-schema', hint: /target: "~"/ },
  { name: 'a stray invalid byte in a UTF-8 file', edit: bytesWith('A sentence.', [0x41, 0x20, 0xe9, 0x2e]), at: '8:15', ruleId: 'encoding', hint: /Retype the character at line 8, column 15/, notHint: /iconv/ },
  { name: 'a BOM in the middle of a value', edit: replace('target: A sentence.', 'target: A \uFEFFsentence.'), at: '8:15', hint: /Delete the invisible character at line 8, column 15/ },
  { name: 'a BOM at the start of a pasted line', edit: replace('  - id: s2', '\uFEFF  - id: s2'), at: '11:1', hint: /Delete the invisible character/ },
  { name: 'mixed CRLF and LF line ends, then a tab', edit: (t) => crlfUntil(6)(t).replace('    status: edited', '\tstatus: edited'), at: '14:1', hint: /with spaces/ },
];

const GLOSSARY_MISTAKES: Mistake[] = [
  { name: 'a tab in the glossary', edit: replace('    kind: person', '\tkind: person'), at: '9:1', hint: /spaces/ },
  { name: 'an unclosed { in a flow mapping', edit: replace('{ term: Japan, short: [Japans] }', '{ term: Japan, short: [Japans]'), at: '5:9', hint: /Close it with \}/ },
  { name: 'an unclosed [ inside', edit: replace('{ preferred: Kim Jong Un }', '{ preferred: [Kim Jong Un }'), at: '12:9', hint: /Close it with/ },
  { name: 'an over-indented key', edit: replace('    en: { preferred: Japan }', '      en: { preferred: Japan }'), at: '6:7', hint: /Indent `en:` with 4 spaces/ },
  { name: 'an under-indented key', edit: replace('      term: Kim Jong-un', '      term: Kim Jong-un\n     short: [Kim]'), at: '12:6', hint: /Indent `short:` with 6 spaces/ },
  { name: 'a missing colon', edit: replace('    kind: person', '    kind person'), at: '9:9', hint: /kind: person/ },
  { name: 'a duplicate key', edit: replace('    kind: person', '    kind: person\n    kind: place'), at: '10:5', ruleId: 'yaml-duplicate-key', hint: /delete one of the two/ },
  { name: 'a term read as a number', edit: replace('term: Kim Jong-un', 'term: 1e5'), at: '11:13', ruleId: 'glossary-invalid-value', hint: /"1e5"/, notHint: /100000/ },
  { name: 'a term read as null', edit: replace('term: Kim Jong-un', 'term: ~'), at: '11:13', ruleId: 'glossary-invalid-value', hint: /"~"/ },
  { name: 'a stray byte', edit: bytesWith('Kim Jong-un\n', [0x4b, 0x69, 0x6d, 0x80, 0x0a]), at: '11:16', ruleId: 'encoding', hint: /Retype/, notHint: /iconv/ },
  { name: 'a BOM mid-file', edit: replace('  - id: kim', '\uFEFF  - id: kim'), at: '8:1', hint: /invisible/ },
];

function diagnosticsOf(read: () => unknown): Diagnostic[] {
  try {
    read();
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics;
    throw error;
  }
  return [];
}

function encode(edited: string | Uint8Array): Uint8Array {
  return typeof edited === 'string' ? new TextEncoder().encode(edited) : edited;
}

const readTranslation = (bytes: Uint8Array) => () => {
  const file = 'translations/en/a.yaml';
  return parseTranslationFile(decodeUtf8(file, bytes), file);
};
const readGlossary = (bytes: Uint8Array) => () => loadGlossary(decodeUtf8('glossary.yaml', bytes), 'glossary.yaml');

describe.each([
  { kind: 'translation file', base: TRANSLATION, mistakes: TRANSLATION_MISTAKES, read: readTranslation },
  { kind: 'glossary', base: GLOSSARY, mistakes: GLOSSARY_MISTAKES, read: readGlossary },
])('hand-editing mistakes in a $kind', ({ base, mistakes, read }) => {
  it('the unedited file reads without a diagnostic', () => {
    expect(diagnosticsOf(read(encode(base)))).toEqual([]);
  });

  it.each(mistakes)('$name: one diagnostic at $at with a fitting fix', ({ edit, at, ruleId, hint, notHint }) => {
    const found = diagnosticsOf(read(encode(edit(base))));
    expect(found.map((d) => `${d.ruleId} ${d.line}:${d.column} — ${d.message} | ${d.hint}`)).toHaveLength(1);
    const [d] = found as [Diagnostic];
    expect(`${d.line}:${d.column}`).toBe(at);
    expect(d.ruleId).toBe(ruleId ?? 'yaml-syntax');
    expect(d.hint).toMatch(hint);
    if (notHint) expect(d.hint).not.toMatch(notHint);
  });
});

describe('what is not a mistake', () => {
  it.each(['yes', 'no', 'on', 'off', 'Y'])('target: %s is text in YAML 1.2, not a boolean', (word) => {
    const text = TRANSLATION.replace('target: A sentence.', `target: ${word}`);
    expect(parseTranslationFile(text, 'translations/en/a.yaml').model.segments[0]!.target).toBe(word);
  });

  it('CRLF and LF mixed in one file read like LF, lines counted the same', () => {
    const bytes = encode(crlfUntil(9)(TRANSLATION));
    const parsed = readTranslation(bytes)();
    expect(parsed.model.segments.map((s) => s.target)).toEqual(['A sentence.', 'Another one.']);
  });

  it('a whole file in Windows-1252 still gets the conversion advice', () => {
    const latin = new Uint8Array([...new TextEncoder().encode(TRANSLATION.replace('über „Kim“', 'ber Kim'))].map((b) => b));
    const withUmlaut = new Uint8Array([...latin.subarray(0, 20), 0xfc, ...latin.subarray(20)]);
    const [d] = diagnosticsOf(readTranslation(withUmlaut));
    expect(d).toMatchObject({ ruleId: 'encoding', line: 2 });
    expect(d!.hint).toContain('iconv -f windows-1252 -t utf-8');
  });
});
