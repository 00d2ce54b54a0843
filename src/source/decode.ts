/**
 * Bytes of a source file → text: UTF-8 only, BOM stripped, line endings normalised to LF, characters to NFC (macOS
 * and some editors write NFD: the same German must be the same sentence, or it is paid for twice).
 */
import { InputError } from '../core/diagnostic.ts';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
/**
 * A news article is tens of kilobytes. Far beyond that is a paste or an export accident, and reading it would take
 * minutes and gigabytes (a 10 MB paragraph: 73 s, 870 MB), so it is refused before any parsing.
 */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

export function decodeSource(path: string, bytes: Uint8Array): string {
  const fail = (message: string, hint: string, at = 0, ruleId = 'source-encoding'): never => {
    const { line, column } = positionOfByte(bytes, at);
    throw new InputError([{ ruleId, severity: 'error', message, file: path, line, column, hint }]);
  };

  if (bytes.length > MAX_SOURCE_BYTES) {
    fail(
      `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; an article may have at most ${MAX_SOURCE_BYTES / 1024 / 1024} MB`,
      'Split it into several articles, or remove the pasted data (a table, an encoded image) that made it this large.',
      0,
      'source-too-large',
    );
  }
  if (hasPrefix(bytes, [0xff, 0xfe]) || hasPrefix(bytes, [0xfe, 0xff])) {
    fail(
      'the file is UTF-16, not UTF-8',
      `Convert it to UTF-8, e.g. \`iconv -f utf-16 -t utf-8 ${path} > ${path}.utf8 && mv ${path}.utf8 ${path}\`.`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    fail(
      'binary file: it contains a NUL byte, which no text article has',
      'Check that this is the article text (Markdown or plain text) and not a binary or a word-processor file; export it as plain UTF-8 text.',
      nul,
    );
  }
  const invalid = firstInvalidUtf8Byte(bytes);
  if (invalid !== -1) {
    const byte = bytes[invalid] ?? 0;
    const asLatin = new TextDecoder('windows-1252').decode(bytes.subarray(invalid, invalid + 1));
    fail(
      `not valid UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} ` +
        `(in Windows-1252/Latin-1 that would be "${asLatin}"); the file looks like Windows-1252/Latin-1`,
      `Convert it to UTF-8, e.g. \`iconv -f windows-1252 -t utf-8 ${path} > ${path}.utf8 && mv ${path}.utf8 ${path}\`.`,
      invalid,
    );
  }

  const start = hasPrefix(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)).replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') {
    fail(
      bytes.length === 0 ? 'empty file' : 'the file holds only whitespace',
      'Put the article text in the file, or delete the file.',
      0,
      'source-empty',
    );
  }
  return text;
}

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Index of the first byte that breaks UTF-8 (overlongs, surrogates and > U+10FFFF included), or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else {
      return i;
    }
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (next === undefined || next < lo || next > hi) return i;
    }
    i += length;
  }
  return -1;
}

/** 1-based line and column (in characters) of a byte, counting the valid UTF-8 before it. */
function positionOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, index)).replace(/^\uFEFF/, '');
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1) ?? '').length + 1 };
}
