import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/diagnostic.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { decodeSource } from '../../src/source/decode.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function diagnosticOf(bytes: Uint8Array): Diagnostic {
  try {
    decodeSource('source/a.md', bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const [diagnostic] = (error as InputError).diagnostics;
    return diagnostic!;
  }
  throw new Error('expected an InputError');
}

describe('decodeSource', () => {
  it('decodes UTF-8 and strips a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Pjöngjang „zu“ – ok\n')]);
    expect(decodeSource('source/a.md', bytes)).toBe('Pjöngjang „zu“ – ok\n');
  });

  it('normalises CRLF and lone CR to LF', () => {
    expect(decodeSource('source/a.md', utf8('eins\r\nzwei\rdrei\n'))).toBe('eins\nzwei\ndrei\n');
  });

  it('rejects a NUL byte as a binary file, at its line and column', () => {
    const d = diagnosticOf(new Uint8Array([...utf8('Titel\nab'), 0, ...utf8('c')]));
    expect(d).toMatchObject({ file: 'source/a.md', line: 2, column: 3, severity: 'error' });
    expect(d.message).toMatch(/binary file/);
    expect(d.hint).toBeTruthy();
  });

  it('rejects Windows-1252 text with its position and the iconv fix', () => {
    // "Titel\nUnterstützung" in Windows-1252: ü is the single byte 0xFC.
    const d = diagnosticOf(new Uint8Array([...utf8('Titel\r\nUnterst'), 0xfc, ...utf8('tzung')]));
    expect(d).toMatchObject({ line: 2, column: 8, ruleId: 'source-encoding' });
    expect(d.message).toMatch(/0xFC/);
    expect(d.message).toMatch(/"ü"/);
    expect(d.message).toMatch(/Windows-1252\/Latin-1/);
    expect(d.hint).toContain('iconv -f windows-1252 -t utf-8');
  });

  it('points at one stray byte in a UTF-8 article without advising to convert the whole file', () => {
    // "Unterstützung" correctly in UTF-8, then one byte 0xE9 pasted from elsewhere: converting would garble the ü.
    const d = diagnosticOf(new Uint8Array([...utf8('Titel\nUnterstützung für Caf'), 0xe9, ...utf8(' und Kim')]));
    expect(d).toMatchObject({ line: 2, column: 22, ruleId: 'source-encoding' });
    expect(d.message).toMatch(/stray byte 0xE9/);
    expect(d.hint).toMatch(/Retype the character at line 2, column 22/);
    expect(d.hint).not.toMatch(/iconv/);
  });

  it('rejects truncated and overlong UTF-8 sequences', () => {
    expect(diagnosticOf(new Uint8Array([0x61, 0xc3])).column).toBe(2);
    expect(diagnosticOf(new Uint8Array([0x61, 0xc0, 0xaf])).column).toBe(2);
    expect(diagnosticOf(new Uint8Array([0xed, 0xa0, 0x80])).column).toBe(1); // a UTF-16 surrogate
  });

  it('rejects an empty file and one holding only a BOM and whitespace', () => {
    expect(diagnosticOf(new Uint8Array([]))).toMatchObject({ line: 1, column: 1, message: 'empty file', ruleId: 'source-empty' });
    expect(diagnosticOf(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, 0x20])).ruleId).toBe('source-empty');
  });

  it('names UTF-16 files as such', () => {
    const d = diagnosticOf(new Uint8Array([0xff, 0xfe, 0x41, 0x00]));
    expect(d.message).toMatch(/UTF-16/);
    expect(d.hint).toContain('iconv -f utf-16 -t utf-8');
  });
});
