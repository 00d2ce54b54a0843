/**
 * What to tell a person whose file is not valid UTF-8. A file saved in Windows-1252 has every accented letter as a
 * single invalid byte and no valid multi-byte sequence; converting it is the fix. A UTF-8 file with one stray byte
 * (a bad paste) must not get that advice: converting it would turn every correct ü, „ or 김 into mojibake.
 */
import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from '../core/diagnostic.ts';

export function invalidUtf8Diagnostic(file: string, bytes: Uint8Array, ruleId: string): Diagnostic | undefined {
  // Node's native check first: the byte-by-byte scan below is only for saying what is wrong (it was 3 % of a run).
  if (isUtf8(bytes)) return undefined;
  const scan = scanUtf8(bytes);
  if (scan.invalid.length === 0) return undefined;
  const first = scan.invalid[0]!;
  const byte = bytes[first] ?? 0;
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const { line, column } = positionOfByte(bytes, first);
  const where = { ruleId, severity: 'error' as const, file, line, column };
  if (scan.validMultiByte === 0) {
    const asLatin = new TextDecoder('windows-1252').decode(bytes.subarray(first, first + 1));
    return {
      ...where,
      message: `not valid UTF-8: byte ${hex} (in Windows-1252/Latin-1 that would be "${asLatin}"); the file looks like Windows-1252/Latin-1`,
      hint: `Convert it to UTF-8, e.g. \`iconv -f windows-1252 -t utf-8 ${file} > ${file}.utf8 && mv ${file}.utf8 ${file}\`.`,
    };
  }
  const count = scan.invalid.length;
  const others = count === 1 ? '' : ` (and ${count - 1} more invalid byte${count === 2 ? '' : 's'} after it)`;
  return {
    ...where,
    message: `not valid UTF-8: a stray byte ${hex} at line ${line}, column ${column}${others}; the rest of the file is UTF-8`,
    hint: `Retype the character at line ${line}, column ${column} (most editors show it as �) and save as UTF-8; ` +
      'do not convert the whole file, which would garble the characters that are correct.',
  };
}

/** Index of the first byte that breaks UTF-8 (overlongs, surrogates and > U+10FFFF included), or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  return scanUtf8(bytes, 1).invalid[0] ?? -1;
}

function scanUtf8(bytes: Uint8Array, stopAfter = Number.POSITIVE_INFINITY): { invalid: number[]; validMultiByte: number } {
  const invalid: number[] = [];
  let validMultiByte = 0;
  let i = 0;
  while (i < bytes.length && invalid.length < stopAfter) {
    if (bytes[i]! < 0x80) {
      i += 1;
      continue;
    }
    const length = validSequenceLength(bytes, i);
    if (length === 0) {
      invalid.push(i);
      i += 1;
    } else {
      validMultiByte += 1;
      i += length;
    }
  }
  return { invalid, validMultiByte };
}

/** Length of the valid multi-byte sequence starting at `i`, or 0. */
function validSequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  let length: number;
  let min = 0x80;
  let max = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) {
    length = 2;
  } else if (b >= 0xe0 && b <= 0xef) {
    length = 3;
    if (b === 0xe0) min = 0xa0;
    if (b === 0xed) max = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    length = 4;
    if (b === 0xf0) min = 0x90;
    if (b === 0xf4) max = 0x8f;
  } else {
    return 0;
  }
  for (let k = 1; k < length; k++) {
    const next = bytes[i + k];
    const lo = k === 1 ? min : 0x80;
    const hi = k === 1 ? max : 0xbf;
    if (next === undefined || next < lo || next > hi) return 0;
  }
  return length;
}

/** 1-based line and column (in characters) of a byte, counting the text before it. */
export function positionOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, index)).replace(/^\uFEFF/, '');
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1) ?? '').length + 1 };
}
